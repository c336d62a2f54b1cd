#pragma once

#include "FilesManifest.h"
#include "pipeline/ArchiveReaderSink.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

struct archive_entry;

namespace lifeboat {

// Unpacks a files backup's tar stream into `folder` (a fresh, empty folder) and checks every
// member against the manifest at its end. Refused, before anything of that member is written,
// with the member named: absolute paths, "..", device files, sockets, symlinks pointing outside
// the folder, hard links to anything but a file unpacked before, and a name given twice.
// libarchive's secure flags refuse writing through a symlink as well. With an empty folder
// nothing is written: the stream's structure and every file's SHA-256 are checked
// (verify --level format).
class FilesExtractSink final : public ArchiveReaderSink
{
    Q_DECLARE_TR_FUNCTIONS(FilesExtractSink)

public:
    explicit FilesExtractSink(QString folder);
    ~FilesExtractSink() override;

    const FilesManifest &manifest() const { return m_manifest; }
    int fileCount() const { return m_fileCount; }
    qint64 fileBytes() const { return m_fileBytes; }
    // What could not be set as archived (an owner without root, a security.* attribute...).
    const QStringList &warnings() const { return m_warnings; }

protected:
    Status readArchive(struct archive *a) override;

private:
    struct Seen
    {
        QString type;
        qint64 size = 0;
        QString sha256;
        QString target;
    };
    Status refuse(const QString &member, const QString &why) const;
    Status checkMember(struct archive_entry *entry, const QString &name, QString *relative, Seen *seen) const;
    Status readManifest(struct archive *a);
    Status compareWithManifest() const;

    QString m_folder;
    FilesManifest m_manifest;
    bool m_haveManifest = false;
    QHash<QString, Seen> m_seen;
    QHash<QString, QString> m_symlinks;
    int m_fileCount = 0;
    qint64 m_fileBytes = 0;
    QStringList m_warnings;
};

} // namespace lifeboat
