#pragma once

#include "AppDatabase.h"
#include "AppProfile.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace lifeboat {

// One entity row: canonical column values, plus, for each reference column, the natural key
// of the row it points to (so a row moves between databases whose ids differ).
struct AppRow
{
    QJsonObject columns;
    QMap<QString, QJsonArray> refs;
    QJsonArray key;
    // Read from the application's own format: values as its JSON shows them, columns it does
    // not carry still to be filled from the profile's defaults and derived columns.
    bool appFormat = false;

    QString label(const ProfileEntity &entity) const { return columns.value(entity.label).toString(); }
};

struct AppLink
{
    QJsonArray from;
    QJsonArray to;
    bool operator==(const AppLink &o) const { return from == o.from && to == o.to; }
};

// Which entities an export takes.
struct AppSelection
{
    QStringList types;          // empty: every type of the profile
    QStringList excludeTypes;
    QStringList tags;           // any of them (tag id or label)
    bool includeInactive = false;
    bool dependencies = true;   // a server brings its tools, a tool its gateway
};

// The entities and links of one application database or one export file, by entity type.
class AppDataSet
{
    Q_DECLARE_TR_FUNCTIONS(AppDataSet)

public:
    QMap<QString, QList<AppRow>> rows;
    QMap<QString, QList<AppLink>> links;
    QMap<QString, AppDatabase::ColumnTypes> types; // column types of the database it came from

    static Result<AppDataSet> load(AppDatabase &db, const AppProfile &profile);
    // The entities `selection` names, with their dependencies.
    AppDataSet selected(const AppProfile &profile, const AppSelection &selection) const;

    static QJsonArray keyOf(const ProfileEntity &entity, const AppRow &row);
    static QString keyText(const QJsonArray &key);
    // "name 'x'" / "original_name 'x', gateway 'y'": a key in words for messages and plans.
    static QString describeKey(const AppProfile &profile, const ProfileEntity &entity, const QJsonArray &key);
    int indexOf(const QString &type, const QJsonArray &key) const;
    qint64 count() const;
    QMap<QString, qint64> counts() const;

private:
    mutable QMap<QString, QHash<QString, int>> m_index;
};

} // namespace lifeboat
