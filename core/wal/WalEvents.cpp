#include "WalEvents.h"

namespace lifeboat {

namespace {
constexpr const char *kKindNames[] = {"drop", "truncate", "rewrite", "delete", "update"};
}

QString WalEvent::kindName(Kind kind) { return QLatin1String(kKindNames[int(kind)]); }

bool WalEvent::kindFromName(const QString &name, Kind *kind)
{
    for (int i = 0; i < 5; ++i)
        if (name == QLatin1String(kKindNames[i])) {
            *kind = Kind(i);
            return true;
        }
    return false;
}

} // namespace lifeboat
