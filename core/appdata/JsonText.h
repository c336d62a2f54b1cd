#pragma once

#include <QJsonValue>
#include <optional>

namespace lifeboat::jsontext {

// JSON columns hold JSON text of any value, scalars too (a gateway's auth_value is a JSON
// string): QJsonDocument only reads and writes objects and arrays, so scalars travel wrapped.
QString write(const QJsonValue &value);          // compact; a string comes back with its quotes
std::optional<QJsonValue> read(const QString &text); // nullopt when the text is not JSON

} // namespace lifeboat::jsontext
