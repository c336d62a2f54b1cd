#include "VerifyCommand.h"

#include "common/Clock.h"
#include "jobs/VerifyOperation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lifeboat {

void VerifyCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"), tr("Backup ids to verify."), QStringLiteral("[ID...]"));
    parser.addOption({QStringLiteral("job"), tr("Verify every backup of this job."), tr("JOB")});
    parser.addOption({QStringLiteral("all"), tr("Verify every backup in the catalog.")});
    parser.addOption({QStringLiteral("level"),
                      tr("checksum (stored bytes), decode (decrypt and decompress), format (check the decoded "
                         "database), restore (test restore). Default: the job's verify setting."),
                      tr("LEVEL")});
}

int VerifyCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList ids = parser.positionalArguments();
    const QString job = parser.value(QStringLiteral("job"));
    const bool all = parser.isSet(QStringLiteral("all"));
    if (int(!ids.isEmpty()) + int(!job.isEmpty()) + int(all) != 1)
        return context.reportError({ErrorCode::Usage, tr("name backup IDs, or --job JOB, or --all (one of them)"), {}});
    auto config = context.loadConfig();
    if (!config)
        return context.reportError(config.error());
    VerifyOperation operation({*config, ids, job, all, parser.value(QStringLiteral("level"))});
    auto status = context.runOperation(operation);

    if (context.json) {
        QJsonArray array;
        for (const VerifyItem &item : operation.items())
            array.append(QJsonObject{{QStringLiteral("id"), item.id},
                                     {QStringLiteral("job"), item.job},
                                     {QStringLiteral("level"), item.level},
                                     {QStringLiteral("status"), item.passed ? QStringLiteral("passed") : QStringLiteral("failed")},
                                     {QStringLiteral("message"), item.message},
                                     {QStringLiteral("keys"), QJsonArray::fromStringList(item.keys)},
                                     {QStringLiteral("at"), isoUtc(item.at)}});
        context.printJson(array);
    } else {
        for (const VerifyItem &item : operation.items()) {
            const QString needs = item.keys.isEmpty() ? QString()
                                  : item.keys == QStringList{QStringLiteral("passphrase")} ? tr("; needs the passphrase")
                                                                                          : tr("; needs the secret key of %1").arg(item.keys.join(tr(" or ")));
            context.printLine(item.passed ? tr("passed  %1 (%2%3)").arg(item.id, item.level, needs)
                                          : tr("FAILED  %1 (%2%3): %4").arg(item.id, item.level, needs, item.message));
        }
        if (operation.items().isEmpty() && status)
            context.printLine(tr("No backups to verify."));
    }
    if (!status) {
        // One line naming the file and the failure: the single failure itself when there was one.
        Error error = status.error();
        if (operation.items().size() == 1 && !operation.items().first().passed)
            error.message = operation.items().first().message;
        return context.reportError(error);
    }
    return 0;
}

} // namespace lifeboat
