// PostgreSQL logical backups end to end against a real PostgreSQL 15 started by the test,
// driven through lifeboat-cli.
#include "PgServer.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>

using namespace lifeboat::test;

namespace {

const char *kDataset =
    "CREATE ROLE app_owner;\n"
    "CREATE SCHEMA billing AUTHORIZATION app_owner;\n"
    "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');\n"
    "CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');\n"
    "CREATE TABLE public.customers (\n"
    "  id bigserial PRIMARY KEY, name text NOT NULL, mail email, feeling mood, balance numeric(12,2),\n"
    "  joined timestamptz, avatar bytea, profile jsonb, tags text[], lo oid);\n"
    "CREATE INDEX customers_name ON public.customers (name);\n"
    "CREATE TABLE billing.invoices (\n"
    "  id serial PRIMARY KEY, customer bigint REFERENCES public.customers(id), total numeric, issued date, lines jsonb);\n"
    "ALTER TABLE billing.invoices OWNER TO app_owner;\n"
    "CREATE TABLE public.audit (at timestamptz DEFAULT now(), what text);\n"
    "CREATE FUNCTION public.log_customer() RETURNS trigger LANGUAGE plpgsql AS $$\n"
    "BEGIN INSERT INTO public.audit(what) VALUES ('customer ' || NEW.id); RETURN NEW; END $$;\n"
    "CREATE TRIGGER customers_audit AFTER INSERT ON public.customers FOR EACH ROW EXECUTE FUNCTION public.log_customer();\n"
    "CREATE VIEW public.big_customers AS SELECT name, balance FROM public.customers WHERE balance > 500;\n"
    "CREATE SEQUENCE public.ticket_seq START 1000;\n"
    "INSERT INTO public.customers (name, mail, feeling, balance, joined, avatar, profile, tags, lo)\n"
    "SELECT 'customer ' || i, 'c' || i || '@example.com', (ARRAY['sad','ok','happy'])[1 + i % 3]::mood, (i * 7.31)::numeric(12,2),\n"
    "       '2025-01-01 00:00:00+00'::timestamptz + i * interval '37 minutes', decode(md5(i::text), 'hex'),\n"
    "       jsonb_build_object('score', i % 17, 'vip', i % 5 = 0), ARRAY['t' || (i % 4), 'x'],\n"
    "       CASE WHEN i % 100 = 0 THEN lo_from_bytea(0, convert_to('large object ' || i, 'UTF8')) END\n"
    "FROM generate_series(1, 3000) i;\n"
    "INSERT INTO billing.invoices (customer, total, issued, lines)\n"
    "SELECT 1 + i % 3000, i * 1.5, date '2025-01-01' + i % 365, jsonb_build_array(jsonb_build_object('sku', 'A' || i))\n"
    "FROM generate_series(1, 5000) i;\n"
    "SELECT setval('public.ticket_seq', 1234);\n";

// One checksum per table (over its rows' text), plus large objects and sequences.
QString fingerprint(const PgServer &pg, const QString &db)
{
    return pg.scalar(db, QStringLiteral(
        "SELECT string_agg(t || '=' || h, ',' ORDER BY t) FROM ("
        " SELECT 'customers' t, md5(string_agg(c::text, '|' ORDER BY id)) h FROM public.customers c UNION ALL"
        " SELECT 'invoices', md5(string_agg(i::text, '|' ORDER BY id)) FROM billing.invoices i UNION ALL"
        " SELECT 'audit', md5(string_agg(what, '|' ORDER BY what)) FROM public.audit UNION ALL"
        " SELECT 'lo', md5(string_agg(encode(lo_get(oid), 'hex'), '|' ORDER BY oid)) FROM pg_largeobject_metadata UNION ALL"
        " SELECT 'seq', (SELECT last_value::text FROM public.ticket_seq)) x"));
}

QByteArray schemaOnly(const PgServer &pg, const QString &db)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(PgServer::password()));
    const auto r = run(QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump"), {QStringLiteral("--schema-only"), QStringLiteral("-d"), pg.conninfo(db)}, {}, env);
    // pg_dump >= 15.14 writes a random \restrict key per run; it is not part of the schema.
    QByteArray out;
    for (const QByteArray &line : r.out.split('\n'))
        if (!line.startsWith("\\restrict") && !line.startsWith("\\unrestrict"))
            out += line + '\n';
    return out;
}

