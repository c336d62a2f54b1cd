// DR drills and reports through the real CLI: a drill on a real SQLite job and on a real
// PostgreSQL job (restore into a scratch target, SQL check, row-count check) measures RTO and
// RPO and passes; a drill whose SQL check fails reports the failed step; reports come out as
// JSON and CSV that parse and as PDF whose text (pdftotext, poppler-utils) carries the figures
// the catalog holds.
#include "PgServer.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>

using namespace lifeboat::test;

namespace {

QJsonObject object(const ProcessResult &r) { return QJsonDocument::fromJson(r.out).object(); }

// RFC 4180 rows (quotes, doubled quotes, commas and newlines inside quotes).
QList<QStringList> parseCsv(const QByteArray &data, bool *ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    *ok = true;
    const QString text = QString::fromUtf8(data);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += c, ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                *ok = false;
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field), field.clear();
        } else if (c == QLatin1Char('\r')) {
        } else if (c == QLatin1Char('\n')) {
            row.append(field), field.clear();
            rows.append(row), row.clear();
        } else {
            field += c;
        }
    }
    if (quoted)
        *ok = false;
    return rows;
}

// The PDF's text in reading order; a table cell that wrapped after a hyphen (long ids) is
// joined again, since that is how a reader reads it.
QString pdfText(const QString &pdf)
{
    const auto r = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    if (r.exitCode != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromUtf8(r.err);
    return QString::fromUtf8(r.out).replace(QStringLiteral("-\n"), QStringLiteral("-"));
}

} // namespace

