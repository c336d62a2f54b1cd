#pragma once

#include "common/Operation.h"
#include "config/Config.h"

namespace lifeboat {

// The settings screen's "Test" for a repository: it is reachable, a synced probe file can be
// written where a job's backups go (a job that uses it, so no stray folder is made), and how much
// room is left. An operation, because a network store may take its time to answer.
class RepositoryCheckOperation final : public Operation
{
    Q_OBJECT

public:
    RepositoryCheckOperation(Config config, QString repository, QObject *parent = nullptr);
    QString repository() const { return m_repository; }
    qint64 freeBytes() const { return m_free; }

protected:
    Status execute() override;

private:
    Config m_config;
    QString m_repository;
    qint64 m_free = -1;
};

} // namespace lifeboat
