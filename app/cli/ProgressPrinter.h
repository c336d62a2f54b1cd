#pragma once

#include <QElapsedTimer>
#include <QString>

namespace lifeboat {

// Shows an operation's progress on stderr: a redrawn bar on a terminal, JSON lines with
// --json (stdout stays one JSON document), steps and log lines as plain lines otherwise.
class ProgressPrinter
{
public:
    ProgressPrinter(bool json, bool quiet, bool verbose);

    void progress(qint64 done, qint64 total);
    void items(qint64 done, qint64 total);
    void step(const QString &step);
    void log(const QString &line);
    void done();

private:
    void endBar();
    void bar(double fraction, const QString &text);
    void write(const QString &text);

    bool m_json;
    bool m_quiet;
    bool m_verbose;
    bool m_tty;
    bool m_barShown = false;
    QString m_step;
    QElapsedTimer m_stepTimer;
};

} // namespace lifeboat
