#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lifeboat {

void installTranslations(QCoreApplication &app, const QString &language)
{
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language)); // dates and numbers follow the chosen language too
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Qt's own strings (Cancel, OK...) from Debian's qt6-translations-l10n, when installed.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("lifeboat"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace lifeboat
