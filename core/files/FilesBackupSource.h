#pragma once

#include "FileTreeWalker.h"
#include "FilesManifest.h"
#include "jobs/BackupSource.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

struct archive;

namespace lifeboat {

class TarWriter;

// kind = "files": a folder (a bind mount, a Docker volume's _data, a mounted PVC) as a pax tar
// stream: permissions, owners, nanosecond times, symlinks, hard links, extended attributes,
// ACLs and sparse files kept; the manifest with every file's SHA-256 is the last member.
// Left out, with a warning each: sockets, device files and symlinks pointing outside the folder
// (a safe restore refuses all three). Files that change while they are read are reported, and
// with consistent = true they fail the backup.
class FilesBackupSource final : public BackupSource
{
    Q_DECLARE_TR_FUNCTIONS(FilesBackupSource)

public:
    FilesBackupSource(const JobConfig &job, const QString &overridePath);
    ~FilesBackupSource() override;

    // The walk a backup of `folder` makes: the job's patterns, the manifest's name reserved,
    // repositories inside left out. `check` walks the same way.
    static FileTreeWalker walker(const QString &folder, const QStringList &include, const QStringList &exclude);

    QString kind() const override { return QStringLiteral("files"); }
    QString formatExtension() const override { return QStringLiteral(".tar"); }
    Status prepare(OperationContext *context) override;
    Status stream(Sink *sink, OperationContext *context) override;
    QJsonObject sourceInfo() const override;
    qint64 sourceBytes() const override { return m_bytes; }

private:
    Status add(const FileNode &node, TarWriter &tar, OperationContext *context);
    void leaveOut(const QString &path, const QString &reason, OperationContext *context);
    void noteChanged(const QString &path, OperationContext *context);

    QString m_folder;
    QStringList m_include;
    QStringList m_exclude;
    bool m_consistent = false;
    struct archive *m_disk = nullptr; // libarchive's reader of owners, xattrs, ACLs and sparse maps
    qint64 m_plannedBytes = 0;
    qint64 m_bytes = 0;
    int m_files = 0, m_dirs = 0, m_symlinks = 0, m_hardlinks = 0, m_fifos = 0;
    QStringList m_changed;
    QJsonArray m_leftOut;
    FilesManifest m_manifest;
    QHash<QPair<quint64, quint64>, QString> m_linkTargets; // (device, inode) of files seen with more than one link
    class Sha256Tap *m_hasher = nullptr;
};

} // namespace lifeboat
