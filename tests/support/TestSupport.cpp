#include "TestSupport.h"
#include <QFileInfo>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace lifeboat::test {

QString sourceDir()
{
    return qEnvironmentVariable("LIFEBOAT_SOURCE_DIR", QStringLiteral(LIFEBOAT_DEFAULT_SOURCE_DIR));
}

QString cliPath()
{
    return qEnvironmentVariable("LIFEBOAT_CLI", QStringLiteral(LIFEBOAT_DEFAULT_CLI));
}

QString demoKey(const char *name)
{
    return sourceDir() + QStringLiteral("/resources/demo/") + QLatin1String(name);
}

QString ProcessResult::firstErrorLine() const
{
    for (const QByteArray &line : err.split('\n'))
        if (line.startsWith("error: "))
            return QString::fromUtf8(line);
    return {};
}

ProcessResult run(const QString &program, const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(10000)) {
        r.err = "cannot start " + program.toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out: " + program.toUtf8();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

ProcessResult runCli(const QStringList &args, const QProcessEnvironment &env)
{
    return run(cliPath(), args, {}, env);
}

QString copyCliInto(const QString &dir)
{
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                   | QFile::ExeOther);
    const QString cli = QDir(dir).filePath(QStringLiteral("lifeboat-cli"));
    const bool copied = QFile::copy(cliPath(), cli)
                        && QFile::copy(QFileInfo(cliPath()).absolutePath() + QStringLiteral("/lifeboat-cli-full"), QDir(dir).filePath(QStringLiteral("lifeboat-cli-full")));
    return copied ? cli : QString();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(data);
}

void writeSecretFile(const QString &path, const QByteArray &data)
{
    writeFile(path, data);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void makeSqliteDb(const QString &path, int rows, int payloadBytes, const QString &journalMode)
{
    const QString sql = QStringLiteral("PRAGMA journal_mode=%1;"
                                       "CREATE TABLE items(id INTEGER PRIMARY KEY, payload TEXT NOT NULL);"
                                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < %2)"
                                       " INSERT INTO items SELECT i, hex(randomblob(%3)) FROM n;")
                            .arg(journalMode)
                            .arg(rows)
                            .arg(qMax(1, payloadBytes / 2));
    const auto r = run(QStringLiteral("sqlite3"), {path}, sql.toUtf8());
    if (r.exitCode != 0)
        qFatal("sqlite3 failed: %s", r.err.constData());
}

qint64 sqliteScalar(const QString &path, const QString &sql)
{
    const auto r = run(QStringLiteral("sqlite3"), {path, sql});
    return r.exitCode == 0 ? r.out.trimmed().toLongLong() : -1;
}

GpgHome::GpgHome()
{
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    gpg({QStringLiteral("--import"), demoKey("demo-backup-key.sec.asc")});
}

GpgHome::~GpgHome()
{
    run(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("all")}, {}, environment());
}

QProcessEnvironment GpgHome::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GNUPGHOME"), m_dir.path());
    return env;
}

ProcessResult GpgHome::gpg(const QStringList &args, const QByteArray &input) const
{
    QStringList all = {QStringLiteral("--batch"), QStringLiteral("--yes"), QStringLiteral("--no-tty"),
                       QStringLiteral("--pinentry-mode"), QStringLiteral("loopback"), QStringLiteral("--no-symkey-cache"),
                       QStringLiteral("--trust-model"), QStringLiteral("always")};
    return run(QStringLiteral("gpg"), all + args, input, environment());
}

QString GpgHome::recipient() const
{
    const auto r = gpg({QStringLiteral("--with-colons"), QStringLiteral("--list-keys")});
    for (const QByteArray &line : r.out.split('\n'))
        if (line.startsWith("fpr:"))
            return QString::fromLatin1(line.split(':').value(9));
    return {};
}

Workspace::Workspace(const QString &jobExtra, int rows)
{
    QDir().mkpath(path(QStringLiteral("keys")));
    QFile::copy(demoKey("demo-backup-key.pub.asc"), path(QStringLiteral("keys/pub.asc")));
    QFile::copy(demoKey("demo-backup-key.sec.asc"), path(QStringLiteral("keys/sec.asc")));
    if (rows > 0)
        makeSqliteDb(path(QStringLiteral("app.db")), rows);
    const QString config = QStringLiteral("timezone = \"UTC\"\n"
                                          "[catalog]\nurl = \"sqlite://catalog.db\"\n"
                                          "[repositories.main]\ntype = \"local\"\npath = \"repo\"\n"
                                          "[jobs.app]\nkind = \"sqlite\"\npath = \"app.db\"\nrepository = \"main\"\n%1\n")
                               .arg(jobExtra);
    writeFile(this->config(), config.toUtf8());
}

QString Workspace::path(const QString &relative) const
{
    return relative.isEmpty() ? m_dir.path() : m_dir.filePath(relative);
}

QStringList Workspace::cliArgs(const QStringList &args) const
{
    return QStringList{QStringLiteral("--config"), config()} + args;
}

QString Workspace::backup() const
{
    const auto r = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("app")});
    if (r.exitCode != 0) {
        QTest::qFail(qPrintable(QStringLiteral("backup failed (%1): %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))), __FILE__, __LINE__);
        return {};
    }
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toString();
}

QStringList partialFiles(const QString &root)
{
    QStringList out;
    QDirIterator it(root, {QStringLiteral("*.partial")}, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    return out;
}

} // namespace lifeboat::test
