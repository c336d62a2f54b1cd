#include "TestSupport.h"
#include "common/OperationContext.h"
#include "sqlite/SqliteSnapshot.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;

namespace {
class RecordingContext final : public OperationContext
{
public:
    void reportItems(qint64, qint64) override {}
    int progressCalls = 0;
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    int cancelAfter = -1;
    bool isCancelled() const override { return cancelAfter >= 0 && progressCalls > cancelAfter; }
    void reportProgress(qint64 done, qint64 total) override
    {
        ++progressCalls;
        lastDone = done;
        lastTotal = total;
    }
    void reportStep(const QString &) override {}
    void reportLog(const QString &) override {}
};
} // namespace

class TestSqliteSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void copiesAConsistentPrefixWhileAnotherProcessWrites_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::newRow("WAL database: the writer goes on") << QStringLiteral("wal");
        QTest::newRow("rollback-journal database: the writer waits") << QStringLiteral("delete");
    }

    void copiesAConsistentPrefixWhileAnotherProcessWrites()
    {
        QFETCH(QString, journalMode);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("live.db"));
        const int baseRows = 60000; // ~30 MB: long enough for the writer to overlap the copy
        test::makeSqliteDb(db, baseRows, 500, journalMode);

        QProcess writer;
        writer.start(qEnvironmentVariable("LIFEBOAT_SQLITE_WRITER"), {db, QString::number(baseRows + 1)});
        QVERIFY(writer.waitForReadyRead(20000));
        QCOMPARE(writer.readLine().trimmed(), QByteArray("ready"));

        RecordingContext context;
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        auto facts = SqliteSnapshot::take(db, copy, &context);
        writer.kill();
        writer.waitForFinished();
        const qint64 rowsWhenDone = test::sqliteScalar(db, QStringLiteral("SELECT count(*) FROM items"));
        QVERIFY2(facts, qPrintable(facts ? QString() : facts.error().message));
        QVERIFY(context.progressCalls >= 2);
        QCOMPARE(context.lastDone, context.lastTotal);

        // The copy passes integrity_check, holds every base row and a gap-free prefix of the
        // writer's rows: ids 1..max with none missing.
        QCOMPARE(test::run(QStringLiteral("sqlite3"), {copy, QStringLiteral("PRAGMA integrity_check")}).out.trimmed(), QByteArray("ok"));
        const qint64 count = test::sqliteScalar(copy, QStringLiteral("SELECT count(*) FROM items"));
        const qint64 maxId = test::sqliteScalar(copy, QStringLiteral("SELECT max(id) FROM items"));
        QVERIFY(count > baseRows);
        QCOMPARE(count, maxId);
        auto inspected = SqliteSnapshot::inspect(copy);
        QVERIFY(inspected);
        QCOMPARE(inspected->tables.value(QStringLiteral("items")), count);
        QVERIFY(count <= rowsWhenDone);
        QCOMPARE(facts->journalMode, journalMode);
        QVERIFY(facts->pageCount > 0);
    }

    void cancelsBetweenSteps()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("big.db"));
        test::makeSqliteDb(db, 40000, 500);
        RecordingContext context;
        context.cancelAfter = 0;
        auto facts = SqliteSnapshot::take(db, dir.filePath(QStringLiteral("copy.db")), &context);
        QVERIFY(!facts);
        QCOMPARE(facts.error().code, ErrorCode::Cancelled);
    }

    void notADatabaseIsNamed()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("garbage.db"));
        test::writeFile(db, QByteArray(8192, 'x'));
        auto facts = SqliteSnapshot::take(db, dir.filePath(QStringLiteral("copy.db")), nullptr);
        QVERIFY(!facts);
        QCOMPARE(facts.error().code, ErrorCode::Corrupt);
        QVERIFY(facts.error().message.contains(QStringLiteral("garbage.db")));
    }

    void corruptCopyFailsIntegrityCheck()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("damaged.db"));
        test::makeSqliteDb(db, 20000, 200, QStringLiteral("delete"));
        // Overwrite pages in the middle of the table's b-tree.
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(4096 * 4, '\x07'));
        f.close();
        auto facts = SqliteSnapshot::inspect(db);
        QVERIFY(!facts);
        QCOMPARE(facts.error().code, ErrorCode::Corrupt);
    }
};

QTEST_GUILESS_MAIN(TestSqliteSnapshot)
#include "TestSqliteSnapshot.moc"
