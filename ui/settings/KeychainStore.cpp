#include "KeychainStore.h"

#include <QFileInfo>
#include <memory>
#include <qt6keychain/keychain.h>

namespace lifeboat {

namespace {

const QString kService = QStringLiteral("lifeboat");

Error keychainError(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::OtherError)
        return {ErrorCode::Failed,
                KeychainStore::tr("no keychain service answered (%1): start GNOME Keyring or KWallet, or keep the secret in a 0600 file")
                    .arg(job.errorString()),
                {}};
    if (job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser)
        return {ErrorCode::Failed, KeychainStore::tr("the keychain refused access (%1): unlock it and try again").arg(job.errorString()), {}};
    return {ErrorCode::Failed, KeychainStore::tr("keychain error: %1").arg(job.errorString()), {}};
}

} // namespace

QString KeychainStore::key(const Config &config, const QString &job, Kind kind)
{
    return QStringLiteral("%1#%2/%3").arg(QFileInfo(config.filePath).absoluteFilePath(), job,
                                          kind == Kind::Password ? QStringLiteral("password") : QStringLiteral("passphrase"));
}

void KeychainStore::write(const Config &config, const QString &job, Kind kind, const QByteArray &secret, std::function<void(Status)> done)
{
    auto *w = new QKeychain::WritePasswordJob(kService);
    w->setAutoDelete(true);
    w->setKey(key(config, job, kind));
    w->setBinaryData(secret);
    QObject::connect(w, &QKeychain::Job::finished, w, [done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError)
            done(fail(keychainError(*finished)));
        else
            done({});
    });
    w->start();
}

void KeychainStore::fill(const Config &config, std::function<void(Result<Config>)> done)
{
    struct Pending
    {
        Config config;
        int left = 0;
        std::optional<Error> error;
        std::function<void(Result<Config>)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->config = config;
    pending->done = std::move(done);
    QList<std::pair<QString, Kind>> wanted;
    for (const JobConfig &job : std::as_const(config.jobs))
        if (job.secretStore == QLatin1String("keychain"))
            wanted << std::pair{job.name, Kind::Password} << std::pair{job.name, Kind::Passphrase};
    if (wanted.isEmpty()) {
        pending->done(pending->config);
        return;
    }
    pending->left = int(wanted.size());
    for (const auto &[job, kind] : wanted) {
        auto *r = new QKeychain::ReadPasswordJob(kService);
        r->setAutoDelete(true);
        r->setKey(key(config, job, kind));
        QObject::connect(r, &QKeychain::Job::finished, r, [pending, job = job, kind = kind](QKeychain::Job *finished) {
            auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
            if (read->error() == QKeychain::NoError) {
                JobConfig &j = pending->config.jobs[job];
                (kind == Kind::Password ? j.password : j.passphrase) = read->binaryData();
            } else if (read->error() != QKeychain::EntryNotFound && !pending->error) {
                pending->error = keychainError(*read);
            }
            if (--pending->left == 0) {
                if (pending->error)
                    pending->done(fail(*pending->error));
                else
                    pending->done(pending->config);
            }
        });
        r->start();
    }
}

} // namespace lifeboat
