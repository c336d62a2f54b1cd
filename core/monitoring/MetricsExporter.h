#pragma once

#include "JobHealth.h"
#include "catalog/Catalog.h"

namespace lifeboat {

// Prometheus text exposition (version 0.0.4) of the catalog: per job the last success, the last
// run's outcome, size and duration, a duration histogram over the stored backups, run counts by
// status, verification failures, health, and for clusters the WAL archiver's lag and failures;
// per repository its free space. Names follow Prometheus conventions (base units, _total
// counters). Pure over its inputs, so tests give fixed data.
class MetricsExporter
{
public:
    struct Input
    {
        Config config;
        QList<CatalogEntry> backups; // newest first
        QList<Catalog::Run> runs;
        QMap<QString, Catalog::ArchiveHealth> archive; // job -> newest reading
        QDateTime now;
        JobHealth::FreeSpace freeSpace;
        JobHealth::FreeSpace capacity; // the file system's size under the repository (-1: unknown)
        QList<DrillRecord> drills;     // newest first
    };
    static QString exposition(const Input &input);
    // Reads everything from the config's catalog (and the repositories' file systems).
    static Result<QString> fromCatalog(const Config &config);
};

} // namespace lifeboat
