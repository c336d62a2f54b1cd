#pragma once

#include "Sink.h"

#include <QCoreApplication>
#include <QString>

namespace lifeboat {

// Writes a new file (mode 0600, refusing to replace an existing one) and fsyncs it on finish.
// A full disk becomes ErrorCode::DiskFull naming the file's folder.
class FileSink final : public Sink
{
    Q_DECLARE_TR_FUNCTIONS(FileSink)

public:
    ~FileSink() override;

    // Creates the file (it must not exist) and holds an flock on it until the sink is destroyed
    // or discarded, past finish() and the rename that follows: a later run can then tell a
    // leftover of a killed process (FileOps::isAbandoned) from a file being written right now.
    [[nodiscard]] Status open(const QString &path);
    Status write(const char *data, size_t size) override;
    Status finish() override;
    // Closes without syncing and deletes the file: used when the stream failed.
    void discard();
    // Starts writeback every `bytes` written, for files whose finish() is waited for (the
    // resident WAL helper's segments, which fill slowly).
    void setWriteBehind(qint64 bytes) { m_writeBehind = bytes; }

private:
    QString m_path;
    int m_fd = -1;
    int m_lockFd = -1; // a dup of m_fd: the lock lives as long as the open file description
    qint64 m_written = 0;
    qint64 m_started = 0; // writeback requested up to here
    qint64 m_writeBehind = 0;
};

} // namespace lifeboat
