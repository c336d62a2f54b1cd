#pragma once

#include "ImportPlan.h"

namespace lifeboat {

class AppDatabase;
class OperationContext;

// Carries out an import plan in one transaction: deletes (replace), creates and updates in the
// profile's order, then links. Any failure rolls everything back and names the entity.
class ImportApplier
{
    Q_DECLARE_TR_FUNCTIONS(ImportApplier)

public:
    static Status apply(const AppProfile &profile, const ImportPlan &plan, AppDatabase &db, OperationContext *context);
};

} // namespace lifeboat
