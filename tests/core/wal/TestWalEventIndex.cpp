// The WAL event index end to end against a real PostgreSQL 15 archiving through lifeboat-cli
// wal-push (encrypted): a DROP TABLE, a TRUNCATE and a 10,000-row DELETE at known times, with
// marker commits between them; `timeline` must list each with the commit time the server
// recorded (track_commit_timestamp), its xid and its table's name, read only new WAL on later
// calls, and `pitr --before-event` must bring each one's data back. Lifeboat runs as the
// postgres user, as on a database host.
#include "PgServer.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QtTest>

using namespace lifeboat;
using namespace lifeboat::test;

class TestWalEventIndex : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work{QDir::tempPath() + QStringLiteral("/lifeboat-walindex-test-XXXXXX")};
    std::unique_ptr<PgServer> m_pg;
    QString m_cli;
    int m_nextPort = 5801;
    QStringList m_started;
    struct Done
    {
        QString xid;
        QString committedAt; // pg_xact_commit_timestamp, UTC, microseconds
    };
    Done m_drop, m_truncate, m_delete;
    QStringList m_markerXids;

    QString path(const QString &relative) const { return m_work.filePath(relative); }

    ProcessResult lifeboat(const QStringList &args) const
    {
        return run(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), m_cli,
                                                          QStringLiteral("--config"), path(QStringLiteral("lifeboat.toml"))}
                                                  + args);
    }

    QJsonObject timeline(const QStringList &extra = {})
    {
        const auto r = lifeboat(QStringList{QStringLiteral("--json"), QStringLiteral("timeline"), QStringLiteral("pg")} + extra);
        if (r.exitCode != 0)
            qWarning("timeline failed: %s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

    QString sql(const QString &statement) const { return m_pg->scalar(QStringLiteral("postgres"), statement); }

    // Runs `statement` in its own transaction; its xid and the commit time the server recorded.
    Done committed(const QString &statement)
    {
        Done d;
        d.xid = sql(QStringLiteral("BEGIN; %1; SELECT txid_current(); COMMIT;").arg(statement));
        d.committedAt = sql(QStringLiteral("SELECT to_char(pg_xact_commit_timestamp('%1'::xid) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')").arg(d.xid));
        QThread::msleep(150);
        return d;
    }

    void marker(int id) { m_markerXids.append(committed(QStringLiteral("INSERT INTO markers VALUES (%1)").arg(id)).xid); }

    void waitArchived()
    {
        const QString segment = sql(QStringLiteral("SELECT pg_walfile_name(pg_switch_wal())"));
        for (int i = 0; i < 200; ++i) {
            if (sql(QStringLiteral("SELECT last_archived_wal >= '%1' FROM pg_stat_archiver").arg(segment)) == QLatin1String("t"))
                return;
            QThread::msleep(100);
        }
        QFAIL("WAL was not archived");
    }

    static QJsonObject eventOf(const QJsonObject &timeline, const QString &xid)
    {
        for (const QJsonValue &v : timeline.value(QStringLiteral("events")).toArray())
            if (v.toObject().contains(QStringLiteral("id")) && QString::number(v.toObject().value(QStringLiteral("xid")).toInteger()) == xid)
                return v.toObject();
        return {};
    }

    // Recovers to just before event `id`; returns `query` on the recovered server.
    QString recoverBefore(qint64 id, const QString &query)
    {
        const QString dir = path(QStringLiteral("recovered-%1").arg(m_nextPort));
        const int port = m_nextPort++;
        const auto r = lifeboat({QStringLiteral("pitr"), QStringLiteral("pg"), QStringLiteral("--pgdata"), dir, QStringLiteral("--before-event"),
                                 QString::number(id), QStringLiteral("--start"), QStringLiteral("--port"), QString::number(port)});
        if (QFile::exists(dir + QStringLiteral("/postmaster.pid")))
            m_started.append(dir);
        if (r.exitCode != 0)
            return QStringLiteral("pitr failed: ") + QString::fromUtf8(r.err);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(PgServer::password()));
        const auto rows = run(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
                              {QStringLiteral("-XqAt"), QStringLiteral("-h"), dir, QStringLiteral("-p"), QString::number(port), QStringLiteral("-U"),
                               QStringLiteral("postgres"), QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-c"), query},
                              {}, env);
        stopServer(dir);
        return QString::fromUtf8(rows.out + rows.err).trimmed();
    }

    void stopServer(const QString &dir)
    {
        run(QStringLiteral("runuser"), {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"),
                                        QStringLiteral("-D"), dir, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
        m_started.removeAll(dir);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        m_cli = copyCliInto(m_work.path());
        QVERIFY(!m_cli.isEmpty());
        writeSecretFile(path(QStringLiteral("pg.pass")), PgServer::password() + '\n');
        QFile::copy(demoKey("demo-backup-key.pub.asc"), path(QStringLiteral("backup-key.pub.asc")));
        QFile::copy(demoKey("demo-backup-key.sec.asc"), path(QStringLiteral("backup-key.sec.asc")));
        const QString archive = QStringLiteral("archive_mode = on\narchive_command = '%1 --config %2 wal-push pg %p'\nwal_level = replica\n"
                                               "track_commit_timestamp = on\n")
                                    .arg(m_cli, path(QStringLiteral("lifeboat.toml")));
        m_pg = std::make_unique<PgServer>(archive);
        QVERIFY2(m_pg->isRunning(), qPrintable(m_pg->error()));
        writeFile(path(QStringLiteral("lifeboat.toml")),
                  QStringLiteral("[catalog]\nurl = \"sqlite://%1\"\n[repositories.local]\ntype = \"local\"\npath = \"%2\"\n"
                                 "[jobs.pg]\nkind = \"postgresql-cluster\"\nconninfo = \"%3\"\npassword_file = \"%4\"\nrepository = \"local\"\n"
                                 "compression = \"zstd:1\"\nencryption = \"openpgp\"\nrecipients = [\"%5\"]\nsecret_keys = [\"%6\"]\n")
                      .arg(path(QStringLiteral("catalog.db")), path(QStringLiteral("repo")), m_pg->conninfo(), path(QStringLiteral("pg.pass")),
                           path(QStringLiteral("backup-key.pub.asc")), path(QStringLiteral("backup-key.sec.asc")))
                      .toUtf8());
        run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_work.path()});

        QCOMPARE(m_pg->psql(QStringLiteral("postgres"),
                            QStringLiteral("CREATE TABLE markers(id int PRIMARY KEY);"
                                           "CREATE TABLE orders(id int PRIMARY KEY, note text);"
                                           "INSERT INTO orders SELECT g, 'order ' || g FROM generate_series(1, 12000) g;"
                                           "CREATE TABLE doomed_drop(id int); INSERT INTO doomed_drop VALUES (1), (2), (3);"
                                           "CREATE TABLE doomed_truncate(id int); INSERT INTO doomed_truncate SELECT generate_series(1, 50);"))
                     .exitCode,
                 0);
        const auto backup = lifeboat({QStringLiteral("backup"), QStringLiteral("pg")});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        marker(1);
        m_drop = committed(QStringLiteral("DROP TABLE doomed_drop"));
        marker(2);
        m_truncate = committed(QStringLiteral("TRUNCATE doomed_truncate"));
        marker(3);
        m_delete = committed(QStringLiteral("DELETE FROM orders WHERE id <= 10000"));
        marker(4);
        waitArchived();
    }

    void cleanupTestCase()
    {
        for (const QString &dir : QStringList(m_started))
            stopServer(dir);
        m_pg.reset();
    }

    void listsEachDestructiveOperationWithTimeXidAndTable_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("relation");
        QTest::addColumn<qint64>("rows");
        QTest::newRow("DROP TABLE") << 0 << QStringLiteral("drop") << QStringLiteral("postgres.public.doomed_drop (table)") << qint64(0);
        QTest::newRow("TRUNCATE") << 1 << QStringLiteral("truncate") << QStringLiteral("postgres.public.doomed_truncate (table)") << qint64(0);
        QTest::newRow("DELETE 10000") << 2 << QStringLiteral("delete") << QStringLiteral("postgres.public.orders (table)") << qint64(10000);
    }

    void listsEachDestructiveOperationWithTimeXidAndTable()
    {
        QFETCH(int, which);
        QFETCH(QString, kind);
        QFETCH(QString, relation);
        QFETCH(qint64, rows);
        const Done &done = which == 0 ? m_drop : which == 1 ? m_truncate : m_delete;
        const QJsonObject t = timeline();
        const QJsonObject e = eventOf(t, done.xid);
        QVERIFY2(!e.isEmpty(), QJsonDocument(t).toJson().left(3000).constData());
        QCOMPARE(e.value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(e.value(QStringLiteral("time")).toString(), done.committedAt); // to the microsecond
        QCOMPARE(e.value(QStringLiteral("relations")).toArray().first().toString(), relation);
        QCOMPARE(e.value(QStringLiteral("rows")).toInteger(), rows);
        QVERIFY(e.value(QStringLiteral("id")).toInteger() > 0);
    }

    void listsEveryCommitInOrder()
    {
        const QJsonArray events = timeline().value(QStringLiteral("events")).toArray();
        QStringList commits;
        QString previous;
        for (const QJsonValue &v : events) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(QStringLiteral("time")).toString() >= previous);
            previous = o.value(QStringLiteral("time")).toString();
            if (o.value(QStringLiteral("kind")).toString() == QLatin1String("commit"))
                commits.append(QString::number(o.value(QStringLiteral("xid")).toInteger()));
        }
        for (const QString &xid : std::as_const(m_markerXids) + QStringList{m_drop.xid, m_truncate.xid, m_delete.xid})
            QVERIFY2(commits.contains(xid), qPrintable(xid));
    }

    void readsOnlyNewWalOnLaterCalls()
    {
        const QJsonObject first = timeline();
        QCOMPARE(first.value(QStringLiteral("update")).toObject().value(QStringLiteral("segments_read")).toInteger(), 0);
        const qint64 indexed = first.value(QStringLiteral("index")).toArray().first().toObject().value(QStringLiteral("segments")).toInteger();
        QVERIFY(indexed >= 2);
        marker(5);
        waitArchived();
        // --run-schedule keeps the index current too (this job has no schedule: nothing else runs).
        const auto scheduled = lifeboat({QStringLiteral("--run-schedule")});
        QVERIFY2(scheduled.exitCode == 0, scheduled.err.constData());
        const QJsonObject after = timeline({QStringLiteral("--no-update")});
        const qint64 now = after.value(QStringLiteral("index")).toArray().first().toObject().value(QStringLiteral("segments")).toInteger();
        QVERIFY2(now > indexed && now <= indexed + 2, qPrintable(QStringLiteral("%1 -> %2").arg(indexed).arg(now)));
        bool seen = false;
        for (const QJsonValue &v : after.value(QStringLiteral("events")).toArray())
            seen = seen || QString::number(v.toObject().value(QStringLiteral("xid")).toInteger()) == m_markerXids.last();
        QVERIFY(seen);
        // Nothing was stored twice by the overlapping reads.
        QCOMPARE(timeline({QStringLiteral("--destructive"), QStringLiteral("--no-update")}).value(QStringLiteral("events")).toArray().size(), 3);
    }

    void summaryCountsCommitsPerMinute()
    {
        const QJsonObject all = timeline({QStringLiteral("--no-update")});
        qint64 commits = 0;
        for (const QJsonValue &v : all.value(QStringLiteral("events")).toArray())
            commits += v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("commit") ? 1 : 0;
        const QJsonObject summary = timeline({QStringLiteral("--no-update"), QStringLiteral("--summary")});
        QCOMPARE(summary.value(QStringLiteral("bucket_seconds")).toInt(), 60);
        qint64 counted = 0, destructive = 0;
        for (const QJsonValue &v : summary.value(QStringLiteral("buckets")).toArray()) {
            counted += v.toObject().value(QStringLiteral("commits")).toInteger();
            destructive += v.toObject().value(QStringLiteral("events")).toInteger();
        }
        QCOMPARE(counted, commits);
        QCOMPARE(destructive, qint64(3));
    }

    void fromAndToNarrowTheList()
    {
        const QJsonObject t = timeline({QStringLiteral("--no-update"), QStringLiteral("--destructive"), QStringLiteral("--from"), m_truncate.committedAt});
        const QJsonArray events = t.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 2); // the TRUNCATE (at --from exactly) and the DELETE
        QVERIFY(eventOf(t, m_drop.xid).isEmpty());
        const QJsonObject before = timeline({QStringLiteral("--no-update"), QStringLiteral("--destructive"), QStringLiteral("--to"), m_truncate.committedAt});
        QCOMPARE(before.value(QStringLiteral("events")).toArray().size(), 2);
        const auto bad = lifeboat({QStringLiteral("timeline"), QStringLiteral("pg"), QStringLiteral("--from"), QStringLiteral("yesterday-ish")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.firstErrorLine().contains(QLatin1String("is not a time")), qPrintable(bad.firstErrorLine()));
    }

    void recoveringBeforeEachEventBringsItsDataBack_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("before the DROP") << 0 << QStringLiteral("SELECT count(*) FROM doomed_drop") << QStringLiteral("3");
        QTest::newRow("before the TRUNCATE") << 1 << QStringLiteral("SELECT count(*) FROM doomed_truncate") << QStringLiteral("50");
        QTest::newRow("before the DELETE") << 2 << QStringLiteral("SELECT count(*) || ' ' || (SELECT count(*) FROM doomed_truncate) FROM orders")
                                           << QStringLiteral("12000 0");
    }

    void recoveringBeforeEachEventBringsItsDataBack()
    {
        QFETCH(int, which);
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const Done &done = which == 0 ? m_drop : which == 1 ? m_truncate : m_delete;
        const qint64 id = eventOf(timeline({QStringLiteral("--no-update")}), done.xid).value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(recoverBefore(id, query), expected);
    }

    void drillRecoversTheClusterToTheLatestPointAndMeasuresRpo()
    {
        // A drill's pitr step: the cluster recovered into a scratch folder on a free port, checked
        // with SQL, stopped afterwards; its RPO counts from the last replayed commit.
        writeFile(path(QStringLiteral("pitr-drill.toml")),
                  QByteArrayLiteral("name = \"Cluster drill\"\n[[steps]]\nkind = \"pitr\"\nname = \"Recover\"\njob = \"pg\"\n"
                                    "[[steps]]\nkind = \"sql\"\nquery = \"SELECT count(*) FROM markers\"\nexpect = \"5\"\n"));
        run(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), path(QStringLiteral("pitr-drill.toml"))});
        const auto r = lifeboat({QStringLiteral("--json"), QStringLiteral("drill"), QStringLiteral("run"), path(QStringLiteral("pitr-drill.toml"))});
        const QJsonObject d = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY2(d.value(QStringLiteral("status")).toString() == QLatin1String("passed"), (r.out.left(3000) + r.err.right(2000)).constData());
        const QJsonArray steps = d.value(QStringLiteral("steps")).toArray();
        QVERIFY(steps.at(0).toObject().value(QStringLiteral("detail")).toString().contains(QLatin1String("last replayed commit")));
        // The newest data is the last marker's commit, to the millisecond the server reported.
        const QString lastMarker = sql(QStringLiteral("SELECT to_char(pg_xact_commit_timestamp('%1'::xid) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
                                           .arg(m_markerXids.last()));
        // (The server prints microseconds; the record keeps milliseconds, rounded.)
        const qint64 apart = QDateTime::fromString(d.value(QStringLiteral("newest_data")).toString(), Qt::ISODateWithMs)
                                 .msecsTo(QDateTime::fromString(lastMarker, Qt::ISODateWithMs));
        QVERIFY2(qAbs(apart) <= 1, qPrintable(d.value(QStringLiteral("newest_data")).toString() + QStringLiteral(" vs ") + lastMarker));
        const double rpo = d.value(QStringLiteral("rpo_seconds")).toDouble();
        QVERIFY(rpo > 0 && rpo < 600);
        // Nothing of the scratch server is left running.
        QCOMPARE(run(QStringLiteral("pgrep"), {QStringLiteral("-f"), QStringLiteral("lifeboat-drill-")}).exitCode, 1);
    }

    void unknownEventIsRefusedBeforeWriting()
    {
        const QString dir = path(QStringLiteral("never"));
        const auto r = lifeboat({QStringLiteral("pitr"), QStringLiteral("pg"), QStringLiteral("--pgdata"), dir, QStringLiteral("--before-event"), QStringLiteral("999")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.firstErrorLine().contains(QLatin1String("no WAL event #999")), qPrintable(r.firstErrorLine()));
        QVERIFY(!QFile::exists(dir));
    }

    void damagedArchivedWalIsNamedAndNothingIsLost()
    {
        const QString folder = path(QStringLiteral("repo/pg/wal/00000001"));
        QStringList files = QDir(folder).entryList({QStringLiteral("0000000100000000000000*")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 3);
        const QString victim = folder + QLatin1Char('/') + files.at(1);
        const QByteArray original = readFile(victim);
        QByteArray damaged = original;
        damaged[damaged.size() / 2] = char(damaged.at(damaged.size() / 2) ^ 0x55);
        writeFile(victim, damaged);
        const auto r = lifeboat({QStringLiteral("timeline"), QStringLiteral("pg"), QStringLiteral("--rebuild")});
        writeFile(victim, original);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.firstErrorLine().contains(QLatin1String("damaged")) && r.firstErrorLine().contains(files.at(1).left(24)), qPrintable(r.firstErrorLine()));
        // The stretches read before the damage are kept; reading again with the file repaired completes.
        const QJsonObject again = timeline();
        QCOMPARE(again.value(QStringLiteral("warnings")).toArray().size(), 0);
        QCOMPARE(timeline({QStringLiteral("--no-update"), QStringLiteral("--destructive")}).value(QStringLiteral("events")).toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestWalEventIndex)
#include "TestWalEventIndex.moc"
