#include "AppDataSet.h"

#include <QJsonDocument>
#include <QSet>

namespace lifeboat {

QJsonArray AppDataSet::keyOf(const ProfileEntity &entity, const AppRow &row)
{
    QJsonArray key;
    for (const QString &column : entity.key) {
        if (entity.references.contains(column)) {
            auto ref = row.refs.constFind(column);
            key.append(ref == row.refs.constEnd() ? QJsonValue(QJsonValue::Null) : QJsonValue(*ref));
        } else {
            key.append(row.columns.value(column));
        }
    }
    return key;
}

QString AppDataSet::keyText(const QJsonArray &key)
{
    return QString::fromUtf8(QJsonDocument(key).toJson(QJsonDocument::Compact));
}

QString AppDataSet::describeKey(const AppProfile &profile, const ProfileEntity &entity, const QJsonArray &key)
{
    QStringList parts;
    for (int i = 0; i < entity.key.size() && i < key.size(); ++i) {
        const QString &column = entity.key.at(i);
        const QJsonValue v = key.at(i);
        if (v.isNull())
            continue;
        if (entity.references.contains(column)) {
            const ProfileEntity *target = profile.entity(entity.references.value(column));
            parts.append(QStringLiteral("%1 (%2)").arg(column, target ? describeKey(profile, *target, v.toArray()) : keyText(v.toArray())));
        } else {
            parts.append(QStringLiteral("%1 '%2'").arg(column, v.isString() ? v.toString() : keyText(QJsonArray{v})));
        }
    }
    return parts.join(QStringLiteral(", "));
}

int AppDataSet::indexOf(const QString &type, const QJsonArray &key) const
{
    const QList<AppRow> &list = rows[type];
    QHash<QString, int> &index = m_index[type];
    if (index.size() != list.size()) {
        index.clear();
        for (int i = 0; i < list.size(); ++i)
            index.insert(keyText(list.at(i).key), i);
        if (index.size() != list.size()) // duplicate keys: fall back to a scan each time
            index.clear();
    }
    if (!index.isEmpty() || list.isEmpty())
        return index.value(keyText(key), -1);
    for (int i = 0; i < list.size(); ++i)
        if (list.at(i).key == key)
            return i;
    return -1;
}

qint64 AppDataSet::count() const
{
    qint64 n = 0;
    for (const QList<AppRow> &l : rows)
        n += l.size();
    return n;
}

QMap<QString, qint64> AppDataSet::counts() const
{
    QMap<QString, qint64> out;
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it)
        out.insert(it.key(), it.value().size());
    return out;
}

Result<AppDataSet> AppDataSet::load(AppDatabase &db, const AppProfile &profile)
{
    AppDataSet set;
    QMap<QString, QHash<QString, QJsonArray>> keyById; // type -> id -> key
    for (const QString &type : profile.importOrder) {
        const ProfileEntity &entity = profile.entities[type];
        auto types = db.columnTypes(entity.table);
        if (!types)
            return fail(types.error());
        for (const QString &column : entity.key)
            if (!types->contains(column))
                return fail(ErrorCode::InvalidConfig, tr("database %1: table %2 has no column %3, which profile %4 uses as a key (is the profile right for this database?)")
                                                          .arg(db.describe(), entity.table, column, profile.name));
        set.types.insert(type, *types);
        auto table = db.readTable(entity.table);
        if (!table)
            return fail(table.error());
        QList<AppRow> list;
        list.reserve(table->size());
        for (const QJsonObject &columns : *table) {
            AppRow row;
            row.columns = columns;
            for (auto r = entity.references.constBegin(); r != entity.references.constEnd(); ++r) {
                const QJsonValue id = columns.value(r.key());
                if (id.isNull() || id.isUndefined())
                    continue;
                auto target = keyById[r.value()].constFind(id.toString());
                if (target != keyById[r.value()].constEnd())
                    row.refs.insert(r.key(), *target);
            }
            row.key = keyOf(entity, row);
            keyById[type].insert(columns.value(entity.idColumn).toString(), row.key);
            list.append(row);
        }
        set.rows.insert(type, list);
    }
    for (const ProfileLink &link : profile.links) {
        auto exists = db.hasTable(link.table);
        if (!exists)
            return fail(exists.error());
        if (!*exists)
            continue;
        auto table = db.readTable(link.table);
        if (!table)
            return fail(table.error());
        QList<AppLink> list;
        for (const QJsonObject &r : *table) {
            auto from = keyById[link.from].constFind(r.value(link.fromColumn).toString());
            auto to = keyById[link.to].constFind(r.value(link.toColumn).toString());
            if (from != keyById[link.from].constEnd() && to != keyById[link.to].constEnd())
                list.append({*from, *to});
        }
        set.links.insert(link.name, list);
    }
    return set;
}

