// The main window against a real catalog and a real demo-shaped workspace, offscreen.
#include "TestSupport.h"
#include "PgServer.h"
#include "backups/CatalogModel.h"
#include "shell/MainWindow.h"
#include "widgets/Dialogs.h"
#include "reports/PdfReportRenderer.h"
#include "drill/DrillRunnerDialog.h"
#include <QGroupBox>
#include <QPlainTextEdit>
#include <QTreeWidget>

#include <QTextBrowser>

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSpinBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QGraphicsView>
#include <QJsonDocument>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCryptographicHash>
#include <QTest>

using namespace lifeboat;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { PdfReportRenderer::install(); } // as the lifeboat program does at start

    void backUpNowAddsAVerifiedRow()
    {
        test::Workspace ws(QStringLiteral("encryption = \"openpgp\"\nrecipients = [\"keys/pub.asc\"]\n"
                                          "secret_keys = [\"keys/sec.asc\"]\nverify = \"format\"\n"),
                           20000);
        MainWindow window;
        window.openConfig(ws.config());
        window.showPage(MainWindow::Catalog);
        window.show();
        auto *table = window.findChild<QTableView *>(QStringLiteral("catalogTable"));
        auto *button = window.findChild<QPushButton *>(QStringLiteral("backupButton"));
        auto *cancel = window.findChild<QPushButton *>(QStringLiteral("operationCancel"));
        auto *message = window.findChild<QLabel *>(QStringLiteral("operationMessage"));
        QVERIFY(table && button && cancel && message);
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(button->isEnabled());

        QTest::mouseClick(button, Qt::LeftButton);
        // While it runs the GUI thread stays free: Cancel is shown and Back up now is disabled.
        QVERIFY(cancel->isVisible());
        QVERIFY(!button->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 30000);
        QTRY_VERIFY(button->isEnabled());
        QVERIFY(!cancel->isVisible());
        const QString verification = table->model()->index(0, 5).data().toString();
        QVERIFY2(verification.startsWith(QStringLiteral("passed")), qPrintable(verification));
        QVERIFY(message->text().contains(QStringLiteral("app-db-backup-")));
    }

    void cancelStopsTheBackupAndListsNothing()
    {
        test::Workspace ws(QStringLiteral("compression = \"zstd:15\"\nparallel = 1\n"), 200000);
        MainWindow window;
        window.openConfig(ws.config());
        window.showPage(MainWindow::Catalog);
        window.show();
        auto *table = window.findChild<QTableView *>(QStringLiteral("catalogTable"));
        auto *button = window.findChild<QPushButton *>(QStringLiteral("backupButton"));
        auto *cancel = window.findChild<QPushButton *>(QStringLiteral("operationCancel"));
        auto *progress = window.findChild<QProgressBar *>(QStringLiteral("operationProgress"));
        auto *message = window.findChild<QLabel *>(QStringLiteral("operationMessage"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 20000);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY2(message->text().contains(QStringLiteral("Cancelled")), qPrintable(message->text()));
        QVERIFY(QDir(ws.backupsDir()).entryList(QDir::Files).isEmpty());
    }

    // A backup a copy_to repository does not hold yet says so in the Catalog's Status column.
    void catalogSaysNotYetOffsite()
    {
        Config config;
        JobConfig job;
        job.name = QStringLiteral("app");
        job.repository = QStringLiteral("main");
        job.copyTo = {QStringLiteral("offsite")};
        config.jobs.insert(job.name, job);
        CatalogEntry e;
        e.meta.id = QStringLiteral("app-db-backup-20260101-000000");
        e.meta.job = QStringLiteral("app");
        e.repository = QStringLiteral("main");
        CatalogModel model;
        model.setEntries({e}, config);
        const QModelIndex status = model.index(0, CatalogModel::Status);
        QCOMPARE(model.data(status, Qt::DisplayRole).toString(), QStringLiteral("ok, not yet offsite (offsite)"));
        e.copies = {QStringLiteral("offsite")};
        model.setEntries({e}, config);
        QCOMPARE(model.data(status, Qt::DisplayRole).toString(), QStringLiteral("ok"));
    }

    // The window opens on the dashboard: the job's card says what is wrong, "Back up now" on the
    // card fixes it, and the card turns healthy.
    void dashboardShowsEachJobsHealthAndBacksUp()
    {
        test::Workspace ws(QStringLiteral("schedule = \"0 2 * * *\"\n"));
        MainWindow window;
        window.openConfig(ws.config());
        window.show();
        auto card = [&window](const char *what) { return window.findChild<QWidget *>(QLatin1String(what) + QStringLiteral("-app")); };
        QVERIFY(card("jobCard"));
        QVERIFY(card("jobCard")->isVisible());
        QCOMPARE(qobject_cast<QLabel *>(card("cardState"))->text().contains(QLatin1String("At risk")), true);
        QVERIFY(qobject_cast<QLabel *>(card("cardReasons"))->text().contains(QLatin1String("no successful backup yet")));
        QVERIFY(qobject_cast<QLabel *>(card("cardFacts"))->text().contains(QLatin1String("Next run:")));
        QTest::mouseClick(qobject_cast<QPushButton *>(card("cardBackup")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(card("cardState") && qobject_cast<QLabel *>(card("cardState"))->text().contains(QLatin1String("Healthy")), 30000);
        QVERIFY(!card("cardReasons"));
        QVERIFY(qobject_cast<QLabel *>(card("cardFacts"))->text().contains(QLatin1String("Verified: passed at level checksum")));
        QCOMPARE(window.findChildren<QWidget *>(QStringLiteral("qt_chartview")).size() + window.findChildren<QGraphicsView *>().size() >= 4, true);
        const QString summary = window.findChild<QLabel *>(QStringLiteral("dashboardSummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("1 healthy")), qPrintable(summary));
    }

    void catalogFiltersShowsDetailsPinsLabelsAndDeletes()
    {
        test::Workspace ws;
        const QString older = ws.backup();
        QTest::qWait(1100); // ids have one-second resolution
        const QString newer = ws.backup();
        MainWindow window;
        window.openConfig(ws.config());
        window.showPage(MainWindow::Catalog);
        window.show();
        auto *table = window.findChild<QTableView *>(QStringLiteral("catalogTable"));
        auto *text = window.findChild<QLineEdit *>(QStringLiteral("filterText"));
        auto *status = window.findChild<QComboBox *>(QStringLiteral("filterStatus"));
        auto *details = window.findChild<QTextBrowser *>(QStringLiteral("backupDetails"));
        QCOMPARE(table->model()->rowCount(), 2);
        text->setText(QStringLiteral("no-such-backup"));
        QCOMPARE(table->model()->rowCount(), 0);
        text->setText(newer.right(6));
        QCOMPARE(table->model()->rowCount(), 1);
        text->clear();
        status->setCurrentIndex(status->findData(QStringLiteral("pinned")));
        QCOMPARE(table->model()->rowCount(), 0);
        status->setCurrentIndex(0);

        table->selectRow(0); // newest first
        QVERIFY(details->toPlainText().contains(newer));
        QVERIFY(details->toPlainText().contains(QLatin1String("Tables and row counts")));
        QVERIFY(details->toPlainText().contains(QLatin1String("items")));
        QVERIFY(details->toPlainText().contains(QLatin1String("Verification history")));

        auto sidecar = [&ws](const QString &id) {
            return QJsonDocument::fromJson(test::readFile(ws.backupsDir() + QLatin1Char('/') + id + QStringLiteral(".sqlite.zst.meta.json"))).object();
        };
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("pinButton")), Qt::LeftButton);
        QCOMPARE(sidecar(newer).value(QStringLiteral("keep_forever")).toBool(), true);
        status->setCurrentIndex(status->findData(QStringLiteral("pinned")));
        QCOMPARE(table->model()->rowCount(), 1);
        status->setCurrentIndex(0);

        table->selectRow(0);
        Dialogs::textInput = [](QWidget *, const QString &, const QString &, const QString &) { return std::optional<QString>(QStringLiteral("before upgrade")); };
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("labelButton")), Qt::LeftButton);
        QCOMPARE(sidecar(newer).value(QStringLiteral("label")).toString(), QStringLiteral("before upgrade"));

        // Delete the older one: a wrong confirmation deletes nothing, the typed id does.
        table->selectRow(1);
        QCOMPARE(table->model()->index(1, 0).data().toString(), older);
        Dialogs::confirmTyped = [](QWidget *, const QString &, const QString &, const QString &) { return false; };
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("deleteButton")), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 2);
        QString expected;
        Dialogs::confirmTyped = [&expected](QWidget *, const QString &, const QString &, const QString &id) {
            expected = id;
            return true;
        };
        table->selectRow(1);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("deleteButton")), Qt::LeftButton);
        QCOMPARE(expected, older); // the user is asked to type exactly this backup's id
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY(!QFile::exists(ws.backupsDir() + QLatin1Char('/') + older + QStringLiteral(".sqlite.zst")));
        const auto audit = ws.cli({QStringLiteral("list")}); // the catalog still opens and lists the rest
        QVERIFY(audit.out.contains(newer.toUtf8()) && !audit.out.contains(older.toUtf8()));
    }

    // The jobs editor checks as you type, shows the next runs, saves only the changed keys and
    // keeps the rest of the file; a new job is appended; Test connection runs `check`.
    void jobsEditorValidatesSavesAndKeepsTheFile()
    {
        test::Workspace ws(QStringLiteral("# my own note about this job\nschedule = \"0 2 * * *\"\n"));
        MainWindow window;
        window.openConfig(ws.config());
        window.showPage(MainWindow::Jobs);
        window.show();
        auto *schedule = window.findChild<QLineEdit *>(QStringLiteral("jobSchedule"));
        auto *validation = window.findChild<QLabel *>(QStringLiteral("jobValidation"));
        auto *nextRuns = window.findChild<QLabel *>(QStringLiteral("jobNextRuns"));
        auto *save = window.findChild<QPushButton *>(QStringLiteral("jobSave"));
        QVERIFY(nextRuns->text().startsWith(QLatin1String("Next runs (UTC):")));
        QVERIFY(!save->isEnabled()); // nothing changed yet

        schedule->setText(QStringLiteral("0 25 * * *"));
        QVERIFY2(validation->text().contains(QLatin1String("jobs.app.schedule: hour 25 is out of range 0-23")), qPrintable(validation->text()));
        QVERIFY(nextRuns->text().contains(QLatin1String("hour 25 is out of range")));
        QVERIFY(!save->isEnabled());
        schedule->setText(QStringLiteral("30 3 * * mon-fri"));
        QVERIFY(save->isEnabled());
        QCOMPARE(nextRuns->text().count(QStringLiteral("03:30")), 5);
        window.findChild<QSpinBox *>(QStringLiteral("jobDaily"))->setValue(14);
        QTest::mouseClick(save, Qt::LeftButton);
        const QString text = QString::fromUtf8(test::readFile(ws.config()));
        QVERIFY(text.contains(QLatin1String("# my own note about this job\nschedule = \"30 3 * * mon-fri\"\n")));
        QVERIFY(text.contains(QLatin1String("retention = { daily = 14, weekly = 4, monthly = 12 }")));
        QVERIFY(!text.contains(QLatin1String("parallel"))); // unchanged defaults are not written
        QCOMPARE(window.config()->jobs.value(QStringLiteral("app")).schedule, QStringLiteral("30 3 * * mon-fri"));

        // A new job.
        test::makeSqliteDb(ws.path(QStringLiteral("second.db")), 10);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("jobNew")), Qt::LeftButton);
        window.findChild<QLineEdit *>(QStringLiteral("jobName"))->setText(QStringLiteral("app"));
        QVERIFY(validation->text().contains(QLatin1String("exists already")));
        window.findChild<QLineEdit *>(QStringLiteral("jobName"))->setText(QStringLiteral("second"));
        window.findChild<QLineEdit *>(QStringLiteral("jobPath"))->setText(QStringLiteral("second.db"));
        QVERIFY2(save->isEnabled(), qPrintable(validation->text()));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(window.config()->jobs.contains(QStringLiteral("second")));
        QVERIFY(QString::fromUtf8(test::readFile(ws.config())).startsWith(text.trimmed()));
        // Both saves are audit events naming the file and the hash of what it says now.
        const QString changes = QString::fromUtf8(test::run(QStringLiteral("sqlite3"), {ws.path(QStringLiteral("catalog.db")),
                                                                                         QStringLiteral("SELECT detail FROM audit WHERE action = 'config-change'")}).out);
        QCOMPARE(changes.count(QStringLiteral("saved from the Jobs page; SHA-256 ")), 2);
        QVERIFY2(!changes.contains(QLatin1String("outside")), qPrintable(changes)); // its own saves are not outside edits
        QVERIFY(changes.contains(QString::fromLatin1(QCryptographicHash::hash(test::readFile(ws.config()), QCryptographicHash::Sha256).toHex())));

        auto *message = window.findChild<QLabel *>(QStringLiteral("operationMessage"));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("jobTest")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("every check passed")), 20000);
    }

    void settingsEditRepositoriesAndTestThem()
    {
        test::Workspace ws;
        MainWindow window;
        window.openConfig(ws.config());
        window.showPage(MainWindow::Settings);
        window.show();
        auto *repos = window.findChild<QTableWidget *>(QStringLiteral("settingsRepositories"));
        auto *validation = window.findChild<QLabel *>(QStringLiteral("settingsValidation"));
        auto *save = window.findChild<QPushButton *>(QStringLiteral("settingsSave"));
        QCOMPARE(repos->rowCount(), 1);
        QCOMPARE(repos->item(0, 0)->text(), QStringLiteral("main"));
        repos->item(0, 3)->setText(QStringLiteral("every sunday"));
        QVERIFY2(validation->text().contains(QLatin1String("repositories.main.scan: expected 5 fields")), qPrintable(validation->text()));
        QVERIFY(!save->isEnabled());
        repos->item(0, 3)->setText(QStringLiteral("0 4 * * sun"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(QString::fromUtf8(test::readFile(ws.config())).contains(QLatin1String("path = \"repo\"\nscan = \"0 4 * * sun\"")));
        QCOMPARE(window.config()->repositories.value(QStringLiteral("main")).scan, QStringLiteral("0 4 * * sun"));

        auto *message = window.findChild<QLabel *>(QStringLiteral("operationMessage"));
        repos->selectRow(0);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("settingsTest")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("Repository main is writable")), 20000);
    }

    // No keychain service runs here (no session bus): storing a secret there says so, and the
    // file fallback writes a 0600 file the job then uses; the config holds no secret.
    void withoutAKeychainTheSecretGoesToAFile()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        test::Workspace ws(QStringLiteral("encryption = \"openpgp\"\nsecret_store = \"keychain\"\n"));
        MainWindow window;
        window.openConfig(ws.config());
        window.showPage(MainWindow::Settings);
        window.show();
        auto *message = window.findChild<QLabel *>(QStringLiteral("operationMessage"));
        auto *kind = window.findChild<QComboBox *>(QStringLiteral("settingsSecretKind"));
        kind->setCurrentIndex(1); // encryption passphrase
        window.findChild<QLineEdit *>(QStringLiteral("settingsSecret"))->setText(QStringLiteral("correct horse battery"));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("settingsStoreKeychain")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("keychain")), 20000);
        QVERIFY2(message->text().contains(QLatin1String("no keychain service answered")) || message->text().contains(QLatin1String("refused")),
                 qPrintable(message->text()));
        // A backup of a keychain job without a keychain fails with the reason, before writing.
        window.backUp(QStringLiteral("app"));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("no keychain service answered")), 20000);

        window.findChild<QLineEdit *>(QStringLiteral("settingsSecret"))->setText(QStringLiteral("correct horse battery"));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("settingsStoreFile")), Qt::LeftButton);
        const QString file = ws.path(QStringLiteral("secrets/app.passphrase"));
        QCOMPARE(test::readFile(file), QByteArray("correct horse battery\n"));
        QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
        QVERIFY(!test::readFile(ws.config()).contains("correct horse"));
        QCOMPARE(window.config()->jobs.value(QStringLiteral("app")).passphraseFile, file);
        const auto r = ws.cli({QStringLiteral("backup"), QStringLiteral("app")}); // headless runs use the file
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // A dark desktop palette: the charts take the dark theme, the cards keep readable text.
    // With LIFEBOAT_SCREENSHOT_DIR set, the dashboard is saved there as dashboard-dark.png.
    void reportsPagePreviewsAndExports()
    {
        test::Workspace ws;
        const QString id = ws.backup();
        MainWindow window;
        window.openConfig(ws.config());
        window.showPage(MainWindow::Reports);
        window.show();
        auto *kind = window.findChild<QComboBox *>(QStringLiteral("reportKind"));
        auto *format = window.findChild<QComboBox *>(QStringLiteral("reportFormat"));
        auto *preview = window.findChild<QTextBrowser *>(QStringLiteral("reportPreview"));
        auto *hash = window.findChild<QLabel *>(QStringLiteral("reportHash"));
        auto *exportButton = window.findChild<QPushButton *>(QStringLiteral("reportExport"));
        QVERIFY(kind && format && preview && hash && exportButton);
        kind->setCurrentIndex(kind->findData(QStringLiteral("inventory")));
        QTRY_VERIFY(preview->toPlainText().contains(id));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Backup inventory")));
        QVERIFY(hash->text().contains(QStringLiteral("SHA-256")));
        // Export as JSON and as PDF, each through a worker: the files appear, the hash matches.
        for (const QString &f : {QStringLiteral("json"), QStringLiteral("pdf")}) {
            const QString out = ws.path(QStringLiteral("inventory.") + f);
            Dialogs::saveFile = [out](QWidget *, const QString &, const QString &, const QString &) { return std::optional<QString>(out); };
            format->setCurrentIndex(format->findData(f));
            QTest::mouseClick(exportButton, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 20000);
            QTRY_VERIFY(exportButton->isEnabled());
        }
        const QJsonObject json = QJsonDocument::fromJson(test::readFile(ws.path(QStringLiteral("inventory.json")))).object();
        QVERIFY(hash->text().endsWith(json.value(QStringLiteral("data_sha256")).toString()));
        QVERIFY(test::readFile(ws.path(QStringLiteral("inventory.pdf"))).startsWith("%PDF-"));
        auto *message = window.findChild<QLabel *>(QStringLiteral("operationMessage"));
        QVERIFY(message->text().contains(QStringLiteral("inventory.pdf")));
        QApplication::processEvents();
        window.grab().save(QDir::tempPath() + QStringLiteral("/lifeboat-reports-page.png"));
    }

    void drillRunnerCompletesAPlanWithAnAutomaticAndAManualStep()
    {
        test::Workspace ws;
        QVERIFY(!ws.backup().isEmpty());
        const QString plan = ws.path(QStringLiteral("drill.toml"));
        test::writeFile(plan, "name = \"GUI drill\"\nrto = \"1h\"\n"
                              "[[steps]]\nkind = \"manual\"\nname = \"Announce\"\ninstructions = \"Tell the team the drill starts.\"\n"
                              "checklist = [\"Team told\", \"Status page set\"]\n"
                              "[[steps]]\nkind = \"restore\"\nname = \"Restore app\"\njob = \"app\"\n"
                              "[[steps]]\nkind = \"row-counts\"\n");
        MainWindow window;
        window.openConfig(ws.config());
        window.showPage(MainWindow::Drills);
        window.show();
        window.runDrill();
        auto *dialog = window.findChild<DrillRunnerDialog *>();
        QVERIFY(dialog);
        dialog->loadPlan(plan);
        auto *steps = dialog->findChild<QTreeWidget *>(QStringLiteral("drillSteps"));
        QCOMPARE(steps->topLevelItemCount(), 3);
        dialog->findChild<QLineEdit *>(QStringLiteral("drillFacilitator"))->setText(QStringLiteral("Dana Drill"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("drillRun")), Qt::LeftButton);
        // The drill waits at the manual step; the GUI stays live and the RTO clock runs.
        auto *manual = dialog->findChild<QGroupBox *>(QStringLiteral("drillManual"));
        QTRY_VERIFY_WITH_TIMEOUT(manual->isVisible(), 10000);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("drillClock"))->text().contains(QStringLiteral("RTO clock")));
        if (qEnvironmentVariableIsSet("LIFEBOAT_SCREENSHOT_DIR"))
            QVERIFY(dialog->grab().save(qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR") + QStringLiteral("/drill-runner-manual.png")));
        dialog->findChild<QCheckBox *>(QStringLiteral("drillCheck0"))->setChecked(true);
        dialog->findChild<QCheckBox *>(QStringLiteral("drillCheck1"))->setChecked(true);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("drillEvidence"))->setPlainText(QStringLiteral("Posted in #ops at 10:02"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("drillStepDone")), Qt::LeftButton);
        auto *result = dialog->findChild<QLabel *>(QStringLiteral("drillResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("PASSED")), 30000);
        QVERIFY(result->text().contains(QStringLiteral("Signed off by Dana Drill")));
        QVERIFY(dialog->record());
        QCOMPARE(dialog->record()->steps.first().evidence, QStringLiteral("Posted in #ops at 10:02"));
        QCOMPARE(steps->topLevelItem(2)->text(2), QStringLiteral("passed"));
        if (qEnvironmentVariableIsSet("LIFEBOAT_SCREENSHOT_DIR"))
            QVERIFY(dialog->grab().save(qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR") + QStringLiteral("/drill-runner-done.png")));
        // The report at the end, and the drill in the page's history.
        const QString pdf = ws.path(QStringLiteral("drill.pdf"));
        Dialogs::saveFile = [pdf](QWidget *, const QString &, const QString &, const QString &) { return std::optional<QString>(pdf); };
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("drillReport")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("Report written")), 20000);
        QVERIFY(test::readFile(pdf).startsWith("%PDF-"));
        auto *history = window.findChild<QTableWidget *>(QStringLiteral("drillsTable"));
        QTRY_COMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 3)->text(), QStringLiteral("passed"));
        dialog->close();
    }

    void dashboardShowsTheAlertsOfTheRules()
    {
        // A job whose database is gone: its scheduled run fails, and the dashboard says so the
        // way LifeboatBackupFailed would page someone.
        test::Workspace ws(QStringLiteral("schedule = \"0 2 * * *\"\n"), 0);
        QCOMPARE(ws.cli({QStringLiteral("--run-schedule")}).exitCode, 1);
        MainWindow window;
        window.openConfig(ws.config());
        window.showPage(MainWindow::Dashboard);
        window.show();
        auto *alerts = window.findChild<QListWidget *>(QStringLiteral("dashboardAlerts"));
        QVERIFY(alerts);
        QTRY_VERIFY(alerts->isVisible());
        QCOMPARE(alerts->count(), 1);
        QVERIFY2(alerts->item(0)->text().contains(QStringLiteral("run of app failed")), qPrintable(alerts->item(0)->text()));
        QCOMPARE(alerts->item(0)->toolTip(), QStringLiteral("LifeboatBackupFailed"));
        // A healthy workspace shows none.
        test::Workspace good;
        QVERIFY(!good.backup().isEmpty());
        window.openConfig(good.config());
        QTRY_VERIFY(!alerts->isVisible());
    }

    void rendersInADarkPalette()
    {
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x25, 0x25, 0x26));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2b));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x33, 0x33, 0x36));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x26, 0x4f, 0x78));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        QApplication::setPalette(dark);
        test::Workspace ws(QStringLiteral("schedule = \"0 2 * * *\"\n"));
        ws.backup();
        MainWindow window;
        window.openConfig(ws.config());
        window.resize(1240, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QChartView *> charts = window.findChildren<QChartView *>();
        QCOMPARE(charts.size(), 4);
        for (QChartView *chart : charts)
            QCOMPARE(chart->chart()->theme(), QChart::ChartThemeDark);
        auto *facts = window.findChild<QLabel *>(QStringLiteral("cardFacts-app"));
        QVERIFY(facts->palette().color(QPalette::WindowText).lightness() > 200);
        if (qEnvironmentVariableIsSet("LIFEBOAT_SCREENSHOT_DIR"))
            QVERIFY(window.grab().save(qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR") + QStringLiteral("/dashboard-dark.png")));
        QApplication::setPalette(light);
    }

    void brokenConfigIsShownNotCrashed()
    {
        test::Workspace ws(QStringLiteral("compression = \"lz4\"\n"));
        MainWindow window;
        window.openConfig(ws.config());
        auto *message = window.findChild<QLabel *>(QStringLiteral("operationMessage"));
        QVERIFY(message->text().contains(QStringLiteral("jobs.app.compression")));
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("backupButton"))->isEnabled());
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
