// The restore wizard, offscreen, end to end against real backups: a SQLite backup into a new
// file (checks, run, summary), the same target again (refused by the checks, file untouched), a
// damaged artifact (the checksum check fails and the run cannot start), replacing a target (only
// after its name is typed), and a real PostgreSQL 15 database restored table by table.
#include "PgServer.h"
#include "TestSupport.h"
#include "restore/RestoreWizard.h"
#include "restore/RestoreWizardPages.h"
#include "shell/MainWindow.h"
#include "widgets/Dialogs.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace lifeboat;

namespace {
// The checklist as "name=result" lines, for messages and comparisons.
QStringList checklist(RestoreWizard *wizard)
{
    QStringList lines;
    auto *list = wizard->findChild<QTreeWidget *>(QStringLiteral("restoreChecks"));
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        lines << QStringLiteral("%1=%2 (%3)").arg(list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1), list->topLevelItem(i)->text(2));
    return lines;
}

QString stateOf(RestoreWizard *wizard, const QString &check)
{
    auto *list = wizard->findChild<QTreeWidget *>(QStringLiteral("restoreChecks"));
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(0) == check)
            return list->topLevelItem(i)->text(1);
    return {};
}

bool checksDone(RestoreWizard *wizard)
{
    return wizard->findChild<QPushButton *>(QStringLiteral("restoreChecksAgain"))->isEnabled(); // enabled once the checks finished
}

