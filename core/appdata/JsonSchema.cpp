#include "JsonSchema.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace lifeboat {

namespace {

class Validator
{
public:
    Validator(const QJsonObject &root, int maxProblems) : m_root(root), m_max(maxProblems) {}

    void check(const QJsonObject &schema, const QJsonValue &value, const QString &path)
    {
        if (m_problems.size() >= m_max)
            return;
        static const QSet<QString> known{QStringLiteral("$schema"), QStringLiteral("$id"), QStringLiteral("$defs"), QStringLiteral("$ref"),
                                         QStringLiteral("$comment"), QStringLiteral("title"), QStringLiteral("description"),
                                         QStringLiteral("default"), QStringLiteral("examples"), QStringLiteral("format"),
                                         QStringLiteral("type"), QStringLiteral("properties"), QStringLiteral("required"),
                                         QStringLiteral("additionalProperties"), QStringLiteral("items"), QStringLiteral("enum"),
                                         QStringLiteral("const"), QStringLiteral("minLength"), QStringLiteral("minItems"),
                                         QStringLiteral("minimum"), QStringLiteral("pattern"), QStringLiteral("anyOf"), QStringLiteral("oneOf")};
        for (auto it = schema.constBegin(); it != schema.constEnd(); ++it)
            if (!known.contains(it.key()))
                problem(path, JsonSchema::tr("the schema uses keyword %1, which this validator does not support").arg(it.key()));
        if (schema.contains(QStringLiteral("$ref"))) {
            const QString ref = schema.value(QStringLiteral("$ref")).toString();
            const QString prefix = QStringLiteral("#/$defs/");
            const QJsonObject target = m_root.value(QStringLiteral("$defs")).toObject().value(ref.mid(prefix.size())).toObject();
            if (!ref.startsWith(prefix) || target.isEmpty())
                problem(path, JsonSchema::tr("the schema's reference %1 cannot be resolved").arg(ref));
            else
                check(target, value, path);
        }
        if (schema.contains(QStringLiteral("type")) && !typeMatches(schema.value(QStringLiteral("type")), value)) {
            problem(path, JsonSchema::tr("is %1, expected %2").arg(typeName(value), typeList(schema.value(QStringLiteral("type")))));
            return;
        }
        if (schema.contains(QStringLiteral("enum")) && !schema.value(QStringLiteral("enum")).toArray().contains(value))
            problem(path, JsonSchema::tr("%1 is not one of %2").arg(show(value), show(schema.value(QStringLiteral("enum")))));
        if (schema.contains(QStringLiteral("const")) && schema.value(QStringLiteral("const")) != value)
            problem(path, JsonSchema::tr("must be %1").arg(show(schema.value(QStringLiteral("const")))));
        if (value.isString()) {
            const QString s = value.toString();
            if (schema.contains(QStringLiteral("minLength")) && s.size() < schema.value(QStringLiteral("minLength")).toInt())
                problem(path, JsonSchema::tr("is shorter than %1 characters").arg(schema.value(QStringLiteral("minLength")).toInt()));
            if (schema.contains(QStringLiteral("pattern"))) {
                const QRegularExpression re(schema.value(QStringLiteral("pattern")).toString());
                if (!re.match(s).hasMatch())
                    problem(path, JsonSchema::tr("\"%1\" does not match the pattern %2").arg(s.left(60), re.pattern()));
            }
        }
        if (value.isDouble() && schema.contains(QStringLiteral("minimum")) && value.toDouble() < schema.value(QStringLiteral("minimum")).toDouble())
            problem(path, JsonSchema::tr("is below the minimum %1").arg(schema.value(QStringLiteral("minimum")).toDouble()));
        if (value.isObject()) {
            const QJsonObject o = value.toObject();
            for (const QJsonValue &r : schema.value(QStringLiteral("required")).toArray())
                if (!o.contains(r.toString()))
                    problem(path, JsonSchema::tr("required property \"%1\" is missing").arg(r.toString()));
            const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                const QString child = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
                if (properties.contains(it.key()))
                    check(properties.value(it.key()).toObject(), it.value(), child);
                else if (additional.isBool() && !additional.toBool())
                    problem(path, JsonSchema::tr("property \"%1\" is not allowed").arg(it.key()));
                else if (additional.isObject())
                    check(additional.toObject(), it.value(), child);
            }
        }
        if (value.isArray()) {
            const QJsonArray a = value.toArray();
            if (schema.contains(QStringLiteral("minItems")) && a.size() < schema.value(QStringLiteral("minItems")).toInt())
                problem(path, JsonSchema::tr("has fewer than %1 items").arg(schema.value(QStringLiteral("minItems")).toInt()));
            if (schema.value(QStringLiteral("items")).isObject())
                for (int i = 0; i < a.size(); ++i)
                    check(schema.value(QStringLiteral("items")).toObject(), a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
        }
        for (const QString &kind : {QStringLiteral("anyOf"), QStringLiteral("oneOf")}) {
            if (!schema.contains(kind))
                continue;
            int matching = 0;
            QStringList firstProblems;
            for (const QJsonValue &alternative : schema.value(kind).toArray()) {
                Validator inner(m_root, m_max);
                inner.check(alternative.toObject(), value, path);
                if (inner.m_problems.isEmpty())
                    ++matching;
                else if (firstProblems.isEmpty())
                    firstProblems = inner.m_problems;
            }
            if (matching == 0)
                problem(path, JsonSchema::tr("matches none of the allowed forms (first: %1)").arg(firstProblems.value(0)));
            else if (kind == QLatin1String("oneOf") && matching > 1)
                problem(path, JsonSchema::tr("matches more than one of the allowed forms"));
        }
    }

