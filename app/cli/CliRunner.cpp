#include "CliRunner.h"

#include "CliContext.h"
#include "ErrorStream.h"
#include "commands/BackupCommand.h"
#include "commands/CatalogCommand.h"
#include "commands/CheckCommand.h"
#include "commands/DemoCommand.h"
#include "commands/ExportCommand.h"
#include "commands/ImportCommand.h"
#include "commands/KeysCommand.h"
#include "commands/ListCommand.h"
#include "commands/MetricsCommand.h"
#include "commands/PitrCommand.h"
#include "commands/PruneCommand.h"
#include "commands/RecoveryWindowCommand.h"
#include "commands/TimelineCommand.h"
#include "commands/DrillCommand.h"
#include "commands/ReportCommand.h"
#include "commands/RestoreCommand.h"
#include "commands/RunScheduleCommand.h"
#include "commands/ShowCommand.h"
#include "commands/VerifyCommand.h"
#include "commands/WalFetchCommand.h"
#include "commands/WalPushCommand.h"
#include "commands/WalPushHelperCommand.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <cstdio>
#include <memory>
#include <vector>

namespace lifeboat {

namespace {

std::vector<std::unique_ptr<Command>> commands()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<BackupCommand>());
    list.push_back(std::make_unique<ListCommand>());
    list.push_back(std::make_unique<ShowCommand>());
    list.push_back(std::make_unique<VerifyCommand>());
    list.push_back(std::make_unique<RestoreCommand>());
    list.push_back(std::make_unique<PruneCommand>());
    list.push_back(std::make_unique<PitrCommand>());
    list.push_back(std::make_unique<RecoveryWindowCommand>());
    list.push_back(std::make_unique<TimelineCommand>());
    list.push_back(std::make_unique<WalPushCommand>());
    list.push_back(std::make_unique<WalPushHelperCommand>());
    list.push_back(std::make_unique<WalFetchCommand>());
    list.push_back(std::make_unique<CheckCommand>());
    list.push_back(std::make_unique<ExportCommand>());
    list.push_back(std::make_unique<ImportCommand>());
    list.push_back(std::make_unique<KeysCommand>());
    list.push_back(std::make_unique<DrillCommand>());
    list.push_back(std::make_unique<ReportCommand>());
    list.push_back(std::make_unique<MetricsCommand>());
    list.push_back(std::make_unique<CatalogCommand>());
    list.push_back(std::make_unique<RunScheduleCommand>());
    list.push_back(std::make_unique<DemoCommand>());
    return list;
}

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("config"), QCoreApplication::translate("CliRunner", "Config file (default: $LIFEBOAT_CONFIG, "
                                                                                          "$XDG_CONFIG_HOME/lifeboat/lifeboat.toml, /etc/lifeboat/lifeboat.toml)."),
                      QCoreApplication::translate("CliRunner", "FILE")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("CliRunner", "Print one JSON document on stdout.")});
    parser.addOption({QStringLiteral("quiet"), QCoreApplication::translate("CliRunner", "Print errors only.")});
    parser.addOption({QStringLiteral("verbose"), QCoreApplication::translate("CliRunner", "Print error details and, with --json, progress events.")});
}

// The command word: the first argument that is not an option or the value of --config, or
// --run-schedule (CLI.md spells that mode as a flag).
int commandIndex(const QStringList &args)
{
    if (const int i = int(args.indexOf(QStringLiteral("--run-schedule"))); i > 0)
        return i;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--config")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

QString generalHelp(const std::vector<std::unique_ptr<Command>> &list)
{
    QString text = QCoreApplication::translate("CliRunner", "Usage: lifeboat-cli [--config FILE] [--json] [--quiet|--verbose] COMMAND ...\n\n"
                                                            "Backs up, verifies and restores databases; keeps a catalog of every backup.\n\n"
                                                            "Commands:\n");
    for (const auto &c : list)
        if (!c->internal())
            text += QStringLiteral("  %1 %2\n      %3\n").arg(c->name(), c->usage(), c->summary());
    text += QCoreApplication::translate("CliRunner", "\nRun \"lifeboat-cli COMMAND --help\" for a command's options.\n"
                                                     "Exit codes: 0 ok, 1 failed, 2 usage or config error, 3 integrity failure, "
                                                     "4 busy, 130 cancelled.\n");
    return text;
}

} // namespace

bool CliRunner::wantsCommand(const QStringList &arguments)
{
    if (commandIndex(arguments) >= 0)
        return true;
    for (const QString &a : arguments.mid(1))
        if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("--version") || a == QLatin1String("--json"))
            return true;
    return false;
}

int CliRunner::run(const QStringList &arguments)
{
    const auto list = commands();
    const int index = commandIndex(arguments);
    if (index < 0) {
        if (arguments.contains(QLatin1String("--version"))) {
            print(QStringLiteral("lifeboat %1\n").arg(QStringLiteral(LIFEBOAT_VERSION)));
            return 0;
        }
        print(generalHelp(list));
        return arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h")) ? 0 : 2;
    }
    const QString name = arguments.at(index);
    const Command *command = nullptr;
    for (const auto &c : list)
        if (c->name() == name)
            command = c.get();
    CliContext context;
    if (!command) {
        if (name == QLatin1String("help")) {
            print(generalHelp(list));
            return 0;
        }
        return context.reportError({ErrorCode::Usage,
                                    QCoreApplication::translate("CliRunner", "unknown command \"%1\" (see lifeboat-cli --help)").arg(name), {}});
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    addGlobalOptions(parser);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("CliRunner", "Show this help."));
    parser.addOption(help);
    command->declare(parser);
    QStringList rest = arguments;
    rest.removeAt(index);
    if (!parser.parse(rest))
        return context.reportError({ErrorCode::Usage, QStringLiteral("%1 (see lifeboat-cli %2 --help)").arg(parser.errorText(), name), {}});
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt prints the program name only; show the command as users type it.
        text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+ \\[options\\]")),
                     QStringLiteral("Usage: lifeboat-cli [options] %1 %2").arg(name, command->usage()));
        print(text);
        return 0;
    }
    context.configPath = parser.value(QStringLiteral("config"));
    context.json = parser.isSet(QStringLiteral("json"));
    context.quiet = parser.isSet(QStringLiteral("quiet"));
    context.verbose = parser.isSet(QStringLiteral("verbose"));
    if (!context.verbose)
        silenceLibraryDiagnostics();
    return command->run(context, parser);
}

} // namespace lifeboat
