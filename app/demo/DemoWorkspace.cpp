#include "DemoWorkspace.h"

#include "common/FileOps.h"
#include "sqlite/SqliteConnection.h"

#include <QDir>
#include <QFile>

namespace lifeboat {

namespace {
Result<QByteArray> resource(const QString &name)
{
    QFile file(QStringLiteral(":/demo/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, QStringLiteral("missing built-in resource %1").arg(name));
    return file.readAll();
}

Status copyResource(const QString &name, const QString &target)
{
    auto bytes = resource(name);
    if (!bytes)
        return fail(bytes.error());
    return FileOps::writeAtomically(target, *bytes);
}

Status buildDatabase(const QString &path)
{
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    auto build = [&]() -> Status {
        auto db = SqliteConnection::open(partial, SqliteConnection::Mode::Create);
        if (!db)
            return fail(db.error());
        for (const QString &script : {QStringLiteral("schema-sqlite.sql"), QStringLiteral("demo-data.sql")}) {
            auto sql = resource(script);
            if (!sql)
                return fail(sql.error());
            LB_TRY(db->exec(QString::fromUtf8(*sql)));
        }
        // The MCP Gateway opens its database in WAL mode; so does the demo.
        return db->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    };
    if (auto built = build(); !built) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(partial + QLatin1String(suffix));
        return built;
    }
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner);
    return FileOps::commitRename(partial, path);
}
} // namespace

QString DemoWorkspace::directory()
{
    if (qEnvironmentVariableIsSet("LIFEBOAT_DEMO_DIR"))
        return qEnvironmentVariable("LIFEBOAT_DEMO_DIR");
    const QString dataHome = qEnvironmentVariableIsSet("XDG_DATA_HOME") ? qEnvironmentVariable("XDG_DATA_HOME")
                                                                        : QDir::homePath() + QStringLiteral("/.local/share");
    return dataHome + QStringLiteral("/lifeboat/demo");
}

QString DemoWorkspace::configPath()
{
    return directory() + QStringLiteral("/lifeboat.toml");
}

Result<QString> DemoWorkspace::ensure(bool reset)
{
    const QString dir = directory();
    if (reset && QFile::exists(configPath()))
        QDir(dir).removeRecursively();
    LB_TRY(FileOps::makePrivateDirs(dir + QStringLiteral("/keys")));
    const QString db = dir + QStringLiteral("/mcpgateway.db");
    if (!QFile::exists(db))
        LB_TRY(buildDatabase(db));
    for (const QString &key : {QStringLiteral("demo-backup-key.pub.asc"), QStringLiteral("demo-backup-key.sec.asc")})
        if (!QFile::exists(dir + QStringLiteral("/keys/") + key))
            LB_TRY(copyResource(key, dir + QStringLiteral("/keys/") + key));
    if (!QFile::exists(configPath()))
        LB_TRY(copyResource(QStringLiteral("lifeboat.toml"), configPath()));
    return configPath();
}

} // namespace lifeboat