    QStringList m_problems;

private:
    void problem(const QString &path, const QString &what)
    {
        if (m_problems.size() < m_max)
            m_problems.append((path.isEmpty() ? JsonSchema::tr("(top level)") : path) + QStringLiteral(": ") + what);
    }
    static QString typeName(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null: return QStringLiteral("null");
        case QJsonValue::Bool: return QStringLiteral("boolean");
        case QJsonValue::Double: return QStringLiteral("number");
        case QJsonValue::String: return QStringLiteral("string");
        case QJsonValue::Array: return QStringLiteral("array");
        case QJsonValue::Object: return QStringLiteral("object");
        default: return QStringLiteral("missing");
        }
    }
    static bool oneType(const QString &t, const QJsonValue &v)
    {
        if (t == QLatin1String("integer"))
            return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
        return t == typeName(v);
    }
    static bool typeMatches(const QJsonValue &type, const QJsonValue &v)
    {
        if (type.isString())
            return oneType(type.toString(), v);
        for (const QJsonValue &t : type.toArray())
            if (oneType(t.toString(), v))
                return true;
        return false;
    }
    static QString typeList(const QJsonValue &type)
    {
        if (type.isString())
            return type.toString();
        QStringList out;
        for (const QJsonValue &t : type.toArray())
            out.append(t.toString());
        return out.join(QStringLiteral(" or "));
    }
    static QString show(const QJsonValue &v)
    {
        if (v.isString())
            return QLatin1Char('"') + v.toString() + QLatin1Char('"');
        if (v.isArray()) {
            QStringList parts;
            for (const QJsonValue &x : v.toArray())
                parts.append(show(x));
            return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
        }
        if (v.isBool())
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (v.isNull())
            return QStringLiteral("null");
        if (v.isDouble())
            return QString::number(v.toDouble());
        return typeName(v);
    }

    const QJsonObject &m_root;
    int m_max;
};

} // namespace

QStringList JsonSchema::validate(const QJsonObject &schema, const QJsonValue &document, int maxProblems)
{
    Validator v(schema, maxProblems);
    v.check(schema, document, QString());
    return v.m_problems;
}

} // namespace lifeboat
