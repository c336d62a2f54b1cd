#pragma once

#include "AppExportReader.h"
#include "ImportPlan.h"

namespace lifeboat {

class AppDatabase;

struct ImportOptions
{
    QString strategy = QStringLiteral("update"); // skip | update | rename | fail | replace
    QStringList types;                           // empty: every type in the file
};

// Compares an export file with the target database and decides, per entity, what the import
// does under the chosen strategy. Reads only; every reference and link must resolve (in the
// file or the database), else the plan fails naming the entity and field.
class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)

public:
    static QStringList strategies();
    static Result<ImportPlan> plan(const AppProfile &profile, AppImportFile file, AppDatabase &db, const ImportOptions &options);
    // A canonical value for `type` from the application's JSON.
    static QJsonValue canonicalFromApp(const QJsonValue &value, const QString &type, bool tagsColumn);
    static bool sameValue(const QJsonValue &a, const QJsonValue &b, const QString &type);
};

} // namespace lifeboat
