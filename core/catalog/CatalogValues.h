#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace lifeboat::catalogvalues {

// A null QString binds as SQL NULL; the catalog's columns are NOT NULL with '' for "none".
inline QVariant text(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }
inline QVariant blob(const QByteArray &b) { return b.isNull() ? QVariant(QByteArray("")) : QVariant(b); }

} // namespace lifeboat::catalogvalues
