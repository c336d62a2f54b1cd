#include "SafePath.h"

#include <QStringList>

namespace lifeboat {

QString SafePath::normalizedRelative(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')))
        return {};
    QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    parts.removeAll(QStringLiteral("."));
    if (parts.isEmpty() || parts.contains(QStringLiteral("..")))
        return {};
    return parts.join(QLatin1Char('/'));
}

bool SafePath::linkStaysInside(const QString &linkPath, const QString &target, const QHash<QString, QString> &others)
{
    if (target.isEmpty() || target.startsWith(QLatin1Char('/')))
        return false;
    QStringList at = linkPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    at.removeLast(); // the folder holding the link
    QStringList remaining = target.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    int hops = 0;
    while (!remaining.isEmpty()) {
        const QString part = remaining.takeFirst();
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (at.isEmpty())
                return false;
            at.removeLast();
            continue;
        }
        at.append(part);
        const auto link = others.constFind(at.join(QLatin1Char('/')));
        if (link == others.constEnd())
            continue;
        // Follow the other link the way the kernel would, from the folder that holds it.
        if (++hops > 40 || link->startsWith(QLatin1Char('/')) || link->isEmpty())
            return false;
        at.removeLast();
        remaining = link->split(QLatin1Char('/'), Qt::SkipEmptyParts) + remaining;
    }
    return true;
}

} // namespace lifeboat
