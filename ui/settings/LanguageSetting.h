#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace lifeboat {

// The desktop app's language: the system locale unless the user chose one in Settings. Kept in
// the user's QSettings (~/.config/lifeboat/lifeboat.conf), not in the shared job config, so
// two operators of one config can each read their own language. lifeboat-cli follows the locale.
namespace LanguageSetting {
// "" (follow the system), "en", "de" or "fr".
QString preferred();
void setPreferred(const QString &code);
// The choices offered, each with its name in its own language.
QList<QPair<QString, QString>> available();
} // namespace LanguageSetting

} // namespace lifeboat
