#include "ReportWriter.h"

#include "common/Clock.h"
#include "common/FileOps.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace lifeboat {

namespace {

ReportWriter::PdfRenderer &pdfRenderer()
{
    static ReportWriter::PdfRenderer renderer;
    return renderer;
}

QString period(const Report &r)
{
    return ReportWriter::tr("%1 to %2").arg(r.periodFrom.isValid() ? isoUtc(r.periodFrom) : ReportWriter::tr("the beginning"), isoUtc(r.periodTo));
}

QByteArray csvField(const QString &s)
{
    QByteArray f = s.toUtf8();
    if (f.contains(',') || f.contains('"') || f.contains('\n') || f.contains('\r')) {
        f.replace('"', "\"\"");
        f = '"' + f + '"';
    }
    return f;
}

QByteArray csvRow(const QStringList &fields)
{
    QByteArrayList out;
    for (const QString &f : fields)
        out.append(csvField(f));
    return out.join(',') + "\r\n";
}

} // namespace

QStringList ReportWriter::formats() { return {QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("json")}; }

void ReportWriter::setPdfRenderer(PdfRenderer renderer) { pdfRenderer() = std::move(renderer); }

bool ReportWriter::canWritePdf() { return bool(pdfRenderer()); }

QString ReportWriter::html(const Report &r, const QString &dataSha256)
{
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n").arg(r.title.toHtmlEscaped());
    out += QStringLiteral("<style>body{font-family:sans-serif;font-size:10pt;margin:2em;color:#222}h1{font-size:16pt}h2{font-size:12pt;margin-top:1.5em}"
                          "table{border-collapse:collapse;margin:.5em 0;font-size:8pt}th,td{border:1px solid #999;padding:3px 6px;text-align:left;vertical-align:top}"
                          "th{background:#e8e8e8}.meta td{border:none;padding:1px 8px 1px 0}.hash{font-family:monospace;font-size:8pt}</style>\n</head><body>\n");
    out += QStringLiteral("<h1>%1</h1>\n<table class=\"meta\">\n").arg(r.title.toHtmlEscaped());
    const QList<QPair<QString, QString>> meta{{tr("Period"), period(r)},
                                              {tr("Generated"), isoUtc(r.generatedAt)},
                                              {tr("Lifeboat version"), r.version},
                                              {tr("SHA-256 of the data section"), dataSha256.isEmpty() ? r.dataSha256() : dataSha256}};
    for (const auto &[k, v] : meta)
        out += QStringLiteral("<tr><td><b>%1</b></td><td%3>%2</td></tr>\n").arg(k.toHtmlEscaped(), v.toHtmlEscaped(),
                                                                              k == meta.last().first ? QStringLiteral(" class=\"hash\"") : QString());
    out += QStringLiteral("</table>\n<h2>%1</h2>\n<table>\n").arg(tr("Summary"));
    for (const auto &[k, v] : r.facts)
        out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    out += QStringLiteral("</table>\n");
    for (const ReportTable &t : r.tables) {
        out += QStringLiteral("<h2>%1</h2>\n").arg(t.title.toHtmlEscaped());
        if (t.rows.isEmpty()) {
            out += QStringLiteral("<p>%1</p>\n").arg(tr("None in this period."));
            continue;
        }
        out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">\n<tr>");
        for (const QString &column : t.columns)
            out += QStringLiteral("<th>%1</th>").arg(column.toHtmlEscaped());
        out += QStringLiteral("</tr>\n");
        for (const QStringList &row : t.rows) {
            out += QStringLiteral("<tr>");
            for (const QString &cell : row) {
                // A time may break between date and hour (an ISO "T" may not), which lets
                // narrow pages lay the table out without breaking ids.
                static const QRegularExpression isoTime(QStringLiteral("(\\d{4}-\\d\\d-\\d\\d)T(\\d\\d:\\d\\d)"));
                out += QStringLiteral("<td>%1</td>").arg(QString(cell).replace(isoTime, QStringLiteral("\\1 \\2")).toHtmlEscaped());
            }
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }
    out += QStringLiteral("<p class=\"hash\">%1</p>\n</body></html>\n")
               .arg(tr("The SHA-256 above is over the report's data as JSON (lifeboat-cli report ... --format json prints the same data); "
                       "recompute it to check that this report was not changed.")
                        .toHtmlEscaped());
    return out;
}

QByteArray ReportWriter::csv(const Report &r)
{
    QByteArray out;
    out += csvRow({QStringLiteral("report"), r.kind});
    out += csvRow({QStringLiteral("title"), r.title});
    out += csvRow({QStringLiteral("period_from"), r.periodFrom.isValid() ? isoUtc(r.periodFrom) : QString()});
    out += csvRow({QStringLiteral("period_to"), isoUtc(r.periodTo)});
    out += csvRow({QStringLiteral("generated_at"), isoUtc(r.generatedAt)});
    out += csvRow({QStringLiteral("lifeboat_version"), r.version});
    out += csvRow({QStringLiteral("data_sha256"), r.dataSha256()});
    for (const auto &[k, v] : r.facts)
        out += csvRow({QStringLiteral("fact"), k, v});
    for (const ReportTable &t : r.tables) {
        out += "\r\n";
        out += csvRow({QStringLiteral("table"), t.title});
        out += csvRow(t.columns);
        for (const QStringList &row : t.rows)
            out += csvRow(row);
    }
    return out;
}

QByteArray ReportWriter::json(const Report &r)
{
    QJsonObject o{{QStringLiteral("report"), r.kind},
                  {QStringLiteral("title"), r.title},
                  {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), r.periodFrom.isValid() ? QJsonValue(isoUtc(r.periodFrom)) : QJsonValue()},
                                                         {QStringLiteral("to"), isoUtc(r.periodTo)}}},
                  {QStringLiteral("generated_at"), isoUtc(r.generatedAt)},
                  {QStringLiteral("lifeboat_version"), r.version},
                  {QStringLiteral("data"), QJsonDocument::fromJson(r.dataJson()).object()},
                  {QStringLiteral("data_sha256"), r.dataSha256()}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Status ReportWriter::write(const Report &report, const QString &format, const QString &path)
{
    if (!formats().contains(format))
        return fail(ErrorCode::Usage, tr("unknown format \"%1\" (choose html, pdf, csv or json)").arg(format));
    if (path.isEmpty())
        return fail(ErrorCode::Usage, tr("a report needs --output FILE"));
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return fail(ErrorCode::NotFound, tr("folder %1 does not exist (create it or choose another --output)").arg(info.absolutePath()));
    const QString partial = info.absoluteFilePath() + QStringLiteral(".lifeboat.partial");
    if (format == QLatin1String("pdf")) {
        if (!pdfRenderer())
            return fail(ErrorCode::Failed, tr("this program cannot write PDF (use the lifeboat program, or --format html)"));
        LB_TRY(pdfRenderer()(html(report), partial));
    } else {
        const QByteArray data = format == QLatin1String("html") ? html(report).toUtf8() : format == QLatin1String("csv") ? csv(report) : json(report);
        QFile f(partial);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size() || !f.flush()) {
            const Error e = FileOps::errnoError(errno ? errno : EIO, partial, tr("cannot write"));
            f.remove();
            return fail(e);
        }
        f.close();
    }
    QFile::remove(info.absoluteFilePath());
    if (!QFile::rename(partial, info.absoluteFilePath())) {
        QFile::remove(partial);
        return fail(ErrorCode::Failed, tr("cannot move the report into %1 (check the folder's permissions)").arg(info.absoluteFilePath()));
    }
    return {};
}

} // namespace lifeboat