void screenshot(QWidget *w, const QString &name)
{
    if (qEnvironmentVariableIsSet("LIFEBOAT_SCREENSHOT_DIR"))
        QVERIFY(w->grab().save(qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR") + QLatin1Char('/') + name));
}
} // namespace

class TestRestoreWizard : public QObject
{
    Q_OBJECT

    RestoreWizard *openOn(MainWindow &window, const QString &config)
    {
        window.openConfig(config);
        window.showPage(MainWindow::Catalog);
        window.show();
        window.findChild<QTableView *>(QStringLiteral("catalogTable"))->selectRow(0);
        return window.restoreSelected();
    }

private slots:
    void restoresASqliteBackupIntoANewFileEndToEnd()
    {
        test::Workspace ws(QStringLiteral("verify = \"checksum\"\n"), 500);
        const QString id = ws.backup();
        MainWindow window;
        RestoreWizard *wizard = openOn(window, ws.config());
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(RestoreWizard::SourcePage));
        QCOMPARE(wizard->chosen()->id, id);
        screenshot(wizard, QStringLiteral("wizard-1-source.png"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::TargetPage));
        const QString target = ws.path(QStringLiteral("restored-by-wizard.db"));
        wizard->findChild<QLineEdit *>(QStringLiteral("restoreTarget"))->setText(target);
        screenshot(wizard, QStringLiteral("wizard-2-target.png"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::ChecksPage)); // SQLite has no options page
        QTRY_VERIFY_WITH_TIMEOUT(checksDone(wizard), 30000);
        QVERIFY2(wizard->button(QWizard::CommitButton)->isEnabled(), qPrintable(checklist(wizard).join(QLatin1Char('\n'))));
        QCOMPARE(stateOf(wizard, QStringLiteral("Checksum")), QStringLiteral("passed"));
        QCOMPARE(stateOf(wizard, QStringLiteral("Free space")), QStringLiteral("passed"));
        QCOMPARE(stateOf(wizard, QStringLiteral("Target and connection")), QStringLiteral("passed"));
        screenshot(wizard, QStringLiteral("wizard-3-checks.png"));
        QVERIFY(!QFile::exists(target)); // checks change nothing

        wizard->next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(RestoreWizard::SummaryPage), 30000);
        const QString result = wizard->findChild<QLabel *>(QStringLiteral("restoreResult"))->text();
        QVERIFY2(result.contains(QLatin1String("Restored in")) && result.contains(target), qPrintable(result));
        QVERIFY(wizard->findChild<QPlainTextEdit *>(QStringLiteral("restoreNext"))->toPlainText().contains(QStringLiteral("sqlite3 ") + target));
        QVERIFY(wizard->findChild<QTableWidget *>(QStringLiteral("restoreVerified"))->rowCount() > 0);
        QVERIFY(QFile::exists(target));
        QVERIFY(!wizard->findChild<QPlainTextEdit *>(QStringLiteral("restoreLog"))->toPlainText().isEmpty());
        screenshot(wizard, QStringLiteral("wizard-4-summary.png"));
        auto *message = window.findChild<QLabel *>(QStringLiteral("operationMessage"));
        QVERIFY2(message->text().contains(QLatin1String("Restored")), qPrintable(message->text()));
        wizard->accept();

        // The same target again: the checks refuse it with the way out, and nothing changes.
        const QByteArray before = test::readFile(target);
        wizard = window.restoreSelected();
        QVERIFY(wizard);
        wizard->next();
        wizard->findChild<QLineEdit *>(QStringLiteral("restoreTarget"))->setText(target);
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(checksDone(wizard), 30000);
        QVERIFY2(stateOf(wizard, QStringLiteral("Target and connection")) == QLatin1String("FAILED"), qPrintable(checklist(wizard).join(QLatin1Char('\n')) + wizard->findChild<QLabel *>(QStringLiteral("restoreChecksStatus"))->text()));
        QVERIFY2(checklist(wizard).join(QLatin1Char(' ')).contains(QLatin1String("already exists")), qPrintable(checklist(wizard).join(QLatin1Char('\n'))));
        QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
        QCOMPARE(test::readFile(target), before);
        wizard->reject();
    }

    // Closing the wizard while the restore runs asks first, cancels it, waits for it to stop and
    // leaves nothing behind: no target, no partial file.
    void closingWhileRunningCancelsSafely()
    {
        test::Workspace ws(QStringLiteral("verify = \"checksum\"\n"), 300000);
        ws.backup();
        MainWindow window;
        QPointer<RestoreWizard> wizard = openOn(window, ws.config());
        QVERIFY(wizard);
        wizard->next();
        const QString target = ws.path(QStringLiteral("cancelled.db"));
        wizard->findChild<QLineEdit *>(QStringLiteral("restoreTarget"))->setText(target);
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(checksDone(wizard), 30000);
        QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
        int asked = 0;
        Dialogs::ask = [&](QWidget *, const QString &, const QString &) {
            ++asked;
            return true;
        };
        wizard->next(); // starts the restore
        QVERIFY(wizard->isRunning());
        wizard->reject();
        QCOMPARE(asked, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard, 30000); // closed (and deleted) once the restore stopped
        auto *message = window.findChild<QLabel *>(QStringLiteral("operationMessage"));
        QVERIFY2(message->text().contains(QLatin1String("ancel")), qPrintable(message->text()));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(target + QStringLiteral(".lifeboat.partial")));
    }

    void aDamagedArtifactFailsTheChecksumCheck()
    {
        test::Workspace ws(QStringLiteral("verify = \"checksum\"\n"), 200);
        ws.backup();
        const QStringList artifacts = QDir(ws.backupsDir()).entryList({QStringLiteral("*.zst*"), QStringLiteral("*.gpg"), QStringLiteral("*.db*")}, QDir::Files);
        QString artifact;
        for (const QString &name : artifacts)
            if (!name.endsWith(QLatin1String(".json")))
                artifact = QDir(ws.backupsDir()).filePath(name);
        QVERIFY2(!artifact.isEmpty(), qPrintable(QDir(ws.backupsDir()).entryList().join(QLatin1Char(' '))));
        QByteArray bytes = test::readFile(artifact);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5a);
        test::writeFile(artifact, bytes);

        MainWindow window;
        RestoreWizard *wizard = openOn(window, ws.config());
        QVERIFY(wizard);
        wizard->next();
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(checksDone(wizard), 30000);
        QCOMPARE(stateOf(wizard, QStringLiteral("Checksum")), QStringLiteral("FAILED"));
        QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
        wizard->reject();
    }

    void replacingATargetNeedsItsNameTyped()
    {
        test::Workspace ws(QStringLiteral("verify = \"checksum\"\n"), 200);
        ws.backup();
        MainWindow window;
        RestoreWizard *wizard = openOn(window, ws.config());
        QVERIFY(wizard);
        wizard->next();
        wizard->findChild<QRadioButton *>(QStringLiteral("restoreModeReplace"))->click();
        QString asked;
        Dialogs::confirmTyped = [&](QWidget *, const QString &, const QString &, const QString &expected) {
            asked = expected;
            return false;
        };
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::TargetPage)); // not confirmed: stays
        QCOMPARE(asked, QStringLiteral("app.db"));
        Dialogs::confirmTyped = [](QWidget *, const QString &, const QString &, const QString &) { return true; };
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::ChecksPage));
        const RestoreParams p = wizard->restoreParams();
        QVERIFY(p.overwrite);
        QCOMPARE(QFileInfo(p.target).fileName(), QStringLiteral("app.db"));
        wizard->reject();
    }

    void optionsPageOffersTablesAndChecksTheChoice()
    {
        CatalogEntry e;
        e.meta.id = QStringLiteral("shop-db-backup-20250101-000000");
        e.meta.job = QStringLiteral("shop");
        e.meta.kind = QStringLiteral("postgresql-logical");
        e.meta.startedAt = QDateTime::currentDateTimeUtc();
        e.meta.source = QJsonObject{{QStringLiteral("database"), QStringLiteral("shop")},
                                    {QStringLiteral("format"), QStringLiteral("custom")},
                                    {QStringLiteral("tables"), QJsonObject{{QStringLiteral("public.orders"), 10}, {QStringLiteral("billing.invoices"), 5}}}};
        Config config;
        RestoreWizard wizard(config, {e}, e.meta.id);
        wizard.show();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(RestoreWizard::TargetPage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(RestoreWizard::OptionsPage));
        auto *tables = wizard.findChild<QListWidget *>(QStringLiteral("restoreTables"));
        auto *next = wizard.button(QWizard::NextButton);
        QCOMPARE(tables->count(), 2);
        QVERIFY(next->isEnabled()); // everything
        QVERIFY(!wizard.findChild<QCheckBox *>(QStringLiteral("restoreGlobals"))->isEnabled()); // no globals stored
        wizard.findChild<QRadioButton *>(QStringLiteral("restoreScope2"))->click();
        QVERIFY(!next->isEnabled()); // chosen tables, none ticked
        tables->item(1)->setCheckState(Qt::Checked);
        QVERIFY(next->isEnabled());
        RestoreParams p = wizard.restoreParams();
        QCOMPARE(p.tables, QStringList{tables->item(1)->data(Qt::UserRole).toString()});
        QVERIFY(!p.schemaOnly && !p.dataOnly && !p.overwrite);
        screenshot(&wizard, QStringLiteral("wizard-options-postgresql.png"));
        wizard.findChild<QRadioButton *>(QStringLiteral("restoreScope3"))->click();
        p = wizard.restoreParams();
        QVERIFY(p.dataOnly);
        QVERIFY(!p.overwrite);
    }

    void restoresChosenPostgresTablesWithChecks()
    {
        test::PgServer pg;
        QVERIFY2(pg.isRunning(), qPrintable(pg.error()));
        QCOMPARE(pg.psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE shop")).exitCode, 0);
        QCOMPARE(pg.psql(QStringLiteral("shop"), QStringLiteral("CREATE TABLE orders AS SELECT i AS id, md5(i::text) AS ref FROM generate_series(1, 20000) i; "
                                                               "CREATE TABLE notes (t text); INSERT INTO notes VALUES ('a'), ('b')")).exitCode, 0);
        test::Workspace ws({}, 0);
        test::writeSecretFile(ws.path(QStringLiteral("pgpass")), test::PgServer::password());
        test::writeFile(ws.config(), QStringLiteral("[catalog]\nurl = \"sqlite://catalog.db\"\n[repositories.main]\npath = \"repo\"\n"
                                                    "[jobs.shop]\nkind = \"postgresql\"\nconninfo = \"%1\"\npassword_file = \"pgpass\"\n"
                                                    "repository = \"main\"\nverify = \"checksum\"\n")
                                         .arg(pg.conninfo(QStringLiteral("shop")))
                                         .toUtf8());
        QCOMPARE(ws.cli({QStringLiteral("backup"), QStringLiteral("shop")}).exitCode, 0);

        MainWindow window;
        RestoreWizard *wizard = openOn(window, ws.config());
        QVERIFY(wizard);
        wizard->next();
        wizard->findChild<QLineEdit *>(QStringLiteral("restoreTarget"))->setText(QStringLiteral("orders_back"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::OptionsPage));
        wizard->findChild<QRadioButton *>(QStringLiteral("restoreScope2"))->click();
        auto *tables = wizard->findChild<QListWidget *>(QStringLiteral("restoreTables"));
        for (int i = 0; i < tables->count(); ++i)
            if (tables->item(i)->data(Qt::UserRole).toString() == QLatin1String("public.orders"))
                tables->item(i)->setCheckState(Qt::Checked);
        wizard->findChild<QSpinBox *>(QStringLiteral("restoreJobs"))->setValue(2);
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(checksDone(wizard), 30000);
        const QString checks = checklist(wizard).join(QLatin1Char('\n'));
        QVERIFY2(wizard->button(QWizard::CommitButton)->isEnabled(), qPrintable(checks + wizard->findChild<QLabel *>(QStringLiteral("restoreChecksStatus"))->text()));
        QCOMPARE(stateOf(wizard, QStringLiteral("Versions")), QStringLiteral("passed"));
        QCOMPARE(stateOf(wizard, QStringLiteral("Free space")), QStringLiteral("note")); // the server's disk is not measured from here
        wizard->next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(RestoreWizard::SummaryPage), 60000);
        const QString result = wizard->findChild<QLabel *>(QStringLiteral("restoreResult"))->text();
        QVERIFY2(result.contains(QLatin1String("Restored in")), qPrintable(result));
        const QString next = wizard->findChild<QPlainTextEdit *>(QStringLiteral("restoreNext"))->toPlainText();
        QVERIFY2(next.contains(QLatin1String("dbname='orders_back'")), qPrintable(next));
        QVERIFY(!next.contains(QString::fromUtf8(test::PgServer::password())));
        QCOMPARE(pg.scalar(QStringLiteral("orders_back"), QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("20000"));
        QCOMPARE(pg.scalar(QStringLiteral("orders_back"), QStringLiteral("SELECT count(*) FROM notes")), QStringLiteral("0"));
        wizard->accept();
    }
};

QTEST_MAIN(TestRestoreWizard)
#include "TestRestoreWizard.moc"
