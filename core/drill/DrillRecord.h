#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace lifeboat {

// What one drill did and measured: kept in the catalog (as JSON) for `drill show`, the
// history and the reports.
struct DrillStepRecord
{
    QString name;
    QString kind;
    QString status; // passed | failed | skipped-manual | not-run
    QDateTime startedAt;
    QDateTime finishedAt;
    double seconds = 0;
    QString detail; // what was checked or restored, or why it failed
    QString instructions;
    QStringList checklist;
    QString evidence;

    QJsonObject toJson() const;
    static DrillStepRecord fromJson(const QJsonObject &o);
};

struct DrillRecord
{
    QString id; // drill-YYYYMMDD-HHMMSS
    QString plan;
    QString planPath;
    QString facilitator;
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime incidentTime;
    qint64 rtoObjectiveSeconds = 0;
    qint64 rpoObjectiveSeconds = 0;
    double rtoSeconds = -1;  // incident -> last verification passed; -1: not reached
    double rpoSeconds = -1;  // incident - newest data restored; -1: nothing restored
    QDateTime newestData;
    bool rtoMet = false;
    bool rpoMet = false;
    QString status; // passed | failed
    QString failedStep;
    QString signedOffBy;
    QDateTime signedOffAt;
    QStringList jobs;
    QList<DrillStepRecord> steps;

    bool passed() const { return status == QLatin1String("passed"); }
    QJsonObject toJson() const;
    static DrillRecord fromJson(const QJsonObject &o);
};

} // namespace lifeboat
