#pragma once

#include "RetentionPlan.h"
#include "common/Operation.h"
#include "config/Config.h"

namespace lifeboat {

struct PruneParams
{
    Config config;
    QString job; // empty: every job
    bool dryRun = false;
};

struct PruneJobResult
{
    QString job;
    RetentionPlan plan;
    QStringList walRemoved; // archived WAL files older than the oldest kept base backup
    QString walKeptFrom;    // that backup's first segment
    // copy_to repositories get the same policy over what they hold: repository -> removed ids
    QMap<QString, QStringList> copiesRemoved;
};

// `prune`: applies each job's retention policy under the job's lock. The repository is read,
// not the catalog (the repository is the truth); removed backups leave the catalog too. For
// postgresql-cluster jobs archived WAL older than the start of the oldest kept base backup
// goes as well — never a segment a kept base backup needs, never a .history file. The job's
// copy_to repositories get the same policy over the backups they hold. With dry run, everything
// is only listed.
class PruneOperation final : public Operation
{
    Q_OBJECT

public:
    explicit PruneOperation(PruneParams params, QObject *parent = nullptr);
    const QList<PruneJobResult> &results() const { return m_results; }

    // One job's pruning, for callers already inside an operation (--run-schedule after a backup).
    static Result<PruneJobResult> pruneJob(const Config &config, const JobConfig &job, bool dryRun, OperationContext *context);

protected:
    Status execute() override;

private:
    PruneParams m_params;
    QList<PruneJobResult> m_results;
};

} // namespace lifeboat
