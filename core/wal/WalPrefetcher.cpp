#include "WalPrefetcher.h"

#include <QDir>
#include <QFile>

namespace lifeboat {

WalPrefetcher::WalPrefetcher(QList<ArchivedWal> files, QString folder, Fetch fetch, int ahead)
    : m_files(std::move(files)), m_folder(std::move(folder)), m_fetch(std::move(fetch)), m_ahead(std::max(1, ahead))
{
    m_thread = std::thread([this] { work(); });
}

WalPrefetcher::~WalPrefetcher()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

QString WalPrefetcher::pathOf(int index) const { return QDir(m_folder).filePath(m_files.at(index).wal.name); }

void WalPrefetcher::work()
{
    for (int i = 0; i < m_files.size(); ++i) {
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [&] { return m_stop || i < m_released + m_ahead; });
            if (m_stop)
                return;
        }
        const Status fetched = QFile::exists(pathOf(i)) ? Status() : m_fetch(m_files.at(i), pathOf(i));
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (!fetched) {
                m_error = fetched.error();
                m_changed.notify_all();
                return;
            }
            m_ready = i + 1;
        }
        m_changed.notify_all();
    }
}

Result<int> WalPrefetcher::waitFor(int index)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [&] { return m_ready > index || m_error.has_value(); });
    if (m_ready > index)
        return m_ready;
    return fail(*m_error);
}

void WalPrefetcher::release(int index)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        for (int i = m_released; i < index && i < m_ready; ++i)
            QFile::remove(pathOf(i));
        m_released = std::max(m_released, index);
    }
    m_changed.notify_all();
}

} // namespace lifeboat
