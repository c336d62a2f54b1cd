#pragma once

#include "common/Result.h"
#include "config/Config.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace lifeboat {

class Operation;

// What every command gets from the global options, and the shared ways to report: one JSON
// document on stdout with --json, human text otherwise, errors as one "error: ..." line on stderr.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    QString configPath;
    bool json = false;
    bool quiet = false;
    bool verbose = false;

    Result<Config> loadConfig() const;
    // Prints the error and returns its exit code.
    int reportError(const Error &error) const;
    void printJson(const QJsonValue &value) const;
    void printLine(const QString &line) const; // human output (stdout), suppressed by --quiet
    void printNote(const QString &line) const; // stderr, suppressed by --quiet
    // Runs the operation on this thread with a progress display and Ctrl-C cancellation.
    // SIGTERM cancels too, unless the caller keeps its own handler (Keep).
    enum class SigTerm { Cancel, Keep };
    Status runOperation(Operation &operation, SigTerm sigterm = SigTerm::Cancel) const;
};

QString humanBytes(qint64 bytes);

} // namespace lifeboat
