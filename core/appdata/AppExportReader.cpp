#include "AppExportReader.h"

#include "AppExportWriter.h"
#include "JsonSchema.h"

#include <QJsonDocument>

namespace lifeboat {

namespace {

Error invalid(const QString &fileName, const QString &what)
{
    return Error{ErrorCode::Usage, AppExportReader::tr("%1: %2 (nothing was written)").arg(fileName, what), {}};
}

int lineOf(const QByteArray &bytes, int offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

} // namespace

Result<AppImportFile> AppExportReader::read(const QByteArray &bytes, const AppProfile &profile, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(invalid(fileName, tr("not valid JSON: %1 at line %2 (byte %3); is the file complete?")
                                          .arg(parseError.errorString()).arg(lineOf(bytes, parseError.offset)).arg(parseError.offset)));
    if (!doc.isObject())
        return fail(invalid(fileName, tr("not an export file: the top level is not a JSON object")));
    const QJsonObject top = doc.object();
    AppImportFile file;
    const QJsonValue version = top.value(QStringLiteral("version"));
    if (!version.isString() || version.toString().isEmpty())
        return fail(invalid(fileName, tr("required field \"version\" is missing or empty")));
    file.version = version.toString();
    if (!profile.acceptedVersions.contains(file.version))
        return fail(invalid(fileName, tr("version \"%1\" is not a %2 export format Lifeboat knows (known: %3); export it again with a supported release")
                                          .arg(file.version, profile.name, profile.acceptedVersions.join(QStringLiteral(", ")))));
    if (!top.contains(QStringLiteral("exported_at")))
        return fail(invalid(fileName, tr("required field \"exported_at\" is missing")));
    file.exportedAt = top.value(QStringLiteral("exported_at")).toString();
    file.exportedBy = top.value(QStringLiteral("exported_by")).toString();
    file.source = top.value(profile.sourceField).toString();
    const QJsonValue entitiesValue = top.value(QStringLiteral("entities"));
    if (!entitiesValue.isObject())
        return fail(invalid(fileName, tr("required field \"entities\" is missing or not an object")));
    const QJsonObject entities = entitiesValue.toObject();
    for (auto it = entities.constBegin(); it != entities.constEnd(); ++it) {
        if (!profile.formatTypes.contains(it.key()))
            return fail(invalid(fileName, tr("entities.%1: unknown entity type (known: %2)").arg(it.key(), profile.formatTypes.join(QStringLiteral(", ")))));
        if (!it.value().isArray())
            return fail(invalid(fileName, tr("entities.%1 is not a list").arg(it.key())));
        const QJsonArray list = it.value().toArray();
        const ProfileEntity *entity = profile.entity(it.key());
        for (int i = 0; i < list.size(); ++i) {
            if (!list.at(i).isObject())
                return fail(invalid(fileName, tr("entities.%1[%2] is not an object").arg(it.key()).arg(i)));
            if (!entity)
                continue;
            const QJsonObject o = list.at(i).toObject();
            for (const ProfileField &f : entity->fields)
                if (f.required && (!o.contains(f.name) || o.value(f.name).isNull() || (o.value(f.name).isString() && o.value(f.name).toString().isEmpty()))) {
                    const ProfileField *labelField = entity->field(QStringLiteral("name"));
                    const QString name = o.value(labelField ? labelField->name : entity->label).toString();
                    return fail(invalid(fileName, tr("entities.%1[%2]%3: required field \"%4\" is missing")
                                                      .arg(it.key()).arg(i)
                                                      .arg(name.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(name), f.name)));
                }
        }
    }
    for (auto it = profile.notInDatabase.constBegin(); it != profile.notInDatabase.constEnd(); ++it)
        if (!entities.value(it.key()).toArray().isEmpty())
            file.warnings.append(tr("%n %1 entr(ies) not imported: %2", nullptr, int(entities.value(it.key()).toArray().size())).arg(it.key(), it.value()));

    const QJsonObject lifeboat = top.value(QStringLiteral("lifeboat")).toObject();
    const bool ours = lifeboat.value(QStringLiteral("format")).toString() == QLatin1String(AppExportWriter::SectionFormat)
                      && lifeboat.value(QStringLiteral("profile")).toString() == profile.name;
    if (!lifeboat.isEmpty() && !ours)
        file.warnings.append(tr("the file's \"lifeboat\" section is for another profile or format (%1); only the application's entities are read")
                                 .arg(lifeboat.value(QStringLiteral("profile")).toString()));
    if (ours) {
        file.origin = QStringLiteral("lifeboat");
        const QJsonObject rows = lifeboat.value(QStringLiteral("rows")).toObject();
        for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
            const ProfileEntity *entity = profile.entity(it.key());
            if (!entity)
                return fail(invalid(fileName, tr("lifeboat.rows.%1: unknown entity type for profile %2").arg(it.key(), profile.name)));
            QList<AppRow> list;
            const QJsonArray array = it.value().toArray();
            for (int i = 0; i < array.size(); ++i) {
                const QJsonObject r = array.at(i).toObject();
                AppRow row;
                row.columns = r.value(QStringLiteral("columns")).toObject();
                const QJsonObject refs = r.value(QStringLiteral("refs")).toObject();
                for (auto ref = refs.constBegin(); ref != refs.constEnd(); ++ref) {
                    if (!entity->references.contains(ref.key()) || !ref.value().isArray())
                        return fail(invalid(fileName, tr("lifeboat.rows.%1[%2] (\"%3\"): field %4 is not a reference the profile knows")
                                                          .arg(it.key()).arg(i).arg(row.label(*entity), ref.key())));
                    row.refs.insert(ref.key(), ref.value().toArray());
                }
                for (const QString &column : entity->key)
                    if (!entity->references.contains(column) && !row.columns.contains(column))
                        return fail(invalid(fileName, tr("lifeboat.rows.%1[%2]: required field \"%3\" is missing").arg(it.key()).arg(i).arg(column)));
                if (row.label(*entity).isEmpty() && !row.columns.contains(entity->label))
                    return fail(invalid(fileName, tr("lifeboat.rows.%1[%2]: required field \"%3\" is missing").arg(it.key()).arg(i).arg(entity->label)));
                row.key = AppDataSet::keyOf(*entity, row);
                list.append(row);
            }
            file.data.rows.insert(it.key(), list);
        }
        const QJsonObject links = lifeboat.value(QStringLiteral("links")).toObject();
        for (auto it = links.constBegin(); it != links.constEnd(); ++it) {
            if (!profile.links.contains(it.key()))
                return fail(invalid(fileName, tr("lifeboat.links.%1: unknown link for profile %2").arg(it.key(), profile.name)));
            QList<AppLink> list;
            for (const QJsonValue &pair : it.value().toArray()) {
                const QJsonArray p = pair.toArray();
                if (p.size() != 2 || !p.at(0).isArray() || !p.at(1).isArray())
                    return fail(invalid(fileName, tr("lifeboat.links.%1: an entry is not a pair of keys").arg(it.key())));
                list.append({p.at(0).toArray(), p.at(1).toArray()});
            }
            file.data.links.insert(it.key(), list);
        }
    } else {
        file.origin = QStringLiteral("application");
        for (const QString &type : profile.importOrder) {
            if (!entities.contains(type))
                continue;
            const ProfileEntity &entity = profile.entities[type];
            QList<AppRow> list;
            const QJsonArray array = entities.value(type).toArray();
            for (int i = 0; i < array.size(); ++i) {
                const QJsonObject o = array.at(i).toObject();
                AppRow row;
                row.appFormat = true;
                for (const ProfileField &f : entity.fields) {
                    if (!f.column.isEmpty() && o.contains(f.name))
                        row.columns.insert(f.column, o.value(f.name));
                    if (!f.link.isEmpty())
                        for (const QJsonValue &v : o.value(f.name).toArray())
                            file.appLinks.append({f.link, int(list.size()), v});
                }
                list.append(row);
            }
            file.data.rows.insert(type, list);
        }
    }
    auto schema = profile.schema();
    if (!schema)
        return fail(schema.error());
    const QStringList problems = JsonSchema::validate(*schema, top);
    if (!problems.isEmpty())
        return fail(invalid(fileName, tr("does not match the %1 export schema: %2").arg(profile.name, problems.first())));
    return file;
}

} // namespace lifeboat
