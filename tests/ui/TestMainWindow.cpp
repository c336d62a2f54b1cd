// The main window against a real catalog and a real demo-shaped workspace, offscreen.
#include "TestSupport.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace lifeboat;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void backUpNowAddsAVerifiedRow()
    {
        test::Workspace ws(QStringLiteral("encryption = \"openpgp\"\nrecipients = [\"keys/pub.asc\"]\n"
                                          "secret_keys = [\"keys/sec.asc\"]\nverify = \"format\"\n"),
                           20000);
        MainWindow window;
        window.openConfig(ws.config());
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
