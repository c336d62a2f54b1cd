#include "ImportApplier.h"

#include "AppDatabase.h"
#include "common/OperationContext.h"

#include <QDateTime>

namespace lifeboat {

namespace {

using Action = ImportPlanEntry::Action;

Status applyAll(const AppProfile &profile, const ImportPlan &plan, AppDatabase &db, OperationContext *context)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000+00:00"));
    const bool replace = plan.strategy == QLatin1String("replace");
    qint64 done = 0;
    const qint64 total = plan.entries.size() + plan.linkChanges.size();
    auto step = [&]() -> Status {
        if (context) {
            if (context->isCancelled())
                return fail(ErrorCode::Cancelled, ImportApplier::tr("import cancelled; nothing was written"));
            context->reportItems(++done, total);
        }
        return {};
    };
    auto failed = [](const ImportPlanEntry &e, const Error &error) {
        return fail(error.code, ImportApplier::tr("%1 '%2': %3").arg(e.type, e.newLabel.isEmpty() ? e.label : e.newLabel, error.message), error.detail);
    };
    auto idOf = [&plan](const QString &type, const QJsonArray &key) { return plan.ids.value(type).value(AppDataSet::keyText(key)); };
    auto withReferences = [&](const ProfileEntity &entity, const ImportPlanEntry &e, QJsonObject columns) {
        for (auto r = entity.references.constBegin(); r != entity.references.constEnd(); ++r) {
            auto ref = e.row.refs.constFind(r.key());
            columns.insert(r.key(), ref == e.row.refs.constEnd() ? QJsonValue(QJsonValue::Null) : idOf(r.value(), *ref));
        }
        return columns;
    };
    auto evaluate = [&](const QList<QPair<QString, ProfileExpression>> &list, const AppRow &row, QJsonObject &into, bool onlyMissing) {
        ProfileExpression::Context c;
        c.now = now;
        c.column = [&row](const QString &name) { return row.columns.value(name); };
        for (const auto &[column, expression] : list)
            if (!onlyMissing || into.value(column).isNull() || into.value(column).isUndefined())
                into.insert(column, expression.evaluate(c));
    };

    // Deletes first, from the entities that reference others to the ones referenced, so a
    // replaced entity never collides with the one it replaces.
    for (auto type = profile.importOrder.crbegin(); type != profile.importOrder.crend(); ++type)
        for (const ImportPlanEntry &e : plan.entries) {
            if (e.type != *type || e.action != Action::Delete)
                continue;
            const ProfileEntity &entity = profile.entities[e.type];
            auto status = db.remove(entity.table, QJsonObject{{entity.idColumn, e.targetId}});
            if (!status)
                return failed(e, status.error());
            LB_TRY(step());
        }
    for (const QString &type : profile.importOrder) {
        const ProfileEntity &entity = profile.entities[type];
        for (const ImportPlanEntry &e : plan.entries) {
            if (e.type != type || e.action == Action::Delete)
                continue;
            Status status;
            if (e.action == Action::Create || e.action == Action::Rename) {
                QJsonObject columns = withReferences(entity, e, e.row.columns);
                columns.insert(entity.idColumn, e.targetId);
                if (e.row.appFormat)
                    evaluate(profile.onCreate, e.row, columns, true);
                status = db.insert(entity.table, columns);
            } else if (e.action == Action::Update) {
                QJsonObject changes;
                const QJsonObject all = withReferences(entity, e, e.row.columns);
                for (const QString &c : e.differences)
                    changes.insert(c, all.value(c));
                if (!replace)
                    evaluate(profile.onUpdate, e.row, changes, false);
                status = db.update(entity.table, entity.idColumn, e.targetId, changes);
            }
            if (!status)
                return failed(e, status.error());
            LB_TRY(step());
        }
    }
    for (const ImportLinkChange &c : plan.linkChanges) {
        const ProfileLink &link = profile.links[c.link];
        const QJsonObject row{{link.fromColumn, idOf(link.from, c.from)}, {link.toColumn, idOf(link.to, c.to)}};
        auto status = c.add ? db.insert(link.table, row) : db.remove(link.table, row);
        if (!status)
            return fail(status.error().code, ImportApplier::tr("link %1 %2 -> %3: %4")
                                                 .arg(c.link, AppDataSet::keyText(c.from), AppDataSet::keyText(c.to), status.error().message));
        LB_TRY(step());
    }
    return {};
}

} // namespace

Status ImportApplier::apply(const AppProfile &profile, const ImportPlan &plan, AppDatabase &db, OperationContext *context)
{
    LB_TRY(db.begin());
    auto status = applyAll(profile, plan, db, context);
    if (!status) {
        db.rollback();
        Error e = status.error();
        if (e.code != ErrorCode::Cancelled)
            e.message = tr("import rolled back, the database is as it was: %1").arg(e.message);
        return fail(e);
    }
    auto committed = db.commit();
    if (!committed) {
        db.rollback();
        return fail(committed.error().code, tr("import rolled back, the database is as it was: %1").arg(committed.error().message));
    }
    return {};
}

} // namespace lifeboat
