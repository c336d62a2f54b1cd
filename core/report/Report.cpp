#include "Report.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lifeboat {

QByteArray Report::dataJson() const
{
    // QJsonObject sorts its keys: the same data always gives the same bytes.
    QJsonArray factArray;
    for (const auto &[name, value] : facts)
        factArray.append(QJsonArray{name, value});
    QJsonArray tableArray;
    for (const ReportTable &t : tables) {
        QJsonArray rows;
        for (const QStringList &r : t.rows)
            rows.append(QJsonArray::fromStringList(r));
        tableArray.append(QJsonObject{{QStringLiteral("title"), t.title}, {QStringLiteral("columns"), QJsonArray::fromStringList(t.columns)},
                                      {QStringLiteral("rows"), rows}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("facts"), factArray}, {QStringLiteral("tables"), tableArray}}).toJson(QJsonDocument::Compact);
}

QString Report::dataSha256() const
{
    return QString::fromLatin1(QCryptographicHash::hash(dataJson(), QCryptographicHash::Sha256).toHex());
}

} // namespace lifeboat
