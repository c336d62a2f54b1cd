#include "AppProfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace lifeboat {

namespace {

Result<QList<QPair<QString, ProfileExpression>>> expressions(const QJsonObject &o, const QString &where)
{
    QList<QPair<QString, ProfileExpression>> out;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        auto e = ProfileExpression::parse(it.value().toString());
        if (!e)
            return fail(ErrorCode::InvalidConfig, AppProfile::tr("%1.%2: %3").arg(where, it.key(), e.error().message));
        out.append({it.key(), *e});
    }
    return out;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

QMap<QString, QString> stringMap(const QJsonValue &v)
{
    QMap<QString, QString> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

const ProfileField *ProfileEntity::field(const QString &name) const
{
    for (const ProfileField &f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

QStringList AppProfile::builtInNames()
{
    QStringList out;
    for (const QString &f : QDir(QStringLiteral(":/lifeboat/profiles")).entryList({QStringLiteral("*.json")}))
        out.append(QFileInfo(f).completeBaseName());
    return out;
}

Result<AppProfile> AppProfile::load(const QString &nameOrPath)
{
    if (nameOrPath.isEmpty())
        return fail(ErrorCode::InvalidConfig, tr("no profile is set (add profile = \"%1\" to the job)").arg(builtInNames().join(QStringLiteral("\" or \""))));
    QStringList candidates;
    if (nameOrPath.contains(QLatin1Char('/')) || nameOrPath.endsWith(QLatin1String(".json")))
        candidates.append(nameOrPath);
    else {
        const QString file = nameOrPath + QStringLiteral(".json");
        candidates.append(QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)).filePath(QStringLiteral("lifeboat/profiles/") + file));
        candidates.append(QStringLiteral("/etc/lifeboat/profiles/") + file);
        candidates.append(QStringLiteral(":/lifeboat/profiles/") + file);
    }
    for (const QString &path : candidates)
        if (QFileInfo::exists(path)) {
            const QByteArray json = readAll(path);
            if (json.isEmpty())
                return fail(ErrorCode::InvalidConfig, tr("profile %1 cannot be read (check its permissions)").arg(path));
            return parse(json, path);
        }
    return fail(ErrorCode::InvalidConfig, tr("profile \"%1\" not found (built in: %2; or put NAME.json in ~/.config/lifeboat/profiles or /etc/lifeboat/profiles)")
                                              .arg(nameOrPath, builtInNames().join(QStringLiteral(", "))));
}

Result<AppProfile> AppProfile::parse(const QByteArray &json, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return fail(ErrorCode::InvalidConfig, tr("profile %1 is not valid JSON: %2 at byte %3").arg(origin, error.errorString()).arg(error.offset));
    const QJsonObject o = doc.object();
    AppProfile p;
    p.name = o.value(QStringLiteral("profile")).toString();
    p.version = o.value(QStringLiteral("profile_version")).toInt(1);
    p.title = o.value(QStringLiteral("title")).toString();
    p.schemaResource = o.value(QStringLiteral("schema")).toString();
    const QJsonObject format = o.value(QStringLiteral("format")).toObject();
    p.formatVersion = format.value(QStringLiteral("version")).toString();
    p.acceptedVersions = strings(format.value(QStringLiteral("accepted_versions")));
    if (!p.acceptedVersions.contains(p.formatVersion))
        p.acceptedVersions.append(p.formatVersion);
    p.sourceField = format.value(QStringLiteral("source_field")).toString();
    p.encryptionMethod = format.value(QStringLiteral("encryption_method")).toString();
    p.formatTypes = strings(format.value(QStringLiteral("types")));
    p.secretScheme = o.value(QStringLiteral("secret_scheme")).toString();
    p.secretName = o.value(QStringLiteral("secret_name")).toString(QStringLiteral("the application's secret"));
    p.importOrder = strings(o.value(QStringLiteral("import_order")));
    p.notInDatabase = stringMap(o.value(QStringLiteral("not_in_database")));
    p.bookkeeping = strings(o.value(QStringLiteral("bookkeeping")));
    auto onCreate = expressions(o.value(QStringLiteral("on_create")).toObject(), QStringLiteral("on_create"));
    if (!onCreate)
        return fail(ErrorCode::InvalidConfig, tr("profile %1: %2").arg(origin, onCreate.error().message));
    p.onCreate = *onCreate;
    auto onUpdate = expressions(o.value(QStringLiteral("on_update")).toObject(), QStringLiteral("on_update"));
    if (!onUpdate)
        return fail(ErrorCode::InvalidConfig, tr("profile %1: %2").arg(origin, onUpdate.error().message));
    p.onUpdate = *onUpdate;
    if (p.name.isEmpty() || p.formatVersion.isEmpty() || p.importOrder.isEmpty())
        return fail(ErrorCode::InvalidConfig, tr("profile %1 lacks \"profile\", \"format.version\" or \"import_order\" (see docs/app-export.md)").arg(origin));

    const QJsonObject entities = o.value(QStringLiteral("entities")).toObject();
    for (auto it = entities.constBegin(); it != entities.constEnd(); ++it) {
        const QJsonObject e = it.value().toObject();
        const QString where = QStringLiteral("entities.") + it.key();
        ProfileEntity entity;
        entity.type = it.key();
        entity.table = e.value(QStringLiteral("table")).toString();
        entity.idColumn = e.value(QStringLiteral("id")).toString(QStringLiteral("id"));
        entity.label = e.value(QStringLiteral("label")).toString();
        entity.key = strings(e.value(QStringLiteral("key")));
        entity.references = stringMap(e.value(QStringLiteral("references")));
        entity.optionalReferences = stringMap(e.value(QStringLiteral("optional_references")));
        entity.activeColumn = e.value(QStringLiteral("active")).toString();
        entity.tagsColumn = e.value(QStringLiteral("tags")).toString();
        entity.rename = strings(e.value(QStringLiteral("rename")));
        for (const auto &[name, target] : {std::pair{QStringLiteral("defaults"), &entity.defaults}, std::pair{QStringLiteral("derived"), &entity.derived}}) {
            auto list = expressions(e.value(name).toObject(), where + QLatin1Char('.') + name);
            if (!list)
                return fail(ErrorCode::InvalidConfig, tr("profile %1: %2").arg(origin, list.error().message));
            *target = *list;
        }
        if (e.contains(QStringLiteral("in_app_format"))) {
            auto filter = ProfileExpression::parse(e.value(QStringLiteral("in_app_format")).toString());
            if (!filter)
                return fail(ErrorCode::InvalidConfig, tr("profile %1: %2.in_app_format: %3").arg(origin, where, filter.error().message));
            entity.inAppFormat = *filter;
        }
        for (const QJsonValue &s : e.value(QStringLiteral("secrets")).toArray())
            entity.secrets.append({s[QStringLiteral("column")].toString(), s[QStringLiteral("path")].toString(QStringLiteral("$"))});
        for (const QJsonValue &fv : e.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject f = fv.toObject();
            ProfileField field;
            field.name = f.value(QStringLiteral("name")).toString();
            field.column = f.value(QStringLiteral("column")).toString();
            field.link = f.value(QStringLiteral("link")).toString();
            field.value = f.value(QStringLiteral("value"));
            if (field.value.isUndefined())
                field.value = QJsonValue::Null;
            field.nullAs = f.value(QStringLiteral("null_as"));
            if (field.nullAs.isUndefined())
                field.nullAs = QJsonValue::Null;
            field.required = f.value(QStringLiteral("required")).toBool();
            field.omitNull = f.value(QStringLiteral("omit_null")).toBool();
            if (field.name.isEmpty())
                return fail(ErrorCode::InvalidConfig, tr("profile %1: a field of %2 has no name").arg(origin, where));
            entity.fields.append(field);
        }
        if (entity.table.isEmpty() || entity.key.isEmpty() || entity.label.isEmpty())
            return fail(ErrorCode::InvalidConfig, tr("profile %1: %2 needs \"table\", \"key\" and \"label\"").arg(origin, where));
        for (auto r = entity.references.constBegin(); r != entity.references.constEnd(); ++r)
            if (!entities.contains(r.value()))
                return fail(ErrorCode::InvalidConfig, tr("profile %1: %2.references.%3 names unknown entity %4").arg(origin, where, r.key(), r.value()));
        p.entities.insert(entity.type, entity);
    }
    for (const QString &type : p.importOrder)
        if (!p.entities.contains(type))
            return fail(ErrorCode::InvalidConfig, tr("profile %1: import_order names %2, which has no entry under \"entities\"").arg(origin, type));
    for (auto it = p.entities.constBegin(); it != p.entities.constEnd(); ++it)
        if (!p.importOrder.contains(it.key()))
            return fail(ErrorCode::InvalidConfig, tr("profile %1: entity %2 is missing from import_order").arg(origin, it.key()));
    for (const QString &type : p.importOrder)
        for (const QString &target : p.entities.value(type).references)
            if (p.importOrder.indexOf(target) > p.importOrder.indexOf(type))
                return fail(ErrorCode::InvalidConfig, tr("profile %1: import_order puts %2 before %3, which it references").arg(origin, type, target));

    const QJsonObject links = o.value(QStringLiteral("links")).toObject();
    for (auto it = links.constBegin(); it != links.constEnd(); ++it) {
        const QJsonObject l = it.value().toObject();
        ProfileLink link;
        link.name = it.key();
        link.table = l.value(QStringLiteral("table")).toString();
        link.from = l.value(QStringLiteral("from")).toString();
        link.fromColumn = l.value(QStringLiteral("from_column")).toString();
        link.to = l.value(QStringLiteral("to")).toString();
        link.toColumn = l.value(QStringLiteral("to_column")).toString();
        link.appValue = l.value(QStringLiteral("app_value")).toString();
        link.appOnlyWhen = l.value(QStringLiteral("app_only_when")).toString();
        link.appMatch = strings(l.value(QStringLiteral("app_match")));
        if (link.table.isEmpty() || !p.entities.contains(link.from) || !p.entities.contains(link.to) || link.fromColumn.isEmpty() || link.toColumn.isEmpty())
            return fail(ErrorCode::InvalidConfig, tr("profile %1: links.%2 needs \"table\", \"from\", \"from_column\", \"to\" and \"to_column\" naming known entities").arg(origin, link.name));
        for (const ProfileField &f : p.entities[link.from].fields)
            if (f.link == link.name)
                link.appField = f.name;
        p.links.insert(link.name, link);
    }
    for (const ProfileEntity &e : p.entities)
        for (const ProfileField &f : e.fields)
            if (!f.link.isEmpty() && !p.links.contains(f.link))
                return fail(ErrorCode::InvalidConfig, tr("profile %1: field %2.%3 names unknown link %4").arg(origin, e.type, f.name, f.link));
    return p;
}

const ProfileEntity *AppProfile::entity(const QString &type) const
{
    auto it = entities.constFind(type);
    return it == entities.constEnd() ? nullptr : &it.value();
}

QList<ProfileLink> AppProfile::linksFrom(const QString &type) const
{
    QList<ProfileLink> out;
    for (const ProfileLink &l : links)
        if (l.from == type)
            out.append(l);
    return out;
}

Result<QJsonObject> AppProfile::schema() const
{
    if (schemaResource.isEmpty())
        return fail(ErrorCode::InvalidConfig, tr("profile %1 names no JSON Schema").arg(name));
    const QString path = schemaResource.contains(QLatin1Char('/')) ? schemaResource : QStringLiteral(":/lifeboat/schemas/") + schemaResource;
    const QJsonDocument doc = QJsonDocument::fromJson(readAll(path));
    if (!doc.isObject())
        return fail(ErrorCode::InvalidConfig, tr("the JSON Schema %1 of profile %2 cannot be read").arg(path, name));
    return doc.object();
}

} // namespace lifeboat
