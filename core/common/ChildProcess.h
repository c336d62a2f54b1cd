#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>
#include <functional>
#include <memory>

class QProcess;

namespace lifeboat {

class OperationContext;
class Sink;

// A child process whose stdout streams into a Sink, or whose stdin is fed from one, with
// bounded buffering, cancellation (kill) and the tail of its stderr kept for error messages.
// Runs without an event loop (QProcess's waitFor* calls), on whatever thread the operation has.
// Secrets reach the child only through `environment` (e.g. PGPASSFILE), never its arguments.
class ChildProcess
{
    Q_DECLARE_TR_FUNCTIONS(ChildProcess)

public:
    static Result<std::unique_ptr<ChildProcess>> start(const QString &program, const QStringList &arguments,
                                                       const QProcessEnvironment &environment);
    ~ChildProcess();
    Q_DISABLE_COPY_MOVE(ChildProcess)

    // Streams stdout into `sink` (not finished) until the child closes it.
    [[nodiscard]] Status pumpStdout(Sink *sink, OperationContext *context);
    // A Sink that writes into the child's stdin; finish() closes stdin.
    Sink *stdinSink();
    // Waits for exit; fails with `what` and the stderr tail unless the exit code is 0.
    [[nodiscard]] Status wait(const QString &what);
    // True once the child has exited; waits at most `ms` (keeps draining stderr meanwhile).
    bool waitExited(int ms);
    void kill();
    QString stderrTail() const;
    // Sees every complete stderr line as it arrives (progress chatter such as pg_restore
    // --verbose); lines it returns true for are left out of stderrTail().
    void setStderrLineHandler(std::function<bool(const QByteArray &line)> handler) { m_lineHandler = std::move(handler); }
    QString program() const { return m_program; }

private:
    ChildProcess() = default;
    void drainStderr();

    std::unique_ptr<QProcess> m_process;
    int m_stdoutFd = -1; // read end of the child's stdout, non-blocking
    std::unique_ptr<Sink> m_stdin;
    QString m_program;
    QByteArray m_stderr;
    QByteArray m_partialLine;
    std::function<bool(const QByteArray &)> m_lineHandler;
    friend class ChildStdinSink;
};

} // namespace lifeboat
