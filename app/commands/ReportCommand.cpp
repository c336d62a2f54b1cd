#include "ReportCommand.h"

#include "common/Clock.h"
#include "report/ReportBuilder.h"
#include "report/ReportOperation.h"
#include "report/ReportWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <unistd.h>

namespace lifeboat {

void ReportCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("KIND"), tr("rto-rpo, inventory or compliance."));
    parser.addOption({QStringLiteral("format"), tr("html, pdf, csv or json."), tr("FORMAT")});
    parser.addOption({QStringLiteral("output"), tr("The file to write."), tr("FILE")});
    parser.addOption({QStringLiteral("since"), tr("Start of the period (default: 90 days ago)."), tr("TS")});
}

int ReportCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || !ReportBuilder::kinds().contains(args.first()))
        return context.reportError({ErrorCode::Usage, tr("report needs one of rto-rpo, inventory or compliance"), {}});
    const QString format = parser.value(QStringLiteral("format"));
    if (!ReportWriter::formats().contains(format))
        return context.reportError({ErrorCode::Usage, tr("report needs --format html, pdf, csv or json"), {}});
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return context.reportError({ErrorCode::Usage, tr("report needs --output FILE"), {}});
    if (format == QLatin1String("pdf") && !ReportWriter::canWritePdf()) {
        // Qt's PDF writer lives in Qt Gui, which lifeboat-cli does not load (it starts for every
        // WAL segment); the lifeboat program beside it writes the PDF, headless.
        const QString gui = QFileInfo(QCoreApplication::applicationDirPath() + QStringLiteral("/lifeboat")).absoluteFilePath();
        if (!QFileInfo(gui).isExecutable())
            return context.reportError({ErrorCode::Failed, tr("PDF reports are written by the lifeboat program, which is not installed beside %1 (install it, or use --format html)")
                                                               .arg(QCoreApplication::applicationFilePath()),
                                        {}});
        QList<QByteArray> raw;
        for (const QString &a : QCoreApplication::arguments().mid(1))
            raw.append(a.toLocal8Bit());
        QByteArray self = QFile::encodeName(gui);
        std::vector<char *> argv{self.data()};
        for (QByteArray &a : raw)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        ::execv(self.constData(), argv.data());
        return context.reportError({ErrorCode::Failed, tr("cannot start %1 to write the PDF: %2").arg(gui, QString::fromLocal8Bit(strerror(errno))), {}});
    }
    auto config = context.loadConfig();
    if (!config)
        return context.reportError(config.error());
    ReportParams params;
    params.config = *config;
    params.kind = args.first();
    params.format = format;
    params.output = output;
    if (parser.isSet(QStringLiteral("since"))) {
        params.since = parseInputTime(parser.value(QStringLiteral("since")), config->timezone);
        if (!params.since.isValid())
            return context.reportError({ErrorCode::Usage, tr("--since \"%1\" is not a time (use ISO 8601, e.g. 2025-01-01T00:00:00Z)").arg(parser.value(QStringLiteral("since"))), {}});
    }
    ReportOperation operation(params);
    if (Status s = context.runOperation(operation); !s)
        return context.reportError(s.error());
    const ReportResult &report = operation.result();
    if (context.json) {
        context.printJson(QJsonObject{{QStringLiteral("report"), params.kind},
                                      {QStringLiteral("format"), format},
                                      {QStringLiteral("output"), report.output},
                                      {QStringLiteral("period_from"), isoUtc(report.periodFrom)},
                                      {QStringLiteral("period_to"), isoUtc(report.periodTo)},
                                      {QStringLiteral("data_sha256"), report.dataSha256}});
        return 0;
    }
    context.printLine(tr("Wrote the %1 report (%2) to %3; SHA-256 of its data: %4").arg(params.kind, format, report.output, report.dataSha256));
    return 0;
}

} // namespace lifeboat
