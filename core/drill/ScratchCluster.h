#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <memory>

namespace lifeboat {

// A throwaway PostgreSQL server for a drill's restores: initdb in a private temporary folder,
// trust authentication, a unix socket in that folder only (no TCP, so it can never be mistaken
// for production and never takes a port), fsync off. Stopped and removed on destruction.
// As root it runs as the postgres user, since the server refuses root.
class ScratchCluster
{
    Q_DECLARE_TR_FUNCTIONS(ScratchCluster)

public:
    static Result<std::unique_ptr<ScratchCluster>> start(int major);
    ~ScratchCluster();
    Q_DISABLE_COPY_MOVE(ScratchCluster)

    QString conninfo(const QString &database) const;
    QString folder() const { return m_dir->path(); }

private:
    ScratchCluster() = default;
    Status runAsOwner(const QStringList &command, const QString &what) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    bool m_running = false;
};

} // namespace lifeboat
