#pragma once

#include "common/Result.h"
#include "config/Config.h"
#include "pipeline/StreamChain.h"

#include <QCoreApplication>
#include <memory>

namespace lifeboat {

class Catalog;
class Repository;

// Look-ups every job operation starts with: the job, its repository, its keys.
class JobSupport
{
    Q_DECLARE_TR_FUNCTIONS(JobSupport)

public:
    static Result<JobConfig> job(const Config &config, const QString &name);
    static Result<std::unique_ptr<Repository>> repository(const Config &config, const QString &name);
    static Result<OpenPgpSettings> openPgp(const JobConfig &job, bool forDecrypt);
    static Result<EncodeSettings> encodeSettings(const JobConfig &job);
    static Result<DecodeSettings> decodeSettings(const JobConfig &job, const QString &encryption);
    static Result<std::unique_ptr<Catalog>> catalog(const Config &config);
    // Folder for transient copies (snapshots, decoded checks): $LIFEBOAT_TMPDIR or the system's.
    static QString workDir();
};

} // namespace lifeboat
