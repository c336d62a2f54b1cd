#pragma once

#include "TarWriter.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace lifeboat {

// Streams the files another process writes into `folder` as a tar stream while it is still
// writing: inotify reports each file closed after writing, which is packed and deleted at once,
// so the folder holds only the files still being written, never a whole uncompressed copy.
// Used for pg_dump's directory format, whose parallel workers write one file per table.
class ClosedFilePacker
{
    Q_DECLARE_TR_FUNCTIONS(ClosedFilePacker)

public:
    // `early`: whether a closed file may be packed before the writer exits (pg_dump reopens
    // none of its table files, but its TOC files are left for the end to be safe).
    using EarlyFilter = bool (*)(const QString &name);
    ClosedFilePacker(QString folder, Sink *out, EarlyFilter early);
    ~ClosedFilePacker();
    Q_DISABLE_COPY_MOVE(ClosedFilePacker)

    // Starts watching; call before the writer starts.
    [[nodiscard]] Status open();
    // Packs the files closed since the last call; waits at most `waitMs` for one.
    [[nodiscard]] Status packClosed(int waitMs, OperationContext *context);
    // After the writer exited: packs everything left (sorted by name) and ends the tar stream.
    [[nodiscard]] Status finish(OperationContext *context);
    void setObserver(TarWriter::Observer observer) { m_tar.setObserver(std::move(observer)); }
    qint64 contentBytes() const { return m_tar.contentBytes(); }
    int filesPacked() const { return int(m_packed.size()); }

private:
    Status pack(const QString &name, OperationContext *context);

    QString m_folder;
    TarWriter m_tar;
    EarlyFilter m_early;
    int m_inotify = -1;
    QSet<QString> m_packed;
};

} // namespace lifeboat
