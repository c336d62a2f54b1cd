#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lifeboat {

// What a files backup holds, member by member, with each regular file's SHA-256. It travels as
// the last member of the tar stream (kMemberName), so verify and restore can check every file
// without a second artifact, and `tar -x` by hand shows it as one extra file.
struct FilesManifest
{
    Q_DECLARE_TR_FUNCTIONS(FilesManifest)

public:
    static constexpr const char *kMemberName = ".lifeboat-manifest.json";
    static constexpr const char *kFormat = "lifeboat-files-manifest/1";

    struct Entry
    {
        QString path;
        QString type;   // file | dir | symlink | hardlink | fifo
        qint64 size = 0;
        QString sha256; // file
        QString target; // symlink, hardlink
    };
    QList<Entry> entries;
    int rootMode = 0755; // the backed-up folder's own permissions

    QByteArray toJson() const;
    static Result<FilesManifest> fromJson(const QByteArray &json);
};

} // namespace lifeboat
