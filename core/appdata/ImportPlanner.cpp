#include "ImportPlanner.h"

#include "AppDatabase.h"
#include "JsonText.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace lifeboat {

namespace {

using Action = ImportPlanEntry::Action;

QJsonValue parseJson(const QJsonValue &stored)
{
    return stored.isString() ? jsontext::read(stored.toString()).value_or(stored) : stored;
}

QString normalTime(QString t)
{
    t.replace(QLatin1Char(' '), QLatin1Char('T'));
    if (t.endsWith(QLatin1Char('Z')))
        t.chop(1), t += QStringLiteral("+00:00");
    if (!t.contains(QLatin1Char('+')) && t.size() <= 26)
        t += QStringLiteral("+00:00");
    const int dot = t.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        int end = dot + 1;
        while (end < t.size() && t.at(end).isDigit())
            ++end;
        QString fraction = t.mid(dot + 1, end - dot - 1);
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        t = t.left(dot) + (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction) + t.mid(end);
    }
    return t;
}

QString nowCanonical()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000+00:00"));
}

struct Planner
{
    const AppProfile &profile;
    AppImportFile &file;
    AppDatabase &db;
    const ImportOptions &options;
    AppDataSet target;
    ImportPlan plan;
    QStringList errors;
    QString now = nowCanonical();
    // type -> file key text -> key in the database afterwards
    QMap<QString, QHash<QString, QJsonArray>> finalKey;
    QMap<QString, QSet<QString>> skippedKeys; // entities whose links stay as they are
    QMap<QString, QSet<QString>> takenKeys;   // keys in use after the import
    QMap<QString, QSet<QString>> takenIds;
    QMap<QString, QSet<QString>> missingOptional; // "type.column" -> values not in the target
    QMap<QString, int> missingOptionalRows;

    void error(const QString &message)
    {
        if (!errors.contains(message))
            errors.append(message);
    }

    // A row of `type` in the file (after planning) or in the database, by key in the database.
    const AppRow *findRow(const QString &type, const QJsonArray &key) const
    {
        const int t = target.indexOf(type, key);
        if (t >= 0)
            return &target.rows[type].at(t);
        for (const ImportPlanEntry &e : plan.entries)
            if (e.type == type && e.targetKey == key && (e.action == Action::Create || e.action == Action::Rename))
                return &e.row;
        return nullptr;
    }

    ProfileExpression::Context contextFor(const ProfileEntity &entity, const AppRow &row)
    {
        ProfileExpression::Context context;
        context.now = now;
        context.column = [&row](const QString &c) { return row.columns.value(c); };
        context.ref = [this, &entity, &row](const QString &refColumn, const QString &targetColumn) -> QJsonValue {
            auto it = row.refs.constFind(refColumn);
            if (it == row.refs.constEnd())
                return QJsonValue();
            const AppRow *found = findRow(entity.references.value(refColumn), *it);
            return found ? found->columns.value(targetColumn) : QJsonValue();
        };
        return context;
    }

    void derive(const ProfileEntity &entity, AppRow &row)
    {
        for (const auto &[column, expression] : entity.derived)
            row.columns.insert(column, expression.evaluate(contextFor(entity, row)));
    }

    void convertAppRow(const ProfileEntity &entity, AppRow &row)
    {
        const AppDatabase::ColumnTypes types = target.types.value(entity.type);
        QJsonObject converted;
        for (auto it = row.columns.constBegin(); it != row.columns.constEnd(); ++it)
            converted.insert(it.key(), ImportPlanner::canonicalFromApp(it.value(), types.value(it.key()), it.key() == entity.tagsColumn));
        row.columns = converted;
        for (const auto &[column, expression] : entity.defaults)
            if (row.columns.value(column).isNull() || row.columns.value(column).isUndefined())
                row.columns.insert(column, expression.evaluate(contextFor(entity, row)));
        derive(entity, row);
    }