class TestDrillsAndReports : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_pg;
    std::unique_ptr<Workspace> m_ws;
    QString m_sqliteBackupFinished;
    QStringList m_drillIds;

    QString plan(const QString &name, const QString &body)
    {
        const QString path = m_ws->path(name);
        writeFile(path, body.toUtf8());
        return path;
    }

    ProcessResult drill(const QStringList &args) { return m_ws->cli(QStringList{QStringLiteral("--json"), QStringLiteral("drill")} + args); }

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<PgServer>();
        QVERIFY2(m_pg->isRunning(), qPrintable(m_pg->error()));
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE shop")).exitCode, 0);
        QCOMPARE(m_pg->psql(QStringLiteral("shop"), QStringLiteral("CREATE TABLE orders(id int PRIMARY KEY, note text);"
                                                                     "INSERT INTO orders SELECT g, 'order ' || g FROM generate_series(1, 4321) g;"
                                                                     "CREATE TABLE customers(id int PRIMARY KEY); INSERT INTO customers SELECT generate_series(1, 77);"))
                     .exitCode,
                 0);
        m_ws = std::make_unique<Workspace>(QStringLiteral("encryption = \"openpgp\"\nrecipients = [\"keys/pub.asc\"]\nsecret_keys = [\"keys/sec.asc\"]\n"
                                                          "schedule = \"0 2 * * *\"\n"
                                                          "[jobs.shop]\nkind = \"postgresql\"\nconninfo = \"%1\"\npassword_file = \"pgpass\"\nrepository = \"main\"\n")
                                               .arg(m_pg->conninfo(QStringLiteral("shop"))),
                                           300);
        writeSecretFile(m_ws->path(QStringLiteral("pgpass")), PgServer::password());
        const QString id = m_ws->backup();
        QVERIFY(!id.isEmpty());
        const auto shown = m_ws->cli({QStringLiteral("--json"), QStringLiteral("show"), id});
        m_sqliteBackupFinished = object(shown).value(QStringLiteral("finished_at")).toString();
        QVERIFY(!m_sqliteBackupFinished.isEmpty());
        const auto pg = m_ws->cli({QStringLiteral("backup"), QStringLiteral("shop")});
        QVERIFY2(pg.exitCode == 0, pg.err.constData());
    }

    void cleanupTestCase() { m_pg.reset(); }

    void sqliteDrillMeasuresRtoAndRpoAndPasses()
    {
        const QString p = plan(QStringLiteral("sqlite.toml"),
                               QStringLiteral("name = \"SQLite drill\"\nrto = \"30m\"\nrpo = \"1h\"\n"
                                              "[[steps]]\nkind = \"manual\"\nname = \"Announce\"\ninstructions = \"Tell the team.\"\nchecklist = [\"told\"]\n"
                                              "[[steps]]\nkind = \"restore\"\nname = \"Restore app\"\njob = \"app\"\n"
                                              "[[steps]]\nkind = \"row-counts\"\nname = \"Counts\"\n"
                                              "[[steps]]\nkind = \"sql\"\nname = \"Items\"\nquery = \"SELECT count(*) FROM items\"\nexpect = \"300\"\n"
                                              "[[steps]]\nkind = \"command\"\nname = \"Integrity\"\ncommand = [\"sqlite3\", \"${LIFEBOAT_DRILL_TARGET}\", \"PRAGMA integrity_check\"]\n"));
        // The incident 1.5 s after the backup ended: the RPO is exactly that.
        const QDateTime finished = QDateTime::fromString(m_sqliteBackupFinished, Qt::ISODateWithMs);
        const QString incident = finished.addMSecs(1500).toString(Qt::ISODateWithMs);
        QThread::msleep(2600); // the incident is in the past when the drill starts
        const auto r = drill({QStringLiteral("run"), p, QStringLiteral("--facilitator"), QStringLiteral("Dana Drill"), QStringLiteral("--incident-time"), incident});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        const QJsonObject d = object(r);
        QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
        QCOMPARE(d.value(QStringLiteral("rpo_seconds")).toDouble(), 1.5);
        // RTO: from the incident to the end of the last verification that passed.
        const double rto = d.value(QStringLiteral("rto_seconds")).toDouble();
        const QDateTime lastCheck = QDateTime::fromString(d.value(QStringLiteral("steps")).toArray().last().toObject().value(QStringLiteral("finished_at")).toString(),
                                                          Qt::ISODateWithMs);
        QCOMPARE(qint64(rto * 1000 + 0.5), QDateTime::fromString(incident, Qt::ISODateWithMs).msecsTo(lastCheck));
        QVERIFY2(rto > 0 && rto < 300, qPrintable(QString::number(rto)));
        QVERIFY(d.value(QStringLiteral("rto_met")).toBool());
        QCOMPARE(d.value(QStringLiteral("signed_off_by")).toString(), QStringLiteral("Dana Drill"));
        const QJsonArray steps = d.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 5);
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("skipped-manual"));
        for (int i = 1; i < 5; ++i)
            QVERIFY2(steps.at(i).toObject().value(QStringLiteral("status")).toString() == QLatin1String("passed"),
                     qPrintable(steps.at(i).toObject().value(QStringLiteral("detail")).toString()));
        QVERIFY(steps.at(2).toObject().value(QStringLiteral("detail")).toString().contains(QLatin1String("300 rows")));
        m_drillIds.append(d.value(QStringLiteral("id")).toString());
        QThread::msleep(1100); // drill ids are per second
    }

    void postgresDrillRestoresIntoAScratchServer()
    {
        const QString p = plan(QStringLiteral("pg.toml"), QStringLiteral("name = \"PostgreSQL drill\"\n"
                                                                         "[[steps]]\nkind = \"restore\"\nname = \"Restore shop\"\njob = \"shop\"\n"
                                                                         "[[steps]]\nkind = \"row-counts\"\n"
                                                                         "[[steps]]\nkind = \"sql\"\nquery = \"SELECT count(*) FROM orders\"\nexpect = \"4321\"\n"));
        const auto r = drill({QStringLiteral("run"), p});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        const QJsonObject d = object(r);
        QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
        const QJsonArray steps = d.value(QStringLiteral("steps")).toArray();
        // Restored into a throwaway server, never into the production one.
        QVERIFY2(steps.at(0).toObject().value(QStringLiteral("detail")).toString().contains(QLatin1String("lifeboat-drill-pg-")),
                 qPrintable(steps.at(0).toObject().value(QStringLiteral("detail")).toString()));
        QCOMPARE(m_pg->scalar(QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'drill_%'")), QStringLiteral("0"));
        QVERIFY(steps.at(1).toObject().value(QStringLiteral("detail")).toString().contains(QLatin1String("4398 rows")));
        QVERIFY(d.value(QStringLiteral("rpo_seconds")).toDouble() >= 0);
        QVERIFY(d.value(QStringLiteral("signed_off_by")).toString().isEmpty());
        // The scratch server is gone.
        QVERIFY(QDir(QDir::tempPath()).entryList({QStringLiteral("lifeboat-drill-pg-*")}, QDir::Dirs).isEmpty());
        m_drillIds.append(d.value(QStringLiteral("id")).toString());
        QThread::msleep(1100);
    }

    void failedSqlCheckFailsTheDrillAtThatStep()
    {
        const QString p = plan(QStringLiteral("bad.toml"), QStringLiteral("name = \"Failing drill\"\n"
                                                                          "[[steps]]\nkind = \"restore\"\njob = \"app\"\n"
                                                                          "[[steps]]\nkind = \"sql\"\nname = \"Wrong count\"\nquery = \"SELECT count(*) FROM items\"\nexpect = \"999\"\n"
                                                                          "[[steps]]\nkind = \"row-counts\"\nname = \"After\"\n"));
        const auto r = drill({QStringLiteral("run"), p});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject d = object(r);
        QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(d.value(QStringLiteral("failed_step")).toString(), QStringLiteral("Wrong count"));
        QVERIFY(d.value(QStringLiteral("rto_seconds")).isNull()); // no recovery was verified
        const QJsonArray steps = d.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("detail")).toString(), QStringLiteral("returned \"300\", expected \"999\""));
        QCOMPARE(steps.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("not-run"));
        m_drillIds.append(d.value(QStringLiteral("id")).toString());
        // The human form names the step too.
        const auto show = m_ws->cli({QStringLiteral("drill"), QStringLiteral("show"), d.value(QStringLiteral("id")).toString()});
        QVERIFY(QString::fromUtf8(show.out).contains(QLatin1String("Result: FAILED at Wrong count")));
    }

    void runScheduleRunsDueDrills()
    {
        // A [drills.NAME] with a schedule runs from --run-schedule: at once the first time (as a
        // scan does), then at its cron times; the run is recorded like a job's.
        const QString p = plan(QStringLiteral("scheduled.toml"), QStringLiteral("name = \"Scheduled drill\"\n[[steps]]\nkind = \"restore\"\njob = \"app\"\n"
                                                                                "[[steps]]\nkind = \"row-counts\"\n"));
        QFile config(m_ws->config());
        QVERIFY(config.open(QIODevice::Append));
        config.write("\n[drills.quarterly]\nplan = \"scheduled.toml\"\nschedule = \"0 4 1 */3 *\"\n");
        config.close();
        const auto first = m_ws->cli({QStringLiteral("--run-schedule")});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(drill({QStringLiteral("list")}).out).array();
        QCOMPARE(list.size(), 4);
        QCOMPARE(list.first().toObject().value(QStringLiteral("plan")).toString(), QStringLiteral("Scheduled drill"));
        QCOMPARE(list.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
        m_drillIds.append(list.first().toObject().value(QStringLiteral("id")).toString());
        // Not due again until its next cron time.
        const auto second = m_ws->cli({QStringLiteral("--run-schedule")});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(QJsonDocument::fromJson(drill({QStringLiteral("list")}).out).array().size(), 4);
    }

    void httpAndCommandChecksJudgeTheirResults()
    {
        // A real HTTP server on loopback: / answers 200, /missing 404.
        QProcess server;
        server.setWorkingDirectory(m_ws->path());
        server.start(QStringLiteral("python3"), {QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("18931"), QStringLiteral("--bind"), QStringLiteral("127.0.0.1")});
        QVERIFY(server.waitForStarted());
        for (int i = 0; i < 50; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.1"), 18931);
            if (probe.waitForConnected(100))
                break;
            QThread::msleep(100);
        }
        const QString ok = plan(QStringLiteral("http.toml"), QStringLiteral("name = \"Health\"\n[[steps]]\nkind = \"restore\"\njob = \"app\"\n"
                                                                         "[[steps]]\nkind = \"http\"\nurl = \"http://127.0.0.1:18931/\"\n"
                                                                         "[[steps]]\nkind = \"command\"\ncommand = [\"sh\", \"-c\", \"test -s \\\"$LIFEBOAT_DRILL_TARGET\\\"\"]\n"));
        auto r = drill({QStringLiteral("run"), ok});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY(object(r).value(QStringLiteral("steps")).toArray().at(1).toObject().value(QStringLiteral("detail")).toString().contains(QLatin1String("answered 200")));
        m_drillIds.append(object(r).value(QStringLiteral("id")).toString());
        const QString bad = plan(QStringLiteral("http-bad.toml"), QStringLiteral("name = \"Health\"\n[[steps]]\nkind = \"http\"\nurl = \"http://127.0.0.1:18931/missing\"\n"));
        r = drill({QStringLiteral("run"), bad});
        server.kill();
        server.waitForFinished();
        QCOMPARE(r.exitCode, 1);
        QVERIFY(object(r).value(QStringLiteral("steps")).toArray().at(0).toObject().value(QStringLiteral("detail")).toString().contains(QLatin1String("answered 404, expected 200")));
        m_drillIds.append(object(r).value(QStringLiteral("id")).toString());
        QThread::msleep(1100);
    }

    void interactiveManualStepsRecordChecklistAndEvidence()
    {
        const QString p = plan(QStringLiteral("manual.toml"), QStringLiteral("name = \"With people\"\n"
                                                                             "[[steps]]\nkind = \"manual\"\nname = \"Call\"\ninstructions = \"Call the owner.\"\nchecklist = [\"owner called\", \"ticket opened\"]\n"
                                                                             "[[steps]]\nkind = \"restore\"\njob = \"app\"\n"));
        // Both items confirmed, a note typed: the manual step passes and keeps the note.
        auto r = run(cliPath(), m_ws->cliArgs({QStringLiteral("--json"), QStringLiteral("drill"), QStringLiteral("run"), p, QStringLiteral("--interactive")}),
                     "y\nyes\nTicket INC-42, owner Alex\n");
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QJsonObject step = object(r).value(QStringLiteral("steps")).toArray().first().toObject();
        QCOMPARE(step.value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
        QCOMPARE(step.value(QStringLiteral("evidence")).toString(), QStringLiteral("Ticket INC-42, owner Alex"));
        QVERIFY(r.err.contains("owner called"));
        m_drillIds.append(object(r).value(QStringLiteral("id")).toString());
        QThread::msleep(1100);
        // An item left undone fails the drill at that step; nothing after it runs.
        r = run(cliPath(), m_ws->cliArgs({QStringLiteral("--json"), QStringLiteral("drill"), QStringLiteral("run"), p, QStringLiteral("--interactive")}), "y\nn\n\n");
        QCOMPARE(r.exitCode, 1);
        const QJsonObject d = object(r);
        QCOMPARE(d.value(QStringLiteral("failed_step")).toString(), QStringLiteral("Call"));
        step = d.value(QStringLiteral("steps")).toArray().first().toObject();
        QCOMPARE(step.value(QStringLiteral("detail")).toString(), QStringLiteral("not done: ticket opened"));
        QCOMPARE(d.value(QStringLiteral("steps")).toArray().at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("not-run"));
        m_drillIds.append(d.value(QStringLiteral("id")).toString());
        QThread::msleep(1100);
    }

    void drillsAreListedFromTheCatalog()
    {
        const auto r = drill({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 8);
        QCOMPARE(list.first().toObject().value(QStringLiteral("id")).toString(), m_drillIds.last()); // newest first
        const auto missing = m_ws->cli({QStringLiteral("drill"), QStringLiteral("show"), QStringLiteral("drill-19990101-000000")});
        QVERIFY(missing.exitCode != 0);
        QVERIFY(missing.firstErrorLine().contains(QLatin1String("no drill drill-19990101-000000")));
    }

    void rtoRpoReportAsJsonIsHashedAndMatchesTheCatalog()
    {
        const QString out = m_ws->path(QStringLiteral("rto.json"));
        const auto r = m_ws->cli({QStringLiteral("report"), QStringLiteral("rto-rpo"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(readFile(out), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const char *key : {"period", "generated_at", "lifeboat_version", "data_sha256"})
            QVERIFY2(report.contains(QLatin1String(key)), key);
        const QJsonObject data = report.value(QStringLiteral("data")).toObject();
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(data).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex()),
                 report.value(QStringLiteral("data_sha256")).toString());
        const QJsonArray rows = data.value(QStringLiteral("tables")).toArray().first().toObject().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 8);
        QCOMPARE(rows.first().toArray().first().toString(), m_drillIds.first()); // oldest first
        QCOMPARE(rows.first().toArray().at(6).toString(), QStringLiteral("1.5 s (met)")); // the RPO measured above
        QVERIFY(rows.at(2).toArray().at(8).toString().contains(QLatin1String("Wrong count")));
    }

    void reportsAsCsvParse_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("rto-rpo") << QStringLiteral("rto-rpo");
        QTest::newRow("inventory") << QStringLiteral("inventory");
        QTest::newRow("compliance") << QStringLiteral("compliance");
    }

    void reportsAsCsvParse()
    {
        QFETCH(QString, kind);
        const QString out = m_ws->path(kind + QStringLiteral(".csv"));
        const auto r = m_ws->cli({QStringLiteral("report"), kind, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        bool ok = false;
        const QList<QStringList> rows = parseCsv(readFile(out), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.first(), (QStringList{QStringLiteral("report"), kind}));
        QVERIFY(std::any_of(rows.begin(), rows.end(), [](const QStringList &row) { return row.first() == QLatin1String("data_sha256") && row.value(1).size() == 64; }));
        if (kind == QLatin1String("inventory")) {
            // Every catalogued backup, with its checksum as `list` has it.
            const QJsonArray list = QJsonDocument::fromJson(m_ws->cli({QStringLiteral("--json"), QStringLiteral("list")}).out).array();
            for (const QJsonValue &b : list) {
                const QString id = b.toObject().value(QStringLiteral("id")).toString();
                QVERIFY2(std::any_of(rows.begin(), rows.end(), [&](const QStringList &row) {
                             return row.value(1) == id && row.value(5) == b.toObject().value(QStringLiteral("sha256")).toString();
                         }),
                         qPrintable(id));
            }
        }
    }

    void pdfReportsCarryTheFigures()
    {
        const QString rto = m_ws->path(QStringLiteral("rto.pdf"));
        auto r = m_ws->cli({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("rto-rpo"), QStringLiteral("--format"), QStringLiteral("pdf"),
                            QStringLiteral("--output"), rto});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString sha = object(r).value(QStringLiteral("data_sha256")).toString();
        QCOMPARE(sha.size(), 64);
        QVERIFY(readFile(rto).startsWith("%PDF-"));
        const QString text = pdfText(rto);
        for (const QString &id : std::as_const(m_drillIds))
            QVERIFY2(text.contains(id), qPrintable(text.left(2000)));
        QVERIFY2(QString(text).remove(QLatin1Char(' ')).contains(QLatin1String("1.5s(met)")), qPrintable(text.left(3000))); // the RPO measured above
        QVERIFY(text.contains(QLatin1String("Dana Drill")));
        QVERIFY(text.contains(sha));
        QVERIFY(text.contains(QLatin1String("Drills")) && text.contains(QLatin1String("Passed")));

        const QString compliance = m_ws->path(QStringLiteral("compliance.pdf"));
        r = m_ws->cli({QStringLiteral("report"), QStringLiteral("compliance"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"), compliance});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString c = pdfText(compliance);
        for (const char *s : {"Backup compliance", "Encryption coverage", "app", "shop", "Audit trail", "Verification failures"})
            QVERIFY2(c.contains(QLatin1String(s)), s);
        QVERIFY(QString(c).remove(QLatin1Char(' ')).contains(QLatin1String("02***"))); // pdftotext closes up the cron fields
        QVERIFY2(c.contains(QLatin1String("50.0%")), qPrintable(c.left(3000))); // one of the two backups is encrypted
    }

    void badReportRequestsAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown kind") << QStringList{QStringLiteral("report"), QStringLiteral("weather"), QStringLiteral("--format"), QStringLiteral("json"),
                                                     QStringLiteral("--output"), QStringLiteral("x")}
                                      << 2 << QStringLiteral("rto-rpo, inventory or compliance");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("report"), QStringLiteral("inventory"), QStringLiteral("--format"), QStringLiteral("docx"),
                                                       QStringLiteral("--output"), QStringLiteral("x")}
                                        << 2 << QStringLiteral("--format html, pdf, csv or json");
        QTest::newRow("no output") << QStringList{QStringLiteral("report"), QStringLiteral("inventory"), QStringLiteral("--format"), QStringLiteral("csv")} << 2
                                   << QStringLiteral("--output FILE");
        QTest::newRow("folder missing") << QStringList{QStringLiteral("report"), QStringLiteral("inventory"), QStringLiteral("--format"), QStringLiteral("csv"),
                                                       QStringLiteral("--output"), QStringLiteral("/nonexistent/dir/r.csv")}
                                        << 1 << QStringLiteral("does not exist");
        QTest::newRow("bad since") << QStringList{QStringLiteral("report"), QStringLiteral("inventory"), QStringLiteral("--format"), QStringLiteral("csv"),
                                                  QStringLiteral("--output"), QStringLiteral("r.csv"), QStringLiteral("--since"), QStringLiteral("last week")}
                                   << 2 << QStringLiteral("is not a time");
        QTest::newRow("missing plan") << QStringList{QStringLiteral("drill"), QStringLiteral("run"), QStringLiteral("/nonexistent/plan.toml")} << 2
                                      << QStringLiteral("does not exist");
    }

    void badReportRequestsAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto r = m_ws->cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.firstErrorLine().contains(message), qPrintable(r.firstErrorLine()));
    }

    void malformedPlanIsRefusedWithItsLine()
    {
        const QString p = plan(QStringLiteral("broken.toml"), QStringLiteral("name = \"x\"\n[[steps]]\nkind = \"restore\"\njob = \"nosuchjob\"\n"));
        const auto r = m_ws->cli({QStringLiteral("drill"), QStringLiteral("run"), p});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.firstErrorLine().contains(QLatin1String("nosuchjob")), qPrintable(r.firstErrorLine()));
    }
};

QTEST_GUILESS_MAIN(TestDrillsAndReports)
#include "TestDrillsAndReports.moc"
