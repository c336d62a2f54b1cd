// kind = "files" end to end through lifeboat-cli: a tree with every file type round-trips bit for
// bit (types, modes, owners, nanosecond times, symlinks, hard links, xattrs, sparse files, FIFOs),
// patterns select what is stored, files changing during the backup are reported (and fail a
// consistent job), --overwrite keeps a safety backup, and a damaged archive member is caught by
// verify --level format.
#include "TestSupport.h"
#include "TreeSnapshot.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/xattr.h>
#include <unistd.h>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {

void setTime(const QString &path, qint64 seconds, long nanoseconds)
{
    const struct timespec times[2] = {{seconds, nanoseconds}, {seconds, nanoseconds}};
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, AT_SYMLINK_NOFOLLOW) == 0);
}

// Every type a volume can hold. Returns the names the backup is expected to leave out.
QStringList makeTree(const QString &root, bool *aclSet)
{
    QDir().mkpath(root + QStringLiteral("/etc/conf.d"));
    QDir().mkpath(root + QStringLiteral("/data/empty"));
    writeFile(root + QStringLiteral("/etc/app.conf"), "listen = 8080\n");
    writeFile(root + QStringLiteral("/etc/conf.d/extra.conf"), QByteArray(70000, 'x') + "tail");
    writeFile(root + QStringLiteral("/data/empty.txt"), {});
    QByteArray binary;
    for (int i = 0; i < 300000; ++i)
        binary.append(char((i * 7919) & 0xff));
    writeFile(root + QStringLiteral("/data/blob.bin"), binary);
    writeFile(root + QStringLiteral("/run.sh"), "#!/bin/sh\necho hi\n");
    ::chmod(QFile::encodeName(root + QStringLiteral("/run.sh")).constData(), 0755);
    ::chmod(QFile::encodeName(root + QStringLiteral("/etc/app.conf")).constData(), 0640);
    ::chmod(QFile::encodeName(root + QStringLiteral("/etc/conf.d")).constData(), 0750);
    // Hard link across folders, symlinks inside (one dangling), a FIFO.
    ::link(QFile::encodeName(root + QStringLiteral("/data/blob.bin")).constData(), QFile::encodeName(root + QStringLiteral("/etc/blob-link.bin")).constData());
    ::symlink("../data/blob.bin", QFile::encodeName(root + QStringLiteral("/etc/blob.sym")).constData());
    ::symlink("not-there-yet", QFile::encodeName(root + QStringLiteral("/data/dangling")).constData());
    ::mkfifo(QFile::encodeName(root + QStringLiteral("/data/pipe")).constData(), 0620);
    // Sparse: 64 MiB with two 4 KiB islands of data.
    {
        const int fd = ::open(QFile::encodeName(root + QStringLiteral("/data/sparse.img")).constData(), O_WRONLY | O_CREAT, 0600);
        const QByteArray island(4096, 'S');
        ::pwrite(fd, island.constData(), size_t(island.size()), 0);
        ::pwrite(fd, island.constData(), size_t(island.size()), 32 << 20);
        ::ftruncate(fd, 64 << 20);
        ::close(fd);
    }
    // Extended attributes.
    ::setxattr(QFile::encodeName(root + QStringLiteral("/etc/app.conf")).constData(), "user.lifeboat.origin", "volume-a", 8, 0);
    ::setxattr(QFile::encodeName(root + QStringLiteral("/data")).constData(), "user.lifeboat.note", "folder attr", 11, 0);
    // A POSIX ACL (stored by tar as SCHILY.acl, kept on disk as system.posix_acl_access).
    *aclSet = QProcess::execute(QStringLiteral("setfacl"), {QStringLiteral("-m"), QStringLiteral("u:65534:r--"), root + QStringLiteral("/data/blob.bin")}) == 0;
    // Owners other than root (the test runs as root in CI; as another user chown is skipped).
    if (::geteuid() == 0) {
        ::lchown(QFile::encodeName(root + QStringLiteral("/etc/app.conf")).constData(), 65534, 65534);
        ::lchown(QFile::encodeName(root + QStringLiteral("/etc/blob.sym")).constData(), 1234, 4321);
    }
    // Times with nanoseconds, folders last (writing into them changes theirs).
    setTime(root + QStringLiteral("/etc/app.conf"), 1600000000, 123456789);
    setTime(root + QStringLiteral("/etc/blob.sym"), 1500000000, 5);
    setTime(root + QStringLiteral("/data/empty"), 1400000000, 999999999);
    setTime(root + QStringLiteral("/etc/conf.d"), 1300000000, 1);
    // What a restore would refuse, so the backup leaves it out and says so.
    ::symlink("/etc/passwd", QFile::encodeName(root + QStringLiteral("/etc/absolute.sym")).constData());
    ::symlink("../../escape", QFile::encodeName(root + QStringLiteral("/data/escape.sym")).constData());
    const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray sockPath = QFile::encodeName(root + QStringLiteral("/app.sock"));
    if (size_t(sockPath.size()) < sizeof addr.sun_path) {
        std::memcpy(addr.sun_path, sockPath.constData(), size_t(sockPath.size()));
        ::bind(sock, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    }
    ::close(sock);
    return {QStringLiteral("etc/absolute.sym"), QStringLiteral("data/escape.sym"), QStringLiteral("app.sock")};
}

QJsonObject json(const QByteArray &out)
{
    return QJsonDocument::fromJson(out).object();
}

} // namespace

