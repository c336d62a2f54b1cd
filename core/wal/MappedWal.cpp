#include "MappedWal.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lifeboat {

MappedWal::~MappedWal()
{
    if (m_data != MAP_FAILED && m_data)
        ::munmap(m_data, m_size);
}

Status MappedWal::open(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(ErrorCode::NotFound, tr("cannot read WAL file %1: %2 (archive_command must pass %p, run in the data directory)")
                                             .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    struct stat st {};
    ::fstat(fd, &st);
    m_size = size_t(st.st_size);
    m_data = m_size > 0 ? ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0) : nullptr;
    const int err = errno;
    ::close(fd);
    if (m_data == MAP_FAILED)
        return fail(ErrorCode::Failed, tr("cannot read WAL file %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(err))));
    return {};
}

} // namespace lifeboat
