#pragma once

#include "JobHealth.h"
#include "drill/DrillRecord.h"

#include <QCoreApplication>
#include <optional>

namespace lifeboat {

// The alerts of resources/monitoring/lifeboat-alerts.yml, evaluated on the catalog as it is now,
// for the GUI dashboard (no Prometheus needed to see them). Same thresholds: a failed or damaged
// newest run, no success for 25 h, a newest backup over 2x or under half of the week's average,
// WAL lag over 100 segments, less free space than low_space_percent (20%), failed
// verifications, a plan's last drill failed or older than 104 days, backups not yet offsite.
class ActiveAlerts
{
    Q_DECLARE_TR_FUNCTIONS(ActiveAlerts)

public:
    struct Alert
    {
        QString name;     // the rule's alertname
        bool critical = false;
        QString subject;  // job, repository or plan
        QString text;     // one sentence with what to do
    };
    struct Input
    {
        Config config;
        QList<CatalogEntry> backups; // newest first
        QList<Catalog::Run> runs;
        QMap<QString, Catalog::ArchiveHealth> archive;
        QList<DrillRecord> drills; // newest first
        QDateTime now;
        JobHealth::FreeSpace freeSpace;
        JobHealth::FreeSpace capacity;
        std::optional<QList<JobHealth>> health; // when the caller has it already
    };
    static QList<Alert> evaluate(const Input &in);
    // Reads the archive readings and drills from the config's catalog, then evaluates.
    static QList<Alert> forCatalog(const Config &config, const QList<CatalogEntry> &backups, const QList<Catalog::Run> &runs,
                                   const QList<JobHealth> &health);
};

} // namespace lifeboat
