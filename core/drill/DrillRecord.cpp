#include "DrillRecord.h"

#include "common/Clock.h"

#include <QJsonArray>

namespace lifeboat {

namespace {
QJsonValue time(const QDateTime &t) { return t.isValid() ? QJsonValue(isoUtcPrecise(t)) : QJsonValue(); }
QDateTime timeFrom(const QJsonValue &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }
QJsonValue seconds(double s) { return s < 0 ? QJsonValue() : QJsonValue(s); }
} // namespace

QJsonObject DrillStepRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},       {QStringLiteral("kind"), kind},
                  {QStringLiteral("status"), status},   {QStringLiteral("started_at"), time(startedAt)},
                  {QStringLiteral("finished_at"), time(finishedAt)}, {QStringLiteral("seconds"), seconds},
                  {QStringLiteral("detail"), detail}};
    if (!instructions.isEmpty())
        o.insert(QStringLiteral("instructions"), instructions);
    if (!checklist.isEmpty())
        o.insert(QStringLiteral("checklist"), QJsonArray::fromStringList(checklist));
    if (!evidence.isEmpty())
        o.insert(QStringLiteral("evidence"), evidence);
    return o;
}

DrillStepRecord DrillStepRecord::fromJson(const QJsonObject &o)
{
    DrillStepRecord s;
    s.name = o.value(QStringLiteral("name")).toString();
    s.kind = o.value(QStringLiteral("kind")).toString();
    s.status = o.value(QStringLiteral("status")).toString();
    s.startedAt = timeFrom(o.value(QStringLiteral("started_at")));
    s.finishedAt = timeFrom(o.value(QStringLiteral("finished_at")));
    s.seconds = o.value(QStringLiteral("seconds")).toDouble();
    s.detail = o.value(QStringLiteral("detail")).toString();
    s.instructions = o.value(QStringLiteral("instructions")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("checklist")).toArray())
        s.checklist.append(v.toString());
    s.evidence = o.value(QStringLiteral("evidence")).toString();
    return s;
}

QJsonObject DrillRecord::toJson() const
{
    QJsonArray stepArray;
    for (const DrillStepRecord &s : steps)
        stepArray.append(s.toJson());
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("plan"), plan},
                       {QStringLiteral("plan_path"), planPath},
                       {QStringLiteral("facilitator"), facilitator},
                       {QStringLiteral("started_at"), time(startedAt)},
                       {QStringLiteral("finished_at"), time(finishedAt)},
                       {QStringLiteral("incident_time"), time(incidentTime)},
                       {QStringLiteral("rto_objective_seconds"), rtoObjectiveSeconds},
                       {QStringLiteral("rpo_objective_seconds"), rpoObjectiveSeconds},
                       {QStringLiteral("rto_seconds"), seconds(rtoSeconds)},
                       {QStringLiteral("rpo_seconds"), seconds(rpoSeconds)},
                       {QStringLiteral("newest_data"), time(newestData)},
                       {QStringLiteral("rto_met"), rtoMet},
                       {QStringLiteral("rpo_met"), rpoMet},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("failed_step"), failedStep},
                       {QStringLiteral("signed_off_by"), signedOffBy},
                       {QStringLiteral("signed_off_at"), time(signedOffAt)},
                       {QStringLiteral("jobs"), QJsonArray::fromStringList(jobs)},
                       {QStringLiteral("steps"), stepArray}};
}

DrillRecord DrillRecord::fromJson(const QJsonObject &o)
{
    DrillRecord d;
    d.id = o.value(QStringLiteral("id")).toString();
    d.plan = o.value(QStringLiteral("plan")).toString();
    d.planPath = o.value(QStringLiteral("plan_path")).toString();
    d.facilitator = o.value(QStringLiteral("facilitator")).toString();
    d.startedAt = timeFrom(o.value(QStringLiteral("started_at")));
    d.finishedAt = timeFrom(o.value(QStringLiteral("finished_at")));
    d.incidentTime = timeFrom(o.value(QStringLiteral("incident_time")));
    d.rtoObjectiveSeconds = o.value(QStringLiteral("rto_objective_seconds")).toInteger();
    d.rpoObjectiveSeconds = o.value(QStringLiteral("rpo_objective_seconds")).toInteger();
    d.rtoSeconds = o.value(QStringLiteral("rto_seconds")).isNull() ? -1 : o.value(QStringLiteral("rto_seconds")).toDouble();
    d.rpoSeconds = o.value(QStringLiteral("rpo_seconds")).isNull() ? -1 : o.value(QStringLiteral("rpo_seconds")).toDouble();
    d.newestData = timeFrom(o.value(QStringLiteral("newest_data")));
    d.rtoMet = o.value(QStringLiteral("rto_met")).toBool();
    d.rpoMet = o.value(QStringLiteral("rpo_met")).toBool();
    d.status = o.value(QStringLiteral("status")).toString();
    d.failedStep = o.value(QStringLiteral("failed_step")).toString();
    d.signedOffBy = o.value(QStringLiteral("signed_off_by")).toString();
    d.signedOffAt = timeFrom(o.value(QStringLiteral("signed_off_at")));
    for (const QJsonValue &v : o.value(QStringLiteral("jobs")).toArray())
        d.jobs.append(v.toString());
    for (const QJsonValue &v : o.value(QStringLiteral("steps")).toArray())
        d.steps.append(DrillStepRecord::fromJson(v.toObject()));
    return d;
}

} // namespace lifeboat
