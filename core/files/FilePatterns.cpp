#include "FilePatterns.h"

#include <fnmatch.h>

namespace lifeboat {

FilePatterns::FilePatterns(const QStringList &patterns)
{
    for (const QString &text : patterns) {
        Pattern p;
        QByteArray glob = text.toUtf8();
        if (glob.endsWith('/')) {
            p.directoriesOnly = true;
            glob.chop(1);
        }
        if (glob.startsWith('/'))
            glob.remove(0, 1);
        p.anchored = glob.contains('/') || text.startsWith(QLatin1Char('/'));
        p.glob = glob;
        if (!glob.isEmpty())
            m_patterns.append(p);
    }
}

bool FilePatterns::matches(const QByteArray &relativePath, bool isDirectory) const
{
    const int slash = relativePath.lastIndexOf('/');
    const QByteArray name = slash < 0 ? relativePath : relativePath.mid(slash + 1);
    for (const Pattern &p : m_patterns) {
        if (p.directoriesOnly && !isDirectory)
            continue;
        if (p.anchored ? ::fnmatch(p.glob.constData(), relativePath.constData(), FNM_PATHNAME) == 0
                       : ::fnmatch(p.glob.constData(), name.constData(), 0) == 0)
            return true;
    }
    return false;
}

} // namespace lifeboat