QJsonObject json(const ProcessResult &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestPgLogicalBackup : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_pg;

    // A workspace whose job "app" dumps database `db` of the test server.
    std::unique_ptr<Workspace> workspace(const QString &extra, const QString &db = QStringLiteral("shop"))
    {
        auto ws = std::make_unique<Workspace>(QString(), 0);
        writeSecretFile(ws->path(QStringLiteral("pgpass")), PgServer::password());
        writeSecretFile(ws->path(QStringLiteral("pass")), "backup passphrase 7");
        writeFile(ws->config(), QStringLiteral("[catalog]\nurl = \"sqlite://catalog.db\"\n[repositories.main]\ntype = \"local\"\npath = \"repo\"\n"
                                               "[jobs.app]\nkind = \"postgresql\"\nconninfo = \"%1\"\npassword_file = \"pgpass\"\n"
                                               "repository = \"main\"\n%2\n%3\n")
                                    .arg(m_pg->conninfo(db), extra,
                                         extra.contains(QLatin1String("verify")) ? QString() : QStringLiteral("verify = \"format\""))
                                    .toUtf8());
        return ws;
    }

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<PgServer>();
        QVERIFY2(m_pg->isRunning(), qPrintable(m_pg->error()));
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE shop")).exitCode, 0);
        const auto r = m_pg->psql(QStringLiteral("shop"), QString::fromUtf8(kDataset));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The same without large objects: its rows restore over several connections of
        // Lifeboat's own (large objects are left to pg_restore).
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE shop_rows TEMPLATE shop")).exitCode, 0);
        QCOMPARE(m_pg->psql(QStringLiteral("shop_rows"), QStringLiteral("UPDATE public.customers SET lo = NULL; SELECT lo_unlink(oid) FROM pg_largeobject_metadata")).exitCode, 0);
    }

    void roundTripsAndProvesEquality_data()
    {
        QTest::addColumn<QString>("settings");
        QTest::addColumn<QString>("db");
        QTest::addColumn<QString>("path"); // what the restore says it did
        QTest::newRow("custom, zstd, no encryption") << "format = \"custom\"\ncompression = \"zstd:3\"" << QStringLiteral("shop") << QStringLiteral("one pg_restore");
        QTest::newRow("custom, gzip, passphrase") << "format = \"custom\"\ncompression = \"gzip:6\"\nencryption = \"openpgp\"\npassphrase_file = \"pass\"" << QStringLiteral("shop") << QStringLiteral("one pg_restore");
        QTest::newRow("custom, zstd, public key, parallel = 2")
            << "format = \"custom\"\nparallel = 2\nencryption = \"openpgp\"\nrecipients = [\"keys/pub.asc\"]\nsecret_keys = [\"keys/sec.asc\"]" << QStringLiteral("shop") << QStringLiteral("one pg_restore");
        QTest::newRow("custom, none, public key") << "format = \"custom\"\ncompression = \"none\"\nencryption = \"openpgp\"\nrecipients = [\"keys/pub.asc\"]\nsecret_keys = [\"keys/sec.asc\"]" << QStringLiteral("shop") << QStringLiteral("one pg_restore");
        QTest::newRow("plain, zstd, passphrase") << "format = \"plain\"\nencryption = \"openpgp\"\npassphrase_file = \"pass\"" << QStringLiteral("shop") << QStringLiteral("");
        QTest::newRow("plain, gzip, no encryption") << "format = \"plain\"\ncompression = \"gzip:1\"" << QStringLiteral("shop") << QStringLiteral("");
        QTest::newRow("directory, parallel 2, zstd, public key")
            << "format = \"directory\"\nparallel = 2\nencryption = \"openpgp\"\nrecipients = [\"keys/pub.asc\"]\nsecret_keys = [\"keys/sec.asc\"]" << QStringLiteral("shop") << QStringLiteral("");
        QTest::newRow("directory, one job, gzip, passphrase") << "format = \"directory\"\nparallel = 1\ncompression = \"gzip:1\"\nencryption = \"openpgp\"\npassphrase_file = \"pass\"" << QStringLiteral("shop") << QStringLiteral("");
        QTest::newRow("custom without large objects, rows over 2 connections, public key")
            << "format = \"custom\"\nparallel = 2\nencryption = \"openpgp\"\nrecipients = [\"keys/pub.asc\"]\nsecret_keys = [\"keys/sec.asc\"]"
            << QStringLiteral("shop_rows") << QStringLiteral("rows over 2 connection");
        QTest::newRow("custom without large objects, parallel = 1") << "format = \"custom\"\nparallel = 1" << QStringLiteral("shop_rows") << QString();
        QTest::newRow("directory without large objects") << "format = \"directory\"\nparallel = 2" << QStringLiteral("shop_rows") << QString();
    }

    void roundTripsAndProvesEquality()
    {
        QFETCH(QString, settings);
        QFETCH(QString, db);
        QFETCH(QString, path);
        auto ws = workspace(settings, db);
        const auto b = ws->cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("app")});
        QVERIFY2(b.exitCode == 0, b.err.constData());
        const QJsonObject meta = json(b);
        QCOMPARE(meta.value(QStringLiteral("kind")).toString(), QStringLiteral("postgresql-logical"));
        const QJsonObject source = meta.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("tables")).toObject().value(QStringLiteral("public.customers")).toInt(), 3000);
        QCOMPARE(source.value(QStringLiteral("tables")).toObject().value(QStringLiteral("billing.invoices")).toInt(), 5000);
        QVERIFY(source.value(QStringLiteral("server_version")).toString().startsWith(QStringLiteral("15.")));
        QCOMPARE(source.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF8"));
        QCOMPARE(meta.value(QStringLiteral("verification")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("passed"));

        const QString id = meta.value(QStringLiteral("id")).toString();
        const auto r = ws->cli({QStringLiteral("--json"), QStringLiteral("--verbose"), QStringLiteral("restore"), id});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        if (!path.isEmpty())
            QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
        else
            QVERIFY2(!r.err.contains("over 2 connections") && !r.err.contains("one pg_restore"), r.err.constData());
        const QString target = json(r).value(QStringLiteral("target")).toString();
        QVERIFY(target.startsWith(db + QStringLiteral("_restored_")));
        QCOMPARE(fingerprint(*m_pg, target), fingerprint(*m_pg, db));
        QCOMPARE(schemaOnly(*m_pg, target), schemaOnly(*m_pg, db));
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE \"%1\"").arg(target)).exitCode, 0);
    }

    // Row counts come from the dump's own data: the backup reads each table once (pg_dump's
    // COPY), not a second time with count(*), which on a big database doubles the read load.
    void eachTableIsReadOnce_data()
    {
        QTest::addColumn<QString>("settings");
        QTest::newRow("custom") << "format = \"custom\"";
        QTest::newRow("directory") << "format = \"directory\"\nparallel = 2";
    }
    void eachTableIsReadOnce()
    {
        QFETCH(QString, settings);
        // Statistics reach shared memory when a backend ends: wait for the backup's sessions to go.
        auto scans = [this] {
            QElapsedTimer t;
            t.start();
            while (m_pg->scalar(QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = 'shop'")) != QLatin1String("0")
                   && t.elapsed() < 10000)
                QThread::msleep(50);
            return m_pg->scalar(QStringLiteral("shop"), QStringLiteral("SELECT seq_scan FROM pg_stat_user_tables WHERE relname = 'invoices'")).toLongLong();
        };
        auto ws = workspace(settings + QStringLiteral("\nverify = \"none\""));
        const qint64 before = scans();
        const auto b = ws->cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("app")});
        QVERIFY2(b.exitCode == 0, b.err.constData());
        QCOMPARE(json(b).value(QStringLiteral("source")).toObject().value(QStringLiteral("tables")).toObject().value(QStringLiteral("billing.invoices")).toInt(), 5000);
        QCOMPARE(scans() - before, 1);
    }

    void verifyLevelsIncludingATestRestore()
    {
        auto ws = workspace(QStringLiteral("verify = \"checksum\""));
        const QString id = ws->backup();
        for (const char *level : {"checksum", "decode", "format", "restore"}) {
            const auto v = ws->cli({QStringLiteral("verify"), id, QStringLiteral("--level"), QLatin1String(level)});
            QVERIFY2(v.exitCode == 0, v.err.constData());
        }
        // The throwaway database of the test restore is gone.
        QCOMPARE(m_pg->scalar(QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'lifeboat_verify%'")),
                 QStringLiteral("0"));
    }

    void selectiveRestores_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("custom") << "custom";
        QTest::newRow("directory") << "directory";
    }

    void selectiveRestores()
    {
        QFETCH(QString, format);
        auto ws = workspace(QStringLiteral("format = \"%1\"\nverify = \"checksum\"").arg(format));
        const QString id = ws->backup();
        const QString shop = fingerprint(*m_pg, QStringLiteral("shop"));

        // One table's rows, every definition; the other tables stay empty.
        auto r = ws->cli({QStringLiteral("restore"), id, QStringLiteral("--to"), QStringLiteral("only_invoices"), QStringLiteral("--tables"), QStringLiteral("invoices")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_pg->scalar(QStringLiteral("only_invoices"), QStringLiteral("SELECT count(*) FROM billing.invoices")), QStringLiteral("5000"));
        QCOMPARE(m_pg->scalar(QStringLiteral("only_invoices"), QStringLiteral("SELECT count(*) FROM public.customers")), QStringLiteral("0"));
        QCOMPARE(m_pg->scalar(QStringLiteral("only_invoices"), QStringLiteral("SELECT md5(string_agg(i::text, '|' ORDER BY id)) FROM billing.invoices i")),
                 m_pg->scalar(QStringLiteral("shop"), QStringLiteral("SELECT md5(string_agg(i::text, '|' ORDER BY id)) FROM billing.invoices i")));

        // Schema only, then the rows into it: together the whole database again.
        r = ws->cli({QStringLiteral("restore"), id, QStringLiteral("--to"), QStringLiteral("rebuilt"), QStringLiteral("--schema-only")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(schemaOnly(*m_pg, QStringLiteral("rebuilt")), schemaOnly(*m_pg, QStringLiteral("shop")));
        QCOMPARE(m_pg->scalar(QStringLiteral("rebuilt"), QStringLiteral("SELECT count(*) FROM public.customers")), QStringLiteral("0"));
        r = ws->cli({QStringLiteral("--json"), QStringLiteral("restore"), id, QStringLiteral("--to"), QStringLiteral("rebuilt"), QStringLiteral("--data-only")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(fingerprint(*m_pg, QStringLiteral("rebuilt")), shop);
        // Loading again would duplicate rows: refused, nothing changed.
        r = ws->cli({QStringLiteral("restore"), id, QStringLiteral("--to"), QStringLiteral("rebuilt"), QStringLiteral("--data-only"), QStringLiteral("--tables"), QStringLiteral("billing.invoices")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.firstErrorLine().contains(QStringLiteral("already holds 5000 rows")), r.err.constData());
        QCOMPARE(fingerprint(*m_pg, QStringLiteral("rebuilt")), shop);

        // Names that are not in the backup, and options that exclude each other, are named.
        r = ws->cli({QStringLiteral("restore"), id, QStringLiteral("--tables"), QStringLiteral("nosuch")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.firstErrorLine().contains(QStringLiteral("billing.invoices")), r.err.constData());
        QCOMPARE(ws->cli({QStringLiteral("restore"), id, QStringLiteral("--data-only")}).exitCode, 2);
        QCOMPARE(ws->cli({QStringLiteral("restore"), id, QStringLiteral("--schema-only"), QStringLiteral("--data-only")}).exitCode, 2);
        for (const char *db : {"only_invoices", "rebuilt"})
            QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1").arg(QLatin1String(db))).exitCode, 0);
    }

    void plainDumpsRestoreWhole()
    {
        auto ws = workspace(QStringLiteral("format = \"plain\"\nverify = \"checksum\""));
        const QString id = ws->backup();
        const auto r = ws->cli({QStringLiteral("restore"), id, QStringLiteral("--schema-only")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.firstErrorLine().contains(QStringLiteral("custom or directory format")), r.err.constData());
    }

    void databases_data()
    {
        QTest::addColumn<QString>("db");
        QTest::newRow("one pg_restore (large objects)") << QStringLiteral("shop");
        QTest::newRow("rows over 2 connections") << QStringLiteral("shop_rows");
    }
    void restoreReportsProgressInTocItems_data() { databases_data(); }
    void restoreReportsProgressInTocItems()
    {
        QFETCH(QString, db);
        auto ws = workspace(QStringLiteral("format = \"custom\"\nverify = \"none\""), db);
        const auto b = ws->cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("app")});
        QVERIFY2(b.exitCode == 0, b.err.constData());
        const int items = json(b).value(QStringLiteral("source")).toObject().value(QStringLiteral("toc_items")).toInt();
        QVERIFY2(items > 20, b.out.constData()); // tables, types, functions, indexes, data...
        const auto r = ws->cli({QStringLiteral("--json"), QStringLiteral("--verbose"), QStringLiteral("restore"), json(b).value(QStringLiteral("id")).toString()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        int events = 0;
        qint64 last = 0;
        for (const QByteArray &line : r.err.split('\n')) {
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            if (!e.contains(QStringLiteral("done_items")))
                continue;
            QCOMPARE(e.value(QStringLiteral("total_items")).toInt(), items);
            QVERIFY(e.value(QStringLiteral("done_items")).toInteger() >= last); // never goes back
            last = e.value(QStringLiteral("done_items")).toInteger();
            ++events;
        }
        QVERIFY(events > items / 2);
        QCOMPARE(last, qint64(items));
        m_pg->psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE \"%1\"").arg(json(r).value(QStringLiteral("target")).toString()));
    }

    void corruptDirectoryArtifactIsCaughtBeforeAnythingIsCreated()
    {
        auto ws = workspace(QStringLiteral("format = \"directory\"\ncompression = \"none\"\nverify = \"format\""));
        const QString id = ws->backup();
        const QString artifact = ws->backupsDir() + QLatin1Char('/') + QDir(ws->backupsDir()).entryList({QStringLiteral("*.tar")}).value(0);
        QFile f(artifact);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write("garbage in the middle of a table file");
        f.close();
        auto r = ws->cli({QStringLiteral("verify"), id, QStringLiteral("--level"), QStringLiteral("format")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.firstErrorLine().contains(id), r.err.constData());
        r = ws->cli({QStringLiteral("restore"), id, QStringLiteral("--to"), QStringLiteral("never_created")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(m_pg->scalar(QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'never_created'")), QStringLiteral("0"));
    }

    void checkNamesEachProblemWithAFix()
    {
        auto ws = workspace(QStringLiteral("encryption = \"openpgp\"\nrecipients = [\"keys/pub.asc\"]"));
        auto r = ws->cli({QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("app")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QStringList names;
        for (const QJsonValue &line : json(r).value(QStringLiteral("checks")).toArray()) {
            names.append(line.toObject().value(QStringLiteral("check")).toString());
            QCOMPARE(line.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        }
        for (const char *expected : {"connect", "server", "pg_dump", "pg_restore", "privileges", "restore", "encryption", "repository"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);

        // A role that may not read a table or create databases: both named, with the fix.
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE weak LOGIN PASSWORD 'weak-pass-1'")).exitCode, 0);
        QCOMPARE(m_pg->psql(QStringLiteral("shop"), QStringLiteral("GRANT USAGE ON SCHEMA billing TO weak; GRANT SELECT ON ALL TABLES IN SCHEMA public TO weak; "
                                                                 "GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO weak")).exitCode, 0);
        writeSecretFile(ws->path(QStringLiteral("weakpass")), "weak-pass-1");
        writeFile(ws->config(), readFile(ws->config()).replace("user=postgres", "user=weak").replace("password_file = \"pgpass\"", "password_file = \"weakpass\""));
        r = ws->cli({QStringLiteral("check"), QStringLiteral("app")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("FAIL privileges: role weak cannot read billing.invoices"), r.out.constData());
        QVERIFY(r.out.contains("fix: GRANT pg_read_all_data TO weak"));
        QVERIFY(r.out.contains("WARN restore"));
        QVERIFY(r.out.contains("ALTER ROLE weak CREATEDB"));

        // Wrong password: the connection line fails, nothing else is attempted against the server.
        writeSecretFile(ws->path(QStringLiteral("weakpass")), "wrong");
        r = ws->cli({QStringLiteral("check"), QStringLiteral("app")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("FAIL connect: ") && r.out.contains("password authentication failed"), r.out.constData());
        QVERIFY(!r.out.contains("wrong"));
        QCOMPARE(m_pg->psql(QStringLiteral("shop"), QStringLiteral("DROP OWNED BY weak; DROP ROLE weak")).exitCode, 0);
    }

    void passwordNeverOnACommandLineOrInOutput()
    {
        auto ws = workspace(QStringLiteral("compression = \"zstd:19\"\nparallel = 1"));
        QProcess backup;
        backup.start(cliPath(), ws->cliArgs({QStringLiteral("--verbose"), QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("app")}));
        QVERIFY(backup.waitForStarted());
        int seen = 0;
        bool leaked = false;
        while (backup.state() != QProcess::NotRunning) {
            for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
                const QByteArray cmdline = readFile(QStringLiteral("/proc/%1/cmdline").arg(pid));
                if (cmdline.contains("pg_dump"))
                    ++seen;
                leaked = leaked || cmdline.contains(PgServer::password());
            }
            backup.waitForFinished(20);
        }
        QCOMPARE(backup.exitCode(), 0);
        QVERIFY(seen > 0); // pg_dump was running while we looked
        QVERIFY(!leaked);
        QVERIFY(!backup.readAllStandardOutput().contains(PgServer::password()));
        QVERIFY(!backup.readAllStandardError().contains(PgServer::password()));
        for (const QString &f : QDir(ws->backupsDir()).entryList(QDir::Files))
            QVERIFY(!readFile(ws->backupsDir() + QLatin1Char('/') + f).contains(PgServer::password()));
    }

    void wrongPasswordAndDeadServerAreNamed()
    {
        auto ws = workspace({});
        writeSecretFile(ws->path(QStringLiteral("pgpass")), "not-the-password");
        auto r = ws->cli({QStringLiteral("backup"), QStringLiteral("app")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.firstErrorLine().contains(QStringLiteral("password authentication failed")), r.err.constData());
        QVERIFY(r.firstErrorLine().contains(QStringLiteral("password_file")));
        QVERIFY(QDir(ws->backupsDir()).entryList(QDir::Files).isEmpty());

        auto dead = std::make_unique<Workspace>(QString(), 0);
        writeFile(dead->config(), QStringLiteral("[catalog]\nurl = \"sqlite://catalog.db\"\n[repositories.main]\npath = \"repo\"\n"
                                                 "[jobs.app]\nkind = \"postgresql\"\nconninfo = \"host=%1 port=1 dbname=shop user=postgres\"\nrepository = \"main\"\n")
                                      .arg(dead->path())
                                      .toUtf8());
        r = dead->cli({QStringLiteral("backup"), QStringLiteral("app")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.firstErrorLine().contains(QStringLiteral("cannot connect to PostgreSQL")), r.err.constData());
    }

    void killedBackendFailsTheBackupAndKeepsNothing()
    {
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE bulk")).exitCode, 0);
        QCOMPARE(m_pg->psql(QStringLiteral("bulk"), QStringLiteral("CREATE TABLE big AS SELECT i, md5(i::text) || md5((i+1)::text) AS t FROM generate_series(1, 1500000) i")).exitCode, 0);
        auto ws = workspace(QStringLiteral("compression = \"zstd:9\"\nparallel = 1"), QStringLiteral("bulk"));
        QProcess backup;
        backup.start(cliPath(), ws->cliArgs({QStringLiteral("backup"), QStringLiteral("app")}));
        QVERIFY(backup.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        QString killed;
        while (killed.isEmpty() && timer.elapsed() < 30000 && backup.state() == QProcess::Running)
            killed = m_pg->scalar(QStringLiteral("postgres"), QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'COPY %'"));
        QCOMPARE(killed, QStringLiteral("t"));
        QVERIFY(backup.waitForFinished(60000));
        QCOMPARE(backup.exitCode(), 1);
        const QString err = QString::fromUtf8(backup.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("pg_dump of bulk failed")), qPrintable(err));
        QVERIFY(QDir(ws->backupsDir()).entryList(QDir::Files).isEmpty());
        QCOMPARE(QJsonDocument::fromJson(ws->cli({QStringLiteral("--json"), QStringLiteral("list")}).out).array().size(), 0);
        m_pg->psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE bulk"));
    }

    void fullRepositoryDiskKeepsNothing_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("custom") << "custom";
        QTest::newRow("directory") << "directory";
    }

    void fullRepositoryDiskKeepsNothing()
    {
        QFETCH(QString, format);
        // A real full disk: the repository is a 1 MiB tmpfs (needs root, as CI has); the dump
        // (~4 MB, stored uncompressed) does not fit.
        auto ws = workspace(QStringLiteral("format = \"%1\"\ncompression = \"none\"\nverify = \"checksum\"").arg(format), QStringLiteral("filler"));
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE filler")).exitCode, 0);
        QCOMPARE(m_pg->psql(QStringLiteral("filler"), QStringLiteral("CREATE TABLE t AS SELECT i, md5(i::text) AS h FROM generate_series(1, 100000) i")).exitCode, 0);
        const QString repo = ws->path(QStringLiteral("repo"));
        QDir().mkpath(repo);
        const auto mount = run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=1m,mode=0700"), QStringLiteral("tmpfs"), repo});
        if (mount.exitCode != 0) {
            m_pg->psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE filler"));
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (%1); TestCliContract and TestStreamChain cover the full-disk path").arg(QString::fromUtf8(mount.err.trimmed()))));
        }
        struct Cleanup
        {
            QString path;
            PgServer *pg;
            ~Cleanup()
            {
                run(QStringLiteral("umount"), {path});
                pg->psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE filler"));
            }
        } cleanup{repo, m_pg.get()};
        const auto r = ws->cli({QStringLiteral("backup"), QStringLiteral("app")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.firstErrorLine().contains(QStringLiteral("disk full")), r.err.constData());
        QVERIFY(r.firstErrorLine().contains(QStringLiteral("free space or choose another repository")));
        QVERIFY(QDir(ws->backupsDir()).entryList(QDir::Files).isEmpty()); // no partial artifact, no sidecar
        QCOMPARE(QJsonDocument::fromJson(ws->cli({QStringLiteral("--json"), QStringLiteral("list")}).out).array().size(), 0);
    }

    void failedRestoreDropsWhatItCreated_data() { databases_data(); }
    void failedRestoreDropsWhatItCreated()
    {
        QFETCH(QString, db);
        auto ws = workspace({}, db);
        const QString id = ws->backup();
        // Restoring needs role app_owner; without it pg_restore stops half way.
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("ALTER ROLE app_owner RENAME TO app_owner_gone")).exitCode, 0);
        const auto r = ws->cli({QStringLiteral("restore"), id, QStringLiteral("--to"), QStringLiteral("half_restored")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.firstErrorLine().contains(QStringLiteral("app_owner")), r.err.constData());
        QCOMPARE(m_pg->scalar(QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'half_restored'")), QStringLiteral("0"));
        // Put the dataset back as it was for the tests that follow.
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("ALTER ROLE app_owner_gone RENAME TO app_owner")).exitCode, 0);
    }

    void globalsTravelWithTheBackupAndRecreateMissingRoles()
    {
        auto ws = workspace(QStringLiteral("globals = true\nencryption = \"openpgp\"\npassphrase_file = \"pass\"\nverify = \"format\""));
        const auto b = ws->cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("app")});
        QVERIFY2(b.exitCode == 0, b.err.constData());
        const QJsonObject globals = json(b).value(QStringLiteral("parts")).toObject().value(QStringLiteral("globals")).toObject();
        const QString artifact = globals.value(QStringLiteral("artifact")).toString();
        QVERIFY2(artifact.endsWith(QStringLiteral(".globals.sql.zst.gpg")), b.out.constData());
        QVERIFY(QFile::exists(ws->backupsDir() + QLatin1Char('/') + artifact));
        QCOMPARE(json(b).value(QStringLiteral("source")).toObject().value(QStringLiteral("role_passwords")).toBool(), true);
        const QString id = json(b).value(QStringLiteral("id")).toString();

        // The part survives the next run's cleanup of aborted runs, and verifies at every level.
        QCOMPARE(ws->cli({QStringLiteral("backup"), QStringLiteral("app")}).exitCode, 0);
        QVERIFY(QFile::exists(ws->backupsDir() + QLatin1Char('/') + artifact));
        for (const char *level : {"checksum", "decode", "format"})
            QCOMPARE(ws->cli({QStringLiteral("verify"), id, QStringLiteral("--level"), QLatin1String(level)}).exitCode, 0);

        // On a server that lacks role app_owner the plain restore fails; with the globals it works.
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("ALTER ROLE app_owner RENAME TO app_owner_away")).exitCode, 0);
        QCOMPARE(ws->cli({QStringLiteral("restore"), id, QStringLiteral("--to"), QStringLiteral("no_roles")}).exitCode, 1);
        const auto r = ws->cli({QStringLiteral("restore"), id, QStringLiteral("--to"), QStringLiteral("with_roles"), QStringLiteral("--with-globals")});
        const bool restored = r.exitCode == 0;
        const QString owner = m_pg->scalar(QStringLiteral("with_roles"), QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = 'invoices'"));
        m_pg->psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS with_roles"));
        m_pg->psql(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS app_owner"));
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("ALTER ROLE app_owner_away RENAME TO app_owner")).exitCode, 0);
        QVERIFY2(restored, r.err.constData());
        QCOMPARE(owner, QStringLiteral("app_owner"));
        // Existing roles (postgres) made some statements fail: said, not fatal.
        QVERIFY2(r.err.contains("statement(s) of the roles script failed"), r.err.constData());

        // A corrupted globals part fails verification naming it.
        QFile part(ws->backupsDir() + QLatin1Char('/') + artifact);
        QVERIFY(part.open(QIODevice::ReadWrite));
        part.seek(part.size() / 2);
        part.write("xxxx");
        part.close();
        const auto v = ws->cli({QStringLiteral("verify"), id, QStringLiteral("--level"), QStringLiteral("checksum")});
        QCOMPARE(v.exitCode, 3);
        QVERIFY2(v.firstErrorLine().contains(artifact), v.err.constData());
    }

    void overwriteRefusesLiveSessionsThenSwapsAfterASafetyBackup()
    {
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE shop_copy TEMPLATE shop")).exitCode, 0);
        auto ws = workspace({}, QStringLiteral("shop_copy"));
        const QString id = ws->backup();
        QCOMPARE(m_pg->psql(QStringLiteral("shop_copy"), QStringLiteral("DELETE FROM billing.invoices WHERE id > 10")).exitCode, 0);

        QCOMPARE(ws->cli({QStringLiteral("restore"), id, QStringLiteral("--to"), QStringLiteral("shop_copy")}).exitCode, 1);
        // A session holds the database open.
        QProcess session;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(PgServer::password()));
        session.setProcessEnvironment(env);
        session.start(QStringLiteral("/usr/lib/postgresql/15/bin/psql"), {QStringLiteral("-X"), QStringLiteral("-d"), m_pg->conninfo(QStringLiteral("shop_copy"))});
        QVERIFY(session.waitForStarted());
        session.write("SELECT 1;\n");
        QTRY_VERIFY(m_pg->scalar(QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = 'shop_copy'")) != QStringLiteral("0"));
        auto r = ws->cli({QStringLiteral("restore"), id, QStringLiteral("--to"), QStringLiteral("shop_copy"), QStringLiteral("--overwrite")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.firstErrorLine().contains(QStringLiteral("--terminate-connections")));

        r = ws->cli({QStringLiteral("--json"), QStringLiteral("restore"), id, QStringLiteral("--to"), QStringLiteral("shop_copy"),
                     QStringLiteral("--overwrite"), QStringLiteral("--terminate-connections")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        session.kill();
        session.waitForFinished();
        QCOMPARE(m_pg->scalar(QStringLiteral("shop_copy"), QStringLiteral("SELECT count(*) FROM billing.invoices")), QStringLiteral("5000"));
        const QString safety = json(r).value(QStringLiteral("safety_backup")).toString();
        QVERIFY(!safety.isEmpty());
        const auto shown = json(ws->cli({QStringLiteral("--json"), QStringLiteral("show"), safety}));
        QCOMPARE(shown.value(QStringLiteral("source")).toObject().value(QStringLiteral("tables")).toObject().value(QStringLiteral("billing.invoices")).toInt(), 10);
        QCOMPARE(m_pg->scalar(QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'shop_copy_lifeboat%'")), QStringLiteral("0"));
    }

    void cleanupTestCase()
    {
        m_pg.reset();
    }
};

QTEST_GUILESS_MAIN(TestPgLogicalBackup)
#include "TestPgLogicalBackup.moc"
