#pragma once

#include "AppDataSet.h"

namespace lifeboat {

// An export file read for import: Lifeboat's own (complete, from its "lifeboat" section) or
// the application's (entities in the application's format, links given by name).
struct AppImportFile
{
    AppDataSet data;
    struct PendingLink
    {
        QString link;
        int fromIndex = -1;   // row in data.rows[link.from]
        QJsonValue value;     // as the file lists it (e.g. a tool name or id)
    };
    QList<PendingLink> appLinks;
    QString origin;           // "lifeboat" | "application"
    QString version;
    QString exportedAt;
    QString exportedBy;
    QString source;
    QStringList warnings;
};

class AppExportReader
{
    Q_DECLARE_TR_FUNCTIONS(AppExportReader)

public:
    // Every error names the file, the entity and the field, and nothing has been written yet.
    static Result<AppImportFile> read(const QByteArray &bytes, const AppProfile &profile, const QString &fileName);
};

} // namespace lifeboat
