#include "ImportPlan.h"

namespace lifeboat {

QString ImportPlanEntry::actionName(Action action)
{
    switch (action) {
    case Action::Create: return QStringLiteral("create");
    case Action::Update: return QStringLiteral("update");
    case Action::Unchanged: return QStringLiteral("unchanged");
    case Action::Skip: return QStringLiteral("skip");
    case Action::Rename: return QStringLiteral("rename");
    case Action::Conflict: return QStringLiteral("conflict");
    case Action::Delete: return QStringLiteral("delete");
    }
    return {};
}

int ImportPlan::count(ImportPlanEntry::Action action) const
{
    int n = 0;
    for (const ImportPlanEntry &e : entries)
        n += e.action == action;
    return n;
}

int ImportPlan::linksAdded() const
{
    int n = 0;
    for (const ImportLinkChange &c : linkChanges)
        n += c.add;
    return n;
}

int ImportPlan::linksRemoved() const
{
    return int(linkChanges.size()) - linksAdded();
}

bool ImportPlan::writesAnything() const
{
    using A = ImportPlanEntry::Action;
    return count(A::Create) + count(A::Update) + count(A::Rename) + count(A::Delete) + linkChanges.size() > 0;
}

QJsonObject ImportPlan::countsJson() const
{
    using A = ImportPlanEntry::Action;
    return QJsonObject{{QStringLiteral("created"), count(A::Create)},
                       {QStringLiteral("updated"), count(A::Update)},
                       {QStringLiteral("unchanged"), count(A::Unchanged)},
                       {QStringLiteral("skipped"), count(A::Skip)},
                       {QStringLiteral("renamed"), count(A::Rename)},
                       {QStringLiteral("deleted"), count(A::Delete)},
                       {QStringLiteral("conflicts"), count(A::Conflict)},
                       {QStringLiteral("links_added"), linksAdded()},
                       {QStringLiteral("links_removed"), linksRemoved()}};
}

QJsonObject ImportPlan::toJson() const
{
    QJsonArray list;
    for (const ImportPlanEntry &e : entries) {
        QJsonObject o{{QStringLiteral("type"), e.type}, {QStringLiteral("name"), e.label}, {QStringLiteral("action"), ImportPlanEntry::actionName(e.action)}};
        if (!e.matched.isEmpty())
            o.insert(QStringLiteral("matched"), e.matched);
        if (!e.differences.isEmpty())
            o.insert(QStringLiteral("differences"), QJsonArray::fromStringList(e.differences));
        if (!e.newLabel.isEmpty())
            o.insert(QStringLiteral("new_name"), e.newLabel);
        list.append(o);
    }
    QJsonArray links;
    for (const ImportLinkChange &c : linkChanges)
        links.append(QJsonObject{{QStringLiteral("link"), c.link}, {QStringLiteral("from"), c.from}, {QStringLiteral("to"), c.to},
                                 {QStringLiteral("action"), c.add ? QStringLiteral("add") : QStringLiteral("remove")}});
    return QJsonObject{{QStringLiteral("strategy"), strategy},
                       {QStringLiteral("entities"), list},
                       {QStringLiteral("links"), links},
                       {QStringLiteral("counts"), countsJson()},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

} // namespace lifeboat
