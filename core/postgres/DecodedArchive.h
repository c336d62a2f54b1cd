#pragma once

#include "common/Result.h"
#include "pipeline/StreamChain.h"
#include "repository/BackupMetadata.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <memory>

namespace lifeboat {

class OperationContext;
class Repository;

// A logical backup decoded into a private scratch place pg_restore can seek in: one file for
// the custom and plain formats, an unpacked folder for the directory format. Removed when
// this object goes.
class DecodedArchive
{
    Q_DECLARE_TR_FUNCTIONS(DecodedArchive)

public:
    static bool isDirectoryFormat(const BackupMetadata &meta);
    static bool isPlainFormat(const BackupMetadata &meta);

    // `tocOnly`: for listing only; a directory archive's table files are checked but left empty.
    [[nodiscard]] Status decode(Repository &repository, const BackupMetadata &meta, const DecodeSettings &keys,
                                OperationContext *context, bool tocOnly = false);
    // The file or folder to hand pg_restore.
    QString path() const { return m_path; }
    // pg_restore arguments that name the archive (format and path).
    QStringList pgRestoreArguments() const;

private:
    std::unique_ptr<QTemporaryDir> m_scratch;
    QString m_path;
    bool m_directory = false;
};

} // namespace lifeboat
