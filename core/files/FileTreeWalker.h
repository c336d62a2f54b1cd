#pragma once

#include "FilePatterns.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <sys/stat.h>

namespace lifeboat {

class OperationContext;

struct FileNode
{
    QByteArray relative; // path below the root, '/'-separated, never empty
    QByteArray absolute;
    struct stat st {};
};

// Walks a folder depth-first in name order without following symlinks, and hands over each
// entry the patterns select, parents before children. With include patterns, a folder that
// does not match itself is handed over only just before the first selected entry inside it,
// so a backup holds the folders its files need and no empty ones.
class FileTreeWalker
{
    Q_DECLARE_TR_FUNCTIONS(FileTreeWalker)

public:
    FileTreeWalker(QByteArray root, FilePatterns include, FilePatterns exclude);
    using Visit = std::function<Status(const FileNode &node)>;
    [[nodiscard]] Status walk(const Visit &visit, OperationContext *context);
    // Entries listed in a folder that were gone before they could be looked at.
    const QStringList &vanished() const { return m_vanished; }
    // Names at the root the walker never hands over (the manifest member's own name).
    void setReservedNames(QList<QByteArray> names) { m_reserved = std::move(names); }
    // Folders holding a file of this name are not entered (a Lifeboat repository inside the
    // folder: backing it up would nest every earlier backup in the next); see skipped().
    void setSkipMarker(QByteArray name) { m_skipMarker = std::move(name); }
    const QStringList &skipped() const { return m_skipped; }

private:
    Status walkDirectory(const QByteArray &relative, bool included, QList<FileNode> &pending, const Visit &visit,
                         OperationContext *context);

    QByteArray m_root;
    FilePatterns m_include;
    FilePatterns m_exclude;
    QList<QByteArray> m_reserved;
    QByteArray m_skipMarker;
    QStringList m_vanished;
    QStringList m_skipped;
};

} // namespace lifeboat
