#pragma once

#include "common/Result.h"
#include "config/Config.h"

#include <QCoreApplication>
#include <functional>

namespace lifeboat {

// The desktop app's secrets in the OS keychain (Secret Service: GNOME Keyring, KWallet) through
// QtKeychain. Entries are per config file and job: "CONFIG#JOB/password" and ".../passphrase"
// under the service "lifeboat". QtKeychain answers asynchronously on the GUI thread's event
// loop, so these take callbacks; the secrets reach core only in memory (JobConfig::password,
// ::passphrase) for the run that needs them.
class KeychainStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainStore)

public:
    enum class Kind { Password, Passphrase };

    static void write(const Config &config, const QString &job, Kind kind, const QByteArray &secret, std::function<void(Status)> done);
    // Fills the in-memory secrets of every job with secret_store = "keychain", then calls `done`
    // with the filled copy (or the first error). Entries that are not there stay empty.
    static void fill(const Config &config, std::function<void(Result<Config>)> done);
    static QString key(const Config &config, const QString &job, Kind kind);
};

} // namespace lifeboat
