#include "ExportCommand.h"

#include "appdata/AppTransferOperations.h"

#include <QJsonObject>

namespace lifeboat {

namespace {
QStringList list(const QCommandLineParser &parser, const QString &name)
{
    QStringList out;
    for (const QString &v : parser.values(name))
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out.append(part.trimmed());
    return out;
}
} // namespace

QString ExportCommand::summary() const
{
    return tr("Export an app-export job's configuration (e.g. MCP Gateway tools, gateways, servers) as JSON the application can import too.");
}

QString ExportCommand::usage() const
{
    return QStringLiteral("JOB --output FILE [--types T,...] [--exclude-types T,...] [--tags T,...] [--include-inactive] [--no-dependencies] "
                          "[--rekey-from-secret-file F --rekey-to-secret-file F]");
}

void ExportCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("JOB"), tr("An app-export job."));
    parser.addOption({{QStringLiteral("output"), QStringLiteral("o")}, tr("The file to write (mode 0600, written atomically)."), tr("FILE")});
    parser.addOption({QStringLiteral("types"), tr("Only these entity types (comma-separated)."), tr("T,...")});
    parser.addOption({QStringLiteral("exclude-types"), tr("Leave these entity types out."), tr("T,...")});
    parser.addOption({QStringLiteral("tags"), tr("Only entities carrying one of these tags."), tr("T,...")});
    parser.addOption({QStringLiteral("include-inactive"), tr("Include disabled entities too.")});
    parser.addOption({QStringLiteral("no-dependencies"), tr("Do not bring in what selected entities need (a server's tools, a tool's gateway).")});
    parser.addOption({QStringLiteral("rekey-from-secret-file"), tr("File holding the source environment's application secret (e.g. AUTH_ENCRYPTION_SECRET)."), tr("FILE")});
    parser.addOption({QStringLiteral("rekey-to-secret-file"), tr("File holding the target environment's application secret: secrets are re-encrypted for it."), tr("FILE")});
    parser.addOption({QStringLiteral("exported-by"), tr("Who the file says exported it (default: the OS user)."), tr("NAME")});
}

int ExportCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() != 1)
        return context.reportError({ErrorCode::Usage, tr("export takes exactly one JOB (see lifeboat-cli export --help)"), {}});
    if (!parser.isSet(QStringLiteral("output")))
        return context.reportError({ErrorCode::Usage, tr("export needs --output FILE"), {}});
    auto config = context.loadConfig();
    if (!config)
        return context.reportError(config.error());
    AppExportParams params;
    params.config = *config;
    params.job = parser.positionalArguments().first();
    params.output = parser.value(QStringLiteral("output"));
    params.request.selection.types = list(parser, QStringLiteral("types"));
    params.request.selection.excludeTypes = list(parser, QStringLiteral("exclude-types"));
    params.request.selection.tags = list(parser, QStringLiteral("tags"));
    params.request.selection.includeInactive = parser.isSet(QStringLiteral("include-inactive"));
    params.request.selection.dependencies = !parser.isSet(QStringLiteral("no-dependencies"));
    params.request.rekeyFromSecretFile = parser.value(QStringLiteral("rekey-from-secret-file"));
    params.request.rekeyToSecretFile = parser.value(QStringLiteral("rekey-to-secret-file"));
    params.request.exportedBy = parser.value(QStringLiteral("exported-by"));
    AppExportOperation operation(params);
    auto status = context.runOperation(operation);
    if (!status)
        return context.reportError(status.error());
    const AppExportResult &r = operation.result();
    QJsonObject counts;
    QStringList parts;
    qint64 total = 0;
    for (auto it = r.counts.constBegin(); it != r.counts.constEnd(); ++it) {
        counts.insert(it.key(), it.value());
        parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        total += it.value();
    }
    if (context.json) {
        context.printJson(QJsonObject{{QStringLiteral("job"), params.job}, {QStringLiteral("output"), operation.output()},
                                      {QStringLiteral("bytes"), qint64(r.bytes.size())}, {QStringLiteral("entity_counts"), counts},
                                      {QStringLiteral("database"), r.database}, {QStringLiteral("secrets_rekeyed"), r.secrets}});
        return 0;
    }
    context.printLine(tr("Exported %n entit(ies) of job %1 from %2 to %3", nullptr, int(total)).arg(params.job, r.database, operation.output()));
    context.printLine(QStringLiteral("  ") + parts.join(QStringLiteral(", ")));
    if (r.secrets > 0)
        context.printLine(tr("  %n secret(s) re-encrypted for the target's secret", nullptr, r.secrets));
    return 0;
}

} // namespace lifeboat
