// Secret sources as a config names them: a file only its owner may read (others refused with
// the chmod to run), an environment variable, a systemd credential, a terminal prompt (through a
// real pseudo-terminal made by script(1)); none of them ever shows in a log line.
#include "TestSupport.h"

#include "common/Redactor.h"
#include "config/ConfigLoader.h"
#include "secrets/SecretSource.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using namespace lifeboat;
using namespace lifeboat::test;

class TestSecretSource : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void aFileOthersCanReadIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("0600") << 0600 << true;
        QTest::newRow("0400") << 0400 << true;
        QTest::newRow("0640") << 0640 << false;
        QTest::newRow("0644") << 0644 << false;
        QTest::newRow("0602") << 0602 << false;
    }

    void aFileOthersCanReadIsRefused()
    {
        QFETCH(int, mode);
        QFETCH(bool, accepted);
        const QString path = m_dir.filePath(QStringLiteral("pass-%1").arg(mode, 0, 8));
        writeFile(path, "s3cret-file\n");
        QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0);
        auto secret = SecretSource::read(QStringLiteral("file:") + path, QStringLiteral("passphrase_source"), QStringLiteral("x"));
        QCOMPARE(bool(secret), accepted);
        if (accepted)
            QCOMPARE(*secret, QByteArray("s3cret-file"));
        else
            QVERIFY2(secret.error().message.contains(QStringLiteral("chmod 600 ") + path), qPrintable(secret.error().message));
    }

    void environmentAndSystemdCredentials()
    {
        qputenv("LB_TEST_SECRET", "from-the-env");
        auto env = SecretSource::read(QStringLiteral("env:LB_TEST_SECRET"), QStringLiteral("password_source"), QStringLiteral("x"));
        QVERIFY(env);
        QCOMPARE(*env, QByteArray("from-the-env"));
        QCOMPARE(Redactor::redact(QStringLiteral("password=from-the-env")).contains(QStringLiteral("from-the-env")), false);
        auto unset = SecretSource::read(QStringLiteral("env:LB_TEST_SURELY_UNSET"), QStringLiteral("password_source"), QStringLiteral("x"));
        QVERIFY(!unset);
        QVERIFY(unset.error().message.contains(QStringLiteral("LB_TEST_SURELY_UNSET is not set")));

        qunsetenv("CREDENTIALS_DIRECTORY");
        auto none = SecretSource::read(QStringLiteral("credential:pg.pass"), QStringLiteral("password_source"), QStringLiteral("x"));
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(QStringLiteral("LoadCredential=pg.pass:")), qPrintable(none.error().message));
        QTemporaryDir credentials; // what systemd makes: a private folder, files 0400
        writeFile(credentials.filePath(QStringLiteral("pg.pass")), "from-systemd\n");
        QFile::setPermissions(credentials.filePath(QStringLiteral("pg.pass")), QFile::ReadOwner);
        qputenv("CREDENTIALS_DIRECTORY", credentials.path().toLocal8Bit());
        auto cred = SecretSource::read(QStringLiteral("credential:pg.pass"), QStringLiteral("password_source"), QStringLiteral("x"));
        QVERIFY2(cred, qPrintable(cred ? QString() : cred.error().message));
        QCOMPARE(*cred, QByteArray("from-systemd"));
        auto missing = SecretSource::read(QStringLiteral("credential:other"), QStringLiteral("password_source"), QStringLiteral("x"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("no credential other")));
        qunsetenv("CREDENTIALS_DIRECTORY");
    }

    void theConfigNamesTheSource_data()
    {
        QTest::addColumn<QString>("lines");
        QTest::addColumn<QString>("error"); // empty: loads
        QTest::newRow("env") << "passphrase_source = \"env:BACKUP_PASSPHRASE\"" << QString();
        QTest::newRow("credential") << "passphrase_source = \"credential:backup.pass\"" << QString();
        QTest::newRow("prompt") << "passphrase_source = \"prompt\"" << QString();
        QTest::newRow("file, relative") << "passphrase_source = \"file:pass\"" << QString();
        QTest::newRow("unknown kind") << "passphrase_source = \"vault:x\"" << "is not a secret source";
        QTest::newRow("both") << "passphrase_file = \"pass\"\npassphrase_source = \"env:X\"" << "set either passphrase_source or passphrase_file";
    }

    void theConfigNamesTheSource()
    {
        QFETCH(QString, lines);
        QFETCH(QString, error);
        const QString path = m_dir.filePath(QStringLiteral("c.toml"));
        writeFile(path, QStringLiteral("[repositories.r]\ntype = \"local\"\npath = \"repo\"\n[jobs.app]\nkind = \"sqlite\"\npath = \"app.db\"\n"
                                       "repository = \"r\"\nencryption = \"openpgp\"\n%1\n").arg(lines).toUtf8());
        auto config = ConfigLoader::loadFile(path);
        if (error.isEmpty()) {
            QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
            if (lines.contains(QStringLiteral("file:")))
                QCOMPARE(config->jobs[QStringLiteral("app")].passphraseFile, m_dir.filePath(QStringLiteral("pass")));
        } else {
            QVERIFY(!config);
            QVERIFY2(config.error().message.contains(error), qPrintable(config.error().message));
        }
    }

    void promptAsksOnTheTerminalWithoutEcho()
    {
        // A real run through a pseudo-terminal: script(1) gives lifeboat-cli a controlling
        // terminal and feeds it what we "type".
        Workspace ws(QStringLiteral("encryption = \"openpgp\"\npassphrase_source = \"prompt\"\n"), 50);
        // The answer is typed a moment after the program starts, as a person would: by then the
        // prompt has turned echo off, so the typed text must not come back.
        auto typedInto = [&](const QString &args, const QString &answer) {
            const QString command = QStringLiteral("'%1' --config '%2' %3").arg(cliPath(), ws.config(), args);
            return run(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("(sleep 1; printf '%1\\n') | script -qec \"%2\" /dev/null").arg(answer, command)});
        };
        const ProcessResult typed = typedInto(QStringLiteral("--quiet backup app"), QStringLiteral("typed-passphrase-42"));
        QVERIFY2(typed.exitCode == 0, typed.out.constData());
        QVERIFY2(typed.out.contains("Passphrase of job app"), typed.out.constData());
        QVERIFY2(!typed.out.contains("typed-passphrase-42"), typed.out.constData()); // not echoed
        // And the backup really is under that passphrase: the same prompt answered wrong cannot read it.
        const ProcessResult wrong = typedInto(QStringLiteral("verify --job app --level decode"), QStringLiteral("not-it"));
        QVERIFY(wrong.exitCode != 0);
        QVERIFY2(wrong.out.contains("wrong passphrase"), wrong.out.constData());
        // Without a terminal (cron, a container) the prompt is refused with what to use instead.
        const ProcessResult noTty = run(QStringLiteral("setsid"), {QStringLiteral("-w"), cliPath(), QStringLiteral("--config"), ws.config(),
                                                                   QStringLiteral("backup"), QStringLiteral("app")});
        QCOMPARE(noTty.exitCode, 2);
        QVERIFY2(noTty.err.contains("needs a terminal"), noTty.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSecretSource)
#include "TestSecretSource.moc"
