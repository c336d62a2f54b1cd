#include "ChildProcess.h"

#include "OperationContext.h"
#include "Redactor.h"
#include "pipeline/Sink.h"

#include <QFileInfo>
#include <QProcess>
#include <fcntl.h>
#include <unistd.h>

namespace lifeboat {

namespace {
constexpr qint64 kMaxPendingStdin = 4 << 20; // bytes queued for the child before we wait
constexpr int kStderrTail = 8192;
} // namespace

class ChildStdinSink final : public Sink
{
public:
    explicit ChildStdinSink(ChildProcess *child)
        : m_child(child)
    {
    }
    Status write(const char *data, size_t size) override
    {
        QProcess *p = m_child->m_process.get();
        if (p->state() != QProcess::Running)
            return fail(ErrorCode::Failed, ChildProcess::tr("%1 stopped reading its input: %2")
                                               .arg(QFileInfo(m_child->m_program).fileName(), m_child->stderrTail()));
        p->write(data, qint64(size));
        while (p->bytesToWrite() > kMaxPendingStdin) {
            if (!p->waitForBytesWritten(1000) && p->state() != QProcess::Running)
                return fail(ErrorCode::Failed, ChildProcess::tr("%1 stopped reading its input: %2")
                                                   .arg(QFileInfo(m_child->m_program).fileName(), m_child->stderrTail()));
            m_child->drainStderr();
        }
        m_child->drainStderr();
        return {};
    }
    Status finish() override
    {
        QProcess *p = m_child->m_process.get();
        while (p->bytesToWrite() > 0 && p->state() == QProcess::Running)
            p->waitForBytesWritten(1000);
        p->closeWriteChannel();
        return {};
    }

private:
    ChildProcess *m_child;
};

Result<std::unique_ptr<ChildProcess>> ChildProcess::start(const QString &program, const QStringList &arguments,
                                                          const QProcessEnvironment &environment)
{
    std::unique_ptr<ChildProcess> child(new ChildProcess);
    child->m_program = program;
    child->m_process = std::make_unique<QProcess>();
    child->m_process->setProcessEnvironment(environment);
    // Without an event loop QProcess moves bytes only inside waitFor* calls; 1 MiB pipes (the
    // unprivileged maximum) let the child run on while we compress or decode a chunk, instead
    // of stalling on the default 64 KiB.
    child->m_process->setChildProcessModifier([] {
        (void)::fcntl(STDIN_FILENO, F_SETPIPE_SZ, 1 << 20);
        (void)::fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1 << 20);
    });
    child->m_process->start(program, arguments);
    if (!child->m_process->waitForStarted(10000))
        return fail(ErrorCode::Failed, tr("cannot start %1: %2").arg(program, child->m_process->errorString()));
    child->m_stdin = std::make_unique<ChildStdinSink>(child.get());
    return child;
}

ChildProcess::~ChildProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

void ChildProcess::drainStderr()
{
    const QByteArray bytes = m_process->readAllStandardError();
    if (!m_lineHandler) {
        m_stderr += bytes;
    } else {
        m_partialLine += bytes;
        qsizetype end;
        while ((end = m_partialLine.indexOf('\n')) >= 0) {
            const QByteArray line = m_partialLine.left(end + 1);
            m_partialLine.remove(0, end + 1);
            if (!m_lineHandler(line.trimmed()))
                m_stderr += line;
        }
        if (m_process->state() == QProcess::NotRunning && !m_partialLine.isEmpty())
            m_stderr += std::exchange(m_partialLine, {});
    }
    if (m_stderr.size() > kStderrTail)
        m_stderr = m_stderr.right(kStderrTail);
}

QString ChildProcess::stderrTail() const
{
    // The last meaningful lines, on one line, without secrets.
    QStringList lines;
    for (const QByteArray &line : m_stderr.split('\n'))
        if (!line.trimmed().isEmpty())
            lines.append(QString::fromUtf8(line.trimmed()));
    return Redactor::redact(lines.mid(qMax(0, int(lines.size()) - 2)).join(QStringLiteral(" / ")));
}

Status ChildProcess::pumpStdout(Sink *sink, OperationContext *context)
{
    // pg_dump writes a few KiB at a time; pushing each piece through compression, encryption
    // and hashing (with a thread hand-off per piece) cost more CPU than the work itself, so
    // pieces are gathered into chunks of at least half kStreamChunk first.
    constexpr qint64 kForward = qint64(kStreamChunk / 2);
    QByteArray pending;
    pending.reserve(qsizetype(kStreamChunk));
    qint64 done = 0;
    auto forward = [&]() -> Status {
        if (pending.isEmpty())
            return {};
        auto status = sink->write(pending.constData(), size_t(pending.size()));
        if (!status) {
            kill();
            return status;
        }
        done += pending.size();
        pending.resize(0);
        if (context)
            context->reportProgress(done, 0);
        return {};
    };
    for (;;) {
        if (context && context->isCancelled()) {
            kill();
            return fail(ErrorCode::Cancelled, tr("Cancelled."));
        }
        const qint64 available = m_process->bytesAvailable();
        if (available > 0) {
            pending += m_process->read(qMin(available, qint64(kStreamChunk) - pending.size()));
            if (pending.size() >= kForward)
                LB_TRY(forward());
            continue;
        }
        drainStderr();
        if (m_process->state() == QProcess::NotRunning && m_process->bytesAvailable() == 0)
            return forward();
        // Without an event loop QProcess learns of EOF and exit only inside waitFor*: after
        // stdout closed, waitForReadyRead returns at once, so wait for the exit instead of spinning.
        // A quiet child gets what is gathered so far after 50 ms.
        if (!m_process->waitForReadyRead(pending.isEmpty() ? 200 : 50) && m_process->bytesAvailable() == 0) {
            LB_TRY(forward());
            m_process->waitForFinished(pending.isEmpty() ? 200 : 0);
        }
    }
}

Sink *ChildProcess::stdinSink()
{
    return m_stdin.get();
}

Status ChildProcess::wait(const QString &what)
{
    // waitForFinished() is false at once for a child that already exited: test the state too.
    while (m_process->state() != QProcess::NotRunning && !m_process->waitForFinished(1000))
        drainStderr();
    drainStderr();
    if (m_process->exitStatus() != QProcess::NormalExit)
        return fail(ErrorCode::Failed, tr("%1: %2 was killed: %3").arg(what, QFileInfo(m_program).fileName(), stderrTail()));
    if (m_process->exitCode() != 0)
        return fail(ErrorCode::Failed, tr("%1: %2").arg(what, stderrTail()));
    return {};
}

bool ChildProcess::waitExited(int ms)
{
    if (m_process->state() != QProcess::NotRunning)
        m_process->waitForFinished(ms);
    drainStderr();
    return m_process->state() == QProcess::NotRunning;
}

void ChildProcess::kill()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

} // namespace lifeboat
