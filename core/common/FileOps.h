#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace lifeboat {

// The durable-file primitives behind ARCHITECTURE.md promise 2 (nothing half-written is
// ever visible): write NAME.partial, fsync, rename, fsync the folder.
class FileOps
{
    Q_DECLARE_TR_FUNCTIONS(FileOps)

public:
    static Error errnoError(int err, const QString &path, const QString &verb);
    [[nodiscard]] static Status syncDirectory(const QString &dir);
    // fsync of `dir` and every folder below it (their entries; the files are synced by whoever
    // wrote them).
    [[nodiscard]] static Status syncFolderTree(const QString &dir);
    // rename(2) then fsync of the target's folder.
    [[nodiscard]] static Status commitRename(const QString &from, const QString &to);
    // Small files (sidecars, repo header): .partial, fsync, rename, fsync folder; mode 0600.
    [[nodiscard]] static Status writeAtomically(const QString &path, const QByteArray &data);
    // The same, but never replaces: AlreadyExists when `path` is there (another process won).
    [[nodiscard]] static Status createAtomically(const QString &path, const QByteArray &data);
    // pwrite(2) of all of `data` at `offset`, through short writes and EINTR.
    [[nodiscard]] static Status writeAllAt(int fd, const char *data, size_t size, qint64 offset, const QString &path);
    // mkdir -p with mode 0700 for every folder it creates.
    [[nodiscard]] static Status makePrivateDirs(const QString &dir);
    static qint64 freeBytes(const QString &dir);
    // A partial file nobody holds the lock of (FileSink holds it while writing): the leftover of a
    // killed run, safe to remove. False when it does not exist or is being written now.
    static bool isAbandoned(const QString &path);
    // The files (with `directories`, the folders) in `dir` ending in `suffix` that are abandoned.
    static QStringList abandonedFiles(const QString &dir, const QString &suffix, bool directories = false);
    // rm -rf that also gets through folders restored without write permission.
    static bool removeTree(const QString &path);
};

} // namespace lifeboat
