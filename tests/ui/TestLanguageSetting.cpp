// The desktop app's language: Settings offers the system default, English, German and French;
// the choice is stored per user and installs that catalogue; without a choice a German locale
// gives German (checked in a child process, since the locale is read at start).
#include "TestSupport.h"
#include "cli/Translations.h"
#include "settings/LanguageSetting.h"
#include "settings/SettingsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace lifeboat;
using namespace lifeboat::test;

class TestLanguageSetting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings under ~/.qttest, not the user's own
        QCoreApplication::setOrganizationName(QStringLiteral("lifeboat-test"));
        QCoreApplication::setApplicationName(QStringLiteral("lifeboat-test"));
        LanguageSetting::setPreferred({});
    }

    void settingsStoresTheChoiceAndItsCatalogueLoads()
    {
        SettingsPage page;
        auto *combo = page.findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->currentData().toString(), QString()); // system default first
        const int german = combo->findData(QStringLiteral("de"));
        QVERIFY(german > 0);
        combo->setCurrentIndex(german);
        emit combo->activated(german);
        QCOMPARE(LanguageSetting::preferred(), QStringLiteral("de"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("settingsLanguageNote"))->text().contains(QStringLiteral("Deutsch")));

        installTranslations(*QCoreApplication::instance(), LanguageSetting::preferred());
        QCOMPARE(QCoreApplication::translate("lifeboat::SettingsPage", "Catalog"), QStringLiteral("Katalog"));
        installTranslations(*QCoreApplication::instance(), QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("lifeboat::SettingsPage", "Catalog"), QStringLiteral("Catalogue"));

        // Back to the system default: the setting is removed, not stored as "".
        combo->setCurrentIndex(0);
        emit combo->activated(0);
        QCOMPARE(LanguageSetting::preferred(), QString());
    }

    void aGermanLocaleGivesGermanWithoutAChoice()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        const auto r = runCli({QStringLiteral("--help")}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Befehle") || r.out.contains("Sicherung"), r.out.left(400).constData());
        env.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
        const auto fr = runCli({QStringLiteral("--help")}, env);
        QVERIFY2(fr.out.contains("Commandes") || fr.out.contains("sauvegarde"), fr.out.left(400).constData());
    }
};

QTEST_MAIN(TestLanguageSetting)
#include "TestLanguageSetting.moc"
