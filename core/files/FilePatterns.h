#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace lifeboat {

// The include/exclude patterns of a files job, matched against paths relative to the job's
// folder (as tar --exclude and rsync users expect):
//   "*.tmp"     no '/': matches the name in any folder
//   "cache/*"   with '/': matches the whole relative path ('*' stops at '/'; a leading '/' anchors)
//   "logs/"     a trailing '/': matches folders only
class FilePatterns
{
public:
    FilePatterns() = default;
    explicit FilePatterns(const QStringList &patterns);
    bool isEmpty() const { return m_patterns.isEmpty(); }
    bool matches(const QByteArray &relativePath, bool isDirectory) const;

private:
    struct Pattern
    {
        QByteArray glob;
        bool anchored = false;
        bool directoriesOnly = false;
    };
    QList<Pattern> m_patterns;
};

} // namespace lifeboat