    QStringList differences(const ProfileEntity &entity, const AppRow &incoming, const AppRow &existing, bool everything)
    {
        const AppDatabase::ColumnTypes types = target.types.value(entity.type);
        QStringList out;
        for (auto it = incoming.columns.constBegin(); it != incoming.columns.constEnd(); ++it) {
            const QString &c = it.key();
            if (c == entity.idColumn || !types.contains(c))
                continue;
            if (!everything && (profile.bookkeeping.contains(c) || entity.optionalReferences.contains(c)))
                continue;
            if (entity.references.contains(c)) {
                if (incoming.refs.value(c) != existing.refs.value(c))
                    out.append(c);
                continue;
            }
            if (!ImportPlanner::sameValue(it.value(), existing.columns.value(c), types.value(c)))
                out.append(c);
        }
        return out;
    }

    QJsonValue newId(const ProfileEntity &entity, const AppRow &row)
    {
        const QJsonValue wanted = row.columns.value(entity.idColumn);
        if (wanted.isString() && !wanted.toString().isEmpty() && !takenIds[entity.type].contains(wanted.toString()))
            return wanted;
        return QUuid::createUuid().toString(QUuid::Id128);
    }

    void checkReferences(const ProfileEntity &entity, AppRow &row)
    {
        for (auto r = entity.references.constBegin(); r != entity.references.constEnd(); ++r) {
            // planType already turned the reference into the key it has after this import.
            auto ref = row.refs.constFind(r.key());
            if (ref != row.refs.constEnd() && !plan.ids[r.value()].contains(AppDataSet::keyText(*ref)))
                error(ImportPlanner::tr("%1 '%2' field %3: %4 (%5) is neither in the file nor in the database")
                          .arg(entity.type, row.label(entity), r.key(), r.value(),
                               AppDataSet::describeKey(profile, profile.entities[r.value()], *ref)));
        }
        for (auto o = entity.optionalReferences.constBegin(); o != entity.optionalReferences.constEnd(); ++o) {
            const QJsonValue v = row.columns.value(o.key());
            if (v.isNull() || v.isUndefined())
                continue;
            auto found = db.exists(o.value().section(QLatin1Char('.'), 0, 0), o.value().section(QLatin1Char('.'), 1), v);
            if (found && *found)
                continue;
            row.columns.insert(o.key(), QJsonValue::Null);
            missingOptional[entity.type + QLatin1Char('.') + o.key()].insert(v.toString());
            ++missingOptionalRows[entity.type + QLatin1Char('.') + o.key()];
        }
    }

    void reportMissingOptional()
    {
        for (auto it = missingOptional.constBegin(); it != missingOptional.constEnd(); ++it) {
            QStringList values = it.value().values();
            values.sort();
            const QString type = it.key().section(QLatin1Char('.'), 0, 0), column = it.key().section(QLatin1Char('.'), 1);
            plan.warnings.append(ImportPlanner::tr("%n %1 refer to %2 values the target database does not have (%3); they are imported without them",
                                                   nullptr, missingOptionalRows.value(it.key()))
                                     .arg(type, column, values.mid(0, 3).join(QStringLiteral(", ")) + (values.size() > 3 ? QStringLiteral(", ...") : QString())));
        }
    }

