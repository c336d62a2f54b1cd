#include "ReportBuilder.h"

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "retention/RetentionPlan.h"
#include "schedule/CronExpression.h"

#include <QLocale>
#include <QTimeZone>
#include <algorithm>

namespace lifeboat {

namespace {

QString when(const QDateTime &t) { return t.isValid() ? isoUtc(t) : QString(); }

QString percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return ReportBuilder::tr("n/a");
    return QString::number(100.0 * double(part) / double(whole), 'f', 1) + QLatin1Char('%');
}

QString bytes(qint64 n) { return QLocale::c().formattedDataSize(n, 1, QLocale::DataSizeTraditionalFormat); }

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QString policyText(const RetentionPolicy &p)
{
    QStringList parts;
    const QList<QPair<const char *, int>> counts{{"last", p.last}, {"hourly", p.hourly}, {"daily", p.daily}, {"weekly", p.weekly}, {"monthly", p.monthly}, {"yearly", p.yearly}};
    for (const auto &[name, n] : counts)
        if (n > 0)
            parts.append(QStringLiteral("%1 %2").arg(QLatin1String(name)).arg(n));
    if (!p.within.isEmpty())
        parts.append(QStringLiteral("within %1").arg(p.within));
    return parts.isEmpty() ? ReportBuilder::tr("keep everything") : parts.join(QStringLiteral(", "));
}

Report header(const QString &kind, const QString &title, const QDateTime &since, const QDateTime &now)
{
    Report r;
    r.kind = kind;
    r.title = title;
    r.periodFrom = since;
    r.periodTo = now;
    r.generatedAt = now;
    r.version = QStringLiteral(LIFEBOAT_VERSION);
    return r;
}

Result<Report> rtoRpo(Catalog &catalog, const QDateTime &since, const QDateTime &now)
{
    Report r = header(QStringLiteral("rto-rpo"), ReportBuilder::tr("RTO and RPO of disaster-recovery drills"), since, now);
    auto drills = catalog.drills(since);
    if (!drills)
        return fail(drills.error());
    ReportTable table{ReportBuilder::tr("Drills"),
                      {ReportBuilder::tr("Drill"), ReportBuilder::tr("Plan"), ReportBuilder::tr("Started"), ReportBuilder::tr("Incident"),
                       ReportBuilder::tr("RTO"), ReportBuilder::tr("RTO objective"), ReportBuilder::tr("RPO"), ReportBuilder::tr("RPO objective"),
                       ReportBuilder::tr("Result"), ReportBuilder::tr("Signed off by")},
                      {}};
    QList<double> rtos, rpos;
    int passed = 0;
    QMap<QString, QList<DrillRecord>> byMonth;
    QList<DrillRecord> ordered(drills->crbegin(), drills->crend()); // oldest first: the trend reads down
    for (const DrillRecord &d : std::as_const(ordered)) {
        if (d.startedAt > now)
            continue;
        passed += d.passed() ? 1 : 0;
        if (d.rtoSeconds >= 0)
            rtos.append(d.rtoSeconds);
        if (d.rpoSeconds >= 0)
            rpos.append(d.rpoSeconds);
        byMonth[d.startedAt.toUTC().toString(QStringLiteral("yyyy-MM"))].append(d);
        auto figure = [](double seconds, bool met, const QString &none) {
            return seconds < 0 ? none : QStringLiteral("%1 (%2)").arg(ReportBuilder::duration(seconds), met ? ReportBuilder::tr("met") : ReportBuilder::tr("missed"));
        };
        table.rows.append({d.id, d.plan, when(d.startedAt), when(d.incidentTime), figure(d.rtoSeconds, d.rtoMet, ReportBuilder::tr("not reached")),
                           ReportBuilder::duration(double(d.rtoObjectiveSeconds)), figure(d.rpoSeconds, d.rpoMet, ReportBuilder::tr("nothing restored")),
                           ReportBuilder::duration(double(d.rpoObjectiveSeconds)),
                           d.passed() ? d.status : ReportBuilder::tr("%1 at %2").arg(d.status, d.failedStep),
                           d.signedOffBy.isEmpty() ? ReportBuilder::tr("(unsigned)") : QStringLiteral("%1, %2").arg(d.signedOffBy, when(d.signedOffAt))});
    }
    r.facts = {{ReportBuilder::tr("Drills"), QString::number(table.rows.size())},
               {ReportBuilder::tr("Passed"), QString::number(passed)},
               {ReportBuilder::tr("Failed"), QString::number(table.rows.size() - passed)},
               {ReportBuilder::tr("Median RTO"), rtos.isEmpty() ? ReportBuilder::tr("n/a") : ReportBuilder::duration(median(rtos))},
               {ReportBuilder::tr("Worst RTO"), rtos.isEmpty() ? ReportBuilder::tr("n/a") : ReportBuilder::duration(*std::max_element(rtos.begin(), rtos.end()))},
               {ReportBuilder::tr("Median RPO"), rpos.isEmpty() ? ReportBuilder::tr("n/a") : ReportBuilder::duration(median(rpos))},
               {ReportBuilder::tr("Worst RPO"), rpos.isEmpty() ? ReportBuilder::tr("n/a") : ReportBuilder::duration(*std::max_element(rpos.begin(), rpos.end()))}};
    ReportTable trend{ReportBuilder::tr("Trend per month"),
                      {ReportBuilder::tr("Month"), ReportBuilder::tr("Drills"), ReportBuilder::tr("Passed"), ReportBuilder::tr("Median RTO"), ReportBuilder::tr("Median RPO")},
                      {}};
    for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it) {
        QList<double> mr, mp;
        int ok = 0;
        for (const DrillRecord &d : it.value()) {
            ok += d.passed() ? 1 : 0;
            if (d.rtoSeconds >= 0)
                mr.append(d.rtoSeconds);
            if (d.rpoSeconds >= 0)
                mp.append(d.rpoSeconds);
        }
        trend.rows.append({it.key(), QString::number(it.value().size()), QString::number(ok), mr.isEmpty() ? ReportBuilder::tr("n/a") : ReportBuilder::duration(median(mr)),
                           mp.isEmpty() ? ReportBuilder::tr("n/a") : ReportBuilder::duration(median(mp))});
    }
    r.tables = {table, trend};
    return r;
}

