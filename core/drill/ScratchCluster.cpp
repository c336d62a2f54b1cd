#include "ScratchCluster.h"

#include "jobs/JobSupport.h"
#include "postgres/PgAccess.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <pwd.h>
#include <unistd.h>

namespace lifeboat {

namespace {
constexpr int kPort = 5432; // the socket lives in a private folder: no clash with any server
}

Result<std::unique_ptr<ScratchCluster>> ScratchCluster::start(int major)
{
    auto initdb = PgAccess::tool(QStringLiteral("initdb"), major);
    if (!initdb)
        return fail(initdb.error());
    std::unique_ptr<ScratchCluster> c(new ScratchCluster);
    c->m_dir = std::make_unique<QTemporaryDir>(QDir(JobSupport::workDir()).filePath(QStringLiteral("lifeboat-drill-pg-XXXXXX")));
    if (!c->m_dir->isValid())
        return fail(ErrorCode::Failed, tr("cannot create a folder for a scratch PostgreSQL server in %1: %2 (free space there or set LIFEBOAT_TMPDIR)")
                                           .arg(JobSupport::workDir(), c->m_dir->errorString()));
    c->m_binDir = QFileInfo(*initdb).absolutePath();
    if (::geteuid() == 0) {
        const passwd *pw = ::getpwnam("postgres");
        if (!pw)
            return fail(ErrorCode::Failed, tr("a scratch PostgreSQL server cannot run as root and there is no postgres user (install postgresql-%1)").arg(major));
        if (::chown(QFile::encodeName(c->m_dir->path()).constData(), pw->pw_uid, pw->pw_gid) != 0)
            return fail(ErrorCode::Failed, tr("cannot hand %1 to the postgres user").arg(c->m_dir->path()));
    }
    const QString data = c->m_dir->filePath(QStringLiteral("data"));
    LB_TRY(c->runAsOwner({*initdb, QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("postgres"),
                          QStringLiteral("--no-sync"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C")},
                         tr("initdb of a scratch server")));
    const QString options = QStringLiteral("-c listen_addresses='' -c unix_socket_directories='%1' -c port=%2 -c fsync=off -c full_page_writes=off")
                                .arg(c->m_dir->path())
                                .arg(kPort);
    LB_TRY(c->runAsOwner({c->m_binDir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-w"), QStringLiteral("-t"),
                          QStringLiteral("60"), QStringLiteral("-l"), c->m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("start")},
                         tr("starting a scratch server")));
    c->m_running = true;
    return c;
}

ScratchCluster::~ScratchCluster()
{
    if (m_running)
        (void)runAsOwner({m_binDir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
                          QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                         QString());
}

QString ScratchCluster::conninfo(const QString &database) const
{
    return QStringLiteral("host=%1 port=%2 user=postgres dbname=%3").arg(m_dir->path()).arg(kPort).arg(database);
}

Status ScratchCluster::runAsOwner(const QStringList &command, const QString &what) const
{
    QStringList full = command;
    if (::geteuid() == 0)
        full = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + command;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(full.first(), full.mid(1));
    if (!p.waitForStarted(10000))
        return fail(ErrorCode::Failed, tr("%1: cannot run %2").arg(what, full.first()));
    p.waitForFinished(120000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString out = QString::fromLocal8Bit(p.readAll()).trimmed().section(QLatin1Char('\n'), -3);
        return fail(ErrorCode::Failed, tr("%1 failed: %2").arg(what, out));
    }
    return {};
}

} // namespace lifeboat
