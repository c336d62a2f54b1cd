#include "ArchiveReaderSink.h"

#include <QCoreApplication>
#include <archive.h>
#include <memory>

namespace lifeboat {

namespace {
constexpr size_t kMaxQueued = 8; // chunks of up to kStreamChunk waiting for the reader
}

ArchiveReaderSink::~ArchiveReaderSink()
{
    stop();
}

void ArchiveReaderSink::start()
{
    m_thread = std::thread([this] { run(); });
}

void ArchiveReaderSink::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_abort = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

Status ArchiveReaderSink::write(const char *data, size_t size)
{
    return push(QByteArray(data, qsizetype(size)));
}

Status ArchiveReaderSink::push(QByteArray chunk)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_done || m_queue.size() < kMaxQueued; });
    if (m_done) // the reader stopped early: report why instead of queueing into the void
        return m_result ? Status(fail(ErrorCode::Corrupt, QCoreApplication::translate("TarExtractSink", "the tar stream has data after its end")))
                        : m_result;
    m_queue.push_back(std::move(chunk));
    m_changed.notify_all();
    return {};
}

Status ArchiveReaderSink::finish()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_eof = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    return m_result;
}

long ArchiveReaderSink::readCallback(struct archive *, void *self, const void **buffer)
{
    auto *sink = static_cast<ArchiveReaderSink *>(self);
    std::unique_lock<std::mutex> lock(sink->m_mutex);
    sink->m_changed.wait(lock, [sink] { return sink->m_abort || sink->m_eof || !sink->m_queue.empty(); });
    if (sink->m_abort)
        return -1;
    if (sink->m_queue.empty())
        return 0; // end of stream
    sink->m_current = std::move(sink->m_queue.front());
    sink->m_queue.pop_front();
    sink->m_changed.notify_all();
    *buffer = sink->m_current.constData();
    return long(sink->m_current.size());
}

void ArchiveReaderSink::drain(struct archive *a)
{
    const void *rest = nullptr;
    while (readCallback(a, this, &rest) > 0) {
    }
}

void ArchiveReaderSink::run()
{
    std::unique_ptr<archive, int (*)(archive *)> a(archive_read_new(), archive_read_free);
    archive_read_support_format_tar(a.get());
    Status status;
    if (archive_read_open(a.get(), this, nullptr, &ArchiveReaderSink::readCallback, nullptr) != ARCHIVE_OK)
        status = fail(ErrorCode::Corrupt, QCoreApplication::translate("TarExtractSink", "the content is not a tar stream: %1")
                                              .arg(QString::fromUtf8(archive_error_string(a.get()))));
    else
        status = readArchive(a.get());
    std::lock_guard<std::mutex> lock(m_mutex);
    m_result = status;
    m_done = true;
    m_changed.notify_all();
}

} // namespace lifeboat