namespace {

bool hasTag(const QJsonValue &stored, const QStringList &tags)
{
    const QJsonArray list = stored.isString() ? QJsonDocument::fromJson(stored.toString().toUtf8()).array() : stored.toArray();
    for (const QJsonValue &t : list) {
        const QStringList names = t.isObject() ? QStringList{t[QStringLiteral("id")].toString(), t[QStringLiteral("label")].toString()}
                                               : QStringList{t.toString()};
        for (const QString &n : names)
            if (!n.isEmpty() && tags.contains(n, Qt::CaseInsensitive))
                return true;
    }
    return false;
}

} // namespace

AppDataSet AppDataSet::selected(const AppProfile &profile, const AppSelection &selection) const
{
    QMap<QString, QSet<QString>> chosen; // type -> key texts
    for (const QString &type : profile.importOrder) {
        if (!selection.types.isEmpty() && !selection.types.contains(type))
            continue;
        if (selection.excludeTypes.contains(type))
            continue;
        const ProfileEntity &entity = profile.entities[type];
        for (const AppRow &row : rows[type]) {
            if (!selection.includeInactive && !entity.activeColumn.isEmpty() && !ProfileExpression::truthy(row.columns.value(entity.activeColumn)))
                continue;
            if (!selection.tags.isEmpty() && (entity.tagsColumn.isEmpty() || !hasTag(row.columns.value(entity.tagsColumn), selection.tags)))
                continue;
            chosen[type].insert(keyText(row.key));
        }
    }
    if (selection.dependencies) {
        bool grew = true;
        while (grew) {
            grew = false;
            for (const ProfileLink &link : profile.links)
                for (const AppLink &l : links[link.name])
                    if (chosen[link.from].contains(keyText(l.from)) && !chosen[link.to].contains(keyText(l.to))) {
                        chosen[link.to].insert(keyText(l.to));
                        grew = true;
                    }
            for (const QString &type : profile.importOrder) {
                const ProfileEntity &entity = profile.entities[type];
                for (const AppRow &row : rows[type]) {
                    if (!chosen[type].contains(keyText(row.key)))
                        continue;
                    for (auto r = row.refs.constBegin(); r != row.refs.constEnd(); ++r) {
                        const QString target = entity.references.value(r.key());
                        if (!chosen[target].contains(keyText(*r))) {
                            chosen[target].insert(keyText(*r));
                            grew = true;
                        }
                    }
                }
            }
        }
    }
    AppDataSet out;
    out.types = types;
    for (const QString &type : profile.importOrder) {
        const QSet<QString> keys = chosen.value(type);
        QList<AppRow> list;
        for (const AppRow &row : rows[type])
            if (keys.contains(keyText(row.key)))
                list.append(row);
        // A type is in the result when it has rows or was asked for: an empty list says "none of
        // these", which an import with strategy replace acts on.
        const bool asked = (selection.types.isEmpty() || selection.types.contains(type)) && !selection.excludeTypes.contains(type);
        if (!list.isEmpty() || asked)
            out.rows.insert(type, list);
    }
    for (const ProfileLink &link : profile.links) {
        QList<AppLink> list;
        for (const AppLink &l : links[link.name])
            if (chosen[link.from].contains(keyText(l.from)) && chosen[link.to].contains(keyText(l.to)))
                list.append(l);
        if (out.rows.contains(link.from) && out.rows.contains(link.to))
            out.links.insert(link.name, list);
    }
    return out;
}

} // namespace lifeboat
