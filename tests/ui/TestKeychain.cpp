// Secrets in a real keychain (GNOME Keyring in a private D-Bus session, see
// support/with_keychain.sh): the settings screen stores a job's passphrase there, the config keeps
// only secret_store = "keychain", the desktop app backs up and verifies with it, and the command
// line, which cannot read the keychain, says so.
#include "TestSupport.h"
#include "settings/KeychainStore.h"
#include "shell/MainWindow.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace lifeboat;

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void aPassphraseInTheKeychainBacksUpAndVerifies()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through support/with_keychain.sh");
        test::Workspace ws(QStringLiteral("encryption = \"openpgp\"\nverify = \"decode\"\n"
                                          "passphrase_file = \"initial.pass\"\n"));
        test::writeSecretFile(ws.path(QStringLiteral("initial.pass")), "bootstrap\n");
        MainWindow window;
        window.openConfig(ws.config());
        window.showPage(MainWindow::Settings);
        window.show();
        auto *message = window.findChild<QLabel *>(QStringLiteral("operationMessage"));
        window.findChild<QComboBox *>(QStringLiteral("settingsSecretKind"))->setCurrentIndex(1);
        window.findChild<QLineEdit *>(QStringLiteral("settingsSecret"))->setText(QStringLiteral("tr0ub4dor & 3"));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("settingsStoreKeychain")), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(message->text().contains(QLatin1String("is in the keychain")), qPrintable(message->text()), 40000);
        QVERIFY(!test::readFile(ws.config()).contains("tr0ub4dor"));
        QVERIFY(test::readFile(ws.config()).contains("secret_store = \"keychain\""));

        // The job now takes its passphrase from the keychain: drop the file to prove it.
        QByteArray text = test::readFile(ws.config());
        text.replace("passphrase_file = \"initial.pass\"\n", "");
        test::writeFile(ws.config(), text);
        QFile::remove(ws.path(QStringLiteral("initial.pass")));
        window.openConfig(ws.config());
        QByteArray read;
        KeychainStore::fill(*window.config(), [&read](Result<Config> filled) {
            read = filled ? filled->jobs.value(QStringLiteral("app")).passphrase : QByteArray("error");
        });
        QTRY_COMPARE_WITH_TIMEOUT(read, QByteArray("tr0ub4dor & 3"), 10000);

        window.backUp(QStringLiteral("app"));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("Backed up app-db-backup-")), 30000);
        QVERIFY2(message->text().contains(QLatin1String("verification passed")), qPrintable(message->text()));
        const auto listed = ws.cli({QStringLiteral("--json"), QStringLiteral("list")});
        const QString id = QJsonDocument::fromJson(listed.out).array().first().toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());

        // The command line has no keychain: one line that says where the secret is and what to do.
        const auto headless = ws.cli({QStringLiteral("verify"), id, QStringLiteral("--level"), QStringLiteral("decode")});
        QVERIFY(headless.exitCode != 0);
        QVERIFY2(headless.firstErrorLine().contains(QLatin1String("keeps its passphrase in the desktop keychain")), qPrintable(headless.firstErrorLine()));
        QVERIFY2(headless.firstErrorLine().contains(QLatin1String("add passphrase_file")), qPrintable(headless.firstErrorLine()));

        window.showPage(MainWindow::Catalog);
        window.findChild<QTableView *>(QStringLiteral("catalogTable"))->selectRow(0);
        window.verifySelected();
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("verified: all passed")), 30000);
    }
};

QTEST_MAIN(TestKeychain)
#include "TestKeychain.moc"
