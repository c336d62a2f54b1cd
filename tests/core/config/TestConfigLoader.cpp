#include "TestSupport.h"
#include "config/ConfigLoader.h"

#include <QTest>

using namespace lifeboat;

class TestConfigLoader : public QObject
{
    Q_OBJECT

    const QString base = QStringLiteral("[repositories.local]\ntype = \"local\"\npath = \"/var/backups/lifeboat\"\n");

private slots:
    void readsEveryKeyOfTheContract()
    {
        qputenv("LB_TEST_BUCKET", "backups");
        const QString text = QStringLiteral(
            "timezone = \"Europe/Berlin\"\n"
            "[catalog]\n"
            "url = \"sqlite:///var/lib/lifeboat/catalog.db\"\n"
            "[repositories.local]\n"
            "type = \"local\"\n"
            "path = \"/var/backups/lifeboat\"\n"
            "[repositories.offsite]\n"
            "type = \"s3\"\n"
            "endpoint = \"http://127.0.0.1:9000\"\n"
            "region = \"us-east-1\"\n"
            "bucket = \"${LB_TEST_BUCKET}\"\n"
            "prefix = \"lifeboat/\"\n"
            "access_key_env = \"AWS_ACCESS_KEY_ID\"\n"
            "secret_key_env = \"AWS_SECRET_ACCESS_KEY\"\n"
            "[jobs.mcpgateway]\n"
            "kind = \"postgresql\"\n"
            "conninfo = \"host=db1 port=5432 dbname=mcp user=backup\"\n"
            "password_file = \"/etc/lifeboat/pg.pass\"\n"
            "format = \"directory\"\n"
            "parallel = 4\n"
            "repository = \"local\"\n"
            "copy_to = [\"offsite\"]\n"
            "schedule = \"0 2 * * *\"\n"
            "compression = \"gzip:9\"\n"
            "encryption = \"openpgp\"\n"
            "recipients = [\"keys/backup-key.pub.asc\"]\n"
            "secret_keys = [\"/secure/backup-key.sec.asc\"]\n"
            "retention = { last = 2, daily = 7, weekly = 4, monthly = 12, within = \"30d\" }\n"
            "verify = \"format\"\n"
            "[drills.quarterly]\n"
            "plan = \"/etc/lifeboat/drills/quarterly.toml\"\n"
            "schedule = \"0 4 1 */3 *\"\n");
        auto config = ConfigLoader::loadString(text, QStringLiteral("/etc/lifeboat/lifeboat.toml"));
        QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
        QCOMPARE(config->timezone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(config->catalogSqlitePath(), QStringLiteral("/var/lib/lifeboat/catalog.db"));
        QCOMPARE(config->repositories.value(QStringLiteral("offsite")).bucket, QStringLiteral("backups"));
        const JobConfig job = config->jobs.value(QStringLiteral("mcpgateway"));
        QCOMPARE(job.parallel, 4);
        QCOMPARE(job.format, QStringLiteral("directory"));
        QCOMPARE(job.compression.toString(), QStringLiteral("gzip:9"));
        QCOMPARE(job.copyTo, QStringList{QStringLiteral("offsite")});
        // Relative paths are relative to the config file's folder.
        QCOMPARE(job.recipients, QStringList{QStringLiteral("/etc/lifeboat/keys/backup-key.pub.asc")});
        QCOMPARE(job.retention.last, 2);
        QCOMPARE(job.retention.hourly, 0);
        QCOMPARE(job.retention.within, QStringLiteral("30d"));
        QCOMPARE(config->drills.value(QStringLiteral("quarterly")).schedule, QStringLiteral("0 4 1 */3 *"));
    }

    void defaultsFollowTheSeed()
    {
        auto config = ConfigLoader::loadString(
            base + QStringLiteral("[jobs.a]\nkind = \"sqlite\"\npath = \"a.db\"\nrepository = \"local\"\n"), QStringLiteral("/x/l.toml"));
        QVERIFY(config);
        const JobConfig job = config->jobs.value(QStringLiteral("a"));
        QCOMPARE(job.compression.toString(), QStringLiteral("zstd:3"));
        QCOMPARE(job.encryption, QStringLiteral("none"));
        QCOMPARE(job.retention.daily, 7);
        QCOMPARE(job.retention.weekly, 4);
        QCOMPARE(job.retention.monthly, 12);
    }

    void reportsFileLineAndKey_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString job = QStringLiteral("[jobs.a]\nkind = \"sqlite\"\npath = \"a.db\"\nrepository = \"local\"\n");
        QTest::newRow("an unknown key names the line and suggests the right one")
            << base + job + QStringLiteral("compresion = \"zstd\"\n") << QStringLiteral("l.toml:8: jobs.a.compresion: unknown key (did you mean \"compression\"?)");
        QTest::newRow("a wrong type names the key")
            << base + job + QStringLiteral("parallel = \"two\"\n") << QStringLiteral("l.toml:8: jobs.a.parallel: expected a whole number");
        QTest::newRow("a missing repository reference names it")
            << base + QStringLiteral("[jobs.a]\nkind = \"sqlite\"\npath = \"a.db\"\nrepository = \"nas\"\n")
            << QStringLiteral("l.toml:7: jobs.a.repository: no repository named \"nas\"");
        QTest::newRow("copy_to must name a repository")
            << base + job + QStringLiteral("copy_to = [\"offsite\"]\n") << QStringLiteral("jobs.a.copy_to: no repository named \"offsite\"");
        QTest::newRow("a bad compression spec says what is allowed")
            << base + job + QStringLiteral("compression = \"lz4\"\n") << QStringLiteral("l.toml:8: jobs.a.compression: expected zstd[:level], gzip[:level] or none");
        QTest::newRow("zstd levels are bounded")
            << base + job + QStringLiteral("compression = \"zstd:42\"\n") << QStringLiteral("zstd level must be 1 to 19");
        QTest::newRow("openpgp needs keys or a passphrase")
            << base + job + QStringLiteral("encryption = \"openpgp\"\n") << QStringLiteral("openpgp needs recipients");
        QTest::newRow("an unknown kind lists the kinds")
            << base + QStringLiteral("[jobs.a]\nkind = \"mysql\"\nrepository = \"local\"\n") << QStringLiteral("jobs.a.kind: must be one of postgresql");
        QTest::newRow("an unset environment variable is named")
            << base + job + QStringLiteral("passphrase_file = \"${LB_SURELY_UNSET_VAR}\"\n")
            << QStringLiteral("environment variable LB_SURELY_UNSET_VAR is not set");
        QTest::newRow("TOML syntax errors carry the line")
            << base + QStringLiteral("[jobs.a\n") << QStringLiteral("l.toml:4:");
        QTest::newRow("a bad within duration")
            << base + job + QStringLiteral("retention = { within = \"30 days\" }\n") << QStringLiteral("jobs.a.retention.within");
        QTest::newRow("a schedule that is not cron says why")
            << base + job + QStringLiteral("schedule = \"0 2 * *\"\n") << QStringLiteral("l.toml:8: jobs.a.schedule: expected 5 fields");
        QTest::newRow("a schedule that never runs")
            << base + job + QStringLiteral("schedule = \"0 0 31 2 *\"\n") << QStringLiteral("jobs.a.schedule: \"0 0 31 2 *\" never runs");
        QTest::newRow("missed is once or skip")
            << base + job + QStringLiteral("missed = \"twice\"\n") << QStringLiteral("l.toml:8: jobs.a.missed: must be once or skip");
        QTest::newRow("a repository scan schedule is checked too")
            << QStringLiteral("[repositories.local]\ntype = \"local\"\npath = \"/b\"\nscan = \"@sometimes\"\n")
            << QStringLiteral("repositories.local.scan: unknown shorthand");
        QTest::newRow("an unknown time zone")
            << QStringLiteral("timezone = \"Mars/Olympus\"\n") + base << QStringLiteral("l.toml:1: timezone: unknown time zone");
    }

