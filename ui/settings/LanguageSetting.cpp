#include "LanguageSetting.h"

#include <QSettings>

namespace lifeboat {

namespace {
const QString key = QStringLiteral("ui/language");
}

QString LanguageSetting::preferred()
{
    const QString code = QSettings().value(key).toString();
    for (const auto &choice : available())
        if (choice.first == code)
            return code;
    return {};
}

void LanguageSetting::setPreferred(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, code);
    settings.sync();
}

QList<QPair<QString, QString>> LanguageSetting::available()
{
    // Native names on purpose: someone lost in a language they cannot read finds their own.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

} // namespace lifeboat
