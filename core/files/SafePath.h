#pragma once

#include <QHash>
#include <QString>

namespace lifeboat {

// Lexical checks that keep a restored tree inside its target folder.
namespace SafePath {
// The member name with "./" prefixes and duplicate slashes removed; empty when the name is
// absolute, empty or contains a ".." component.
QString normalizedRelative(const QString &name);
// Whether symlink `linkPath` (relative to the root) with contents `target` resolves inside the
// root: not absolute, and its ".." never climb above the root, also when they follow one of the
// `others` symlinks (relative path -> contents) of the same tree ("y -> ." then "x -> y/..").
bool linkStaysInside(const QString &linkPath, const QString &target, const QHash<QString, QString> &others = {});
} // namespace SafePath

} // namespace lifeboat
