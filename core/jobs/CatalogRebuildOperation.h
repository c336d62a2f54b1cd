#pragma once

#include "common/Operation.h"
#include "config/Config.h"

namespace lifeboat {

struct CatalogRebuildResult
{
    int backups = 0;
    QStringList repositories;
    QString setAside; // a damaged catalog file moved out of the way
};

// Recreates the catalog from the sidecars of every configured repository (the repositories
// are the truth). All or nothing: if a repository cannot be read, the catalog is unchanged.
class CatalogRebuildOperation final : public Operation
{
    Q_OBJECT

public:
    explicit CatalogRebuildOperation(Config config, QObject *parent = nullptr);
    const CatalogRebuildResult &result() const { return m_result; }

protected:
    Status execute() override;

private:
    Config m_config;
    CatalogRebuildResult m_result;
};

} // namespace lifeboat
