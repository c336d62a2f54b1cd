#pragma once

#include "common/Operation.h"
#include "config/Config.h"

#include <QStringList>

namespace lifeboat {

struct WalIndexParams
{
    Config config;
    QString job;
    bool rebuild = false;       // forget the index and read the whole archive again
    bool snapshotNames = true;  // read relation names from the live server first
    int batchSegments = 16;     // segments per pg_waldump run (each run reads the last one again)
};

struct WalIndexResult
{
    qint64 segmentsRead = 0;
    qint64 walBytes = 0;
    qint64 commits = 0;
    qint64 events = 0;
    double seconds = 0;
    bool upToDate = false; // nothing new was archived since the last update
    QStringList warnings;  // names not refreshed, WAL that could not be read past a point
};

// Brings a postgresql-cluster job's WAL event index up to date: decodes the segments archived
// since the last update into a private folder, reads them with pg_waldump of the server's
// major version (from the segments' page magic), and stores commits and destructive events in
// the catalog stretch by stretch, so an interrupted update resumes where it stopped. Run by
// --run-schedule and on demand by `timeline`; never by wal-push, which must stay cheap.
class WalIndexOperation final : public Operation
{
    Q_OBJECT

public:
    explicit WalIndexOperation(WalIndexParams params, QObject *parent = nullptr);
    const WalIndexResult &result() const { return m_result; }

    // The PostgreSQL major version that wrote a WAL page with this magic (0 when unknown).
    static int majorFromPageMagic(quint16 magic);

protected:
    Status execute() override;

private:
    WalIndexParams m_params;
    WalIndexResult m_result;
};

} // namespace lifeboat