    void reportsFileLineAndKey()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        auto config = ConfigLoader::loadString(text, QStringLiteral("/etc/l.toml"));
        QVERIFY(!config);
        QCOMPARE(config.error().code, ErrorCode::InvalidConfig);
        QVERIFY2(config.error().message.contains(expected), qPrintable(config.error().message));
    }

    void expandsEnvironmentVariables()
    {
        qputenv("LB_TEST_DIR", "/srv/backups");
        auto config = ConfigLoader::loadString(
            QStringLiteral("[repositories.local]\ntype = \"local\"\npath = \"${LB_TEST_DIR}/lifeboat\"\n"), QStringLiteral("/x/l.toml"));
        QVERIFY(config);
        QCOMPARE(config->repositories.value(QStringLiteral("local")).path, QStringLiteral("/srv/backups/lifeboat"));
    }

    void theShippedSampleAndDemoConfigsLoad_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("sample") << QStringLiteral("resources/lifeboat.sample.toml");
        QTest::newRow("demo") << QStringLiteral("resources/demo/lifeboat.toml");
    }

    void theShippedSampleAndDemoConfigsLoad()
    {
        QFETCH(QString, file);
        auto config = ConfigLoader::loadFile(lifeboat::test::sourceDir() + QLatin1Char('/') + file);
        QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
        QVERIFY(!config->jobs.isEmpty());
    }

    void missingFileSaysHowToPointAtOne()
    {
        auto config = ConfigLoader::loadFile(QStringLiteral("/nonexistent/lifeboat.toml"));
        QVERIFY(!config);
        QVERIFY(config.error().message.contains(QStringLiteral("--config")));
    }
};

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "TestConfigLoader.moc"
