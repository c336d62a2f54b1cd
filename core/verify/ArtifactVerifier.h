#pragma once

#include "common/Result.h"
#include "pipeline/StreamChain.h"
#include "repository/BackupMetadata.h"

#include <QCoreApplication>

namespace lifeboat {

class OperationContext;
class Repository;

// The verification levels of CLI.md, cheapest first:
//   checksum  stored bytes against the sidecar's sha256 (no keys needed)
//   decode    decrypt + decompress the whole stream; both hashes must match
//   format    decode into a scratch file and check it as what it claims to be (SQLite:
//             integrity_check and row counts equal to the sidecar's; PostgreSQL custom:
//             pg_restore --list accepts it; plain: a complete dump; files: every member's
//             SHA-256 against the manifest)
//   restore   a full test restore; for SQLite that is what format does; for PostgreSQL a
//             throwaway database on the job's server, row counts compared, then dropped
class ArtifactVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ArtifactVerifier)

public:
    static bool isLevel(const QString &level);
    // `job` is needed for PostgreSQL test restores (its server); may be null otherwise.
    [[nodiscard]] static Status verify(Repository &repository, const BackupMetadata &meta, const DecodeSettings &keys,
                                       const QString &level, OperationContext *context, const struct JobConfig *job = nullptr);
    // Decodes the artifact into `out` (finished on success) and checks both hashes.
    [[nodiscard]] static Status decode(Repository &repository, const BackupMetadata &meta, const DecodeSettings &keys,
                                       Sink *out, OperationContext *context);
    [[nodiscard]] static Status checksum(Repository &repository, const BackupMetadata &meta, OperationContext *context);
    // Checks a decoded file of meta.kind against the sidecar's facts.
    [[nodiscard]] static Status checkFormat(const BackupMetadata &meta, const QString &decodedFile);

private:
    static Status verifyMain(Repository &repository, const BackupMetadata &meta, const DecodeSettings &keys, const QString &level,
                             OperationContext *context, const struct JobConfig *job);
    // Parts (PostgreSQL globals) are checked at the same level, as far as it applies to them.
    static Status verifyPart(Repository &repository, const BackupMetadata &part, const DecodeSettings &keys, const QString &level,
                             OperationContext *context);
};

} // namespace lifeboat