    void planType(const QString &type)
    {
        const ProfileEntity &entity = profile.entities[type];
        QList<AppRow> &rows = file.data.rows[type];
        const AppDatabase::ColumnTypes types = target.types.value(type);
        QSet<QString> unknownColumns;
        for (AppRow &row : rows) {
            if (row.appFormat)
                convertAppRow(entity, row);
            for (auto it = row.columns.constBegin(); it != row.columns.constEnd(); ++it)
                if (!types.contains(it.key()))
                    unknownColumns.insert(it.key());
            // References are resolved to the keys they have after this import (renames).
            bool parentRenamed = false;
            for (auto r = entity.references.constBegin(); r != entity.references.constEnd(); ++r) {
                auto ref = row.refs.constFind(r.key());
                if (ref == row.refs.constEnd())
                    continue;
                const QJsonArray mapped = finalKey[r.value()].value(AppDataSet::keyText(*ref), *ref);
                parentRenamed = parentRenamed || mapped != *ref;
                row.refs.insert(r.key(), mapped);
            }
            // Under a renamed parent (a gateway copy) the columns derived from it change too.
            if (parentRenamed && !row.appFormat)
                derive(entity, row);
            const QJsonArray fileKey = row.key.isEmpty() || row.appFormat ? AppDataSet::keyOf(entity, row) : row.key;
            row.key = AppDataSet::keyOf(entity, row);
            ImportPlanEntry entry;
            entry.type = type;
            entry.label = row.label(entity);
            entry.key = fileKey;
            const int existing = target.indexOf(type, row.key);
            if (existing < 0) {
                if (takenKeys[type].contains(AppDataSet::keyText(row.key))) {
                    error(ImportPlanner::tr("%1 '%2' appears twice in the file (%3)").arg(type, entry.label, AppDataSet::describeKey(profile, entity, row.key)));
                    continue;
                }
                entry.action = Action::Create;
            } else {
                const AppRow &current = target.rows[type].at(existing);
                entry.targetId = current.columns.value(entity.idColumn);
                entry.matched = AppDataSet::describeKey(profile, entity, row.key);
                const QString &s = options.strategy;
                if (s == QLatin1String("skip"))
                    entry.action = Action::Skip;
                else if (s == QLatin1String("fail"))
                    entry.action = Action::Conflict;
                else if (s == QLatin1String("rename"))
                    entry.action = Action::Rename;
                else {
                    entry.differences = differences(entity, row, current, s == QLatin1String("replace"));
                    entry.action = entry.differences.isEmpty() ? Action::Unchanged : Action::Update;
                }
            }
            if (entry.action == Action::Rename) {
                for (int n = 1;; ++n) {
                    AppRow renamed = row;
                    for (const QString &c : entity.rename)
                        if (renamed.columns.value(c).isString())
                            renamed.columns.insert(c, renamed.columns.value(c).toString() + QStringLiteral("_imported_%1").arg(n));
                    derive(entity, renamed);
                    renamed.key = AppDataSet::keyOf(entity, renamed);
                    if (target.indexOf(type, renamed.key) < 0 && !takenKeys[type].contains(AppDataSet::keyText(renamed.key))) {
                        row = renamed;
                        entry.newLabel = row.label(entity);
                        break;
                    }
                }
            }
            entry.targetKey = row.key;
            finalKey[type].insert(AppDataSet::keyText(fileKey), row.key);
            if (entry.action == Action::Create || entry.action == Action::Rename) {
                entry.targetId = newId(entity, row);
                row.columns.insert(entity.idColumn, entry.targetId);
                takenIds[type].insert(entry.targetId.toString());
                takenKeys[type].insert(AppDataSet::keyText(row.key));
            }
            if (entry.action == Action::Skip || entry.action == Action::Conflict)
                skippedKeys[type].insert(AppDataSet::keyText(row.key));
            plan.ids[type].insert(AppDataSet::keyText(row.key), entry.targetId);
            entry.row = row;
            plan.entries.append(entry);
        }
        // References checked once every row of the type is planned (so errors name final keys).
        for (ImportPlanEntry &e : plan.entries)
            if (e.type == type && (e.action == Action::Create || e.action == Action::Rename || e.action == Action::Update))
                checkReferences(entity, e.row);
        if (!unknownColumns.isEmpty()) {
            QStringList list = unknownColumns.values();
            list.sort();
            plan.warnings.append(ImportPlanner::tr("%1: the target's table %2 has no column %3; those values are not imported (is it an older release?)")
                                     .arg(type, entity.table, list.join(QStringLiteral(", "))));
        }
    }

    void planDeletes(const QString &type)
    {
        const ProfileEntity &entity = profile.entities[type];
        QSet<QString> kept;
        for (const ImportPlanEntry &e : plan.entries)
            if (e.type == type)
                kept.insert(AppDataSet::keyText(e.targetKey));
        for (const AppRow &row : target.rows[type]) {
            if (kept.contains(AppDataSet::keyText(row.key)))
                continue;
            ImportPlanEntry entry;
            entry.action = Action::Delete;
            entry.type = type;
            entry.label = row.label(entity);
            entry.key = entry.targetKey = row.key;
            entry.targetId = row.columns.value(entity.idColumn);
            entry.matched = ImportPlanner::tr("not in the file");
            plan.entries.append(entry);
            plan.ids[type].remove(AppDataSet::keyText(row.key));
        }
    }

