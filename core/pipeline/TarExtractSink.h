#pragma once

#include "ArchiveReaderSink.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

struct archive;
struct archive_entry;

namespace lifeboat {

// The reverse of TarWriter: a Sink that unpacks the tar stream pushed into it into `folder`.
// Only flat regular files are accepted (no folders, links or paths with '/'), each created new
// with mode 0600: a tampered archive cannot write outside `folder` or replace anything.
class TarExtractSink final : public ArchiveReaderSink
{
    Q_DECLARE_TR_FUNCTIONS(TarExtractSink)

public:
    // `keep`, when set, picks the members whose contents are written; the others are read
    // through (and so still checked) but left as empty files, marking that they were there.
    explicit TarExtractSink(QString folder, std::function<bool(const QString &name)> keep = {});
    // Tree mode (a PostgreSQL data directory): folders and nested paths are accepted too, still
    // no links, absolute paths or "..", folders 0700, files 0600, each file fsynced as it is
    // closed (the folders are the caller's: FileOps::syncFolderTree).
    // Check only: with an empty folder in tree mode nothing is written; members are read through
    // (so the stream's structure is checked) and their names collected in files().
    void setTree(bool tree) { m_tree = tree; }
    ~TarExtractSink() override;
    Q_DISABLE_COPY_MOVE(TarExtractSink)

    // finish() waits until the archive is fully unpacked; fails on a truncated or malformed archive.
    QStringList files() const { return m_files; }

protected:
    Status readArchive(struct archive *a) override;

private:
    // Reads the current member whole.
    Result<QByteArray> readSmallMember(struct archive *a, struct archive_entry *entry, const QString &name);

    QString m_folder;
    std::function<bool(const QString &)> m_keep;
    bool m_tree = false;
    QStringList m_files;
};

} // namespace lifeboat
