#include "ProfileExpression.h"

#include <QRegularExpression>
#include <QUuid>

namespace lifeboat {

struct ProfileExpression::Node
{
    enum Kind { Literal, Column, Call } kind = Literal;
    QJsonValue value;
    QString name;
    QList<std::shared_ptr<const Node>> args;
};

namespace {

using NodePtr = std::shared_ptr<const ProfileExpression::Node>;

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    Result<NodePtr> parseAll()
    {
        auto node = parseExpr();
        if (!node)
            return node;
        skipSpace();
        if (m_pos != m_text.size())
            return error(ProfileExpression::tr("unexpected \"%1\"").arg(m_text.mid(m_pos)));
        return node;
    }

private:
    Result<NodePtr> error(const QString &what) const
    {
        return fail(ErrorCode::InvalidConfig, ProfileExpression::tr("expression \"%1\": %2").arg(m_text, what));
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    Result<NodePtr> parseExpr()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return error(ProfileExpression::tr("ends too early"));
        auto node = std::make_shared<ProfileExpression::Node>();
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('\'')) {
            const int end = m_text.indexOf(QLatin1Char('\''), m_pos + 1);
            if (end < 0)
                return error(ProfileExpression::tr("a quote is not closed"));
            node->value = m_text.mid(m_pos + 1, end - m_pos - 1);
            m_pos = end + 1;
            return NodePtr(node);
        }
        int start = m_pos;
        while (m_pos < m_text.size() && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_')))
            ++m_pos;
        const QString word = m_text.mid(start, m_pos - start);
        if (word.isEmpty())
            return error(ProfileExpression::tr("unexpected \"%1\"").arg(c));
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('(')) {
            static const QStringList known{QStringLiteral("slug"), QStringLiteral("join"), QStringLiteral("ref"), QStringLiteral("uuid_hex"),
                                           QStringLiteral("now"), QStringLiteral("eq"), QStringLiteral("not"), QStringLiteral("and"),
                                           QStringLiteral("or"), QStringLiteral("present")};
            if (!known.contains(word))
                return error(ProfileExpression::tr("unknown function %1 (known: %2)").arg(word, known.join(QStringLiteral(", "))));
            node->kind = ProfileExpression::Node::Call;
            node->name = word;
            ++m_pos;
            skipSpace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char(')')) {
                ++m_pos;
                return NodePtr(node);
            }
            for (;;) {
                auto arg = parseExpr();
                if (!arg)
                    return arg;
                node->args.append(*arg);
                skipSpace();
                if (m_pos >= m_text.size())
                    return error(ProfileExpression::tr("a parenthesis is not closed"));
                if (m_text.at(m_pos) == QLatin1Char(')')) {
                    ++m_pos;
                    break;
                }
                if (m_text.at(m_pos) != QLatin1Char(','))
                    return error(ProfileExpression::tr("expected \",\" or \")\""));
                ++m_pos;
            }
            return NodePtr(node);
        }
        if (word == QLatin1String("null"))
            node->value = QJsonValue::Null;
        else if (word == QLatin1String("true") || word == QLatin1String("false"))
            node->value = word == QLatin1String("true");
        else {
            node->kind = ProfileExpression::Node::Column;
            node->name = word;
        }
        return NodePtr(node);
    }

    QString m_text;
    int m_pos = 0;
};

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QJsonValue eval(const NodePtr &node, const ProfileExpression::Context &context)
{
    using N = ProfileExpression::Node;
    if (node->kind == N::Literal)
        return node->value;
    if (node->kind == N::Column)
        return context.column ? context.column(node->name) : QJsonValue();
    auto arg = [&](int i) { return i < node->args.size() ? eval(node->args.at(i), context) : QJsonValue(); };
    const QString &f = node->name;
    if (f == QLatin1String("slug"))
        return ProfileExpression::slug(text(arg(0)));
    if (f == QLatin1String("join")) {
        QStringList parts;
        for (int i = 1; i < node->args.size(); ++i) {
            const QString part = text(arg(i));
            if (!part.isEmpty())
                parts.append(part);
        }
        return parts.join(text(arg(0)));
    }
    if (f == QLatin1String("ref")) {
        if (node->args.size() != 2 || node->args.at(0)->kind != N::Column || !context.ref)
            return QJsonValue();
        return context.ref(node->args.at(0)->name, text(arg(1)));
    }
    if (f == QLatin1String("uuid_hex"))
        return QUuid::createUuid().toString(QUuid::Id128);
    if (f == QLatin1String("now"))
        return context.now;
    if (f == QLatin1String("eq"))
        return arg(0) == arg(1);
    if (f == QLatin1String("not"))
        return !ProfileExpression::truthy(arg(0));
    if (f == QLatin1String("and"))
        return ProfileExpression::truthy(arg(0)) && ProfileExpression::truthy(arg(1));
    if (f == QLatin1String("or"))
        return ProfileExpression::truthy(arg(0)) || ProfileExpression::truthy(arg(1));
    if (f == QLatin1String("present")) {
        const QJsonValue v = arg(0);
        return !(v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()));
    }
    return QJsonValue();
}

void collectColumns(const NodePtr &node, QStringList &out)
{
    if (node->kind == ProfileExpression::Node::Column && !out.contains(node->name))
        out.append(node->name);
    for (const NodePtr &a : node->args)
        collectColumns(a, out);
}

} // namespace

Result<ProfileExpression> ProfileExpression::parse(const QString &text)
{
    Parser parser(text);
    auto root = parser.parseAll();
    if (!root)
        return fail(root.error());
    ProfileExpression e;
    e.m_root = *root;
    return e;
}

QJsonValue ProfileExpression::evaluate(const Context &context) const
{
    return m_root ? eval(m_root, context) : QJsonValue();
}

QStringList ProfileExpression::columns() const
{
    QStringList out;
    if (m_root)
        collectColumns(m_root, out);
    return out;
}

bool ProfileExpression::truthy(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString())
        return !value.toString().isEmpty();
    return !(value.isNull() || value.isUndefined());
}

QString ProfileExpression::slug(const QString &text)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString s = text.toLower();
    s.replace(other, QStringLiteral("-"));
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s;
}

} // namespace lifeboat