    // The "to" key a value of an application-format list (e.g. a tool name) stands for.
    std::optional<QJsonArray> resolveAppValue(const ProfileLink &link, const QJsonValue &value)
    {
        const QString text = value.isString() ? value.toString() : jsontext::write(value);
        for (const QString &column : link.appMatch.isEmpty() ? QStringList{profile.entities[link.to].idColumn} : link.appMatch) {
            for (const ImportPlanEntry &e : plan.entries)
                if (e.type == link.to && e.action != Action::Delete && (e.row.columns.value(column).toString() == text || (column == profile.entities[link.to].idColumn && e.targetId.toString() == text)))
                    return e.targetKey;
            for (const AppRow &row : target.rows[link.to])
                if (row.columns.value(column).toString() == text)
                    return row.key;
        }
        return std::nullopt;
    }

    void planLinks()
    {
        QSet<QString> deleted;
        for (const ImportPlanEntry &e : plan.entries)
            if (e.action == Action::Delete)
                deleted.insert(e.type + AppDataSet::keyText(e.targetKey));
        for (const ProfileLink &link : profile.links) {
            QList<AppLink> desired;
            bool given = file.data.links.contains(link.name);
            for (const AppLink &l : file.data.links.value(link.name))
                desired.append({finalKey[link.from].value(AppDataSet::keyText(l.from), l.from), finalKey[link.to].value(AppDataSet::keyText(l.to), l.to)});
            const ProfileEntity &from = profile.entities[link.from];
            const QString fieldName = link.appField.isEmpty() ? link.name : link.appField;
            for (const AppImportFile::PendingLink &p : file.appLinks) {
                if (p.link != link.name)
                    continue;
                given = true;
                const QList<AppRow> &rows = file.data.rows[link.from];
                if (p.fromIndex < 0 || p.fromIndex >= rows.size())
                    continue;
                const AppRow &fromRow = rows.at(p.fromIndex);
                auto to = resolveAppValue(link, p.value);
                if (!to) {
                    error(ImportPlanner::tr("%1 '%2' field %3: %4 '%5' is neither in the file nor in the database")
                              .arg(link.from, fromRow.label(from), fieldName, link.to, p.value.toString()));
                    continue;
                }
                desired.append({fromRow.key, *to});
            }
            if (!given || (!options.types.isEmpty() && !options.types.contains(link.from)))
                continue;
            QSet<QString> existing, wanted, fromInFile;
            for (const AppLink &l : target.links.value(link.name))
                existing.insert(AppDataSet::keyText(l.from) + AppDataSet::keyText(l.to));
            for (const ImportPlanEntry &e : plan.entries)
                if (e.type == link.from && e.action != Action::Delete && e.action != Action::Skip && e.action != Action::Conflict)
                    fromInFile.insert(AppDataSet::keyText(e.targetKey));
            for (const AppLink &l : desired) {
                if (skippedKeys[link.from].contains(AppDataSet::keyText(l.from)))
                    continue;
                const QString id = AppDataSet::keyText(l.from) + AppDataSet::keyText(l.to);
                if (wanted.contains(id))
                    continue;
                wanted.insert(id);
                if (!plan.ids[link.to].contains(AppDataSet::keyText(l.to))) {
                    error(ImportPlanner::tr("%1 (%2) field %3: %4 (%5) is neither in the file nor in the database")
                              .arg(link.from, AppDataSet::describeKey(profile, from, l.from), fieldName, link.to,
                                   AppDataSet::describeKey(profile, profile.entities[link.to], l.to)));
                    continue;
                }
                if (!plan.ids[link.from].contains(AppDataSet::keyText(l.from)))
                    continue;
                if (!existing.contains(id))
                    plan.linkChanges.append({link.name, l.from, l.to, true});
            }
            if (options.strategy != QLatin1String("replace"))
                continue;
            for (const AppLink &l : target.links.value(link.name)) {
                const QString id = AppDataSet::keyText(l.from) + AppDataSet::keyText(l.to);
                if (wanted.contains(id) || deleted.contains(link.from + AppDataSet::keyText(l.from)) || deleted.contains(link.to + AppDataSet::keyText(l.to)))
                    continue;
                if (fromInFile.contains(AppDataSet::keyText(l.from)))
                    plan.linkChanges.append({link.name, l.from, l.to, false});
            }
        }
    }
};

} // namespace

