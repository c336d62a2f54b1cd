#include "WalFetchCommand.h"

#include "wal/WalFetcher.h"

namespace lifeboat {

void WalFetchCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("JOB"), tr("A postgresql-cluster job."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The WAL file's name (%f)."));
    parser.addPositionalArgument(QStringLiteral("DEST"), tr("Where to write it (%p)."));
}

int WalFetchCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return context.reportError({ErrorCode::Usage, tr("wal-fetch takes JOB, NAME and DEST"), {}});
    auto config = context.loadConfig();
    if (!config)
        return context.reportError(config.error());
    auto fetched = WalFetcher::fetch(*config, args.at(0), args.at(1), args.at(2));
    if (!fetched) {
        // The server asks for files past the end of the archive as a matter of course.
        if (fetched.error().code == ErrorCode::NotFound)
            return context.verbose ? context.reportError(fetched.error()) : 1;
        return context.reportError(fetched.error());
    }
    return 0;
}

} // namespace lifeboat
