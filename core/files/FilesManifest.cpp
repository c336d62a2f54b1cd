#include "FilesManifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lifeboat {

QByteArray FilesManifest::toJson() const
{
    QJsonArray list;
    for (const Entry &e : entries) {
        QJsonObject o{{QStringLiteral("path"), e.path}, {QStringLiteral("type"), e.type}};
        if (e.type == QLatin1String("file")) {
            o.insert(QStringLiteral("size"), e.size);
            o.insert(QStringLiteral("sha256"), e.sha256);
        }
        if (!e.target.isEmpty())
            o.insert(QStringLiteral("target"), e.target);
        list.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                           {QStringLiteral("root_mode"), rootMode},
                           {QStringLiteral("entries"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<FilesManifest> FilesManifest::fromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull() || !doc.isObject())
        return fail(ErrorCode::Corrupt, tr("the file manifest is not valid JSON: %1 (use another backup)").arg(error.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return fail(ErrorCode::Corrupt, tr("the file manifest has an unknown format \"%1\" (expected %2)")
                                            .arg(root.value(QStringLiteral("format")).toString(), QLatin1String(kFormat)));
    FilesManifest m;
    m.rootMode = root.value(QStringLiteral("root_mode")).toInt(0755) & 07777;
    static const QStringList types{QStringLiteral("file"), QStringLiteral("dir"), QStringLiteral("symlink"), QStringLiteral("hardlink"),
                                   QStringLiteral("fifo")};
    for (const QJsonValue &v : root.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.path = o.value(QStringLiteral("path")).toString();
        e.type = o.value(QStringLiteral("type")).toString();
        e.size = o.value(QStringLiteral("size")).toInteger();
        e.sha256 = o.value(QStringLiteral("sha256")).toString();
        e.target = o.value(QStringLiteral("target")).toString();
        if (e.path.isEmpty() || !types.contains(e.type) || (e.type == QLatin1String("file") && e.sha256.size() != 64))
            return fail(ErrorCode::Corrupt, tr("the file manifest has a malformed entry \"%1\" (use another backup)").arg(e.path));
        m.entries.append(e);
    }
    return m;
}

} // namespace lifeboat
