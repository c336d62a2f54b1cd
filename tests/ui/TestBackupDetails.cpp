// The catalog's details pane: what a files backup warned about (left-out entries, files that
// changed while read) is shown where the backup is chosen, escaped as text.
#include "backups/BackupDetails.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace lifeboat;

class TestBackupDetails : public QObject
{
    Q_OBJECT

private slots:
    void filesWarningsAreShown()
    {
        CatalogEntry entry;
        entry.meta.id = QStringLiteral("vol-files-20261202-020000");
        entry.meta.kind = QStringLiteral("files");
        entry.meta.source = QJsonObject{
            {QStringLiteral("engine"), QStringLiteral("files")},
            {QStringLiteral("file_count"), 12},
            {QStringLiteral("left_out"), QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("run/app.sock")},
                                                                 {QStringLiteral("reason"), QStringLiteral("a socket <tar>")}}}},
            {QStringLiteral("changed_during_backup"), QJsonArray{QStringLiteral("logs/live.log")}}};
        const QString html = BackupDetails::html(entry, {});
        QVERIFY(html.contains(QStringLiteral("Left out of the backup")));
        QVERIFY(html.contains(QStringLiteral("run/app.sock")));
        QVERIFY(html.contains(QStringLiteral("a socket &lt;tar&gt;")));
        QVERIFY(html.contains(QStringLiteral("Changed while they were read")));
        QVERIFY(html.contains(QStringLiteral("logs/live.log")));
        QVERIFY(html.contains(QStringLiteral("file_count")));
    }

    void aBackupWithoutWarningsHasNoSuchSections()
    {
        CatalogEntry entry;
        entry.meta.id = QStringLiteral("app-db-backup-20261202-020000");
        entry.meta.kind = QStringLiteral("sqlite");
        entry.meta.source = QJsonObject{{QStringLiteral("engine"), QStringLiteral("sqlite")}};
        const QString html = BackupDetails::html(entry, {});
        QVERIFY(!html.contains(QStringLiteral("Left out")));
        QVERIFY(!html.contains(QStringLiteral("Changed while")));
    }
};

QTEST_MAIN(TestBackupDetails)
#include "TestBackupDetails.moc"
