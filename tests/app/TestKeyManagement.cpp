// OpenPGP public-key mode end to end: `keys generate` makes the pair (secret half 0600), a host
// holding only the public key writes backups it cannot read, the restore needs the secret key
// (plain gpg reads it too), a rotated key encrypts new backups while old ones stay readable, and
// verify says which key each backup needs. Loose files are refused: a group-readable passphrase
// file and a repository folder others can write.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace lifeboat;
using namespace lifeboat::test;

class TestKeyManagement : public QObject
{
    Q_OBJECT

    static QJsonObject object(const ProcessResult &r) { return QJsonDocument::fromJson(r.out).object(); }

private slots:
    void publicKeyModeAndRotation()
    {
        Workspace ws(QString(), 300);
        const ProcessResult made = ws.cli({"--json", "keys", "generate", "--output", ws.path("k1"), "--name", "Test backups <t@example.com>"});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QString fpr1 = object(made)["fingerprint"].toString();
        QCOMPARE(fpr1.size(), 40);
        QCOMPARE(QFile::permissions(ws.path("k1.sec.asc")) & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
        QVERIFY(readFile(ws.path("k1.pub.asc")).startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"));
        QCOMPARE(ws.cli({"keys", "generate", "--output", ws.path("k1")}).exitCode, 1); // never overwrites a key
        const ProcessResult human = ws.cli({"keys", "generate", "--output", ws.path("k2")});
        QVERIFY2(human.out.contains("move it off the database hosts"), human.out.constData());

        // The database host: public key only.
        const QString config = readFile(ws.config());
        writeFile(ws.config(), (config + "encryption = \"openpgp\"\nrecipients = [\"k1.pub.asc\"]\n").toUtf8());
        const QString old = ws.backup();
        const ProcessResult restoreWithout = ws.cli({"restore", old, "--to", ws.path("r0.db")});
        QCOMPARE(restoreWithout.exitCode, 1);
        QVERIFY(!QFile::exists(ws.path("r0.db")));
        // Plain gpg with the secret half reads the artifact.
        GpgHome gpg;
        QCOMPARE(gpg.gpg({"--batch", "--import", ws.path("k1.sec.asc")}).exitCode, 0);
        const QString artifact = QDir(ws.backupsDir()).entryList({"*.gpg"}).value(0);
        const ProcessResult decrypted = gpg.gpg({"--batch", "--decrypt", QDir(ws.backupsDir()).filePath(artifact)});
        QVERIFY2(decrypted.exitCode == 0, decrypted.err.constData());

        // Rotation: new backups to k2; k1's backups stay readable with both secret keys listed.
        writeFile(ws.config(), (config + "encryption = \"openpgp\"\nrecipients = [\"k2.pub.asc\"]\nsecret_keys = [\"k1.sec.asc\", \"k2.sec.asc\"]\n").toUtf8());
        const QString fresh = ws.backup();
        QCOMPARE(ws.cli({"restore", old, "--to", ws.path("r1.db")}).exitCode, 0);
        QCOMPARE(ws.cli({"restore", fresh, "--to", ws.path("r2.db")}).exitCode, 0);
        const ProcessResult verified = ws.cli({"--json", "verify", "--job", "app", "--level", "decode"});
        QCOMPARE(verified.exitCode, 0);
        QMap<QString, QString> keyOf;
        for (const QJsonValue &v : QJsonDocument::fromJson(verified.out).array())
            keyOf.insert(v["id"].toString(), v["keys"].toArray().at(0).toString());
        QCOMPARE(keyOf.value(old), fpr1);
        QVERIFY(!keyOf.value(fresh).isEmpty() && keyOf.value(fresh) != fpr1);
        const ProcessResult words = ws.cli({"verify", old});
        QVERIFY2(words.out.contains(QStringLiteral("needs the secret key of %1").arg(fpr1).toUtf8()), words.out.constData());
        // The catalog, like the secret key, is for its owner only.
        QCOMPARE(QFile::permissions(ws.path("catalog.db")) & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
    }

    void aProtectedSecretKeyNeedsItsPassphrase()
    {
        Workspace ws(QString(), 100);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LB_KEY_PASSPHRASE", "key-pass-81");
        const ProcessResult made = runCli(ws.cliArgs({"keys", "generate", "--output", ws.path("k"), "--passphrase-source", "env:LB_KEY_PASSPHRASE"}), env);
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QString config = readFile(ws.config());
        writeFile(ws.config(), (config + "encryption = \"openpgp\"\nrecipients = [\"k.pub.asc\"]\nsecret_keys = [\"k.sec.asc\"]\n").toUtf8());
        const QString id = ws.backup();
        // Without the passphrase the secret key stays locked: nothing is restored.
        const ProcessResult locked = ws.cli({"restore", id, "--to", ws.path("locked.db")});
        QVERIFY(locked.exitCode != 0);
        QVERIFY(!QFile::exists(ws.path("locked.db")));
        writeFile(ws.config(), (config + "encryption = \"openpgp\"\nrecipients = [\"k.pub.asc\"]\nsecret_keys = [\"k.sec.asc\"]\n"
                                         "passphrase_source = \"env:LB_KEY_PASSPHRASE\"\n").toUtf8());
        const ProcessResult unlocked = runCli(ws.cliArgs({"restore", id, "--to", ws.path("unlocked.db")}), env);
        QVERIFY2(unlocked.exitCode == 0, unlocked.err.constData());
        QCOMPARE(sqliteScalar(ws.path("unlocked.db"), "SELECT count(*) FROM items"), 100);
    }

    void looseFilesAreRefused()
    {
        Workspace ws(QStringLiteral("encryption = \"openpgp\"\npassphrase_file = \"pass\"\n"), 50);
        writeFile(ws.path("pass"), "loose-passphrase\n");
        QFile::setPermissions(ws.path("pass"), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        const ProcessResult refused = ws.cli({"backup", "app"});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("can be read by others (mode 0644); run: chmod 600 " + ws.path("pass").toUtf8()), refused.err.constData());
        QFile::setPermissions(ws.path("pass"), QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(ws.cli({"backup", "app"}).exitCode, 0);
        // A repository folder others can write is refused (nothing is written into it).
        QFile::setPermissions(ws.path("repo"), QFileDevice::Permissions(0x7777));
        const ProcessResult open = ws.cli({"backup", "app"});
        QCOMPARE(open.exitCode, 2);
        QVERIFY2(open.err.contains("can be written by others") && open.err.contains("chmod 700"), open.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestKeyManagement)
#include "TestKeyManagement.moc"
