#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace lifeboat {

// A disaster-recovery drill plan (TOML, docs/drills.md): objectives, the incident time and
// ordered steps. Automatic steps restore and check; manual steps hold instructions, a
// checklist and room for evidence, and are "skipped — manual" when no one is there to do them.
struct DrillStep
{
    enum class Kind { Restore, Pitr, Sql, RowCounts, Command, Http, Manual };
    Kind kind = Kind::Manual;
    QString name;
    // restore / pitr
    QString job;
    QString backup;     // restore: a backup id (default: the newest successful one)
    QString pitrTarget; // pitr: "latest" (default) or an ISO time
    QString scratch;    // restore of a PostgreSQL job: "cluster" (default: a throwaway server) or a conninfo of a test server
    // sql / row-counts: which restore's target (default: the latest restore step before it)
    QString restored;
    QString query;
    QString expect;     // sql: the first column of the first row, as text
    // command
    QStringList command;
    int expectExit = 0;
    // http
    QString url;
    int expectStatus = 200;
    int timeoutSeconds = 60;
    // manual
    QString instructions;
    QStringList checklist;

    static QString kindName(Kind kind);
    bool isManual() const { return kind == Kind::Manual; }
};

struct DrillPlan
{
    QString path;
    QString name;
    QString description;
    qint64 rtoObjectiveSeconds = 2 * 3600; // the seed's objectives: RTO 2 h, RPO 1 h
    qint64 rpoObjectiveSeconds = 3600;
    QDateTime incidentTime; // invalid: the drill's start
    QList<DrillStep> steps;
};

class DrillPlanLoader
{
    Q_DECLARE_TR_FUNCTIONS(DrillPlanLoader)

public:
    static Result<DrillPlan> loadFile(const QString &path, const QString &timezone = {});
    static Result<DrillPlan> loadString(const QString &text, const QString &pathForMessages, const QString &timezone = {});
    // "90s", "45m", "2h", "1h30m", "1d" -> seconds; -1 when it is not a duration.
    static qint64 parseDuration(const QString &text);
};

} // namespace lifeboat
