// The operator's path through the CLI: move a staging MCP Gateway's configuration (SQLite) to
// production (PostgreSQL 15, started here) with one dry run and one import, re-keying its
// secrets; undo it from the safety export; scheduled app-export backups verify at format level
// and a damaged one is caught; bad files and conflicts give one clear line and write nothing;
// no secret shows up in any output or in the catalog.
#include "../core/appdata/GatewayFixture.h"
#include "PgServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace lifeboat;
using namespace lifeboat::test;

class TestAppTransferCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_pg;
    std::unique_ptr<Workspace> m_ws;
    QStringList m_outputs; // every stdout and stderr, for the secret check

    ProcessResult cli(const QStringList &args)
    {
        ProcessResult r = m_ws->cli(args);
        m_outputs << QString::fromUtf8(r.out) << QString::fromUtf8(r.err);
        return r;
    }
    QString p(const QString &name) const { return m_ws->path(name); }
    std::unique_ptr<AppDatabase> prod() const { return std::move(*AppDatabase::openPostgres(m_pg->conninfo("gw_prod"), PgServer::password())); }
    std::unique_ptr<AppDatabase> staging() const { return std::move(*AppDatabase::openSqlite(p("staging.db"))); }

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<PgServer>();
        QVERIFY2(m_pg->isRunning(), qPrintable(m_pg->error()));
        qputenv("PGPASSWORD", PgServer::password()); // how a headless job gets it here
        m_ws = std::make_unique<Workspace>(QString(), 0);
        QString error;
        {
            auto db = AppDatabase::openSqlite(p("staging.db"), false);
            GatewayRows rows;
            QVERIFY(createSchema(**db, &error) && rows.fill(**db, &error));
        }
        QCOMPARE(m_pg->psql("postgres", "CREATE DATABASE gw_prod").exitCode, 0);
        {
            auto db = AppDatabase::openPostgres(m_pg->conninfo("gw_prod"), PgServer::password());
            QVERIFY(db);
            QVERIFY2(createSchema(**db, &error), qPrintable(error));
            QVERIFY((*db)->insert("email_users", {{"id", "u1"}, {"email", "admin@example.com"}, {"password_hash", "x"}}));
        }
        writeFile(p("staging.secret"), "staging-auth-encryption-secret\n");
        writeFile(p("prod.secret"), "production-secret-7f3a\n");
        QFile::setPermissions(p("staging.secret"), QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(p("prod.secret"), QFile::ReadOwner | QFile::WriteOwner);
        writeFile(m_ws->config(), QStringLiteral("timezone = \"UTC\"\n[catalog]\nurl = \"sqlite://catalog.db\"\n"
                                                 "[repositories.main]\ntype = \"local\"\npath = \"repo\"\n"
                                                 "[jobs.staging]\nkind = \"app-export\"\npath = \"staging.db\"\nprofile = \"mcpgateway\"\n"
                                                 "repository = \"main\"\ncompression = \"zstd:3\"\nencryption = \"openpgp\"\n"
                                                 "recipients = [\"keys/pub.asc\"]\nsecret_keys = [\"keys/sec.asc\"]\nverify = \"format\"\n"
                                                 "[jobs.prod]\nkind = \"app-export\"\nconninfo = \"%1\"\nprofile = \"mcpgateway\"\n"
                                                 "repository = \"main\"\ncompression = \"zstd:3\"\nverify = \"format\"\n")
                                      .arg(m_pg->conninfo("gw_prod")).toUtf8());
    }

    void cleanupTestCase()
    {
        m_pg.reset();
        qunsetenv("PGPASSWORD");
    }

    void oneDryRunAndOneImportMoveStagingToProduction()
    {
        const ProcessResult exported = cli({"--json", "export", "staging", "--output", p("staging-config.json"),
                                            "--rekey-from-secret-file", p("staging.secret"), "--rekey-to-secret-file", p("prod.secret")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const QJsonObject e = QJsonDocument::fromJson(exported.out).object();
        QCOMPARE(e["secrets_rekeyed"].toInt(), 4);
        QCOMPARE(e["entity_counts"].toObject()["tools"].toInt(), 3); // the inactive legacy tool stays out by default
        QCOMPARE(QFile::permissions(p("staging-config.json")) & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());

        const ProcessResult dry = cli({"import", "prod", p("staging-config.json"), "--dry-run"});
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        QVERIFY2(dry.out.contains("create    servers    ai-tools") && dry.out.contains("Dry run, nothing written: create 9"), dry.out.constData());
        QCOMPARE(m_pg->scalar("gw_prod", "SELECT count(*) FROM tools"), QStringLiteral("0"));

        const ProcessResult imported = cli({"--json", "import", "prod", p("staging-config.json")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QJsonObject r = QJsonDocument::fromJson(imported.out).object();
        QCOMPARE(r["applied"].toBool(), true);
        QCOMPARE(r["counts"].toObject()["created"].toInt(), 9);
        QVERIFY(!r["safety_backup"].toString().isEmpty());
        QCOMPARE(m_pg->scalar("gw_prod", "SELECT count(*) FROM tools"), QStringLiteral("3"));
        QCOMPARE(m_pg->scalar("gw_prod", "SELECT count(*) FROM server_tool_association"), QStringLiteral("3"));
        QCOMPARE(m_pg->scalar("gw_prod", "SELECT text_content FROM resources WHERE name = 'notes'"), QStringLiteral("Runbook notes\nline two"));
        // Production's secrets decrypt with production's key only.
        const QString tok = m_pg->scalar("gw_prod", "SELECT auth_value FROM tools WHERE original_name = 'weather_api'");
        QVERIFY(SecretToken::decrypt(tok, SecretToken::keyFor("production-secret-7f3a")));
        QVERIFY(!SecretToken::decrypt(tok, SecretToken::keyFor("staging-auth-encryption-secret")));
        // The result is in the catalog, with the safety export it took.
        const QString catalog = p("catalog.db");
        QCOMPARE(sqliteScalar(catalog, "SELECT count(*) FROM imports WHERE status = 'ok'"), 1);
        QCOMPARE(sqliteScalar(catalog, "SELECT count(*) FROM audit WHERE action = 'import'"), 1);
    }

    void theSafetyExportUndoesAnImport()
    {
        const QString before = m_pg->scalar("gw_prod", "SELECT string_agg(name || ':' || coalesce(description, ''), ',' ORDER BY name) FROM servers");
        {
            auto db = staging();
            QVERIFY(db->exec("UPDATE servers SET description = 'changed in staging' WHERE name = 'ai-tools'"));
            QVERIFY(db->exec("INSERT INTO servers (id, name, tags) VALUES ('f00000000000000000000000000000aa', 'brand-new', '[]')"));
        }
        QCOMPARE(cli({"export", "staging", "--output", p("second.json"), "--rekey-from-secret-file", p("staging.secret"),
                      "--rekey-to-secret-file", p("prod.secret")}).exitCode, 0);
        const ProcessResult imported = cli({"--json", "import", "prod", p("second.json")});
        QCOMPARE(imported.exitCode, 0);
        const QJsonObject r = QJsonDocument::fromJson(imported.out).object();
        QCOMPARE(r["counts"].toObject()["created"].toInt(), 1);
        // ai-tools' description; the gateway and the tool only because re-keying encrypts their
        // secrets with fresh nonces (the plan names just those fields).
        QCOMPARE(r["counts"].toObject()["updated"].toInt(), 3);
        for (const QJsonValue &entry : r["entities"].toArray())
            if (entry["action"] == QJsonValue("update") && entry["name"] != QJsonValue("ai-tools"))
                for (const QJsonValue &field : entry["differences"].toArray())
                    QVERIFY2(QStringList({"auth_value", "auth_query_params", "headers"}).contains(field.toString()), qPrintable(field.toString()));
        const QString safety = r["safety_backup"].toString();
        QVERIFY(m_pg->scalar("gw_prod", "SELECT description FROM servers WHERE name = 'ai-tools'") == QStringLiteral("changed in staging"));
        const ProcessResult undo = cli({"import", "prod", safety, "--strategy", "replace"});
        QVERIFY2(undo.exitCode == 0, undo.err.constData());
        QVERIFY2(undo.out.contains("delete    servers    brand-new"), undo.out.constData());
        QCOMPARE(m_pg->scalar("gw_prod", "SELECT string_agg(name || ':' || coalesce(description, ''), ',' ORDER BY name) FROM servers"), before);
    }

    void conflictsUnderFailWriteNothing()
    {
        const QString before = m_pg->scalar("gw_prod", "SELECT count(*) || '/' || max(updated_at)::text FROM servers");
        const ProcessResult r = cli({"import", "prod", p("second.json"), "--strategy", "fail"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("conflict  servers    ai-tools"), r.out.constData());
        QVERIFY2(r.err.contains("\nerror: ") && r.err.contains("strategy is \"fail\": nothing was written"), r.err.constData());
        QCOMPARE(m_pg->scalar("gw_prod", "SELECT count(*) || '/' || max(updated_at)::text FROM servers"), before);
    }

    void badFilesGetOneClearLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << QByteArray("{\"version\": \"2025-11-25\", \"entities\": {\"tools\": [") << 2 << "not valid JSON";
        QTest::newRow("wrong version") << QByteArray(R"({"version": "0.9", "exported_at": "x", "entities": {}})") << 2 << "version \"0.9\"";
        QTest::newRow("unknown type") << QByteArray(R"({"version": "2025-03-26", "exported_at": "x", "entities": {"widgets": []}})") << 2 << "entities.widgets: unknown entity type";
    }

    void badFilesGetOneClearLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        writeFile(p("bad.json"), content);
        const QString before = m_pg->scalar("gw_prod", "SELECT count(*) FROM tools");
        const ProcessResult r = cli({"--quiet", "import", "prod", p("bad.json")});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.startsWith("error: ") && r.err.count('\n') == 1 && r.err.contains(expected.toUtf8()) && r.err.contains("nothing was written"),
                 r.err.constData());
        QCOMPARE(m_pg->scalar("gw_prod", "SELECT count(*) FROM tools"), before);
    }

    void scheduledExportsAreBackupsThatVerify()
    {
        const ProcessResult b = cli({"--json", "backup", "staging"});
        QVERIFY2(b.exitCode == 0, b.err.constData());
        const QJsonObject meta = QJsonDocument::fromJson(b.out).object();
        QCOMPARE(meta["kind"].toString(), QStringLiteral("app-export"));
        QVERIFY2(QRegularExpression("^staging-export-\\d{8}-\\d{6}\\.json\\.zst\\.gpg$").match(meta["artifact"].toString()).hasMatch(),
                 qPrintable(meta["artifact"].toString()));
        QCOMPARE(meta["source"].toObject()["tables"].toObject()["tools"].toInt(), 4); // inactive ones too
        QCOMPARE(J(meta, "verification.status"), QJsonValue("passed"));
        const QString id = meta["id"].toString();
        QCOMPARE(cli({"verify", id, "--level", "format"}).exitCode, 0);
        // restore level: the import it would be is planned against the job's database.
        const ProcessResult planned = cli({"verify", id, "--level", "restore"});
        QVERIFY2(planned.exitCode == 0, planned.err.constData());
        const ProcessResult check = cli({"check", "staging"});
        QVERIFY2(check.exitCode == 0 && check.out.contains("(mcpgateway): 2 gateways, 4 tools, 2 resources, 1 prompts, 3 servers"), check.out.constData());
        // The stored file opens with the plain tools: gpg, then zstd, then it is the export JSON.
        // A damaged artifact is caught (exit 3).
        const QString artifact = p("repo/staging/backups/") + meta["artifact"].toString();
        QByteArray bytes = readFile(artifact);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x40);
        writeFile(artifact, bytes);
        const ProcessResult damaged = cli({"verify", id, "--level", "format"});
        QCOMPARE(damaged.exitCode, 3);
        // restore of an export writes its JSON file (from a good backup).
        const ProcessResult again = cli({"--json", "backup", "staging"});
        QCOMPARE(again.exitCode, 0);
        const QString good = QJsonDocument::fromJson(again.out).object()["id"].toString();
        const ProcessResult restored = cli({"restore", good, "--to", p("restored.json")});
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        QCOMPARE(QJsonDocument::fromJson(readFile(p("restored.json"))).object()["version"].toString(), QStringLiteral("2025-11-25"));
    }

    void noSecretInAnyOutputOrTheCatalog()
    {
        const QStringList secrets{"Bearer tool-token", "gw-token-1", "q-secret", "hdr-secret", "production-secret-7f3a",
                                  "staging-auth-encryption-secret", QString::fromUtf8(PgServer::password())};
        const QString catalog = QString::fromUtf8(readFile(p("catalog.db")));
        for (const QString &s : secrets) {
            QVERIFY2(!m_outputs.join("\n").contains(s), qPrintable(s));
            QVERIFY2(!catalog.contains(s), qPrintable(s));
        }
    }

private:
    static QJsonValue J(const QJsonObject &o, const char *path)
    {
        QJsonValue at = o;
        for (const QString &k : QString::fromLatin1(path).split('.'))
            at = at.toObject().value(k);
        return at;
    }
};

QTEST_GUILESS_MAIN(TestAppTransferCli)
#include "TestAppTransferCli.moc"
