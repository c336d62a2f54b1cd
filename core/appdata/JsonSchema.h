#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace lifeboat {

// A JSON Schema (draft 2020-12) validator for the subset Lifeboat's shipped schemas use:
// type, properties, required, additionalProperties, items, enum, const, minLength, minItems,
// minimum, pattern, anyOf, oneOf, $ref into $defs (annotations such as title are ignored).
// A keyword outside the subset is reported as a problem rather than silently passed.
class JsonSchema
{
    Q_DECLARE_TR_FUNCTIONS(JsonSchema)

public:
    // Problems as "path: what", e.g. "entities.tools[3]: required property \"url\" is missing";
    // empty when the document is valid.
    static QStringList validate(const QJsonObject &schema, const QJsonValue &document, int maxProblems = 20);
};

} // namespace lifeboat
