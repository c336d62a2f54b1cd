#include "KeysCommand.h"

#include "pipeline/OpenPgpKeyGenerator.h"
#include "secrets/SecretSource.h"

#include <QHostInfo>
#include <QJsonObject>

namespace lifeboat {

void KeysCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("generate"), tr("The action (generate)."));
    parser.addOption({QStringLiteral("output"), tr("Path and base name of the key files: BASE.pub.asc and BASE.sec.asc."), tr("BASE")});
    parser.addOption({QStringLiteral("name"), tr("The key's user id (default: \"Lifeboat backups <lifeboat@HOST>\")."), tr("TEXT")});
    parser.addOption({QStringLiteral("passphrase-source"),
                      tr("Protect the secret key with a passphrase from file:PATH, env:NAME, credential:NAME or prompt (default: unprotected)."),
                      tr("SOURCE")});
}

int KeysCommand::run(CliContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || args.first() != QLatin1String("generate"))
        return context.reportError({ErrorCode::Usage, tr("use: lifeboat-cli keys generate --output BASE"), {}});
    if (!parser.isSet(QStringLiteral("output")))
        return context.reportError({ErrorCode::Usage, tr("keys generate needs --output BASE (e.g. /secure/backup-key)"), {}});
    QByteArray passphrase;
    if (parser.isSet(QStringLiteral("passphrase-source"))) {
        auto read = SecretSource::read(parser.value(QStringLiteral("passphrase-source")), QStringLiteral("--passphrase-source"),
                                       tr("Passphrase for the new secret key"));
        if (!read)
            return context.reportError(read.error());
        passphrase = *read;
    }
    const QString name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                              : QStringLiteral("Lifeboat backups <lifeboat@%1>").arg(QHostInfo::localHostName());
    auto pair = OpenPgpKeyGenerator::generate(name, parser.value(QStringLiteral("output")), passphrase);
    if (!pair)
        return context.reportError(pair.error());
    if (context.json) {
        context.printJson(QJsonObject{{QStringLiteral("fingerprint"), pair->fingerprint},
                                      {QStringLiteral("public_key"), pair->publicFile},
                                      {QStringLiteral("secret_key"), pair->secretFile},
                                      {QStringLiteral("protected"), !passphrase.isEmpty()}});
        return 0;
    }
    context.printLine(tr("Generated key %1 (%2)").arg(pair->fingerprint, name));
    context.printLine(tr("  public key: %1 — put it on every host that writes backups: recipients = [\"%1\"]").arg(pair->publicFile));
    context.printLine(tr("  secret key: %1 (mode 0600) — move it off the database hosts: keep it offline or in a password manager, "
                         "and put it only where restores run (secret_keys = [...]). Without it no backup encrypted to this key can be read.")
                          .arg(pair->secretFile));
    return 0;
}

} // namespace lifeboat
