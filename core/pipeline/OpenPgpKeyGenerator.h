#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace lifeboat {

struct GeneratedKeyPair
{
    QString fingerprint;
    QString publicFile;  // armored, 0644: goes to every host that writes backups (recipients)
    QString secretFile;  // armored, 0600: kept away from those hosts (secret_keys where restores run)
};

// `keys generate`: an Ed25519 signing key with a Curve25519 encryption subkey (what
// `gpg --quick-gen-key NAME future-default` makes), in process with librnp.
class OpenPgpKeyGenerator
{
    Q_DECLARE_TR_FUNCTIONS(OpenPgpKeyGenerator)

public:
    // `basePath` + ".pub.asc" / ".sec.asc"; an empty passphrase leaves the secret key unprotected.
    static Result<GeneratedKeyPair> generate(const QString &userId, const QString &basePath, const QByteArray &passphrase);
};

} // namespace lifeboat
