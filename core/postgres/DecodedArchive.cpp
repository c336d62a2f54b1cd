#include "DecodedArchive.h"

#include "jobs/JobSupport.h"
#include "pipeline/FileSink.h"
#include "pipeline/TarExtractSink.h"
#include "verify/ArtifactVerifier.h"

#include <QDir>
#include <QJsonObject>

namespace lifeboat {

bool DecodedArchive::isDirectoryFormat(const BackupMetadata &meta)
{
    return meta.source.value(QStringLiteral("format")).toString() == QLatin1String("directory");
}

bool DecodedArchive::isPlainFormat(const BackupMetadata &meta)
{
    return meta.source.value(QStringLiteral("format")).toString() == QLatin1String("plain") || meta.artifact.contains(QLatin1String(".sql"));
}

Status DecodedArchive::decode(Repository &repository, const BackupMetadata &meta, const DecodeSettings &keys, OperationContext *context,
                              bool tocOnly)
{
    m_scratch = std::make_unique<QTemporaryDir>(QDir(JobSupport::workDir()).filePath(QStringLiteral("lifeboat-archive-XXXXXX")));
    if (!m_scratch->isValid())
        return fail(ErrorCode::Failed, tr("cannot create a scratch folder in %1: %2 (set LIFEBOAT_TMPDIR to a writable folder with room for the decoded backup)")
                                           .arg(JobSupport::workDir(), m_scratch->errorString()));
    m_directory = isDirectoryFormat(meta);
    if (m_directory) {
        m_path = m_scratch->filePath(QStringLiteral("dump"));
        if (!QDir().mkdir(m_path))
            return fail(ErrorCode::Failed, tr("cannot create %1").arg(m_path));
        std::function<bool(const QString &)> keep;
        if (tocOnly)
            keep = [](const QString &name) { return !name.endsWith(QLatin1String(".dat")) || name == QLatin1String("toc.dat"); };
        TarExtractSink unpack(m_path, keep);
        return ArtifactVerifier::decode(repository, meta, keys, &unpack, context);
    }
    m_path = m_scratch->filePath(isPlainFormat(meta) ? QStringLiteral("dump.sql") : QStringLiteral("dump.custom"));
    FileSink file;
    LB_TRY(file.open(m_path));
    auto status = ArtifactVerifier::decode(repository, meta, keys, &file, context);
    if (!status)
        file.discard();
    return status;
}

QStringList DecodedArchive::pgRestoreArguments() const
{
    return {m_directory ? QStringLiteral("--format=directory") : QStringLiteral("--format=custom"), m_path};
}

} // namespace lifeboat
