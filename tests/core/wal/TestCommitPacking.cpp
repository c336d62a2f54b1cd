#include "wal/CommitPacking.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace lifeboat;

class TestCommitPacking : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsWhatWalHolds()
    {
        QVector<WalCommit> commits;
        QRandomGenerator rng(42);
        qint64 t = 1764000000000000;
        quint32 xid = 4294967000u; // wraps around during the run
        quint64 lsn = 0x1000028;
        for (int i = 0; i < 20000; ++i) {
            t += qint64(rng.bounded(2000)) - 100; // commit times may step back a little
            xid += 1 + rng.bounded(3);
            lsn += 8 * (1 + rng.bounded(500));
            commits.append(WalCommit{t, xid, lsn, rng.bounded(50) == 0});
        }
        const QByteArray packed = CommitPacking::pack(commits);
        QVERIFY2(packed.size() < commits.size() * 9, qPrintable(QString::number(packed.size())));
        QVector<WalCommit> back;
        QVERIFY(CommitPacking::unpack(packed, &back));
        QCOMPARE(back.size(), commits.size());
        for (int i = 0; i < commits.size(); ++i) {
            QCOMPARE(back.at(i).timeUs, commits.at(i).timeUs);
            QCOMPARE(back.at(i).xid, commits.at(i).xid);
            QCOMPARE(back.at(i).lsn, commits.at(i).lsn);
            QCOMPARE(back.at(i).abort, commits.at(i).abort);
        }
    }

    void emptyRoundTrips()
    {
        QVector<WalCommit> back{WalCommit{}};
        QVERIFY(CommitPacking::unpack(CommitPacking::pack({}), &back));
        QVERIFY(back.isEmpty());
    }

    void damagedDataIsRefused_data()
    {
        QTest::addColumn<int>("cut");
        QTest::newRow("empty") << 0;
        QTest::newRow("version only") << 1;
        QTest::newRow("half") << -50;
        QTest::newRow("one byte short") << -1;
    }

    void damagedDataIsRefused()
    {
        QFETCH(int, cut);
        QVector<WalCommit> commits;
        for (int i = 0; i < 100; ++i)
            commits.append(WalCommit{1000000 + i, quint32(10 + i), quint64(0x100 + 8 * i), false});
        QByteArray packed = CommitPacking::pack(commits);
        packed.truncate(cut > 0 ? cut : cut == 0 ? 0 : packed.size() + (cut == -50 ? -packed.size() / 2 : cut));
        QVector<WalCommit> back;
        QVERIFY(!CommitPacking::unpack(packed, &back));
        QVERIFY(back.isEmpty());
        QByteArray wrongVersion = CommitPacking::pack(commits);
        wrongVersion[0] = 9;
        QVERIFY(!CommitPacking::unpack(wrongVersion, &back));
    }
};

QTEST_GUILESS_MAIN(TestCommitPacking)
#include "TestCommitPacking.moc"
