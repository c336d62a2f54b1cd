#pragma once

#include <QString>

class QCoreApplication;

namespace lifeboat {
// Installs the German/French/... catalogue matching the user's locale, if Lifeboat ships one;
// `language` ("de", "fr", "en") overrides the locale (the desktop app's Settings choice).
void installTranslations(QCoreApplication &app, const QString &language = {});
} // namespace lifeboat
