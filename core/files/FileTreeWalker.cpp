#include "FileTreeWalker.h"

#include "common/FileOps.h"
#include "common/OperationContext.h"

#include <QFile>
#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <memory>
#include <unistd.h>

namespace lifeboat {

FileTreeWalker::FileTreeWalker(QByteArray root, FilePatterns include, FilePatterns exclude)
    : m_root(std::move(root))
    , m_include(std::move(include))
    , m_exclude(std::move(exclude))
{
    while (m_root.size() > 1 && m_root.endsWith('/'))
        m_root.chop(1);
}

Status FileTreeWalker::walk(const Visit &visit, OperationContext *context)
{
    QList<FileNode> pending;
    return walkDirectory({}, m_include.isEmpty(), pending, visit, context);
}

Status FileTreeWalker::walkDirectory(const QByteArray &relative, bool included, QList<FileNode> &pending, const Visit &visit,
                                     OperationContext *context)
{
    if (context && context->isCancelled())
        return fail(ErrorCode::Cancelled, tr("Cancelled."));
    const QByteArray dirPath = relative.isEmpty() ? m_root : m_root + '/' + relative;
    std::unique_ptr<DIR, int (*)(DIR *)> dir(::opendir(dirPath.constData()), ::closedir);
    if (!dir) {
        if (errno == ENOENT && !relative.isEmpty()) {
            m_vanished.append(QFile::decodeName(relative));
            return {};
        }
        return fail(FileOps::errnoError(errno, QFile::decodeName(dirPath), tr("cannot list folder")));
    }
    QList<QByteArray> names;
    errno = 0;
    while (const dirent *d = ::readdir(dir.get())) {
        const QByteArray name(d->d_name);
        if (name != "." && name != ".." && !(relative.isEmpty() && m_reserved.contains(name)))
            names.append(name);
    }
    if (errno != 0)
        return fail(FileOps::errnoError(errno, QFile::decodeName(dirPath), tr("cannot list folder")));
    std::sort(names.begin(), names.end());
    dir.reset();

    for (const QByteArray &name : std::as_const(names)) {
        FileNode node;
        node.relative = relative.isEmpty() ? name : relative + '/' + name;
        node.absolute = dirPath + '/' + name;
        if (::lstat(node.absolute.constData(), &node.st) != 0) {
            if (errno == ENOENT) {
                m_vanished.append(QFile::decodeName(node.relative));
                continue;
            }
            return fail(FileOps::errnoError(errno, QFile::decodeName(node.absolute), tr("cannot look at")));
        }
        const bool isDir = S_ISDIR(node.st.st_mode);
        if (m_exclude.matches(node.relative, isDir))
            continue;
        if (isDir && !m_skipMarker.isEmpty() && ::access((node.absolute + '/' + m_skipMarker).constData(), F_OK) == 0) {
            m_skipped.append(QFile::decodeName(node.relative));
            continue;
        }
        const bool selected = included || m_include.matches(node.relative, isDir);
        if (selected) {
            for (const FileNode &parent : std::as_const(pending))
                LB_TRY(visit(parent));
            pending.clear();
            LB_TRY(visit(node));
        }
        if (!isDir)
            continue;
        if (!selected)
            pending.append(node);
        LB_TRY(walkDirectory(node.relative, selected, pending, visit, context));
        if (!selected && !pending.isEmpty() && pending.last().relative == node.relative)
            pending.removeLast(); // nothing inside was selected
    }
    return {};
}

} // namespace lifeboat
