#include "WalPushHelper.h"

#include "MappedWal.h"
#include "PgReplicationStream.h"
#include "WalArchive.h"
#include "WalName.h"
#include "WalPushMarker.h"
#include "WalStreamSegment.h"
#include "common/Redactor.h"
#include "jobs/JobSupport.h"
#include "postgres/PgAccess.h"
#include "repository/Repository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/file.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace lifeboat {

namespace {

void say(const QString &line)
{
    const QByteArray bytes = QStringLiteral("lifeboat wal-push helper: %1\n").arg(Redactor::redact(line)).toUtf8();
    if (::write(STDERR_FILENO, bytes.constData(), size_t(bytes.size())) < 0) {
        // the server's log is gone: nothing else to tell it
    }
}

struct FileStamp
{
    qint64 size = -1;
    qint64 mtimeNs = 0;
    quint64 inode = 0;
    bool operator==(const FileStamp &o) const { return size == o.size && mtimeNs == o.mtimeNs && inode == o.inode; }
};

FileStamp stampOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {qint64(st.st_size), qint64(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec, quint64(st.st_ino)};
}

// The postmaster of the data directory that holds pg_wal, from its postmaster.pid.
bool serverRuns(const QString &walDir)
{
    QFile pidFile(QFileInfo(walDir).absolutePath() + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return false;
    const pid_t pid = pid_t(pidFile.readLine().trimmed().toLongLong());
    return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
}

// The system identifier in pg_control (its first field) of the data directory that holds
// pg_wal, as IDENTIFY_SYSTEM prints it; empty when unreadable.
QString clusterSystemId(const QString &walDir)
{
    QFile control(QFileInfo(walDir).absolutePath() + QStringLiteral("/global/pg_control"));
    quint64 id = 0;
    if (!control.open(QIODevice::ReadOnly) || control.read(reinterpret_cast<char *>(&id), sizeof id) != qint64(sizeof id))
        return {};
    return QString::number(id);
}

bool programReplaced()
{
    char self[4096] = {};
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    return n > 0 && QByteArray(self, int(n)).endsWith(" (deleted)");
}

class Helper
{
    Q_DECLARE_TR_FUNCTIONS(WalPushHelper)

public:
    Helper(const Config &config, const WalPushHelper::Options &options)
        : m_config(config)
        , m_options(options)
    {
    }

    Result<QString> run()
    {
        auto job = JobSupport::job(m_config, m_options.job);
        if (!job)
            return fail(job.error());
        m_job = *job;
        auto repo = JobSupport::repository(m_config, m_job.repository);
        if (!repo)
            return fail(repo.error());
        m_repo = std::move(*repo);
        auto encode = JobSupport::encodeSettings(m_job);
        if (!encode)
            return fail(encode.error());
        m_encode = *encode;
        m_encode.workers = 0;
        m_encode.hashContent = false;
        m_archive = std::make_unique<WalArchive>(*m_repo, m_job.name);

        const QString lockPath = WalPushMarker::helperLockPath(m_options.walDir);
        QDir().mkpath(QFileInfo(lockPath).absolutePath());
        m_lockFd = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_lockFd < 0)
            return fail(ErrorCode::Failed, tr("cannot create %1: %2").arg(lockPath, QString::fromLocal8Bit(std::strerror(errno))));
        if (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0)
            return QStringLiteral("another helper runs for %1").arg(m_options.walDir);
        const QByteArray line = WalPushMarker::helperLine(m_job.name, m_options.configArgument);
        if (::ftruncate(m_lockFd, 0) != 0 || ::pwrite(m_lockFd, line.constData(), size_t(line.size()), 0) != line.size())
            return fail(ErrorCode::Failed, tr("cannot write %1").arg(lockPath));

        m_inotify = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        const QByteArray status = QFile::encodeName(m_options.walDir + QStringLiteral("/archive_status"));
        if (m_inotify < 0 || ::inotify_add_watch(m_inotify, status.constData(), IN_CREATE | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF) < 0)
            return fail(ErrorCode::Failed, tr("cannot watch %1: %2").arg(QFile::decodeName(status), QString::fromLocal8Bit(std::strerror(errno))));
        m_configStamp = stampOf(m_options.configFile);
        scanReady();
        if (m_job.archiveHelper == QLatin1String("stream"))
            connectStream();
        else
            say(tr("watching %1 for job \"%2\"").arg(m_options.walDir, m_job.name));
        m_idle.start();
        QElapsedTimer checks;
        checks.start();
        for (;;) {
            pollfd fds[2] = {{m_inotify, POLLIN, 0}, {m_stream ? m_stream->socket() : -1, POLLIN, 0}};
            const int ready = ::poll(fds, m_stream ? 2 : 1, 1000);
            if (ready < 0 && errno != EINTR)
                return fail(ErrorCode::Failed, tr("poll failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
            if (fds[0].revents & POLLIN) {
                if (readEvents())
                    return QStringLiteral("pg_wal/archive_status went away");
            }
            if (m_stream && (fds[1].revents & (POLLIN | POLLERR | POLLHUP)))
                readStream();
            if (m_stream)
                if (Status s = m_stream->sendStatus(); !s)
                    dropStream(s.error().message);
            if (Status pushed = pushPending(); !pushed)
                return fail(pushed.error());
            if (checks.elapsed() >= 1000) {
                checks.restart();
                if (!serverRuns(m_options.walDir))
                    return QStringLiteral("the server stopped");
                if (!(stampOf(m_options.configFile) == m_configStamp))
                    return QStringLiteral("the config file changed");
                if (programReplaced())
                    return QStringLiteral("the program was replaced");
                if (m_idle.elapsed() > qint64(m_options.idleSeconds) * 1000)
                    return QStringLiteral("no WAL for %1 s").arg(m_options.idleSeconds);
                if (!m_stream && !m_wrongCluster && m_job.archiveHelper == QLatin1String("stream") && m_reconnect.isValid() && m_reconnect.elapsed() > 10000)
                    connectStream();
                WalPushMarker::prune(m_options.walDir);
            }
        }
    }

    ~Helper()
    {
        if (m_inotify >= 0)
            ::close(m_inotify);
        if (m_lockFd >= 0)
            ::close(m_lockFd); // releases the lock; fronts that wait take the full path
    }

private:
    void connectStream()
    {
        m_reconnect.start();
        auto access = PgAccess::forJob(m_job);
        if (!access) {
            dropStream(access.error().message);
            return;
        }
        auto stream = PgReplicationStream::open(access->conninfo, access->password, QStringLiteral("lifeboat_wal_push"));
        if (!stream) {
            dropStream(stream.error().message);
            return;
        }
        const PgReplicationStream::System system = (*stream)->system();
        // Every piece is compared with this pg_wal's file anyway; this only saves streaming a
        // whole cluster's WAL for nothing when conninfo names another server.
        if (const QString own = clusterSystemId(m_options.walDir); !own.isEmpty() && own != system.systemId) {
            dropStream(tr("the job's conninfo reaches another cluster (system identifier %1; this pg_wal belongs to %2): check conninfo").arg(system.systemId, own));
            m_wrongCluster = true;
            return;
        }
        m_segmentSize = system.segmentSize;
        m_timeline = system.timeline;
        const quint64 start = WalName::segmentOf(system.flushLsn, qint64(m_segmentSize)) * m_segmentSize;
        if (Status started = (*stream)->start(start, system.timeline); !started) {
            dropStream(started.error().message);
            return;
        }
        m_stream = std::move(*stream);
        m_expectedLsn = start;
        if (m_streamDropped)
            say(tr("streaming WAL again from %1").arg(Lsn::format(start)));
        else
            say(tr("streaming WAL ahead for job \"%1\" from %2").arg(m_job.name, Lsn::format(start)));
        m_streamDropped = false;
    }

    void dropStream(const QString &why)
    {
        if (!m_streamDropped)
            say(tr("pushing .ready files without streaming ahead: %1").arg(why));
        m_streamDropped = true;
        m_stream.reset();
        m_segment.reset();
        if (!m_reconnect.isValid())
            m_reconnect.start();
    }

    void readStream()
    {
        auto more = m_stream->read([this](quint64 lsn, const char *data, size_t size) { return take(lsn, data, size); });
        if (!more)
            dropStream(more.error().message);
        else if (!*more)
            dropStream(tr("the server ended the stream (a new timeline?)"));
    }

    Status take(quint64 lsn, const char *data, size_t size)
    {
        if (lsn != m_expectedLsn)
            m_segment.reset(); // a gap: that segment comes from its .ready file
        m_expectedLsn = lsn + size;
        if (lsn < m_doneUntil) { // finished from its file already (finishFromFile)
            const size_t skip = size_t(qMin<quint64>(size, m_doneUntil - lsn));
            lsn += skip;
            data += skip;
            size -= skip;
        }
        while (size > 0) {
            const quint64 segmentEnd = (lsn / m_segmentSize + 1) * m_segmentSize;
            const size_t n = size_t(qMin<quint64>(size, segmentEnd - lsn));
            if (!m_segment && lsn % m_segmentSize == 0) {
                auto begun = WalStreamSegment::begin(*m_repo, m_job.name, m_encode, m_options.walDir, m_timeline, lsn / m_segmentSize, m_segmentSize);
                if (!begun)
                    return fail(begun.error());
                m_segment = std::move(*begun);
            }
            if (m_segment) {
                if (Status appended = m_segment->append(data, n); !appended) {
                    say(appended.error().message); // that segment comes from its .ready file
                    m_segment.reset();
                } else if (m_segment->complete()) {
                    storeStreamed();
                }
            }
            lsn += n;
            data += n;
            size -= n;
        }
        return {};
    }

    void storeStreamed()
    {
        const QString walPath = m_options.walDir + QLatin1Char('/') + m_segment->name();
        QString key;
        auto stored = m_segment->store(*m_archive, walPath, &key);
        if (stored)
            WalPushMarker::write(walPath, m_job.name, m_options.configArgument, m_repo->localObjectPath(m_job.name, key));
        else
            say(stored.error().message); // the .ready file's push decides
        m_segment.reset();
    }

    // The server marked the segment being streamed .ready: its file is complete, and its last
    // bytes would reach the stream only tens of milliseconds later (measured with
    // pg_receivewal as well), which the server's call would wait for.
    void finishFromFile()
    {
        if (Status rest = m_segment->appendRestFromFile(); !rest) {
            say(rest.error().message);
            m_segment.reset();
            return;
        }
        m_doneUntil = m_segment->startLsn() + m_segmentSize;
        storeStreamed();
    }

    // Returns true when the watched folder is gone.
    bool readEvents()
    {
        alignas(inotify_event) char buffer[16384];
        for (;;) {
            const ssize_t n = ::read(m_inotify, buffer, sizeof buffer);
            if (n <= 0)
                return false;
            for (ssize_t at = 0; at < n;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
                if (event->mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED))
                    return true;
                if (event->len > 0)
                    noteReady(QFile::decodeName(event->name));
                at += ssize_t(sizeof(inotify_event) + event->len);
            }
        }
    }

    void scanReady()
    {
        const QStringList names = QDir(m_options.walDir + QStringLiteral("/archive_status")).entryList({QStringLiteral("*.ready")}, QDir::Files, QDir::Name);
        for (const QString &name : names)
            noteReady(name);
    }

    void noteReady(QString statusName)
    {
        if (!statusName.endsWith(QLatin1String(".ready")))
            return;
        statusName.chop(6);
        if (!WalName::parse(statusName).isValid() || m_pending.contains(statusName))
            return;
        QElapsedTimer seen;
        seen.start();
        m_pending.insert(statusName, seen);
        m_idle.restart();
    }

    // Whether the stream is about to deliver `name` whole: give it a moment before reading the
    // file instead.
    bool streamWillCover(const QString &name, const QElapsedTimer &seen) const
    {
        if (!m_stream || seen.elapsed() > 2000)
            return false;
        const WalName wal = WalName::parse(name, qint64(m_segmentSize));
        if (wal.type != WalName::Type::Segment || wal.timeline != m_timeline)
            return false;
        return wal.segmentNumber * m_segmentSize >= m_expectedLsn; // not even begun yet
    }

    Status pushPending()
    {
        for (auto it = m_pending.begin(); it != m_pending.end();) {
            const QString walPath = m_options.walDir + QLatin1Char('/') + it.key();
            if (WalPushMarker::matches(walPath, m_job.name, m_options.configArgument) || !QFileInfo::exists(walPath)) {
                it = m_pending.erase(it);
                continue;
            }
            if (m_segment && m_segment->name() == it.key()) {
                finishFromFile();
                continue; // now marked, or pushed from the file below
            }
            if (streamWillCover(it.key(), it.value())) {
                ++it;
                continue;
            }
            MappedWal file;
            LB_TRY(file.open(walPath));
            QString key;
            auto pushed = m_archive->push(it.key(), file.bytes(), m_encode, &key);
            if (!pushed)
                return fail(pushed.error());
            WalPushMarker::write(walPath, m_job.name, m_options.configArgument, m_repo->localObjectPath(m_job.name, key));
            it = m_pending.erase(it);
        }
        return {};
    }

    const Config &m_config;
    WalPushHelper::Options m_options;
    JobConfig m_job;
    std::unique_ptr<Repository> m_repo;
    EncodeSettings m_encode;
    std::unique_ptr<WalArchive> m_archive;
    std::unique_ptr<PgReplicationStream> m_stream;
    std::unique_ptr<WalStreamSegment> m_segment;
    QMap<QString, QElapsedTimer> m_pending; // .ready names, oldest first
    quint64 m_segmentSize = quint64(WalName::kDefaultSegmentSize);
    quint32 m_timeline = 0;
    quint64 m_expectedLsn = 0; // where the stream continues
    quint64 m_doneUntil = 0;   // stream bytes before this were taken from the files
    bool m_streamDropped = false;
    bool m_wrongCluster = false;
    QElapsedTimer m_reconnect;
    QElapsedTimer m_idle;
    FileStamp m_configStamp;
    int m_lockFd = -1;
    int m_inotify = -1;
};

} // namespace

Result<QString> WalPushHelper::run(const Config &config, const Options &options)
{
    Helper helper(config, options);
    auto why = helper.run();
    if (why)
        say(tr("stopped: %1").arg(*why));
    else
        say(tr("stopped: %1").arg(why.error().message));
    return why;
}

bool WalPushHelper::isRunning(const QString &walDir)
{
    const int fd = ::open(QFile::encodeName(WalPushMarker::helperLockPath(walDir)).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return held;
}

void WalPushHelper::startDetached(const QString &configArgument, const QString &job, const QString &walDir)
{
    if (isRunning(walDir))
        return;
    char self[4096] = {};
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return;
    // Everything the child needs is prepared before fork: after it, only async-signal-safe calls.
    std::vector<QByteArray> args{QByteArray(self, int(n))};
    if (!configArgument.isEmpty())
        args.insert(args.end(), {QByteArrayLiteral("--config"), QFile::encodeName(configArgument)});
    args.insert(args.end(), {QByteArrayLiteral("wal-push-helper"), job.toUtf8(), QFile::encodeName(walDir)});
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const pid_t child = ::fork();
    if (child < 0)
        return;
    if (child == 0) {
        ::setsid();
        if (::fork() != 0)
            ::_exit(0); // the grandchild is nobody's child: the server's archiver never waits for it
        // The current folder stays the data directory: --config may be relative to it.
        const int null = ::open("/dev/null", O_RDWR);
        ::dup2(null, STDIN_FILENO);
        ::dup2(null, STDOUT_FILENO);
        for (int fd = 3; fd < 1024; ++fd)
            ::close(fd);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
}

} // namespace lifeboat