Result<Report> inventory(const Config &config, Catalog &catalog, const QDateTime &since, const QDateTime &now)
{
    Report r = header(QStringLiteral("inventory"), ReportBuilder::tr("Backup inventory"), since, now);
    auto entries = catalog.listBackups();
    if (!entries)
        return fail(entries.error());
    QMap<QString, QList<CatalogEntry>> byJob;
    for (const CatalogEntry &e : std::as_const(*entries))
        byJob[e.meta.job].append(e);
    ReportTable table{ReportBuilder::tr("Backups"),
                      {ReportBuilder::tr("Job"), ReportBuilder::tr("Backup"), ReportBuilder::tr("Started"), ReportBuilder::tr("Finished"), ReportBuilder::tr("Size"),
                       ReportBuilder::tr("SHA-256"), ReportBuilder::tr("Encryption"), ReportBuilder::tr("Status"), ReportBuilder::tr("Verification"),
                       ReportBuilder::tr("Verified at"), ReportBuilder::tr("Retention")},
                      {}};
    qint64 total = 0, count = 0, encrypted = 0;
    for (auto it = byJob.cbegin(); it != byJob.cend(); ++it) {
        QMap<QString, QString> reasons;
        if (config.jobs.contains(it.key())) {
            QList<BackupMetadata> metas;
            for (const CatalogEntry &e : it.value())
                metas.append(e.meta);
            const RetentionPlan plan = RetentionPlan::compute(metas, config.jobs.value(it.key()).retention, now, config.timezone);
            for (const RetentionPlan::Kept &k : plan.kept)
                reasons.insert(k.backup.id, k.reasons.join(QStringLiteral(", ")));
            for (const BackupMetadata &m : plan.removed)
                reasons.insert(m.id, ReportBuilder::tr("due for removal by prune"));
        }
        for (const CatalogEntry &e : it.value()) {
            if (since.isValid() && e.meta.startedAt < since)
                continue;
            ++count;
            total += e.meta.sizeBytes;
            encrypted += e.meta.encryption != QLatin1String("none") ? 1 : 0;
            table.rows.append({e.meta.job, e.meta.id, when(e.meta.startedAt), when(e.meta.finishedAt), bytes(e.meta.sizeBytes), e.meta.sha256, e.meta.encryption,
                               e.meta.status,
                               e.verificationStatus.isEmpty() ? ReportBuilder::tr("never verified")
                                                              : QStringLiteral("%1 (%2)").arg(e.verificationStatus, e.verificationLevel),
                               when(e.verifiedAt), reasons.value(e.meta.id, ReportBuilder::tr("job not in the configuration"))});
        }
    }
    r.facts = {{ReportBuilder::tr("Jobs"), QString::number(byJob.size())},
               {ReportBuilder::tr("Backups"), QString::number(count)},
               {ReportBuilder::tr("Total size"), bytes(total)},
               {ReportBuilder::tr("Encrypted"), percent(encrypted, count)}};
    r.tables = {table};
    return r;
}

