// PgCopyLoader against a real PostgreSQL 15: rows of a pg_dump custom stream loaded over
// several connections equal the source; a bad row, a cut stream and an archive it cannot
// follow fail or decline with a clear message.
#include "PgServer.h"
#include "TestSupport.h"
#include "postgres/PgConnection.h"
#include "postgres/PgCopyLoader.h"
#include "postgres/PgServerFacts.h"

#include <QTest>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {

const char *kDataset =
    "CREATE SCHEMA sales;\n"
    "CREATE TABLE sales.orders (id bigint PRIMARY KEY, note text, amount numeric(10,2), doc jsonb);\n"
    "INSERT INTO sales.orders SELECT i, CASE WHEN i % 7 = 0 THEN E'multi\\nline\\t' || i ELSE md5(i::text) END, i / 3.0,"
    " jsonb_build_object('i', i) FROM generate_series(1, 60000) i;\n"
    "CREATE TABLE public.small (k text PRIMARY KEY);\n"
    "INSERT INTO public.small VALUES ('a'), (E'\\\\.'), ('c');\n"
    "CREATE TABLE public.empty (x int);\n"
    "CREATE SEQUENCE public.counter START 10; SELECT setval('public.counter', 77);\n";

QProcessEnvironment pgEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(PgServer::password()));
    return env;
}

} // namespace

class TestPgCopyLoader : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_pg;
    QByteArray m_archive;
    int m_target = 0;

    QString pgTool(const char *name) const { return QStringLiteral("/usr/lib/postgresql/15/bin/") + QLatin1String(name); }

    // A fresh empty database; loads `archive` into it in pieces of `piece` bytes.
    Status load(const QByteArray &archive, const QString &db, int connections, bool *declined = nullptr, bool *definitionsRan = nullptr)
    {
        m_pg->psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(db));
        auto beforeRows = [&](const DumpToc &, const QString &head) -> Status {
            if (definitionsRan)
                *definitionsRan = true;
            const auto r = run(pgTool("pg_restore"), {QStringLiteral("--section=pre-data"), QStringLiteral("-d"), m_pg->conninfo(db), head}, {}, pgEnvironment());
            if (r.exitCode != 0)
                return fail(ErrorCode::Failed, QString::fromUtf8(r.err));
            return {};
        };
        PgCopyLoader loader(m_pg->conninfo(db), PgServer::password(), connections, beforeRows, {}, nullptr);
        Status status;
        for (qsizetype at = 0; at < archive.size() && status; at += 100'003)
            status = loader.write(archive.constData() + at, size_t(qMin<qsizetype>(100'003, archive.size() - at)));
        if (status)
            status = loader.finish();
        if (declined)
            *declined = loader.declined();
        return status;
    }

    QString fingerprint(const QString &db) const
    {
        return m_pg->scalar(db, QStringLiteral("SELECT md5(string_agg(o::text, '|' ORDER BY id)) || (SELECT string_agg(k, ',' ORDER BY k) FROM public.small)"
                                               " || (SELECT count(*) FROM public.empty) FROM sales.orders o"));
    }

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<PgServer>();
        QVERIFY2(m_pg->isRunning(), qPrintable(m_pg->error()));
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE source")).exitCode, 0);
        const auto loaded = m_pg->psql(QStringLiteral("source"), QString::fromUtf8(kDataset));
        QVERIFY2(loaded.exitCode == 0, loaded.err.constData());
        const auto r = run(pgTool("pg_dump"), {QStringLiteral("--format=custom"), QStringLiteral("--compress=0"), QStringLiteral("-d"), m_pg->conninfo(QStringLiteral("source"))},
                           {}, pgEnvironment());
        QCOMPARE(r.exitCode, 0);
        m_archive = r.out;
    }

    void rowsEqualTheSource_data()
    {
        QTest::addColumn<int>("connections");
        QTest::newRow("1 connection") << 1;
        QTest::newRow("2 connections") << 2;
        QTest::newRow("3 connections") << 3;
    }
    void rowsEqualTheSource()
    {
        QFETCH(int, connections);
        const QString db = QStringLiteral("target%1").arg(++m_target);
        const Status status = load(m_archive, db, connections);
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        QCOMPARE(fingerprint(db), fingerprint(QStringLiteral("source")));
    }

    void aBadRowNamesTheTableAndTheValue()
    {
        QByteArray archive = m_archive;
        const qsizetype row = archive.indexOf("31337\t");
        QVERIFY(row > 0);
        archive[row] = 'x'; // an id that is not a number
        const Status status = load(archive, QStringLiteral("target%1").arg(++m_target), 2);
        QVERIFY(!status);
        QVERIFY2(status.error().message.contains(QStringLiteral("x1337")) && status.error().message.contains(QStringLiteral("orders")),
                 qPrintable(status.error().message));
    }

    void aCutStreamIsAnError()
    {
        const qsizetype row = m_archive.indexOf("31337\t");
        const Status status = load(m_archive.left(row + 4), QStringLiteral("target%1").arg(++m_target), 2);
        QVERIFY(!status);
        QCOMPARE(status.error().code, ErrorCode::Corrupt);
        QVERIFY2(status.error().message.contains(QStringLiteral("ends in the middle")), qPrintable(status.error().message));
    }

    // Large objects (and compressed archives) are pg_restore's: declined before the
    // definitions run, so the caller can start over the usual way on an untouched database.
    void largeObjectsAreDeclinedBeforeAnythingIsWritten()
    {
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE withlo")).exitCode, 0);
        QCOMPARE(m_pg->psql(QStringLiteral("withlo"), QStringLiteral("CREATE TABLE t (x int); SELECT lo_from_bytea(0, 'blob')")).exitCode, 0);
        for (const char *compress : {"--compress=0", "--compress=6"}) {
            const bool withLargeObject = QByteArray(compress) == "--compress=0";
            const auto r = run(pgTool("pg_dump"), {QStringLiteral("--format=custom"), QLatin1String(compress), QStringLiteral("-d"),
                                                   m_pg->conninfo(withLargeObject ? QStringLiteral("withlo") : QStringLiteral("source"))},
                               {}, pgEnvironment());
            QCOMPARE(r.exitCode, 0);
            bool declined = false;
            bool definitionsRan = false;
            const QString db = QStringLiteral("target%1").arg(++m_target);
            QVERIFY(!load(r.out, db, 2, &declined, &definitionsRan));
            QVERIFY(declined);
            QVERIFY(!definitionsRan);
            QCOMPARE(m_pg->scalar(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")),
                     QStringLiteral("0"));
        }
    }

    void cleanupTestCase() { m_pg.reset(); }
};

QTEST_GUILESS_MAIN(TestPgCopyLoader)
#include "TestPgCopyLoader.moc"
