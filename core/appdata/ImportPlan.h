#pragma once

#include "AppDataSet.h"

namespace lifeboat {

// What an import will do, entity by entity: the dry run prints it, the GUI shows it as a
// table, and ImportApplier carries it out in one transaction.
struct ImportPlanEntry
{
    enum class Action { Create, Update, Unchanged, Skip, Rename, Conflict, Delete };
    Action action = Action::Create;
    QString type;
    QString label;          // the entity's name (or uri) in the file
    QString newLabel;       // rename: the name it gets
    QString matched;        // the key that matched an existing entity, in words
    QStringList differences; // columns whose values differ from the existing entity
    QJsonArray key;         // key in the file
    QJsonArray targetKey;   // key it has in the database afterwards
    AppRow row;             // what gets written (create, rename, update)
    QJsonValue targetId;    // the existing row (update, unchanged, skip, delete) or the new id

    static QString actionName(Action action);
};

struct ImportLinkChange
{
    QString link;
    QJsonArray from, to;     // keys in the database afterwards
    bool add = true;
};

struct ImportPlan
{
    QString strategy;
    QList<ImportPlanEntry> entries;
    QList<ImportLinkChange> linkChanges;
    QStringList warnings;
    // Database id of every entity after the import, by type and key text (references and
    // links are written with these).
    QMap<QString, QHash<QString, QJsonValue>> ids;

    int count(ImportPlanEntry::Action action) const;
    int linksAdded() const;
    int linksRemoved() const;
    bool hasConflicts() const { return count(ImportPlanEntry::Action::Conflict) > 0; }
    bool writesAnything() const;
    QJsonObject toJson() const;
    QJsonObject countsJson() const;
};

} // namespace lifeboat
