#include "ClosedFilePacker.h"

#include "common/FileOps.h"
#include "common/OperationContext.h"

#include <QDir>
#include <QFile>
#include <cerrno>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

namespace lifeboat {

ClosedFilePacker::ClosedFilePacker(QString folder, Sink *out, EarlyFilter early)
    : m_folder(std::move(folder))
    , m_tar(out)
    , m_early(early)
{
}

ClosedFilePacker::~ClosedFilePacker()
{
    if (m_inotify >= 0)
        ::close(m_inotify);
}

Status ClosedFilePacker::open()
{
    m_inotify = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_inotify < 0)
        return fail(ErrorCode::Failed, tr("cannot watch %1 (inotify: %2; raise fs.inotify.max_user_instances)").arg(m_folder, QString::fromLocal8Bit(strerror(errno))));
    if (::inotify_add_watch(m_inotify, QFile::encodeName(m_folder).constData(), IN_CLOSE_WRITE) < 0)
        return fail(FileOps::errnoError(errno, m_folder, tr("cannot watch")));
    return m_tar.open();
}

Status ClosedFilePacker::pack(const QString &name, OperationContext *context)
{
    if (m_packed.contains(name))
        return {};
    const QString path = QDir(m_folder).filePath(name);
    LB_TRY(m_tar.addFile(path, name, context));
    m_packed.insert(name);
    QFile::remove(path);
    return {};
}

Status ClosedFilePacker::packClosed(int waitMs, OperationContext *context)
{
    pollfd pfd{m_inotify, POLLIN, 0};
    if (::poll(&pfd, 1, waitMs) <= 0)
        return {};
    alignas(inotify_event) char buffer[16 * 1024];
    for (;;) {
        const ssize_t n = ::read(m_inotify, buffer, sizeof buffer);
        if (n <= 0)
            return {}; // EAGAIN: nothing more for now
        for (ssize_t offset = 0; offset < n;) {
            const auto *event = reinterpret_cast<const inotify_event *>(buffer + offset);
            offset += ssize_t(sizeof(inotify_event) + event->len);
            if (event->len == 0 || !(event->mask & IN_CLOSE_WRITE))
                continue;
            const QString name = QFile::decodeName(event->name);
            if (m_early(name) && QFile::exists(QDir(m_folder).filePath(name)))
                LB_TRY(pack(name, context));
        }
    }
}

Status ClosedFilePacker::finish(OperationContext *context)
{
    LB_TRY(packClosed(0, context));
    const QStringList rest = QDir(m_folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : rest)
        LB_TRY(pack(name, context));
    return m_tar.close();
}

} // namespace lifeboat
