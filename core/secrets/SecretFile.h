#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace lifeboat {

// Reads a secret (passphrase, password) from a file, as headless runs and systemd credentials
// provide them. The value is registered with the Redactor before it is returned.
class SecretFile
{
    Q_DECLARE_TR_FUNCTIONS(SecretFile)

public:
    // `key` names the config key for messages, e.g. "passphrase_file".
    static Result<QByteArray> read(const QString &path, const QString &key);
};

} // namespace lifeboat
