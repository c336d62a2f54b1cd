#include "JobSupport.h"

#include "catalog/Catalog.h"
#include "common/Redactor.h"
#include "repository/Repository.h"
#include "secrets/SecretFile.h"
#include "secrets/SecretSource.h"

#include <QDir>

namespace lifeboat {

Result<JobConfig> JobSupport::job(const Config &config, const QString &name)
{
    if (!config.jobs.contains(name)) {
        const QStringList names = config.jobs.keys();
        return fail(ErrorCode::Usage, tr("no job named \"%1\" in %2 (jobs: %3)")
                                          .arg(name, config.filePath, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
    }
    return config.jobs.value(name);
}

Result<std::unique_ptr<Repository>> JobSupport::repository(const Config &config, const QString &name)
{
    if (!config.repositories.contains(name))
        return fail(ErrorCode::InvalidConfig, tr("no repository named \"%1\" in %2 (define [repositories.%1])").arg(name, config.filePath));
    return Repository::open(config.repositories.value(name));
}

Result<OpenPgpSettings> JobSupport::openPgp(const JobConfig &job, bool forDecrypt)
{
    OpenPgpSettings settings;
    settings.recipientFiles = job.recipients;
    settings.secretKeyFiles = job.secretKeys;
    // Public-key mode never needs the passphrase to write; it may protect a secret key to read.
    const bool wanted = forDecrypt || job.recipients.isEmpty();
    if (wanted && !job.passphrase.isEmpty()) {
        settings.passphrase = job.passphrase; // from the desktop keychain, for this run
        Redactor::addSecret(QString::fromUtf8(job.passphrase));
    } else if (wanted && !job.passphraseFile.isEmpty()) {
        auto pass = SecretFile::read(job.passphraseFile, QStringLiteral("passphrase_file"));
        if (!pass)
            return fail(pass.error());
        settings.passphrase = *pass;
    } else if (wanted && !job.passphraseSource.isEmpty()) {
        auto pass = SecretSource::read(job.passphraseSource, QStringLiteral("passphrase_source"), tr("Passphrase of job %1").arg(job.name));
        if (!pass)
            return fail(pass.error());
        settings.passphrase = *pass;
    } else if (job.recipients.isEmpty() && job.secretStore == QLatin1String("keychain")) {
        return fail(ErrorCode::MissingKey, tr("job \"%1\" keeps its passphrase in the desktop keychain, which only the desktop app can read "
                                              "(for cron, timers and the command line add passphrase_file)")
                                               .arg(job.name));
    }
    return settings;
}

Result<EncodeSettings> JobSupport::encodeSettings(const JobConfig &job)
{
    EncodeSettings settings;
    settings.compression = job.compression;
    settings.workers = job.parallel;
    settings.encrypt = job.encryption == QLatin1String("openpgp");
    if (settings.encrypt) {
        auto pgp = openPgp(job, false);
        if (!pgp)
            return fail(pgp.error());
        settings.openPgp = *pgp;
    }
    return settings;
}

Result<DecodeSettings> JobSupport::decodeSettings(const JobConfig &job, const QString &encryption)
{
    DecodeSettings settings;
    settings.encrypted = encryption != QLatin1String("none") && !encryption.isEmpty();
    if (settings.encrypted) {
        auto pgp = openPgp(job, true);
        if (!pgp)
            return fail(pgp.error());
        settings.openPgp = *pgp;
    }
    return settings;
}

Result<std::unique_ptr<Catalog>> JobSupport::catalog(const Config &config)
{
    auto catalog = Catalog::open(config.catalogUrl);
    // An edit to the config made outside Lifeboat becomes an audit event here, in whatever command
    // first runs with it. Not fatal: a catalog that cannot take the row now is asked again next run.
    if (catalog && !config.filePath.isEmpty())
        (void)(*catalog)->noteConfigVersion(config.filePath);
    return catalog;
}

QString JobSupport::workDir()
{
    const QString dir = qEnvironmentVariable("LIFEBOAT_TMPDIR");
    return dir.isEmpty() ? QDir::tempPath() : dir;
}

} // namespace lifeboat