QStringList ImportPlanner::strategies()
{
    return {QStringLiteral("skip"), QStringLiteral("update"), QStringLiteral("rename"), QStringLiteral("fail"), QStringLiteral("replace")};
}

QJsonValue ImportPlanner::canonicalFromApp(const QJsonValue &value, const QString &type, bool tagsColumn)
{
    if (value.isNull() || value.isUndefined())
        return QJsonValue::Null;
    if (type == QLatin1String("json")) {
        QJsonValue v = value;
        if (tagsColumn && v.isArray()) {
            QJsonArray tags;
            for (const QJsonValue &t : v.toArray())
                tags.append(t.isString() ? QJsonValue(QJsonObject{{QStringLiteral("id"), t.toString().trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('-'))},
                                                                  {QStringLiteral("label"), t.toString()}})
                                         : t);
            v = tags;
        }
        return jsontext::write(v);
    }
    if (type == QLatin1String("boolean"))
        return ProfileExpression::truthy(value);
    if (type == QLatin1String("integer") || type == QLatin1String("real"))
        return value.isDouble() ? value : QJsonValue(value.toString().toDouble());
    if (type == QLatin1String("datetime"))
        return value.isString() ? QJsonValue(normalTime(value.toString())) : QJsonValue(QJsonValue::Null);
    if (value.isString())
        return value;
    return jsontext::write(value);
}

bool ImportPlanner::sameValue(const QJsonValue &a, const QJsonValue &b, const QString &type)
{
    const bool aNull = a.isNull() || a.isUndefined(), bNull = b.isNull() || b.isUndefined();
    if (aNull || bNull)
        return aNull == bNull;
    if (type == QLatin1String("json"))
        return parseJson(a) == parseJson(b);
    if (type == QLatin1String("datetime"))
        return normalTime(a.toString()) == normalTime(b.toString());
    if (type == QLatin1String("boolean"))
        return ProfileExpression::truthy(a) == ProfileExpression::truthy(b);
    if (type == QLatin1String("integer") || type == QLatin1String("real"))
        return a.toDouble() == b.toDouble();
    return a == b;
}

Result<ImportPlan> ImportPlanner::plan(const AppProfile &profile, AppImportFile file, AppDatabase &db, const ImportOptions &options)
{
    if (!strategies().contains(options.strategy))
        return fail(ErrorCode::Usage, tr("unknown strategy \"%1\" (use %2)").arg(options.strategy, strategies().join(QStringLiteral(", "))));
    for (const QString &t : options.types)
        if (!profile.entity(t))
            return fail(ErrorCode::Usage, tr("unknown entity type \"%1\" (known: %2)").arg(t, profile.importOrder.join(QStringLiteral(", "))));
    auto target = AppDataSet::load(db, profile);
    if (!target)
        return fail(target.error());
    Planner p{profile, file, db, options, *target, {}, {}, {}, {}, {}, {}, {}, {}, {}};
    p.plan.strategy = options.strategy;
    p.plan.warnings = file.warnings;
    for (const QString &type : profile.importOrder) {
        const ProfileEntity &entity = profile.entities[type];
        for (const AppRow &row : p.target.rows[type]) {
            p.plan.ids[type].insert(AppDataSet::keyText(row.key), row.columns.value(entity.idColumn));
            p.takenKeys[type].insert(AppDataSet::keyText(row.key));
            p.takenIds[type].insert(row.columns.value(entity.idColumn).toString());
        }
    }
    for (const QString &type : profile.importOrder)
        if (file.data.rows.contains(type) && (options.types.isEmpty() || options.types.contains(type)))
            p.planType(type);
    if (options.strategy == QLatin1String("replace"))
        for (const QString &type : profile.importOrder)
            if (file.data.rows.contains(type) && (options.types.isEmpty() || options.types.contains(type)))
                p.planDeletes(type);
    p.planLinks();
    p.reportMissingOptional();
    if (!p.errors.isEmpty())
        return fail(ErrorCode::Usage, tr("the file cannot be imported: %1%2 (nothing was written)")
                                          .arg(p.errors.first(), p.errors.size() > 1 ? tr("; and %n more problem(s)", nullptr, int(p.errors.size() - 1)) : QString()));
    return p.plan;
}

} // namespace lifeboat
