#pragma once

#include "catalog/Catalog.h"

#include <QCoreApplication>

namespace lifeboat {

// The catalog browser's detail pane as rich text: every sidecar field a DBA or an auditor asks
// about (tables and row counts, checksums, PITR fields, parts) and the verification history.
class BackupDetails
{
    Q_DECLARE_TR_FUNCTIONS(BackupDetails)

public:
    static QString html(const CatalogEntry &entry, const QList<Catalog::Verification> &history);
};

} // namespace lifeboat
