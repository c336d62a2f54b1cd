#include "DemoWorkspace.h"

#include "common/FileOps.h"
#include "sqlite/SqliteConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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
// The files job's folder: what a gateway keeps beside its database.
Status buildFiles(const QString &dir)
{
    const QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("config/gateway.yaml"), "host: 0.0.0.0\nport: 4444\nplugins_dir: ../plugins\n"},
        {QStringLiteral("plugins/README.md"), "Plugins dropped here are loaded at start.\n"},
        {QStringLiteral("plugins/rate-limit.yaml"), "requests_per_minute: 600\n"},
        {QStringLiteral("uploads/icons/weather.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\"/>\n"},
        {QStringLiteral("cache/session.tmp"), "left out by the job's exclude patterns\n"}};
    for (const auto &[name, data] : files) {
        LB_TRY(FileOps::makePrivateDirs(QFileInfo(dir + QLatin1Char('/') + name).absolutePath()));
        LB_TRY(FileOps::writeAtomically(dir + QLatin1Char('/') + name, data));
    }
    return {};
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
    if (!QFile::exists(dir + QStringLiteral("/gateway-data")))
        LB_TRY(buildFiles(dir + QStringLiteral("/gateway-data")));
    for (const QString &key : {QStringLiteral("demo-backup-key.pub.asc"), QStringLiteral("demo-backup-key.sec.asc")})
        if (!QFile::exists(dir + QStringLiteral("/keys/") + key))
            LB_TRY(copyResource(key, dir + QStringLiteral("/keys/") + key));
    if (!QFile::exists(configPath()))
        LB_TRY(copyResource(QStringLiteral("lifeboat.toml"), configPath()));
    return configPath();
}

} // namespace lifeboat