class TestFilesBackup : public QObject
{
    Q_OBJECT

    QString filesJob(const QString &extra = {}) const
    {
        return QStringLiteral("[jobs.vol]\nkind = \"files\"\npath = \"tree\"\nrepository = \"main\"\nverify = \"format\"\n%1\n").arg(extra);
    }

    void addJob(const Workspace &ws, const QString &job) const
    {
        writeFile(ws.config(), readFile(ws.config()) + job.toUtf8());
    }

private slots:
    void treeRoundTripsBitForBit_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::newRow("zstd, plain") << QString();
        QTest::newRow("gzip, openpgp public key") << QStringLiteral("compression = \"gzip:6\"\nencryption = \"openpgp\"\nrecipients = [\"keys/pub.asc\"]\nsecret_keys = [\"keys/sec.asc\"]");
    }

    void treeRoundTripsBitForBit()
    {
        QFETCH(QString, extra);
        Workspace ws({}, 0);
        addJob(ws, filesJob(extra));
        bool aclSet = false;
        const QStringList leftOut = makeTree(ws.path(QStringLiteral("tree")), &aclSet);
        QVERIFY2(aclSet, "setfacl failed (the acl package is installed by installer/bootstrap.sh)");
        QMap<QString, QString> before = treeSnapshot(ws.path(QStringLiteral("tree")));
        QVERIFY(before.value(QStringLiteral("data/blob.bin")).contains(QStringLiteral("system.posix_acl_access")));
        for (const QString &name : leftOut)
            before.remove(name);

        const auto backup = ws.cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("vol")});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        const QJsonObject meta = json(backup.out);
        QCOMPARE(meta.value(QStringLiteral("kind")).toString(), QStringLiteral("files"));
        QCOMPARE(meta.value(QStringLiteral("verification")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
        const QJsonObject source = meta.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("file_count")).toInt(), 6); // app.conf extra.conf empty.txt blob.bin run.sh sparse.img
        QCOMPARE(source.value(QStringLiteral("hardlink_count")).toInt(), 1);
        QCOMPARE(source.value(QStringLiteral("symlink_count")).toInt(), 2);
        QCOMPARE(source.value(QStringLiteral("fifo_count")).toInt(), 1);
        QCOMPARE(source.value(QStringLiteral("left_out")).toArray().size(), leftOut.size());
        for (const QString &name : leftOut)
            QVERIFY2(backup.err.contains(name.toUtf8()), qPrintable(name + QStringLiteral(" not warned about: ") + QString::fromUtf8(backup.err)));
        // The sparse file's holes are not stored: the whole artifact stays far below 64 MiB.
        QVERIFY(meta.value(QStringLiteral("size_bytes")).toInteger() < 4 << 20);
        const QString id = meta.value(QStringLiteral("id")).toString();

        const auto verified = ws.cli({QStringLiteral("verify"), id, QStringLiteral("--level"), QStringLiteral("restore")});
        QVERIFY2(verified.exitCode == 0, verified.err.constData());

        const QString target = ws.path(QStringLiteral("restored"));
        const auto restored = ws.cli({QStringLiteral("restore"), id, QStringLiteral("--to"), target});
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        const QMap<QString, QString> after = treeSnapshot(target);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(":\n  was      ") + it.value() + QStringLiteral("\n  restored ") + after.value(it.key())));
        QCOMPARE(after.keys(), before.keys());
        struct stat st {};
        QVERIFY(::stat(QFile::encodeName(target + QStringLiteral("/data/sparse.img")).constData(), &st) == 0);
        QCOMPARE(st.st_size, qint64(64 << 20));
        QVERIFY2(st.st_blocks * 512 < (1 << 20), "the restored sparse file is not sparse");
        QVERIFY(partialFiles(ws.path()).isEmpty());
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".lifeboat.partial")));
    }

    void defaultTargetIsANewFolderAndOverwriteKeepsASafetyBackup()
    {
        Workspace ws({}, 0);
        addJob(ws, filesJob());
        QDir().mkpath(ws.path(QStringLiteral("tree/sub")));
        writeFile(ws.path(QStringLiteral("tree/sub/a.txt")), "version 1");
        const auto backup = ws.cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("vol")});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        const QString id = json(backup.out).value(QStringLiteral("id")).toString();

        const auto fresh = ws.cli({QStringLiteral("--json"), QStringLiteral("restore"), id});
        QVERIFY2(fresh.exitCode == 0, fresh.err.constData());
        const QString target = json(fresh.out).value(QStringLiteral("target")).toString();
        QVERIFY2(target.startsWith(ws.path(QStringLiteral("tree_restored_"))), qPrintable(target));
        QCOMPARE(readFile(target + QStringLiteral("/sub/a.txt")), QByteArray("version 1"));

        // The live folder moves on; restoring over it refuses without --overwrite.
        writeFile(ws.path(QStringLiteral("tree/sub/a.txt")), "version 2");
        writeFile(ws.path(QStringLiteral("tree/new.txt")), "added later");
        const auto refused = ws.cli({QStringLiteral("restore"), id, QStringLiteral("--to"), ws.path(QStringLiteral("tree"))});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.firstErrorLine().contains(QStringLiteral("--overwrite")), qPrintable(refused.firstErrorLine()));
        QCOMPARE(readFile(ws.path(QStringLiteral("tree/sub/a.txt"))), QByteArray("version 2"));

        const auto over = ws.cli({QStringLiteral("--json"), QStringLiteral("restore"), id, QStringLiteral("--to"), ws.path(QStringLiteral("tree")), QStringLiteral("--overwrite")});
        QVERIFY2(over.exitCode == 0, over.err.constData());
        QCOMPARE(readFile(ws.path(QStringLiteral("tree/sub/a.txt"))), QByteArray("version 1"));
        QVERIFY(!QFileInfo::exists(ws.path(QStringLiteral("tree/new.txt"))));
        QVERIFY(!QFileInfo::exists(ws.path(QStringLiteral("tree.lifeboat.partial"))));
        // The replaced version is a backup of its own, and restores.
        const QString safety = json(over.out).value(QStringLiteral("safety_backup")).toString();
        QVERIFY(!safety.isEmpty());
        const auto back = ws.cli({QStringLiteral("restore"), safety, QStringLiteral("--to"), ws.path(QStringLiteral("before-restore"))});
        QVERIFY2(back.exitCode == 0, back.err.constData());
        QCOMPARE(readFile(ws.path(QStringLiteral("before-restore/sub/a.txt"))), QByteArray("version 2"));
        QCOMPARE(readFile(ws.path(QStringLiteral("before-restore/new.txt"))), QByteArray("added later"));
    }

    void patternsSelectWhatIsStored()
    {
        Workspace ws({}, 0);
        addJob(ws, filesJob(QStringLiteral("exclude = [\"*.tmp\", \"cache/\", \"/logs/old-*\"]")));
        for (const char *name : {"tree/keep.txt", "tree/x.tmp", "tree/sub/y.tmp", "tree/sub/keep.md", "tree/cache/big.bin",
                                 "tree/sub/cache/inner.bin", "tree/logs/old-1.log", "tree/logs/new.log", "tree/sub/logs/old-2.log"}) {
            QDir().mkpath(QFileInfo(ws.path(QLatin1String(name))).absolutePath());
            writeFile(ws.path(QLatin1String(name)), name);
        }
        // A repository inside the folder is never backed up into itself.
        QDir().mkpath(ws.path(QStringLiteral("tree/backups")));
        writeFile(ws.path(QStringLiteral("tree/backups/lifeboat-repo.json")), "{}");
        const auto backup = ws.cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("vol")});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        const QString id = json(backup.out).value(QStringLiteral("id")).toString();
        QVERIFY(ws.cli({QStringLiteral("restore"), id, QStringLiteral("--to"), ws.path(QStringLiteral("out"))}).exitCode == 0);
        QStringList files;
        QDirIterator it(ws.path(QStringLiteral("out")), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next().mid(ws.path(QStringLiteral("out")).size() + 1));
        files.sort();
        QCOMPARE(files, (QStringList{QStringLiteral("keep.txt"), QStringLiteral("logs/new.log"), QStringLiteral("sub/keep.md"),
                                     QStringLiteral("sub/logs/old-2.log")}));
        QVERIFY(backup.err.contains("backups"));
        // check walks the folder the same way and names the repository inside it.
        const auto checked = ws.cli({QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("vol")});
        QVERIFY2(checked.exitCode == 0, (checked.out + checked.err).constData());
        const QJsonObject report = json(checked.out);
        bool sourceLine = false;
        for (const QJsonValue &v : report.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject line = v.toObject();
            if (line.value(QStringLiteral("check")).toString() != QLatin1String("source"))
                continue;
            sourceLine = true;
            QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("warning"));
            QVERIFY2(line.value(QStringLiteral("detail")).toString().contains(QStringLiteral("4 files")) &&
                         line.value(QStringLiteral("detail")).toString().contains(QStringLiteral("backups")),
                     qPrintable(line.value(QStringLiteral("detail")).toString()));
        }
        QVERIFY(sourceLine);
    }

    void checkRefusesAMissingFolder()
    {
        Workspace ws({}, 0);
        addJob(ws, filesJob());
        const auto checked = ws.cli({QStringLiteral("check"), QStringLiteral("vol")});
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.out.contains("does not exist") && checked.out.contains("docker volume inspect"), checked.out.constData());
        const auto backup = ws.cli({QStringLiteral("backup"), QStringLiteral("vol")});
        QVERIFY(backup.exitCode != 0);
        QVERIFY2(backup.firstErrorLine().contains(QStringLiteral("does not exist")), qPrintable(backup.firstErrorLine()));
    }

    void includeKeepsOnlyTheNamedPaths()
    {
        Workspace ws({}, 0);
        addJob(ws, filesJob(QStringLiteral("include = [\"config/*.yml\", \"*.key\"]")));
        for (const char *name : {"tree/config/a.yml", "tree/config/b.json", "tree/config/deep/c.yml", "tree/secrets/tls.key", "tree/other/z.txt"}) {
            QDir().mkpath(QFileInfo(ws.path(QLatin1String(name))).absolutePath());
            writeFile(ws.path(QLatin1String(name)), name);
        }
        const auto backup = ws.cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("vol")});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        const QString id = json(backup.out).value(QStringLiteral("id")).toString();
        QVERIFY(ws.cli({QStringLiteral("restore"), id, QStringLiteral("--to"), ws.path(QStringLiteral("out"))}).exitCode == 0);
        QStringList entries;
        QDirIterator it(ws.path(QStringLiteral("out")), QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            entries.append(it.next().mid(ws.path(QStringLiteral("out")).size() + 1));
        entries.sort();
        // Folders only where a selected file needs them: no other/, no config/deep/.
        QCOMPARE(entries, (QStringList{QStringLiteral("config"), QStringLiteral("config/a.yml"), QStringLiteral("secrets"), QStringLiteral("secrets/tls.key")}));
    }

    void aFileChangingDuringTheBackupIsReported_data()
    {
        QTest::addColumn<bool>("consistent");
        QTest::newRow("warn") << false;
        QTest::newRow("consistent = true fails") << true;
    }

    void aFileChangingDuringTheBackupIsReported()
    {
        QFETCH(bool, consistent);
        Workspace ws({}, 0);
        addJob(ws, filesJob(consistent ? QStringLiteral("consistent = true") : QString()));
        QDir().mkpath(ws.path(QStringLiteral("tree")));
        writeFile(ws.path(QStringLiteral("tree/still.txt")), "quiet");
        writeFile(ws.path(QStringLiteral("tree/live.log")), QByteArray(64 << 20, 'L'));
        // A writer appending while the backup reads the 64 MiB file.
        QProcess writer;
        writer.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("while :; do echo line >> '%1'; done").arg(ws.path(QStringLiteral("tree/live.log")))});
        QVERIFY(writer.waitForStarted());
        QTest::qWait(100);
        const auto backup = ws.cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("vol")});
        writer.kill();
        writer.waitForFinished();
        if (consistent) {
            QCOMPARE(backup.exitCode, 1);
            QVERIFY2(backup.firstErrorLine().contains(QStringLiteral("live.log")) && backup.firstErrorLine().contains(QStringLiteral("snapshot")),
                     qPrintable(backup.firstErrorLine()));
            QVERIFY(partialFiles(ws.path(QStringLiteral("repo"))).isEmpty());
            QVERIFY(json(ws.cli({QStringLiteral("--json"), QStringLiteral("list")}).out).isEmpty());
            return;
        }
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        QVERIFY2(backup.err.contains("live.log changed while it was read"), backup.err.constData());
        const QJsonArray changed = json(backup.out).value(QStringLiteral("source")).toObject().value(QStringLiteral("changed_during_backup")).toArray();
        QCOMPARE(changed, QJsonArray{QStringLiteral("live.log")});
    }

    void aDrillRestoresTheFolderAndChecksItWithACommand()
    {
        Workspace ws({}, 0);
        addJob(ws, filesJob());
        QDir().mkpath(ws.path(QStringLiteral("tree/conf")));
        writeFile(ws.path(QStringLiteral("tree/conf/app.yaml")), "port: 4444\n");
        QCOMPARE(ws.cli({QStringLiteral("backup"), QStringLiteral("vol")}).exitCode, 0);
        writeFile(ws.path(QStringLiteral("drill.toml")),
                  "name = \"Volume drill\"\nrto = \"10m\"\nrpo = \"1d\"\n"
                  "[[steps]]\nkind = \"restore\"\nname = \"Restore volume\"\njob = \"vol\"\n"
                  "[[steps]]\nkind = \"command\"\nname = \"Config there\"\ncommand = [\"grep\", \"-q\", \"4444\", \"${LIFEBOAT_DRILL_TARGET}/conf/app.yaml\"]\n");
        const auto passed = ws.cli({QStringLiteral("--json"), QStringLiteral("drill"), QStringLiteral("run"), ws.path(QStringLiteral("drill.toml"))});
        QVERIFY2(passed.exitCode == 0, (passed.out + passed.err).constData());
        QCOMPARE(json(passed.out).value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
        QTest::qWait(1100); // drill ids are per second
        // A query has nothing to run on in a folder: the step fails and says what to use.
        writeFile(ws.path(QStringLiteral("sql.toml")),
                  "name = \"Wrong check\"\n[[steps]]\nkind = \"restore\"\njob = \"vol\"\n"
                  "[[steps]]\nkind = \"sql\"\nquery = \"SELECT 1\"\nexpect = \"1\"\n");
        const auto failed = ws.cli({QStringLiteral("--json"), QStringLiteral("drill"), QStringLiteral("run"), ws.path(QStringLiteral("sql.toml"))});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.out.contains("restored a folder") && failed.out.contains("command step"), failed.out.constData());
    }

    void aDamagedMemberIsCaughtByFormatVerification()
    {
        Workspace ws({}, 0);
        addJob(ws, QStringLiteral("[jobs.vol]\nkind = \"files\"\npath = \"tree\"\nrepository = \"main\"\ncompression = \"none\"\nverify = \"format\"\n"));
        QDir().mkpath(ws.path(QStringLiteral("tree")));
        writeFile(ws.path(QStringLiteral("tree/a.txt")), QByteArray(5000, 'a'));
        const auto backup = ws.cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("vol")});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        const QJsonObject meta = json(backup.out);
        // Damage a byte of a.txt's content and make the sidecar agree with the damaged bytes,
        // as a tampering attacker would: only the manifest inside can tell.
        const QString artifact = ws.path(QStringLiteral("repo/vol/backups/") + meta.value(QStringLiteral("artifact")).toString());
        QByteArray bytes = readFile(artifact);
        const int at = int(bytes.indexOf(QByteArray(100, 'a')));
        QVERIFY(at > 0);
        bytes[at + 10] = 'b';
        writeFile(artifact, bytes);
        const QString sidecar = artifact + QStringLiteral(".meta.json");
        QJsonObject side = QJsonDocument::fromJson(readFile(sidecar)).object();
        side.insert(QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        side.remove(QStringLiteral("content_sha256"));
        writeFile(sidecar, QJsonDocument(side).toJson());
        QVERIFY(ws.cli({QStringLiteral("catalog"), QStringLiteral("rebuild")}).exitCode == 0);
        const QString id = meta.value(QStringLiteral("id")).toString();
        QCOMPARE(ws.cli({QStringLiteral("verify"), id, QStringLiteral("--level"), QStringLiteral("checksum")}).exitCode, 0);
        const auto format = ws.cli({QStringLiteral("verify"), id, QStringLiteral("--level"), QStringLiteral("format")});
        QCOMPARE(format.exitCode, 3);
        QVERIFY2(format.err.contains("a.txt does not match its SHA-256"), format.err.constData());
        const auto restore = ws.cli({QStringLiteral("restore"), id, QStringLiteral("--to"), ws.path(QStringLiteral("out"))});
        QCOMPARE(restore.exitCode, 3);
        QVERIFY(!QFileInfo::exists(ws.path(QStringLiteral("out"))));
        QVERIFY(!QFileInfo::exists(ws.path(QStringLiteral("out.lifeboat.partial"))));
    }
};

QTEST_GUILESS_MAIN(TestFilesBackup)
#include "TestFilesBackup.moc"
