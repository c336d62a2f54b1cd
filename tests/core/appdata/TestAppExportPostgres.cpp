// The same export and import on PostgreSQL 15 (a private server started by the test), with the
// gateway's schema in PostgreSQL types: PostgreSQL to PostgreSQL is equal table by table, a
// SQLite staging export lands in PostgreSQL production with the same values, and a failure
// inside the transaction leaves the database as it was.
#include "GatewayFixture.h"
#include "PgServer.h"

#include "appdata/AppExport.h"
#include "appdata/AppExportReader.h"
#include "appdata/ImportApplier.h"
#include "appdata/ImportPlanner.h"
#include "config/Config.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace lifeboat;
using namespace lifeboat::test;

class TestAppExportPostgres : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_pg;
    QTemporaryDir m_dir;
    AppProfile m_profile;

    std::unique_ptr<AppDatabase> makePg(const QString &name, bool fill)
    {
        const ProcessResult created = m_pg->psql("postgres", QStringLiteral("CREATE DATABASE %1").arg(name));
        if (created.exitCode != 0)
            qFatal("createdb: %s", created.err.constData());
        auto db = AppDatabase::openPostgres(m_pg->conninfo(name), PgServer::password());
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        QString error;
        if (!createSchema(**db, &error))
            qFatal("schema: %s", qPrintable(error));
        GatewayRows rows;
        if (fill && !rows.fill(**db, &error))
            qFatal("rows: %s", qPrintable(error));
        if (!fill) {
            (void)(*db)->insert("email_users", {{"id", "u1"}, {"email", "admin@example.com"}, {"password_hash", "x"}});
            (void)(*db)->insert("email_teams", {{"id", "a0000000000000000000000000000001"}, {"name", "Platform"}, {"slug", "platform"}, {"created_by", "admin@example.com"}});
        }
        return std::move(*db);
    }

    JobConfig pgJob(const QString &name) const
    {
        JobConfig j;
        j.name = name;
        j.kind = QStringLiteral("app-export");
        j.conninfo = m_pg->conninfo(name);
        j.password = PgServer::password();
        j.profile = QStringLiteral("mcpgateway");
        return j;
    }

    Status importInto(AppDatabase &db, const QByteArray &bytes)
    {
        auto file = AppExportReader::read(bytes, m_profile, "test.json");
        if (!file)
            return fail(file.error());
        auto plan = ImportPlanner::plan(m_profile, *file, db, ImportOptions{});
        if (!plan)
            return fail(plan.error());
        return ImportApplier::apply(m_profile, *plan, db, nullptr);
    }

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<PgServer>();
        QVERIFY2(m_pg->isRunning(), qPrintable(m_pg->error()));
        m_profile = *AppProfile::load("mcpgateway");
    }
    void cleanupTestCase() { m_pg.reset(); }

    void postgresToPostgresIsEqualTableByTable()
    {
        auto src = makePg("gw_src", true);
        auto dst = makePg("gw_dst", false);
        AppExportRequest request;
        request.selection.includeInactive = true;
        auto exported = AppExport::run(pgJob("gw_src"), request, nullptr);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        QCOMPARE(exported->engine, QStringLiteral("postgresql"));
        auto status = importInto(*dst, exported->bytes);
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        for (const QString &t : entityTables())
            QCOMPARE(tableDump(*dst, t), tableDump(*src, t));
        // Timestamps keep their microseconds, blobs their bytes, JSON its values.
        auto resources = dst->readTable("resources");
        QCOMPARE(resources->at(1)["binary_content"].toObject()["base64"].toString(),
                 QString::fromLatin1(QByteArray("\x89PNG\r\n\x1a\n\x00\xff", 10).toBase64()));
        auto tools = dst->readTable("tools");
        QCOMPARE(tools->at(0)["created_at"].toString(), QStringLiteral("2026-01-10T09:00:00.123456+00:00"));
    }

    void sqliteStagingLandsInPostgresProduction()
    {
        const QString staging = m_dir.filePath("staging.db");
        auto src = AppDatabase::openSqlite(staging, false);
        QString error;
        GatewayRows rows;
        QVERIFY(createSchema(**src, &error) && rows.fill(**src, &error));
        JobConfig job;
        job.name = "staging";
        job.kind = "app-export";
        job.path = staging;
        job.profile = "mcpgateway";
        AppExportRequest request;
        request.selection.includeInactive = true;
        auto exported = AppExport::run(job, request, nullptr);
        QVERIFY(exported);
        auto dst = makePg("gw_prod", false);
        auto status = importInto(*dst, exported->bytes);
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
        for (const QString &t : entityTables()) {
            auto a = (*src)->readTable(t), b = dst->readTable(t);
            QCOMPARE(a->size(), b->size());
            auto types = dst->columnTypes(t);
            for (int i = 0; i < a->size(); ++i)
                for (auto it = a->at(i).constBegin(); it != a->at(i).constEnd(); ++it)
                    QVERIFY2(ImportPlanner::sameValue(it.value(), b->at(i).value(it.key()), types->value(it.key())),
                             qPrintable(QStringLiteral("%1.%2: %3 vs %4").arg(t, it.key(), it.value().toVariant().toString(),
                                                                             b->at(i).value(it.key()).toVariant().toString())));
        }
    }

    void aFailureInsideTheTransactionChangesNothing()
    {
        auto src = makePg("gw_src2", true);
        auto dst = makePg("gw_dst2", false);
        QVERIFY(m_pg->psql("gw_dst2", "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                      "IF NEW.name = 'ops' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$; "
                                      "CREATE TRIGGER refuse BEFORE INSERT ON servers FOR EACH ROW EXECUTE FUNCTION refuse();").exitCode == 0);
        AppExportRequest request;
        request.selection.includeInactive = true;
        auto exported = AppExport::run(pgJob("gw_src2"), request, nullptr);
        QVERIFY(exported);
        auto status = importInto(*dst, exported->bytes);
        QVERIFY(!status);
        QVERIFY2(status.error().message.contains("injected failure") && status.error().message.contains("rolled back"), qPrintable(status.error().message));
        for (const char *t : {"gateways", "tools", "resources", "prompts", "servers"})
            QCOMPARE(m_pg->scalar("gw_dst2", QStringLiteral("SELECT count(*) FROM %1").arg(t)), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestAppExportPostgres)
#include "TestAppExportPostgres.moc"