Result<Report> compliance(const Config &config, Catalog &catalog, const QDateTime &since, const QDateTime &now)
{
    Report r = header(QStringLiteral("compliance"), ReportBuilder::tr("Backup compliance"), since, now);
    auto entries = catalog.listBackups();
    if (!entries)
        return fail(entries.error());
    auto runs = catalog.runs({}, QStringLiteral("backup"), 1000000);
    if (!runs)
        return fail(runs.error());
    auto drills = catalog.drills(since);
    if (!drills)
        return fail(drills.error());
    const QTimeZone zone = config.timezone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(config.timezone.toUtf8());
    ReportTable jobs{ReportBuilder::tr("Jobs: schedule and success"),
                     {ReportBuilder::tr("Job"), ReportBuilder::tr("Kind"), ReportBuilder::tr("Schedule"), ReportBuilder::tr("Runs due"), ReportBuilder::tr("Runs on time"),
                      ReportBuilder::tr("Schedule adherence"), ReportBuilder::tr("Backups"), ReportBuilder::tr("Succeeded"), ReportBuilder::tr("Success rate"),
                      ReportBuilder::tr("Encrypted")},
                     {}};
    ReportTable care{ReportBuilder::tr("Jobs: retention, restore tests and verification"),
                     {ReportBuilder::tr("Job"), ReportBuilder::tr("Retention policy"), ReportBuilder::tr("Kept / due for removal"),
                      ReportBuilder::tr("Last successful restore test"), ReportBuilder::tr("Drills passed"), ReportBuilder::tr("Verification failures")},
                     {}};
    qint64 allBackups = 0, allOk = 0, allEncrypted = 0, allFailures = 0;
    for (const JobConfig &job : std::as_const(config.jobs)) {
        QList<BackupMetadata> metas;
        qint64 backups = 0, ok = 0, encrypted = 0, failures = 0;
        QDateTime lastRestoreTest;
        QString lastRestoreHow;
        for (const CatalogEntry &e : std::as_const(*entries)) {
            if (e.meta.job != job.name)
                continue;
            metas.append(e.meta);
            if (e.verificationLevel == QLatin1String("restore") && e.verificationStatus == QLatin1String("passed") && e.verifiedAt > lastRestoreTest) {
                lastRestoreTest = e.verifiedAt;
                lastRestoreHow = ReportBuilder::tr("verify --level restore of %1").arg(e.meta.id);
            }
            if (e.meta.startedAt < since || e.meta.startedAt > now)
                continue;
            ++backups;
            ok += e.meta.status == QLatin1String("ok") ? 1 : 0;
            encrypted += e.meta.encryption != QLatin1String("none") ? 1 : 0;
            failures += e.verificationStatus == QLatin1String("failed") ? 1 : 0;
        }
        // Failed runs that left no backup behind are failed attempts too.
        qint64 due = 0, onTime = 0;
        for (const Catalog::Run &run : std::as_const(*runs)) {
            if (run.job != job.name || run.scheduledFor < since || run.scheduledFor > now)
                continue;
            if (run.backupId.isEmpty() && (run.status == QLatin1String("failed") || run.status == QLatin1String("corrupt")))
                ++backups;
            if (run.status == QLatin1String("ok") && run.trigger == QLatin1String("schedule"))
                ++onTime;
        }
        // Runs are due from the period's start or the job's first record, whichever is later:
        // a job added last week was not late for the weeks before.
        QDateTime firstSeen;
        for (const BackupMetadata &m : std::as_const(metas))
            if (!firstSeen.isValid() || m.startedAt < firstSeen)
                firstSeen = m.startedAt;
        for (const Catalog::Run &run : std::as_const(*runs))
            if (run.job == job.name && (!firstSeen.isValid() || run.scheduledFor < firstSeen))
                firstSeen = run.scheduledFor;
        const QDateTime dueFrom = firstSeen.isValid() && firstSeen > since ? firstSeen : since;
        if (!job.schedule.isEmpty() && firstSeen.isValid())
            if (auto cron = CronExpression::parse(job.schedule)) {
                for (QDateTime t = cron->next(dueFrom.addSecs(-1), zone); t.isValid() && t <= now && due < 100000; t = cron->next(t, zone))
                    ++due;
            }
        int drillsRun = 0, drillsPassed = 0;
        for (const DrillRecord &d : std::as_const(*drills)) {
            if (!d.jobs.contains(job.name))
                continue;
            ++drillsRun;
            drillsPassed += d.passed() ? 1 : 0;
            if (d.passed() && d.finishedAt > lastRestoreTest) {
                lastRestoreTest = d.finishedAt;
                lastRestoreHow = ReportBuilder::tr("drill %1").arg(d.id);
            }
        }
        const RetentionPlan plan = RetentionPlan::compute(metas, job.retention, now, config.timezone);
        jobs.rows.append({job.name, job.kind, job.schedule.isEmpty() ? ReportBuilder::tr("(none)") : job.schedule, QString::number(due), QString::number(onTime),
                          due > 0 ? percent(std::min(onTime, due), due) : ReportBuilder::tr("n/a"), QString::number(backups), QString::number(ok), percent(ok, backups),
                          percent(encrypted, backups)});
        care.rows.append({job.name, policyText(job.retention), QStringLiteral("%1 / %2").arg(plan.kept.size()).arg(plan.removed.size()),
                          lastRestoreTest.isValid() ? QStringLiteral("%1 (%2)").arg(when(lastRestoreTest), lastRestoreHow) : ReportBuilder::tr("never"),
                          QStringLiteral("%1 / %2").arg(drillsPassed).arg(drillsRun), QString::number(failures)});
        allBackups += backups;
        allOk += ok;
        allEncrypted += encrypted;
        allFailures += failures;
    }
    ReportTable drillTable{ReportBuilder::tr("Drills in the period"),
                           {ReportBuilder::tr("Drill"), ReportBuilder::tr("Plan"), ReportBuilder::tr("Jobs"), ReportBuilder::tr("Started"), ReportBuilder::tr("RTO / objective"),
                            ReportBuilder::tr("RPO / objective"), ReportBuilder::tr("Result")},
                           {}};
    for (const DrillRecord &d : std::as_const(*drills))
        drillTable.rows.append({d.id, d.plan, d.jobs.join(QStringLiteral(", ")), when(d.startedAt),
                                QStringLiteral("%1 / %2").arg(d.rtoSeconds >= 0 ? ReportBuilder::duration(d.rtoSeconds) : ReportBuilder::tr("not reached"),
                                                              ReportBuilder::duration(double(d.rtoObjectiveSeconds))),
                                QStringLiteral("%1 / %2").arg(d.rpoSeconds >= 0 ? ReportBuilder::duration(d.rpoSeconds) : ReportBuilder::tr("nothing restored"),
                                                              ReportBuilder::duration(double(d.rpoObjectiveSeconds))),
                                d.status});
    auto audit = catalog.auditTrail(1000);
    if (!audit)
        return fail(audit.error());
    ReportTable auditTable{ReportBuilder::tr("Audit trail (latest 50 in the period)"),
                           {ReportBuilder::tr("At"), ReportBuilder::tr("Who"), ReportBuilder::tr("Action"), ReportBuilder::tr("Target"), ReportBuilder::tr("Detail")},
                           {}};
    for (const Catalog::AuditEvent &a : std::as_const(*audit)) {
        if (a.at < since || a.at > now || auditTable.rows.size() >= 50)
            continue;
        auditTable.rows.append({when(a.at), a.actor, a.action, a.target, a.detail});
    }
    r.facts = {{ReportBuilder::tr("Jobs"), QString::number(config.jobs.size())},
               {ReportBuilder::tr("Backups in the period"), QString::number(allBackups)},
               {ReportBuilder::tr("Backup success rate"), percent(allOk, allBackups)},
               {ReportBuilder::tr("Encryption coverage"), percent(allEncrypted, allBackups)},
               {ReportBuilder::tr("Verification failures"), QString::number(allFailures)},
               {ReportBuilder::tr("Drills in the period"), QString::number(drills->size())}};
    auto chain = catalog.verifyAuditChain();
    if (!chain)
        return fail(chain.error());
    QString chainText = chain->intact ? ReportBuilder::tr("intact: %n event(s) chained by SHA-256", nullptr, int(chain->chained))
                                      : ReportBuilder::tr("BROKEN — %1 (the catalog was altered outside Lifeboat)").arg(chain->problem);
    if (chain->legacy > 0)
        chainText += ReportBuilder::tr("; %n older event(s) from before the chain", nullptr, int(chain->legacy));
    r.facts.append({ReportBuilder::tr("Audit trail"), chainText});
    if (chain->intact && chain->headSeq > 0)
        r.facts.append({ReportBuilder::tr("Audit chain head"), QStringLiteral("#%1 %2").arg(chain->headSeq).arg(chain->headHash)});
    r.tables = {jobs, care, drillTable, auditTable};
    return r;
}

} // namespace

QStringList ReportBuilder::kinds() { return {QStringLiteral("rto-rpo"), QStringLiteral("inventory"), QStringLiteral("compliance")}; }

QString ReportBuilder::duration(double seconds)
{
    const qint64 s = qint64(seconds + 0.5);
    if (s < 60)
        return tr("%1 s").arg(QString::number(seconds, 'f', seconds < 10 ? 1 : 0));
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

Result<Report> ReportBuilder::build(const QString &kind, const Config &config, Catalog &catalog, const QDateTime &since, const QDateTime &now)
{
    if (kind == QLatin1String("rto-rpo"))
        return rtoRpo(catalog, since, now);
    if (kind == QLatin1String("inventory"))
        return inventory(config, catalog, since, now);
    if (kind == QLatin1String("compliance"))
        return compliance(config, catalog, since, now);
    return fail(ErrorCode::Usage, tr("unknown report \"%1\" (choose rto-rpo, inventory or compliance)").arg(kind));
}

} // namespace lifeboat
