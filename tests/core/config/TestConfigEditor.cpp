// Editing one job's table in a config file keeps everything else the user wrote.
#include "config/ConfigEditor.h"
#include "config/ConfigLoader.h"

#include <QTest>

using namespace lifeboat;

namespace {
const QString original = QStringLiteral(
    "# Production backups - keep this comment\n"
    "timezone = \"Europe/Berlin\"\n"
    "\n"
    "[repositories.local]\n"
    "type = \"local\"\n"
    "path = \"/var/backups\"   # the NAS mount\n"
    "\n"
    "[jobs.app]\n"
    "kind = \"sqlite\"\n"
    "path = \"/srv/app.db\"\n"
    "repository = \"local\"\n"
    "compression = \"zstd:3\"  # fast enough\n"
    "# retention below is the seed's\n"
    "retention = { daily = 7, weekly = 4, monthly = 12 }\n"
    "\n"
    "[jobs.other]\n"
    "kind = \"sqlite\"\n"
    "path = \"/srv/other.db\"\n"
    "repository = \"local\"\n");
}

class TestConfigEditor : public QObject
{
    Q_OBJECT

private slots:
    void changesOnlyTheKeysItIsGiven()
    {
        auto edited = ConfigEditor::setJob(original, QStringLiteral("app"),
                                           {{QStringLiteral("compression"), ConfigEditor::quote(QStringLiteral("zstd:1"))},
                                            {QStringLiteral("schedule"), ConfigEditor::quote(QStringLiteral("0 2 * * *"))},
                                            {QStringLiteral("path"), QString()}});
        QVERIFY(edited);
        QString expected = original;
        expected.replace(QStringLiteral("compression = \"zstd:3\"  # fast enough"), QStringLiteral("compression = \"zstd:1\"  # fast enough"));
        expected.replace(QStringLiteral("path = \"/srv/app.db\"\n"), QString());
        expected.replace(QStringLiteral("retention = { daily = 7, weekly = 4, monthly = 12 }\n"),
                         QStringLiteral("retention = { daily = 7, weekly = 4, monthly = 12 }\nschedule = \"0 2 * * *\"\n"));
        QCOMPARE(*edited, expected);
    }

    void appendsANewJobAndTheResultLoads()
    {
        auto edited = ConfigEditor::setJob(original, QStringLiteral("new"),
                                           {{QStringLiteral("kind"), ConfigEditor::quote(QStringLiteral("sqlite"))},
                                            {QStringLiteral("path"), ConfigEditor::quote(QStringLiteral("/srv/new \"db\".db"))},
                                            {QStringLiteral("repository"), ConfigEditor::quote(QStringLiteral("local"))},
                                            {QStringLiteral("copy_to"), QString()},
                                            {QStringLiteral("recipients"), ConfigEditor::quoteList({QStringLiteral("/k/a.asc"), QStringLiteral("/k/b.asc")})}});
        QVERIFY(edited);
        QVERIFY(edited->startsWith(original.trimmed()));
        auto config = ConfigLoader::loadString(*edited, QStringLiteral("/etc/l.toml"));
        QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
        QCOMPARE(config->jobs.value(QStringLiteral("new")).path, QStringLiteral("/srv/new \"db\".db"));
        QCOMPARE(config->jobs.value(QStringLiteral("new")).recipients.size(), 2);
        QCOMPARE(config->jobs.value(QStringLiteral("app")).compression.level, 3); // untouched
    }

    void refusesToRewriteAValueThatSpansLines()
    {
        const QString text = original + QStringLiteral("copy_to = [\n  \"local\",\n]\n");
        auto edited = ConfigEditor::setJob(text, QStringLiteral("other"), {{QStringLiteral("copy_to"), ConfigEditor::quoteList({})}});
        QVERIFY(!edited);
        QVERIFY(edited.error().message.contains(QLatin1String("spans several lines")));
    }
};

QTEST_GUILESS_MAIN(TestConfigEditor)
#include "TestConfigEditor.moc"
