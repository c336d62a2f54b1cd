#include "AppExportWriter.h"

#include "JsonText.h"

#include <QJsonDocument>

namespace lifeboat {

namespace {

QJsonValue substitute(const QJsonValue &value, const QJsonObject &columns)
{
    if (value.isString()) {
        QString s = value.toString();
        for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
            const QString mark = QLatin1Char('{') + it.key() + QLatin1Char('}');
            if (s.contains(mark))
                s.replace(mark, it.value().isString() ? it.value().toString() : QString());
        }
        return s;
    }
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = substitute(it.value(), columns);
        return o;
    }
    if (value.isArray()) {
        QJsonArray a;
        for (const QJsonValue &v : value.toArray())
            a.append(substitute(v, columns));
        return a;
    }
    return value;
}

bool inAppFormat(const ProfileEntity &entity, const AppRow &row)
{
    if (!entity.inAppFormat)
        return true;
    ProfileExpression::Context context;
    context.column = [&](const QString &c) { return row.columns.value(c); };
    return ProfileExpression::truthy(entity.inAppFormat->evaluate(context));
}

} // namespace

QJsonValue AppExportWriter::appValue(const QJsonValue &canonical, const QString &type)
{
    if (type == QLatin1String("json") && canonical.isString())
        return jsontext::read(canonical.toString()).value_or(canonical);
    return canonical;
}

QJsonObject AppExportWriter::appEntity(const AppProfile &profile, const ProfileEntity &entity, const AppDataSet &data, const AppRow &row)
{
    const AppDatabase::ColumnTypes types = data.types.value(entity.type);
    QJsonObject out;
    for (const ProfileField &field : entity.fields) {
        if (!field.link.isEmpty()) {
            const ProfileLink link = profile.links.value(field.link);
            const ProfileEntity *to = profile.entity(link.to);
            QJsonArray values;
            for (const AppLink &l : data.links.value(link.name)) {
                if (l.from != row.key)
                    continue;
                const int i = data.indexOf(link.to, l.to);
                if (i < 0 || !to)
                    continue;
                const AppRow &target = data.rows[link.to].at(i);
                if (!link.appOnlyWhen.isEmpty() && !ProfileExpression::truthy(target.columns.value(link.appOnlyWhen)))
                    continue;
                values.append(target.columns.value(link.appValue.isEmpty() ? to->idColumn : link.appValue));
            }
            out.insert(field.name, values);
            continue;
        }
        if (field.synthesized()) {
            out.insert(field.name, substitute(field.value, row.columns));
            continue;
        }
        QJsonValue v = appValue(row.columns.value(field.column), types.value(field.column));
        if (v.isNull() || v.isUndefined()) {
            if (field.omitNull)
                continue;
            v = field.nullAs;
        }
        out.insert(field.name, v);
    }
    return out;
}

QJsonObject AppExportWriter::build(const AppProfile &profile, const AppDataSet &data, const AppExportOptions &options)
{
    QJsonObject entities, counts, dependencies, rows, links, lifeboatCounts, notExported;
    QJsonArray selectedTypes;
    for (const QString &type : profile.formatTypes) {
        if (!options.selection.types.isEmpty() && !options.selection.types.contains(type))
            continue;
        if (options.selection.excludeTypes.contains(type))
            continue;
        if (profile.notInDatabase.contains(type)) {
            notExported.insert(type, profile.notInDatabase.value(type));
            continue;
        }
        if (!data.rows.contains(type))
            continue;
        selectedTypes.append(type);
    }
    for (const QString &type : profile.importOrder) {
        if (!data.rows.contains(type))
            continue;
        const ProfileEntity &entity = profile.entities[type];
        QJsonArray list, full;
        for (const AppRow &row : data.rows[type]) {
            if (inAppFormat(entity, row))
                list.append(appEntity(profile, entity, data, row));
            QJsonObject r{{QStringLiteral("columns"), row.columns}};
            if (!row.refs.isEmpty()) {
                QJsonObject refs;
                for (auto it = row.refs.constBegin(); it != row.refs.constEnd(); ++it)
                    refs.insert(it.key(), it.value());
                r.insert(QStringLiteral("refs"), refs);
            }
            full.append(r);
        }
        // The app format lists only the types it knows; dependencies pulled in count too.
        if (profile.formatTypes.contains(type)) {
            entities.insert(type, list);
            counts.insert(type, list.size());
        }
        rows.insert(type, full);
        lifeboatCounts.insert(type, full.size());
    }
    for (const ProfileLink &link : profile.links) {
        if (!data.links.contains(link.name))
            continue;
        QJsonArray pairs;
        QJsonObject byName;
        const ProfileEntity &from = profile.entities[link.from];
        for (const AppLink &l : data.links.value(link.name))
            pairs.append(QJsonArray{l.from, l.to});
        links.insert(link.name, pairs);
        if (!options.selection.dependencies)
            continue;
        if (!link.appField.isEmpty()) {
            for (const AppRow &row : data.rows.value(link.from))
                if (inAppFormat(from, row))
                    byName.insert(row.label(from), appEntity(profile, from, data, row).value(link.appField));
        }
        dependencies.insert(link.name, byName);
    }
    QJsonArray tags;
    for (const QString &t : options.selection.tags)
        tags.append(t);
    QJsonObject lifeboat{{QStringLiteral("format"), QLatin1String(SectionFormat)},
                         {QStringLiteral("profile"), profile.name},
                         {QStringLiteral("profile_version"), profile.version},
                         {QStringLiteral("job"), options.job},
                         {QStringLiteral("engine"), options.engine},
                         {QStringLiteral("lifeboat_version"), QStringLiteral(LIFEBOAT_VERSION)},
                         {QStringLiteral("secrets"), options.rekeyed ? QStringLiteral("re-encrypted for the target's %1").arg(profile.secretName)
                                                                     : QStringLiteral("as stored (encrypted under the source's %1)").arg(profile.secretName)},
                         {QStringLiteral("entity_counts"), lifeboatCounts},
                         {QStringLiteral("rows"), rows},
                         {QStringLiteral("links"), links}};
    if (!notExported.isEmpty())
        lifeboat.insert(QStringLiteral("not_exported"), notExported);
    QJsonObject doc{{QStringLiteral("version"), profile.formatVersion},
                    {QStringLiteral("exported_at"), options.exportedAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"))},
                    {QStringLiteral("exported_by"), options.exportedBy.isEmpty() ? QStringLiteral("unknown") : options.exportedBy},
                    {QStringLiteral("entities"), entities},
                    {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("entity_counts"), counts},
                                                            {QStringLiteral("dependencies"), dependencies},
                                                            {QStringLiteral("export_options"),
                                                             QJsonObject{{QStringLiteral("include_inactive"), options.selection.includeInactive},
                                                                         {QStringLiteral("include_dependencies"), options.selection.dependencies},
                                                                         {QStringLiteral("selected_types"), selectedTypes},
                                                                         {QStringLiteral("filter_tags"), tags}}}}},
                    {QStringLiteral("lifeboat"), lifeboat}};
    if (!profile.sourceField.isEmpty())
        doc.insert(profile.sourceField, options.source);
    if (!profile.encryptionMethod.isEmpty())
        doc.insert(QStringLiteral("encryption_method"), profile.encryptionMethod);
    return doc;
}

QByteArray AppExportWriter::toBytes(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace lifeboat
