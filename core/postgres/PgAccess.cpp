#include "PgAccess.h"

#include "common/FileOps.h"
#include "common/Redactor.h"
#include "config/Config.h"
#include "secrets/SecretFile.h"
#include "secrets/SecretSource.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace lifeboat {

Result<PgAccess> PgAccess::forJob(const JobConfig &job)
{
    PgAccess access;
    access.conninfo = job.conninfo;
    static const QRegularExpression inline_(QStringLiteral(R"((?:^|\s)password\s*=\s*('([^']*)'|(\S+)))"));
    if (const auto m = inline_.match(access.conninfo); m.hasMatch()) {
        access.password = (m.captured(2).isEmpty() ? m.captured(3) : m.captured(2)).toUtf8();
        access.conninfo.remove(m.capturedStart(), m.capturedLength());
        access.conninfo = access.conninfo.trimmed();
    }
    if (!job.password.isEmpty()) {
        access.password = job.password; // from the desktop keychain, for this run
    } else if (!job.passwordFile.isEmpty()) {
        auto pass = SecretFile::read(job.passwordFile, QStringLiteral("password_file"));
        if (!pass)
            return fail(pass.error());
        access.password = *pass;
    } else if (!job.passwordSource.isEmpty()) {
        auto pass = SecretSource::read(job.passwordSource, QStringLiteral("password_source"),
                                       tr("PostgreSQL password of job %1").arg(job.name));
        if (!pass)
            return fail(pass.error());
        access.password = *pass;
    } else if (access.password.isEmpty() && qEnvironmentVariableIsSet("PGPASSWORD")) {
        access.password = qgetenv("PGPASSWORD");
    }
    if (!access.password.isEmpty())
        Redactor::addSecret(QString::fromUtf8(access.password));
    return access;
}

Result<QProcessEnvironment> PgAccess::childEnvironment(std::unique_ptr<QTemporaryDir> &holder) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    env.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("lifeboat"));
    if (password.isEmpty())
        return env;
    holder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/lifeboat-pgpass-XXXXXX"));
    if (!holder->isValid())
        return fail(ErrorCode::Failed, tr("cannot create a private temp folder for the password file: %1").arg(holder->errorString()));
    QFile::setPermissions(holder->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // .pgpass format: host:port:db:user:password, with ':' and '\' escaped.
    QByteArray escaped = password;
    escaped.replace('\\', "\\\\").replace(':', "\\:");
    const QString file = holder->filePath(QStringLiteral("pgpass"));
    LB_TRY(FileOps::writeAtomically(file, "*:*:*:*:" + escaped + '\n'));
    env.insert(QStringLiteral("PGPASSFILE"), file);
    return env;
}

Result<QString> PgAccess::tool(const QString &name, int serverMajor)
{
    const QString dir = qEnvironmentVariableIsSet("LIFEBOAT_PG_BINDIR") ? qEnvironmentVariable("LIFEBOAT_PG_BINDIR")
                                                                        : QStringLiteral("/usr/lib/postgresql/%1/bin").arg(serverMajor);
    const QString path = dir + QLatin1Char('/') + name;
    if (!QFileInfo(path).isExecutable())
        return fail(ErrorCode::Failed,
                    tr("%1 for PostgreSQL %2 is not installed (install the Debian package postgresql-client-%2)").arg(name).arg(serverMajor));
    return path;
}

} // namespace lifeboat
