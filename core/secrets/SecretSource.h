#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace lifeboat {

// Where a secret comes from, as the config names it (password_source / passphrase_source):
//   file:PATH        a file only its owner may read (refused otherwise, with the chmod to run)
//   env:NAME         an environment variable (containers, CI)
//   credential:NAME  a systemd credential: $CREDENTIALS_DIRECTORY/NAME (LoadCredential=)
//   prompt           asked on the terminal, without echo (interactive runs only)
// The desktop keychain is the fifth source (secret_store = "keychain"); only the GUI reads it.
// Every value read is registered with the Redactor, so it never reaches a log line.
class SecretSource
{
    Q_DECLARE_TR_FUNCTIONS(SecretSource)

public:
    // `key` names the config key for messages ("passphrase_source"), `what` the secret for the prompt.
    static Result<QByteArray> read(const QString &spec, const QString &key, const QString &what);
    // Empty when `spec` is well-formed, else what is wrong (for the config loader).
    static QString problem(const QString &spec);
    static QStringList kinds();
};

} // namespace lifeboat
