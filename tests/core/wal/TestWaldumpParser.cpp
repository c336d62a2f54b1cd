// WaldumpParser against real pg_waldump 15 output (data/waldump-pg15.txt, captured with TZ=UTC
// and -r Heap -r Transaction -r Storage -r Database from a server where these ran in order):
//   175967 DROP TABLE t2            175968 TRUNCATE t3 (table 16421, index 16424)
//   175969 DELETE of 10,000 rows of t1 (16411; the capture keeps the first 30 delete records)
//   175970 VACUUM FULL t4 (16425)   175971 DROP INDEX t3_i (OID 16424)
//   175972 DELETE of 10 rows inside a released savepoint (subtransaction 175973)
//   184352 DROP DATABASE scratchdb (16425)   184353 a DELETE rolled back
//   184354 CREATE TABLE rolled back          184355 CREATE TABLE + DROP TABLE in one transaction
#include "TestSupport.h"
#include "wal/WaldumpParser.h"

#include <QDateTime>
#include <QFile>
#include <QtTest>

using namespace lifeboat;

namespace {

QList<QByteArray> captured()
{
    QFile f(test::sourceDir() + QStringLiteral("/tests/core/wal/data/waldump-pg15.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

void feedAll(WaldumpParser &p, const QList<QByteArray> &lines, qsizetype from = 0, qsizetype to = -1)
{
    if (to < 0)
        to = lines.size();
    for (qsizetype i = from; i < to; ++i)
        p.feed(lines.at(i).constData(), lines.at(i).size());
}

const WalEvent *byXid(const QVector<WalEvent> &events, quint32 xid)
{
    for (const WalEvent &e : events)
        if (e.xid == xid)
            return &e;
    return nullptr;
}

qint64 usOf(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toMSecsSinceEpoch() * 1000;
}

} // namespace

class TestWaldumpParser : public QObject
{
    Q_OBJECT

private slots:
    void commitsAndAbortsCarryTimeXidAndLsn()
    {
        const auto lines = captured();
        QVERIFY(lines.size() > 100);
        WaldumpParser p(20);
        feedAll(p, lines);
        const QVector<WalCommit> commits = p.takeCommits();
        QCOMPARE(commits.size(), 11);
        QCOMPARE(commits.first().xid, 175967u);
        QCOMPARE(commits.first().lsn, 0x0E29EC30ull);
        // 21:00:25.134755: microseconds are kept, not rounded to milliseconds.
        QCOMPARE(commits.first().timeUs, usOf("2026-12-01T21:00:25.134Z") + 755);
        QVERIFY(!commits.first().abort);
        int aborts = 0;
        for (const WalCommit &c : commits)
            aborts += c.abort ? 1 : 0;
        QCOMPARE(aborts, 2);
        QCOMPARE(p.lastLsn(), 0x1144FFC8ull);
    }

    void classifiesDestructiveOperations_data()
    {
        QTest::addColumn<quint32>("xid");
        QTest::addColumn<int>("kind"); // -1: no event
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<QString>("relations"); // "db/number" (o: by OID), space separated

        QTest::newRow("DROP TABLE") << 175967u << int(WalEvent::Kind::Drop) << qint64(0) << QStringLiteral("o5/16418");
        QTest::newRow("TRUNCATE") << 175968u << int(WalEvent::Kind::Truncate) << qint64(0) << QStringLiteral("5/16424 5/16421");
        QTest::newRow("mass DELETE") << 175969u << int(WalEvent::Kind::Delete) << qint64(30) << QStringLiteral("5/16411");
        QTest::newRow("VACUUM FULL") << 175970u << int(WalEvent::Kind::Rewrite) << qint64(0) << QStringLiteral("5/16425");
        QTest::newRow("DROP INDEX") << 175971u << int(WalEvent::Kind::Drop) << qint64(0) << QStringLiteral("o5/16424");
        QTest::newRow("small DELETE in a savepoint") << 175972u << -1 << qint64(0) << QString();
        QTest::newRow("DROP DATABASE") << 184352u << int(WalEvent::Kind::Drop) << qint64(0) << QStringLiteral("o16425/0");
        QTest::newRow("DELETE rolled back") << 184353u << -1 << qint64(0) << QString();
        QTest::newRow("CREATE rolled back") << 184354u << -1 << qint64(0) << QString();
        QTest::newRow("CREATE and DROP together") << 184355u << -1 << qint64(0) << QString();
    }

    void classifiesDestructiveOperations()
    {
        QFETCH(quint32, xid);
        QFETCH(int, kind);
        QFETCH(qint64, rows);
        QFETCH(QString, relations);
        WaldumpParser p(20);
        feedAll(p, captured());
        const QVector<WalEvent> events = p.takeEvents();
        const WalEvent *e = byXid(events, xid);
        if (kind < 0) {
            QVERIFY2(!e, qPrintable(e ? WalEvent::kindName(e->kind) : QString()));
            return;
        }
        QVERIFY(e);
        QCOMPARE(int(e->kind), kind);
        QCOMPARE(e->rows, rows);
        QStringList got;
        for (const WalRelationRef &r : e->relations)
            got.append(QStringLiteral("%1%2/%3").arg(r.isOid ? QStringLiteral("o") : QString()).arg(r.database).arg(r.number));
        QCOMPARE(got.join(QLatin1Char(' ')), relations);
        // Dated by the commit that made it visible.
        const WalCommit *commit = nullptr;
        WaldumpParser again(20);
        feedAll(again, captured());
        const QVector<WalCommit> commits = again.takeCommits();
        for (const WalCommit &c : commits)
            if (c.xid == xid)
                commit = &c;
        QVERIFY(commit);
        QCOMPARE(e->timeUs, commit->timeUs);
        QCOMPARE(e->lsn, commit->lsn);
    }

    void subtransactionRowsCountForTheTopLevelTransaction()
    {
        WaldumpParser p(10);
        feedAll(p, captured());
        const QVector<WalEvent> events = p.takeEvents();
        const WalEvent *e = byXid(events, 175972);
        QVERIFY(e); // its 10 deletes were made by subtransaction 175973
        QCOMPARE(int(e->kind), int(WalEvent::Kind::Delete));
        QCOMPARE(e->rows, qint64(10));
        QVERIFY(!byXid(events, 175973));
        QVERIFY(!byXid(events, 184353)); // rolled back: never happened
    }

    void openTransactionsCarryOverBetweenBatches()
    {
        const auto lines = captured();
        // Split in the middle of the mass DELETE: its first rows in one batch, its commit in the next.
        qsizetype split = 0;
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (lines.at(i).contains("tx:     175969") && lines.at(i).contains("DELETE")) {
                split = i + 10;
                break;
            }
        QVERIFY(split > 0);
        WaldumpParser first(20);
        feedAll(first, lines, 0, split);
        QVERIFY(!byXid(first.takeEvents(), 175969));
        const QByteArray state = first.saveState();
        WaldumpParser second(20);
        QVERIFY(second.restoreState(state));
        feedAll(second, lines, split);
        const WalEvent *e = byXid(second.takeEvents(), 175969);
        QVERIFY(e);
        QCOMPARE(e->rows, qint64(30));
        QVERIFY(!second.restoreState(QByteArray("\x00\x00\x00\x09garbage", 11)));
    }

    void recordsReadBeforeAreSkipped()
    {
        const auto lines = captured();
        WaldumpParser p(20);
        p.setSkipThrough(0x0E29F208); // up to and including the TRUNCATE's commit
        feedAll(p, lines);
        const QVector<WalEvent> events = p.takeEvents();
        QVERIFY(!byXid(events, 175967));
        QVERIFY(!byXid(events, 175968));
        QVERIFY(byXid(events, 175969));
        QCOMPARE(p.takeCommits().first().xid, 175969u);
    }

    void malformedLinesAreIgnored_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not a record") << QByteArray("pg_waldump: error: could not find file \"000000010000000000000011\"");
        QTest::newRow("cut after tx") << QByteArray("rmgr: Transaction len (rec/tot):     34/    34, tx:     17");
        QTest::newRow("cut in the time") << QByteArray("rmgr: Transaction len (rec/tot):     34/    34, tx:        9, lsn: 0/0E3284D0, prev 0/0E328498, desc: COMMIT 2026-12-0");
        QTest::newRow("bad lsn") << QByteArray("rmgr: Heap        len (rec/tot):     54/    54, tx:        9, lsn: zz, prev 0/0, desc: DELETE off 1 flags 0x00, blkref #0: rel 1663/5/16411 blk 0");
        QTest::newRow("blkref cut") << QByteArray("rmgr: Heap        len (rec/tot):     54/    54, tx:        9, lsn: 0/10, prev 0/0, desc: DELETE off 1 flags 0x00, blkref #0: rel 1663/5");
    }

    void malformedLinesAreIgnored()
    {
        QFETCH(QByteArray, line);
        WaldumpParser p(1);
        p.feed(line.constData(), line.size());
        QVERIFY(p.takeCommits().isEmpty());
        QVERIFY(p.takeEvents().isEmpty());
    }

    void preparedTransactionsUseTheirOwnXid()
    {
        // xactdesc.c prints "<xid>: " before the time of a COMMIT_PREPARED; its record has tx 0.
        WaldumpParser p(2);
        const QByteArray lines[] = {
            "rmgr: Heap        len (rec/tot):     54/    54, tx:        900, lsn: 0/01000028, prev 0/0, desc: DELETE off 1 flags 0x00 , blkref #0: rel 1663/5/16500 blk 0",
            "rmgr: Heap        len (rec/tot):     54/    54, tx:        900, lsn: 0/01000060, prev 0/0, desc: DELETE off 2 flags 0x00 , blkref #0: rel 1663/5/16500 blk 0",
            "rmgr: Transaction len (rec/tot):     90/    90, tx:          0, lsn: 0/01000098, prev 0/0, desc: COMMIT_PREPARED 900: 2026-12-01 10:00:00.000001 UTC"};
        for (const QByteArray &l : lines)
            p.feed(l.constData(), l.size());
        const QVector<WalCommit> commits = p.takeCommits();
        QCOMPARE(commits.size(), 1);
        QCOMPARE(commits.first().xid, 900u);
        const WalEvent *e = byXid(p.takeEvents(), 900);
        QVERIFY(e);
        QCOMPARE(e->rows, qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestWaldumpParser)
#include "TestWaldumpParser.moc"
