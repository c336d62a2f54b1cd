#pragma once

#include "AppDataSet.h"

#include <QDateTime>

namespace lifeboat {

struct AppExportOptions
{
    QString job;
    QString exportedBy;
    QString source;          // the app format's source field (e.g. source_gateway)
    QDateTime exportedAt;
    QString engine;
    AppSelection selection;
    bool rekeyed = false;
};

// Builds an export file: the application's own top-level shape and entity fields (so the
// application's importer reads it), plus a "lifeboat" section with every column, reference
// and link the application's format leaves out (resource content, OAuth config, server links,
// gateway-discovered tools), which the application ignores and Lifeboat's import uses.
class AppExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(AppExportWriter)

public:
    static constexpr const char *SectionFormat = "lifeboat-app-export/1";
    static QJsonObject build(const AppProfile &profile, const AppDataSet &data, const AppExportOptions &options);
    static QByteArray toBytes(const QJsonObject &document);
    // One row in the application's format (fields of the profile).
    static QJsonObject appEntity(const AppProfile &profile, const ProfileEntity &entity, const AppDataSet &data, const AppRow &row);
    // A canonical column value as the application's JSON shows it (JSON columns parsed).
    static QJsonValue appValue(const QJsonValue &canonical, const QString &type);
};

} // namespace lifeboat
