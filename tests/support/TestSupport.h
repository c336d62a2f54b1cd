#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace lifeboat::test {

// Paths the build passes to every test (see lifeboat_add_test).
QString sourceDir();
QString cliPath();
QString demoKey(const char *name); // resources/demo/<name>

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString firstErrorLine() const;
};

// Runs a program to completion (60 s at most) with optional stdin bytes and extra environment.
ProcessResult run(const QString &program, const QStringList &args, const QByteArray &input = {},
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
ProcessResult runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
QByteArray readFile(const QString &path);
// Copies lifeboat-cli and the lifeboat-cli-full it starts into `dir` (for the postgres user,
// which runs archive_command and restore_command and may not read the build tree), after making
// `dir` readable and searchable by others. Returns the lifeboat-cli copy; empty when a copy failed.
QString copyCliInto(const QString &dir);
void writeFile(const QString &path, const QByteArray &data);
// Every *.partial file or folder under `root`: what an interrupted write would leave behind.
QStringList partialFiles(const QString &root);
// A password or passphrase file as Lifeboat accepts it: readable by its owner only (0600).
void writeSecretFile(const QString &path, const QByteArray &data);

// Creates an SQLite database with table `items(id INTEGER PRIMARY KEY, payload TEXT)` holding
// `rows` rows of ~`payloadBytes` incompressible-ish text each; journal mode "wal" or "delete".
void makeSqliteDb(const QString &path, int rows, int payloadBytes = 100, const QString &journalMode = QStringLiteral("wal"));
qint64 sqliteScalar(const QString &path, const QString &sql);

// A throwaway gpg home (mode 0700) for interop tests with the real gpg; the demo key pair is
// imported. The agent is killed on destruction so no cached passphrase leaks between tests.
class GpgHome
{
public:
    GpgHome();
    ~GpgHome();
    QString path() const { return m_dir.path(); }
    QProcessEnvironment environment() const;
    ProcessResult gpg(const QStringList &args, const QByteArray &input = {}) const;
    QString recipient() const; // fingerprint of the demo key

private:
    QTemporaryDir m_dir;
};

// A temp folder with a config: one sqlite job "app" (database app.db) into repository "main"
// under repo/, catalog in catalog.db. `jobExtra` is appended to the [jobs.app] table.
class Workspace
{
public:
    explicit Workspace(const QString &jobExtra = {}, int rows = 500);
    QString path(const QString &relative = {}) const;
    QString config() const { return path(QStringLiteral("lifeboat.toml")); }
    QString backupsDir() const { return path(QStringLiteral("repo/app/backups")); }
    QStringList cliArgs(const QStringList &args) const; // prepends --config
    ProcessResult cli(const QStringList &args) const { return runCli(cliArgs(args)); }
    // Runs `backup app --json` and returns the backup id (fails the test otherwise).
    QString backup() const;

private:
    QTemporaryDir m_dir;
};

} // namespace lifeboat::test
