#pragma once

#include "Command.h"

namespace lifeboat {

class KeysCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(KeysCommand)

public:
    QString name() const override { return QStringLiteral("keys"); }
    QString summary() const override { return tr("keys generate: create an OpenPGP key pair for public-key backups and say where each half belongs."); }
    QString usage() const override { return QStringLiteral("generate --output BASE [--name TEXT] [--passphrase-source SOURCE]"); }
    void declare(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) const override;
};

} // namespace lifeboat
