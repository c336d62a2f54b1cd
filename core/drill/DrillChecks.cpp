#include "DrillChecks.h"

#include "common/BlockingHttp.h"
#include "postgres/PgConnection.h"
#include "postgres/PgServerFacts.h"
#include "sqlite/SqliteConnection.h"

#include <QElapsedTimer>
#include <QProcess>

namespace lifeboat {

Result<QString> DrillChecks::sql(const RestoredTarget &target, const QString &query, const QString &expect)
{
    QString got;
    if (target.type == RestoredTarget::Type::SqliteFile) {
        auto db = SqliteConnection::open(target.path, SqliteConnection::Mode::ReadOnly);
        if (!db)
            return fail(db.error());
        auto value = db->scalarText(query);
        if (!value)
            return fail(ErrorCode::Failed, tr("the query failed on %1: %2").arg(target.path, value.error().message));
        got = *value;
    } else {
        auto db = PgConnection::open(target.conninfo, target.password);
        if (!db)
            return fail(db.error());
        auto value = (*db)->scalar(query);
        if (!value)
            return fail(ErrorCode::Failed, tr("the query failed on the restored database: %1").arg(value.error().message));
        got = *value;
    }
    if (got != expect)
        return fail(ErrorCode::Failed, tr("returned \"%1\", expected \"%2\"").arg(got, expect));
    return tr("returned \"%1\" as expected").arg(got);
}

Result<QString> DrillChecks::rowCounts(const RestoredTarget &target)
{
    QMap<QString, qint64> counts;
    if (target.type == RestoredTarget::Type::SqliteFile) {
        auto db = SqliteConnection::open(target.path, SqliteConnection::Mode::ReadOnly);
        if (!db)
            return fail(db.error());
        auto c = db->rowCounts();
        if (!c)
            return fail(c.error());
        counts = *c;
    } else {
        auto db = PgConnection::open(target.conninfo, target.password);
        if (!db)
            return fail(db.error());
        auto c = PgServerFacts::rowCounts(**db);
        if (!c)
            return fail(c.error());
        counts = *c;
    }
    const QStringList differences = target.backup.tableDifferences(counts);
    if (!differences.isEmpty())
        return fail(ErrorCode::Failed, tr("row counts differ from backup %1: %2").arg(target.backup.id, differences.join(QStringLiteral("; "))));
    qint64 rows = 0;
    for (qint64 n : std::as_const(counts))
        rows += n;
    return tr("%n table(s), %1 rows, as recorded in backup %2", nullptr, int(counts.size())).arg(rows).arg(target.backup.id);
}

Result<QString> DrillChecks::command(const QStringList &command, int expectExit, int timeoutSeconds, const RestoredTarget *target,
                                     const std::function<bool()> &cancelled)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    if (target)
        env.insert(QStringLiteral("LIFEBOAT_DRILL_TARGET"), target->describe());
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    // No shell in between: "${LIFEBOAT_DRILL_TARGET}" in an argument is replaced here.
    QStringList args = command.mid(1);
    for (QString &a : args)
        a.replace(QStringLiteral("${LIFEBOAT_DRILL_TARGET}"), target ? target->describe() : QString());
    p.start(command.first(), args);
    if (!p.waitForStarted(10000))
        return fail(ErrorCode::Failed, tr("cannot run %1: %2 (check the path in the plan)").arg(command.first(), p.errorString()));
    QElapsedTimer timer;
    timer.start();
    QByteArray output;
    while (!p.waitForFinished(200)) {
        output += p.readAll();
        if (cancelled()) {
            p.kill();
            p.waitForFinished(5000);
            return fail(ErrorCode::Cancelled, tr("cancelled"));
        }
        if (timer.elapsed() > qint64(timeoutSeconds) * 1000) {
            p.kill();
            p.waitForFinished(5000);
            return fail(ErrorCode::Failed, tr("%1 did not finish within %2 s").arg(command.first()).arg(timeoutSeconds));
        }
    }
    output += p.readAll();
    const QString last = QString::fromLocal8Bit(output).trimmed().section(QLatin1Char('\n'), -1).left(300);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != expectExit)
        return fail(ErrorCode::Failed, tr("%1 exited with %2, expected %3%4")
                                           .arg(command.first())
                                           .arg(p.exitStatus() == QProcess::NormalExit ? QString::number(p.exitCode()) : tr("a crash"))
                                           .arg(expectExit)
                                           .arg(last.isEmpty() ? QString() : QStringLiteral(": ") + last));
    return tr("%1 exited with %2%3").arg(command.first()).arg(p.exitCode()).arg(last.isEmpty() ? QString() : QStringLiteral(": ") + last);
}

Result<QString> DrillChecks::http(const QString &urlText, int expectStatus, int timeoutSeconds)
{
    const QUrl url(urlText);
    if (!BlockingHttp::isHttpUrl(url))
        return fail(ErrorCode::Usage, tr("%1 is not an http:// or https:// URL").arg(urlText));
    const BlockingHttp::Outcome reply = BlockingHttp::request(url, "GET", {}, timeoutSeconds * 1000);
    if (!reply.connected)
        return fail(ErrorCode::Failed, tr("cannot reach %1: %2").arg(urlText, reply.error));
    if (reply.status == 0)
        return fail(ErrorCode::Failed, tr("%1 gave no HTTP answer within %2 s").arg(urlText).arg(timeoutSeconds));
    if (reply.status != expectStatus)
        return fail(ErrorCode::Failed, tr("%1 answered %2, expected %3").arg(urlText).arg(reply.status).arg(expectStatus));
    return tr("%1 answered %2").arg(urlText).arg(reply.status);
}

} // namespace lifeboat
