// wal-push's pushing ahead and the markers that let lifeboat-cli's front answer the server's
// later calls without starting the full program — and that a marker never covers a different
// file. Segment contents are random bytes: pushing does not read WAL records.
#include "TestSupport.h"
#include "wal/WalPushMarker.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>
#include <sys/file.h>

using namespace lifeboat;
using namespace lifeboat::test;

class TestWalPush : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString walDir() const { return m_dir.filePath(QStringLiteral("pg_wal")); }
    QString segment(int n) const { return walDir() + QStringLiteral("/0000000100000000000000%1").arg(n, 2, 10, QLatin1Char('0')); }

    ProcessResult push(const QString &path, bool json = true) const
    {
        QStringList args{QStringLiteral("--config"), m_dir.filePath(QStringLiteral("lifeboat.toml"))};
        if (json)
            args << QStringLiteral("--json");
        return runCli(args + QStringList{QStringLiteral("wal-push"), QStringLiteral("pg"), path});
    }

    static QByteArray randomSegment()
    {
        QByteArray data(16 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        return data;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeFile(m_dir.filePath(QStringLiteral("lifeboat.toml")),
                  QStringLiteral("[catalog]\nurl = \"sqlite://%1\"\n[repositories.local]\ntype = \"local\"\npath = \"%2\"\n"
                                 "[jobs.pg]\nkind = \"postgresql-cluster\"\nconninfo = \"host=/nowhere\"\nrepository = \"local\"\ncompression = \"zstd:1\"\n")
                      .arg(m_dir.filePath(QStringLiteral("catalog.db")), m_dir.filePath(QStringLiteral("repo")))
                      .toUtf8());
        QDir().mkpath(walDir() + QStringLiteral("/archive_status"));
        for (int n = 1; n <= 4; ++n) {
            writeFile(segment(n), randomSegment());
            writeFile(walDir() + QStringLiteral("/archive_status/0000000100000000000000%1.ready").arg(n, 2, 10, QLatin1Char('0')), {});
        }
    }

    void theFirstCallPushesTheWaitingFilesAhead()
    {
        auto r = push(segment(1));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("already_archived")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("pushed_ahead")).toArray().size(), 3);
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("repo/pg/wal/00000001"))).entryList(QDir::Files).size(), 4);
        QCOMPARE(QDir(walDir() + QStringLiteral("/lifeboat-pushed")).entryList(QDir::Files).size(), 3);
    }

    void laterCallsAreAnsweredWithoutTheFullProgram()
    {
        // Without --json the front answers from the marker; the full program would hash the file.
        // Tell them apart by taking the full program away for one call.
        const QString copy = m_dir.filePath(QStringLiteral("bin"));
        QDir().mkpath(copy);
        QVERIFY(QFile::copy(cliPath(), copy + QStringLiteral("/lifeboat-cli")));
        const QStringList args{QStringLiteral("--config"), m_dir.filePath(QStringLiteral("lifeboat.toml")), QStringLiteral("wal-push"), QStringLiteral("pg")};
        auto fast = run(copy + QStringLiteral("/lifeboat-cli"), args + QStringList{segment(2)});
        QVERIFY2(fast.exitCode == 0, fast.err.constData()); // answered by the front alone: no lifeboat-cli-full beside it
        auto notMarked = run(copy + QStringLiteral("/lifeboat-cli"), args + QStringList{segment(1)});
        QCOMPARE(notMarked.exitCode, 1); // segment 1 has no marker: the front needs the full program, which is missing here
        QVERIFY(notMarked.err.contains("lifeboat-cli-full"));
    }

    void aMarkerNeverCoversADifferentFile()
    {
        // The server never rewrites a segment under the same name; if the file changed anyway,
        // the marker no longer matches and the full program refuses the different content.
        writeFile(segment(3), randomSegment());
        auto r = push(segment(3), false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.firstErrorLine().contains(QLatin1String("already archived with different contents")), qPrintable(r.firstErrorLine()));
    }

    void markersOfRecycledSegmentsAreRemoved()
    {
        QFile::remove(segment(4));
        writeFile(segment(5), randomSegment());
        auto r = push(segment(5));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!QFile::exists(walDir() + QStringLiteral("/lifeboat-pushed/000000010000000000000004")));
    }

    // While the resident helper holds its lock (this test stands in for it), the front waits
    // for the helper's marker instead of starting the full program; once the helper is gone it
    // takes the full path (missing here, so the call fails naming it).
    void theFrontWaitsForTheResidentHelper()
    {
        const QString bin = m_dir.filePath(QStringLiteral("front-only"));
        QDir().mkpath(bin);
        QVERIFY(QFile::copy(cliPath(), bin + QStringLiteral("/lifeboat-cli")));
        const QString config = m_dir.filePath(QStringLiteral("lifeboat.toml"));
        QFile lock(WalPushMarker::helperLockPath(walDir()));
        QVERIFY(lock.open(QIODevice::ReadWrite | QIODevice::Truncate));
        lock.write(WalPushMarker::helperLine(QStringLiteral("pg"), config));
        lock.flush();
        QCOMPARE(::flock(lock.handle(), LOCK_EX | LOCK_NB), 0);
        const QStringList args{QStringLiteral("--config"), config, QStringLiteral("wal-push"), QStringLiteral("pg")};

        writeFile(segment(7), randomSegment());
        QProcess answered;
        answered.start(bin + QStringLiteral("/lifeboat-cli"), args + QStringList{segment(7)});
        QVERIFY(!answered.waitForFinished(400)); // waiting for the helper
        WalPushMarker::write(segment(7), QStringLiteral("pg"), config, config); // the "object" only has to exist
        QVERIFY(answered.waitForFinished(5000));
        QCOMPARE(answered.exitCode(), 0);

        writeFile(segment(8), randomSegment());
        QProcess orphaned;
        orphaned.start(bin + QStringLiteral("/lifeboat-cli"), args + QStringList{segment(8)});
        QVERIFY(!orphaned.waitForFinished(400));
        ::flock(lock.handle(), LOCK_UN); // the helper stopped
        QVERIFY(orphaned.waitForFinished(5000));
        QCOMPARE(orphaned.exitCode(), 1);
        QVERIFY(orphaned.readAllStandardError().contains("lifeboat-cli-full"));
    }
};

QTEST_GUILESS_MAIN(TestWalPush)
#include "TestWalPush.moc"
