#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <functional>
#include <memory>

namespace lifeboat {

// The tiny expression language of application profiles (resources/profiles/*.json), so that
// how an application derives its columns (slugs, computed names) and which rows its own export
// format carries is data, not code: a second profile needs no C++.
//   name            a column of the row
//   'text'          a literal; null, true, false
//   slug(x)         lower case, runs of other characters as "-" (the gateway's slugify)
//   join(s, a, ...) the non-empty arguments joined with s
//   ref(c, t)       column t of the row that reference column c points to (null when none)
//   uuid_hex()      32 hex digits (uuid4().hex), now() the current time as stored
//   eq(a, b), not(a), and(a, b), or(a, b), present(a)
class ProfileExpression
{
    Q_DECLARE_TR_FUNCTIONS(ProfileExpression)

public:
    struct Context
    {
        std::function<QJsonValue(const QString &column)> column;
        std::function<QJsonValue(const QString &referenceColumn, const QString &targetColumn)> ref;
        QString now; // canonical timestamp
    };

    static Result<ProfileExpression> parse(const QString &text);
    QJsonValue evaluate(const Context &context) const;
    // Columns the expression reads (so a profile can be checked against a table).
    QStringList columns() const;
    static bool truthy(const QJsonValue &value);
    static QString slug(const QString &text);

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
};

} // namespace lifeboat
