#include "SecretFile.h"

#include "common/Redactor.h"

#include <QFile>
#include <sys/stat.h>

namespace lifeboat {

Result<QByteArray> SecretFile::read(const QString &path, const QString &key)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::InvalidConfig, tr("%1 %2 does not exist (create it with mode 0600)").arg(key, path));
    // Like ssh with its keys: a secret others can read is no longer a secret; say how to fix it.
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & (S_IRWXG | S_IRWXO)))
        return fail(ErrorCode::InvalidConfig, tr("%1 %2 can be read by others (mode %3); run: chmod 600 %2")
                                                  .arg(key, path, QString::number(st.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0'))));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Failed, tr("cannot read %1 %2: %3 (check its owner and mode)").arg(key, path, file.errorString()));
    QByteArray secret = file.readAll();
    // One trailing newline is what editors and `echo` add; it is not part of the secret.
    if (secret.endsWith('\n'))
        secret.chop(1);
    if (secret.endsWith('\r'))
        secret.chop(1);
    if (secret.isEmpty())
        return fail(ErrorCode::InvalidConfig, tr("%1 %2 is empty (write the passphrase into it)").arg(key, path));
    Redactor::addSecret(QString::fromUtf8(secret));
    return secret;
}

} // namespace lifeboat
