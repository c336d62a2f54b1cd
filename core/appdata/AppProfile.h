#pragma once

#include "ProfileExpression.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

namespace lifeboat {

// One field of an entity in the application's own export format: a column, a link's values,
// or a synthesized constant (strings may hold "{column}" placeholders).
struct ProfileField
{
    QString name;
    QString column;
    QString link;
    QJsonValue value;     // synthesized (export only) when column and link are empty
    QJsonValue nullAs;    // exported instead of a null column value
    bool required = false;
    bool omitNull = false;
    bool synthesized() const { return column.isEmpty() && link.isEmpty(); }
};

// Where a secret sits in a column: "$" the whole value, "key" a member of a JSON object,
// "*" every member, "*.key" that member of every member.
struct ProfileSecret
{
    QString column;
    QString path;
};

struct ProfileEntity
{
    QString type;          // "tools"
    QString table;
    QString idColumn = QStringLiteral("id");
    QString label;         // the column that names a row in messages
    QStringList key;       // natural key columns (conflict detection); may hold reference columns
    QMap<QString, QString> references;         // column -> entity type it points to
    QMap<QString, QString> optionalReferences; // column -> "table.column" outside the profile: kept when the target has it
    QString activeColumn;
    QString tagsColumn;
    QStringList rename;    // columns that get "_imported_<n>"
    QList<QPair<QString, ProfileExpression>> defaults; // filled on create when missing, in order
    QList<QPair<QString, ProfileExpression>> derived;  // recomputed on create from the app format and on rename
    std::optional<ProfileExpression> inAppFormat;     // rows the application's own format carries
    QList<ProfileSecret> secrets;
    QList<ProfileField> fields;

    const ProfileField *field(const QString &name) const;
};

struct ProfileLink
{
    QString name;          // "servers_to_tools" (the app format's dependency name)
    QString table;
    QString from, fromColumn, to, toColumn;
    QString appField;      // the "from" entity's field listing it in the app format ("tool_ids")
    QString appValue;      // the "to" column written there
    QString appOnlyWhen;   // a "to" column that must be true for the row to be listed
    QStringList appMatch;  // "to" columns tried, in order, to resolve a listed value on import
};

// An application's entity profile (resources/profiles/NAME.json): tables, natural keys,
// secrets, links, import order, and the mapping to the application's own export format.
class AppProfile
{
    Q_DECLARE_TR_FUNCTIONS(AppProfile)

public:
    // `nameOrPath`: a built-in name ("mcpgateway"), a name found in $XDG_CONFIG_HOME/lifeboat/profiles
    // or /etc/lifeboat/profiles, or a path to a .json file.
    static Result<AppProfile> load(const QString &nameOrPath);
    static Result<AppProfile> parse(const QByteArray &json, const QString &origin);
    static QStringList builtInNames();

    QString name;
    int version = 1;
    QString title;
    QString schemaResource;      // JSON Schema of the export file (built-in name or path)
    QString formatVersion;
    QStringList acceptedVersions;
    QString sourceField;
    QString encryptionMethod;
    QStringList formatTypes;     // every entity type the app format knows
    QString secretScheme;
    QString secretName;
    QStringList importOrder;
    QMap<QString, QString> notInDatabase; // type -> why (and what to do instead)
    QStringList bookkeeping;
    QList<QPair<QString, ProfileExpression>> onCreate;
    QList<QPair<QString, ProfileExpression>> onUpdate;
    QMap<QString, ProfileEntity> entities;
    QMap<QString, ProfileLink> links;

    const ProfileEntity *entity(const QString &type) const;
    // Entity types in import order (those with a table).
    QStringList tableTypes() const { return importOrder; }
    QList<ProfileLink> linksFrom(const QString &type) const;
    // The JSON Schema document of the export file.
    Result<QJsonObject> schema() const;
};

} // namespace lifeboat
