#include "CliContext.h"

#include "ErrorStream.h"
#include "ProgressPrinter.h"
#include "common/Operation.h"
#include "common/Redactor.h"
#include "config/ConfigLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <atomic>
#include <csignal>
#include <cstdio>

namespace lifeboat {

namespace {
std::atomic<Operation *> runningOperation{nullptr};

void onInterrupt(int)
{
    // Only an atomic store: async-signal-safe. The operation stops at its next chunk.
    if (Operation *op = runningOperation.load())
        op->cancel();
}

void writeOut(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

QString humanBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

Result<Config> CliContext::loadConfig() const
{
    return ConfigLoader::loadFile(ConfigLoader::resolvePath(configPath));
}

int CliContext::reportError(const Error &error) const
{
    writeOut(errorStream(), QStringLiteral("error: %1\n").arg(Redactor::redact(error.message)));
    if (verbose && !error.detail.isEmpty())
        writeOut(errorStream(), QStringLiteral("  detail: %1\n").arg(Redactor::redact(error.detail)));
    return exitCodeFor(error.code);
}

void CliContext::printJson(const QJsonValue &value) const
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    writeOut(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void CliContext::printLine(const QString &line) const
{
    if (!quiet)
        writeOut(stdout, line + QLatin1Char('\n'));
}

void CliContext::printNote(const QString &line) const
{
    if (!quiet)
        writeOut(errorStream(), line + QLatin1Char('\n'));
}

Status CliContext::runOperation(Operation &operation, SigTerm sigterm) const
{
    ProgressPrinter printer(json, quiet, verbose);
    QObject::connect(&operation, &Operation::progressChanged, &operation,
                     [&printer](qint64 done, qint64 total) { printer.progress(done, total); });
    QObject::connect(&operation, &Operation::itemsChanged, &operation,
                     [&printer](qint64 done, qint64 total) { printer.items(done, total); });
    QObject::connect(&operation, &Operation::stepStarted, &operation, [&printer](const QString &step) { printer.step(step); });
    QObject::connect(&operation, &Operation::logLine, &operation, [&printer](const QString &line) { printer.log(line); });

    struct sigaction action = {};
    struct sigaction previousInt = {};
    struct sigaction previousTerm = {};
    action.sa_handler = &onInterrupt;
    sigemptyset(&action.sa_mask);
    runningOperation.store(&operation);
    sigaction(SIGINT, &action, &previousInt);
    if (sigterm == SigTerm::Cancel)
        sigaction(SIGTERM, &action, &previousTerm);
    Status status = operation.run();
    sigaction(SIGINT, &previousInt, nullptr);
    if (sigterm == SigTerm::Cancel)
        sigaction(SIGTERM, &previousTerm, nullptr);
    runningOperation.store(nullptr);
    printer.done();
    return status;
}

} // namespace lifeboat
