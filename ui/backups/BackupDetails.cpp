#include "BackupDetails.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace lifeboat {

namespace {

QString row(const QString &key, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), value.toHtmlEscaped());
}

QString when(const QDateTime &t)
{
    return t.isValid() ? QStringLiteral("%1 (%2)").arg(QLocale().toString(t.toLocalTime(), QLocale::LongFormat), t.toUTC().toString(Qt::ISODate))
                       : QString();
}

QString scalar(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15); // whole numbers print without a fraction
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

} // namespace

QString BackupDetails::html(const CatalogEntry &entry, const QList<Catalog::Verification> &history)
{
    const BackupMetadata &m = entry.meta;
    QString out = QStringLiteral("<h3>%1</h3><table>").arg(m.id.toHtmlEscaped());
    out += row(tr("Job"), m.job) + row(tr("Kind"), m.kind) + row(tr("Status"), m.status);
    if (!m.error.isEmpty())
        out += row(tr("Error"), m.error);
    out += row(tr("Started"), when(m.startedAt)) + row(tr("Finished"), when(m.finishedAt));
    out += row(tr("Duration"), tr("%1 s").arg(m.durationSeconds, 0, 'f', 2));
    out += row(tr("Stored size"), QLocale().formattedDataSize(m.sizeBytes));
    out += row(tr("Source size"), QLocale().formattedDataSize(m.sourceBytes));
    out += row(tr("Repository"), entry.repository) + row(tr("Artifact"), m.artifact);
    out += row(tr("Compression"), m.compression) + row(tr("Encryption"), m.encryption);
    out += row(tr("Label"), m.label) + row(tr("Kept forever"), m.keepForever ? tr("yes") : tr("no"));
    out += row(tr("SHA-256 (stored)"), m.sha256) + row(tr("SHA-256 (content)"), m.contentSha256);
    out += QStringLiteral("</table>");

    QJsonObject source = m.source;
    const QJsonObject tables = source.take(QStringLiteral("tables")).toObject();
    if (!source.isEmpty()) {
        out += QStringLiteral("<h4>%1</h4><table>").arg(tr("Source").toHtmlEscaped());
        for (auto it = source.begin(); it != source.end(); ++it)
            if (!scalar(it.value()).isEmpty())
                out += row(it.key(), scalar(it.value()));
        out += QStringLiteral("</table>");
    }
    // Files backups: what the backup warned about, so it is seen where the backup is chosen.
    const QJsonArray leftOut = m.source.value(QStringLiteral("left_out")).toArray();
    if (!leftOut.isEmpty()) {
        out += QStringLiteral("<h4>%1</h4><table>").arg(tr("Left out of the backup").toHtmlEscaped());
        for (const QJsonValue &v : leftOut)
            out += row(v.toObject().value(QStringLiteral("path")).toString(), v.toObject().value(QStringLiteral("reason")).toString());
        out += QStringLiteral("</table>");
    }
    const QJsonArray changed = m.source.value(QStringLiteral("changed_during_backup")).toArray();
    if (!changed.isEmpty()) {
        out += QStringLiteral("<h4>%1</h4><table>").arg(tr("Changed while they were read (their copies may be inconsistent)").toHtmlEscaped());
        for (const QJsonValue &v : changed)
            out += row(v.toString(), QString());
        out += QStringLiteral("</table>");
    }
    if (!tables.isEmpty()) {
        out += QStringLiteral("<h4>%1</h4><table>").arg(tr("Tables and row counts (as of the backup's snapshot)").toHtmlEscaped());
        for (auto it = tables.begin(); it != tables.end(); ++it)
            out += row(it.key(), QLocale().toString(it.value().toInteger()));
        out += QStringLiteral("</table>");
    }
    if (!m.pitr.isEmpty()) {
        out += QStringLiteral("<h4>%1</h4><table>").arg(tr("Point-in-time recovery").toHtmlEscaped());
        for (auto it = m.pitr.begin(); it != m.pitr.end(); ++it)
            out += row(it.key(), scalar(it.value()));
        out += QStringLiteral("</table>");
    }
    if (!m.parts.isEmpty()) {
        out += QStringLiteral("<h4>%1</h4><table>").arg(tr("Further parts").toHtmlEscaped());
        for (auto it = m.parts.begin(); it != m.parts.end(); ++it)
            out += row(it.key(), it.value().toObject().value(QStringLiteral("artifact")).toString());
        out += QStringLiteral("</table>");
    }
    out += QStringLiteral("<h4>%1</h4>").arg(tr("Verification history").toHtmlEscaped());
    if (history.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(tr("Never verified since it was catalogued.").toHtmlEscaped());
    } else {
        out += QStringLiteral("<table>");
        for (const Catalog::Verification &v : history)
            out += row(when(v.at), v.message.isEmpty() ? tr("%1 at level %2").arg(v.status, v.level)
                                                       : tr("%1 at level %2: %3").arg(v.status, v.level, v.message));
        out += QStringLiteral("</table>");
    }
    return out;
}

} // namespace lifeboat
