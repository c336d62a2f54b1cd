#include "MetricsCommand.h"

#include "common/FileOps.h"
#include "monitoring/MetricsExporter.h"

#include <QFile>
#include <QJsonObject>
#include <cstdio>

namespace lifeboat {

void MetricsCommand::declare(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("textfile"), tr("Write the metrics to this .prom file atomically (node_exporter textfile collector)."), tr("PATH")});
}

int MetricsCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    if (!parser.positionalArguments().isEmpty())
        return context.reportError({ErrorCode::Usage, tr("metrics takes no arguments (see lifeboat-cli metrics --help)"), {}});
    auto config = context.loadConfig();
    if (!config)
        return context.reportError(config.error());
    auto text = MetricsExporter::fromCatalog(*config);
    if (!text)
        return context.reportError(text.error());
    const QString path = parser.value(QStringLiteral("textfile"));
    if (!path.isEmpty()) {
        // Readable by node_exporter: metrics hold no secrets.
        auto written = FileOps::writeAtomically(path, text->toUtf8());
        if (!written)
            return context.reportError(written.error());
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("textfile"), path}, {QStringLiteral("bytes"), text->toUtf8().size()}});
        return 0;
    }
    if (context.json) {
        context.printJson(QJsonObject{{QStringLiteral("exposition"), *text}});
        return 0;
    }
    const QByteArray bytes = text->toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    return 0;
}

} // namespace lifeboat
