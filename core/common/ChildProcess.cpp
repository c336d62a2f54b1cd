#include "ChildProcess.h"

#include "OperationContext.h"
#include "Redactor.h"
#include "pipeline/Sink.h"

#include <QFileInfo>
#include <QProcess>
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <time.h>
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
    // stdout is a pipe of our own rather than QProcess's: QProcess wakes up and copies into its
    // ring buffer for every few KiB the child writes (pg_dump writes 4 KiB at a time), which cost
    // more CPU than compressing the data. Reading it ourselves lets pumpStdout() take it in big
    // gulps. Both ends are close-on-exec; the child gets the write end as fd 1 (dup2 clears it).
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return fail(ErrorCode::Failed, tr("cannot start %1: no pipe: %2").arg(program, QString::fromLocal8Bit(strerror(errno))));
    // 1 MiB pipes (the unprivileged maximum) let the child run on while we compress or decode a
    // chunk, instead of stalling on the default 64 KiB.
    (void)::fcntl(fds[0], F_SETPIPE_SZ, 1 << 20);
    child->m_stdoutFd = fds[0];
    const int writeEnd = fds[1];
    child->m_process->setStandardOutputFile(QProcess::nullDevice());
    child->m_process->setReadChannel(QProcess::StandardError);
    child->m_process->setChildProcessModifier([writeEnd] {
        (void)::dup2(writeEnd, STDOUT_FILENO);
        (void)::fcntl(STDIN_FILENO, F_SETPIPE_SZ, 1 << 20);
    });
    child->m_process->start(program, arguments);
    ::close(writeEnd);
    (void)::fcntl(child->m_stdoutFd, F_SETFL, O_NONBLOCK);
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
    if (m_stdoutFd >= 0)
        ::close(m_stdoutFd);
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
    // Pushing each few-KiB piece through compression, encryption and hashing (with a thread
    // hand-off per piece) cost more CPU than the work itself: gather chunks of at least half
    // kStreamChunk first. After a small read, wait a moment so the next read finds a lot: the
    // child keeps writing into the 1 MiB pipe meanwhile, and we wake a few hundred times a
    // second instead of once per write.
    constexpr size_t kForward = kStreamChunk / 2;
    constexpr size_t kSmallRead = 128 << 10;
    QByteArray pending(qsizetype(kStreamChunk), Qt::Uninitialized);
    size_t filled = 0;
    qint64 done = 0;
    auto forward = [&]() -> Status {
        if (filled == 0)
            return {};
        auto status = sink->write(pending.constData(), filled);
        if (!status) {
            kill();
            return status;
        }
        done += qint64(filled);
        filled = 0;
        if (context)
            context->reportProgress(done, 0);
        return {};
    };
    int quietPolls = 0;
    for (;;) {
        if (context && context->isCancelled()) {
            kill();
            return fail(ErrorCode::Cancelled, tr("Cancelled."));
        }
        const ssize_t n = ::read(m_stdoutFd, pending.data() + filled, kStreamChunk - filled);
        if (n > 0) {
            filled += size_t(n);
            quietPolls = 0;
            if (filled >= kForward)
                LB_TRY(forward());
            if (size_t(n) < kSmallRead) {
                const timespec pause{0, 1000 * 1000};
                ::nanosleep(&pause, nullptr);
            }
            continue;
        }
        if (n == 0) // every writer closed stdout: the child is done with it
            return forward();
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK) {
            kill();
            return fail(ErrorCode::Failed, tr("cannot read the output of %1: %2").arg(QFileInfo(m_program).fileName(), QString::fromLocal8Bit(strerror(errno))));
        }
        // Nothing there: a quiet child gets what is gathered so far after ~50 ms. Its stderr
        // is read meanwhile, so a child that writes much of it never stalls on a full pipe.
        pollfd p{m_stdoutFd, POLLIN, 0};
        if (::poll(&p, 1, 50) == 0) {
            if (++quietPolls == 1)
                LB_TRY(forward());
        }
        m_process->waitForReadyRead(0);
        drainStderr();
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
