// The Export / import page in the main window, offscreen, on real SQLite gateway databases:
// export to a file, preview the plan into another database (rows with actions and differing
// fields), import after confirming, and see the result with its safety export.
#include "../core/appdata/GatewayFixture.h"

#include "appdata/AppDataPage.h"
#include "shell/MainWindow.h"
#include "widgets/Dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::test;

class TestAppDataPage : public QObject
{
    Q_OBJECT

private slots:
    void exportPreviewImport()
    {
        Workspace ws(QString(), 0);
        QString error;
        {
            auto staging = AppDatabase::openSqlite(ws.path("staging.db"), false);
            GatewayRows rows;
            QVERIFY(createSchema(**staging, &error) && rows.fill(**staging, &error));
            auto prod = AppDatabase::openSqlite(ws.path("prod.db"), false);
            GatewayRows prodRows;
            prodRows.descriptionSuffix = " (prod)";
            QVERIFY(createSchema(**prod, &error) && prodRows.fill(**prod, &error));
        }
        writeFile(ws.config(), "timezone = \"UTC\"\n[catalog]\nurl = \"sqlite://catalog.db\"\n[repositories.main]\ntype = \"local\"\npath = \"repo\"\n"
                               "[jobs.staging]\nkind = \"app-export\"\npath = \"staging.db\"\nprofile = \"mcpgateway\"\nrepository = \"main\"\n"
                               "[jobs.prod]\nkind = \"app-export\"\npath = \"prod.db\"\nprofile = \"mcpgateway\"\nrepository = \"main\"\n");
        MainWindow window;
        window.openConfig(ws.config());
        window.showPage(MainWindow::AppData);
        window.show();
        auto *job = window.findChild<QComboBox *>("appJob");
        auto *exportButton = window.findChild<QPushButton *>("runExport");
        auto *file = window.findChild<QLineEdit *>("importFile");
        auto *strategy = window.findChild<QComboBox *>("importStrategy");
        auto *preview = window.findChild<QPushButton *>("previewImport");
        auto *import = window.findChild<QPushButton *>("runImport");
        auto *plan = window.findChild<QTableWidget *>("importPlan");
        auto *summary = window.findChild<QLabel *>("importSummary");
        QVERIFY(job && exportButton && file && strategy && preview && import && plan && summary);
        QCOMPARE(job->count(), 2);

        job->setCurrentIndex(job->findData("staging"));
        Dialogs::saveFile = [&](QWidget *, const QString &, const QString &, const QString &) { return std::optional<QString>(ws.path("out.json")); };
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(ws.path("out.json")), 20000);
        QTRY_VERIFY(exportButton->isEnabled());

        job->setCurrentIndex(job->findData("prod"));
        file->setText(ws.path("out.json"));
        QVERIFY(!import->isEnabled()); // only after a preview
        QTest::mouseClick(preview, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(plan->rowCount() > 0, 20000);
        QTRY_VERIFY(import->isEnabled());
        QVERIFY2(summary->text().contains("update 3"), qPrintable(summary->text())); // Prod East, weather_api and ai-tools differ
        bool sawDifference = false;
        for (int r = 0; r < plan->rowCount(); ++r)
            if (plan->item(r, 1)->text() == "ai-tools") {
                QCOMPARE(plan->item(r, 2)->text(), QStringLiteral("update"));
                QCOMPARE(plan->item(r, 4)->text(), QStringLiteral("description"));
                sawDifference = true;
            }
        QVERIFY(sawDifference);

        bool asked = false;
        Dialogs::ask = [&](QWidget *, const QString &, const QString &) { asked = true; return true; };
        QTest::mouseClick(import, Qt::LeftButton);
        QVERIFY(asked);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains("Imported"), 20000);
        QVERIFY2(summary->text().contains("Safety export prod-export-"), qPrintable(summary->text()));
        auto prod = AppDatabase::openSqlite(ws.path("prod.db"));
        QVERIFY((*prod)->exists("servers", "description", "AI tools").value());
        QVERIFY(!import->isEnabled()); // a new preview is needed for another import
    }
};

QTEST_MAIN(TestAppDataPage)
#include "TestAppDataPage.moc"
