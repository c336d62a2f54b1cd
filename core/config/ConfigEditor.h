#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace lifeboat {

// Edits one table ([jobs.NAME], [catalog], [repositories.NAME]) of a config file's text in place, so that everything else the user
// wrote — other tables, comments, blank lines, key order — stays as it was. A key's line is
// replaced where it stands (a comment after the value is kept), a new key goes after the table's
// last key, an empty value removes the key's line, a new job is appended at the end. Values that
// span several lines are refused rather than guessed at. The result is checked by loading it.
class ConfigEditor
{
    Q_DECLARE_TR_FUNCTIONS(ConfigEditor)

public:
    // key -> TOML value text (e.g. "\"zstd:3\"", "2", "[\"a\", \"b\"]", "{ daily = 7 }"); "" removes.
    using Values = QList<QPair<QString, QString>>;

    static Result<QString> setJob(const QString &text, const QString &job, const Values &values);
    // The same for any table: "catalog", "repositories.NAME".
    static Result<QString> setTable(const QString &text, const QString &table, const Values &values);
    // A TOML basic string for `value`, escaped.
    static QString quote(const QString &value);
    // A TOML array of basic strings.
    static QString quoteList(const QStringList &values);
};

} // namespace lifeboat
