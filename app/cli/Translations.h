#pragma once

class QCoreApplication;

namespace lifeboat {
// Installs the German/French/... catalogue matching the user's locale, if Lifeboat ships one.
void installTranslations(QCoreApplication &app);
} // namespace lifeboat
