#pragma once

#include "WalArchive.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace lifeboat {

// Decodes a run of archived WAL segments into a folder on its own thread, in order and at
// most `ahead` segments before the reader, so that decoding (zstd, OpenPGP, hash check) runs
// on one core while pg_waldump reads on the other.
class WalPrefetcher
{
public:
    using Fetch = std::function<Status(const ArchivedWal &file, const QString &dest)>;
    WalPrefetcher(QList<ArchivedWal> files, QString folder, Fetch fetch, int ahead);
    ~WalPrefetcher();
    Q_DISABLE_COPY_MOVE(WalPrefetcher)

    // Blocks until segment `index` is decoded (or failed); returns how many are ready in a row
    // from the start (>= index + 1 on success).
    Result<int> waitFor(int index);
    // The reader is done with segments before `index`: they may be deleted and decoding goes on.
    void release(int index);
    QString pathOf(int index) const;

private:
    void work();
    QList<ArchivedWal> m_files;
    QString m_folder;
    Fetch m_fetch;
    int m_ahead;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_ready = 0;    // decoded, in a row from the start
    int m_released = 0; // the reader needs nothing before this
    bool m_stop = false;
    std::optional<Error> m_error; // for segment m_ready
    std::thread m_thread;
};

} // namespace lifeboat
