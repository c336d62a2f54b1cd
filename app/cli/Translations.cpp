#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lifeboat {

void installTranslations(QCoreApplication &app)
{
    // Qt's own strings (Cancel, OK...) from Debian's qt6-translations-l10n, when installed.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("lifeboat"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace lifeboat
