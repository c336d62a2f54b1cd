// Safe extraction of files backups: hostile tar streams, made here with libarchive, are refused
// with the member named and nothing is written outside the restore folder — in process through
// FilesExtractSink, and end to end through `lifeboat-cli restore` of a planted backup.
#include "TestSupport.h"
#include "files/FilesExtractSink.h"
#include "files/FilesManifest.h"
#include "files/SafePath.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <archive.h>
#include <archive_entry.h>
#include <sys/sysmacros.h>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {

struct Member
{
    QByteArray name;
    int type = AE_IFREG; // AE_IFREG, AE_IFDIR, AE_IFLNK, AE_IFCHR; hardlink when `link` is set on a file
    QByteArray data;
    QByteArray link;     // symlink target, or hard link target with hardlink = true
    bool hardlink = false;
};

// A pax tar of `members`; with `manifest`, a matching Lifeboat manifest as the last member.
QByteArray makeTar(const QList<Member> &members, bool manifest = true)
{
    FilesManifest m;
    QByteArray out(8 << 20, '\0');
    size_t used = 0;
    archive *a = archive_write_new();
    archive_write_set_format_pax(a);
    archive_write_set_bytes_per_block(a, 0);
    archive_write_open_memory(a, out.data(), size_t(out.size()), &used);
    auto add = [&](const Member &member) {
        archive_entry *e = archive_entry_new();
        archive_entry_copy_pathname(e, member.name.constData());
        archive_entry_set_filetype(e, member.type);
        archive_entry_set_perm(e, member.type == AE_IFDIR ? 0755 : 0644);
        if (member.type == AE_IFLNK)
            archive_entry_copy_symlink(e, member.link.constData());
        if (member.hardlink)
            archive_entry_copy_hardlink(e, member.link.constData());
        if (member.type == AE_IFCHR)
            archive_entry_set_rdev(e, makedev(1, 3));
        archive_entry_set_size(e, member.type == AE_IFREG && !member.hardlink ? member.data.size() : 0);
        archive_write_header(a, e);
        if (member.type == AE_IFREG && !member.hardlink)
            archive_write_data(a, member.data.constData(), size_t(member.data.size()));
        archive_entry_free(e);
        FilesManifest::Entry entry;
        entry.path = QString::fromUtf8(member.name);
        entry.type = member.hardlink ? QStringLiteral("hardlink") : member.type == AE_IFDIR ? QStringLiteral("dir") : member.type == AE_IFLNK ? QStringLiteral("symlink") : QStringLiteral("file");
        entry.target = QString::fromUtf8(member.link);
        if (entry.type == QLatin1String("file")) {
            entry.size = member.data.size();
            entry.sha256 = QString::fromLatin1(QCryptographicHash::hash(member.data, QCryptographicHash::Sha256).toHex());
        }
        m.entries.append(entry);
    };
    for (const Member &member : members)
        add(member);
    if (manifest) {
        const QByteArray json = m.toJson();
        archive_entry *e = archive_entry_new();
        archive_entry_copy_pathname(e, FilesManifest::kMemberName);
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0600);
        archive_entry_set_size(e, json.size());
        archive_write_header(a, e);
        archive_write_data(a, json.constData(), size_t(json.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    out.truncate(qsizetype(used));
    return out;
}

QStringList everythingUnder(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next().mid(root.size() + 1));
    out.sort();
    return out;
}

Status unpack(const QString &folder, const QByteArray &tar)
{
    FilesExtractSink sink(folder);
    for (qsizetype at = 0; at < tar.size(); at += 4096) {
        Status s = sink.write(tar.constData() + at, size_t(qMin<qsizetype>(4096, tar.size() - at)));
        if (!s)
            return sink.finish();
    }
    return sink.finish();
}

} // namespace

Q_DECLARE_METATYPE(Member)

class TestFilesExtract : public QObject
{
    Q_OBJECT

private slots:
    void linkResolution_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("inside");
        QTest::newRow("sibling") << "a/l" << "b" << true;
        QTest::newRow("up to root") << "a/b/l" << "../../c" << true;
        QTest::newRow("above root") << "a/l" << "../../c" << false;
        QTest::newRow("absolute") << "l" << "/etc" << false;
        QTest::newRow("dot segments") << "a/l" << "./.././x" << true;
        QTest::newRow("down and up past root") << "l" << "a/../../x" << false;
    }

    void linkResolution()
    {
        QFETCH(QString, link);
        QFETCH(QString, target);
        QFETCH(bool, inside);
        QCOMPARE(SafePath::linkStaysInside(link, target), inside);
    }

    void aWellFormedArchiveIsUnpacked()
    {
        // The control: the builder above makes archives the sink accepts, so the refusals below
        // are about their hostile members and nothing else.
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("target"));
        QVERIFY(QDir().mkpath(target));
        const QByteArray tar = makeTar({{"sub", AE_IFDIR, {}, {}, false},
                                        {"sub/a.txt", AE_IFREG, "hello", {}, false},
                                        {"sub/link", AE_IFLNK, {}, "a.txt", false},
                                        {"hard", AE_IFREG, {}, "sub/a.txt", true}});
        const Status s = unpack(target, tar);
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QCOMPARE(everythingUnder(target), (QStringList{QStringLiteral("hard"), QStringLiteral("sub"), QStringLiteral("sub/a.txt"), QStringLiteral("sub/link")}));
        QCOMPARE(readFile(target + QStringLiteral("/hard")), QByteArray("hello"));
    }

    void hostileArchivesAreRefused_data()
    {
        QTest::addColumn<QList<Member>>("members");
        QTest::addColumn<bool>("manifest");
        QTest::addColumn<QString>("named");
        const QByteArray outside = QFile::encodeName(QDir::tempPath()) + "/lifeboat-hostile-" + QByteArray::number(QCoreApplication::applicationPid());
        QTest::newRow("absolute path") << QList<Member>{{outside + "/evil", AE_IFREG, "x", {}, false}} << true << QString::fromUtf8(outside);
        QTest::newRow("dot-dot") << QList<Member>{{"../evil", AE_IFREG, "x", {}, false}} << true << "../evil";
        QTest::newRow("nested dot-dot") << QList<Member>{{"a/../../evil", AE_IFREG, "x", {}, false}} << true << "a/../../evil";
        QTest::newRow("absolute symlink") << QList<Member>{{"etc", AE_IFLNK, {}, "/etc", false}, {"etc/evil", AE_IFREG, "x", {}, false}} << true << "etc";
        QTest::newRow("escaping symlink") << QList<Member>{{"up", AE_IFLNK, {}, "../..", false}} << true << "up";
        QTest::newRow("symlink through a symlink") << QList<Member>{{"y", AE_IFLNK, {}, ".", false}, {"x", AE_IFLNK, {}, "y/..", false}} << true << "\"x\"";
        QTest::newRow("symlink escaping through a later one")
            << QList<Member>{{"x", AE_IFLNK, {}, "y/..", false}, {"y", AE_IFLNK, {}, ".", false}} << true << "\"x\"";
        QTest::newRow("write through an inside symlink")
            << QList<Member>{{"sub", AE_IFDIR, {}, {}, false}, {"d", AE_IFLNK, {}, "sub", false}, {"d/f", AE_IFREG, "x", {}, false}} << true << "d/f";
        QTest::newRow("device file") << QList<Member>{{"null", AE_IFCHR, {}, {}, false}} << true << "null";
        QTest::newRow("hard link outside") << QList<Member>{{"h", AE_IFREG, {}, "/etc/passwd", true}} << true << "/etc/passwd";
        QTest::newRow("hard link with dot-dot") << QList<Member>{{"h", AE_IFREG, {}, "../../etc/passwd", true}} << true << "../../etc/passwd";
        QTest::newRow("name given twice") << QList<Member>{{"a.txt", AE_IFREG, "1", {}, false}, {"a.txt", AE_IFREG, "2", {}, false}} << true << "a.txt";
        QTest::newRow("no manifest") << QList<Member>{{"a.txt", AE_IFREG, "1", {}, false}} << false << "manifest";
    }

    void hostileArchivesAreRefused()
    {
        QFETCH(QList<Member>, members);
        QFETCH(bool, manifest);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("target"));
        QVERIFY(QDir().mkpath(target));
        writeFile(dir.filePath(QStringLiteral("sentinel")), "untouched");
        const QStringList before = everythingUnder(dir.path());
        const QString outsideDir = QDir::tempPath() + QStringLiteral("/lifeboat-hostile-%1").arg(QCoreApplication::applicationPid());

        const Status s = unpack(target, makeTar(members, manifest));
        QVERIFY2(!s, "a hostile archive was accepted");
        QVERIFY2(s.error().message.contains(named), qPrintable(s.error().message));
        // Nothing beside the target changed, nothing at the absolute path, /etc untouched.
        QStringList after = everythingUnder(dir.path());
        after.erase(std::remove_if(after.begin(), after.end(), [](const QString &p) { return p.startsWith(QLatin1String("target/")); }), after.end());
        QCOMPARE(after, before);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("sentinel"))), QByteArray("untouched"));
        QVERIFY(!QFileInfo::exists(outsideDir));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/etc/evil")));
    }

    void aTruncatedArchiveIsRefused_data()
    {
        QTest::addColumn<double>("keep");
        QTest::newRow("cut inside a file") << 0.3;
        QTest::newRow("cut inside the manifest") << 0.97;
        QTest::newRow("only the first header") << 0.01;
    }

    void aTruncatedArchiveIsRefused()
    {
        QFETCH(double, keep);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("target"));
        QVERIFY(QDir().mkpath(target));
        const QByteArray whole = makeTar({{"a.bin", AE_IFREG, QByteArray(200000, 'a'), {}, false}, {"b.txt", AE_IFREG, "b", {}, false}});
        const Status s = unpack(target, whole.left(qsizetype(double(whole.size()) * keep)));
        QVERIFY2(!s, "a truncated archive was accepted");
        QCOMPARE(s.error().code, ErrorCode::Corrupt);
        QVERIFY2(s.error().message.contains(QStringLiteral("truncated")) || s.error().message.contains(QStringLiteral("manifest")),
                 qPrintable(s.error().message));
    }

    void cliRestoreOfAPlantedHostileBackupWritesNothing()
    {
        Workspace ws(QStringLiteral("[jobs.vol]\nkind = \"files\"\npath = \"tree\"\nrepository = \"main\"\ncompression = \"none\"\n"), 0);
        const QByteArray tar = makeTar({{"ok.txt", AE_IFREG, "fine", {}, false}, {"../../escaped.txt", AE_IFREG, "evil", {}, false}});
        const QString id = QStringLiteral("vol-files-backup-20260101-000000");
        const QString artifact = id + QStringLiteral(".tar");
        QVERIFY(QDir().mkpath(ws.path(QStringLiteral("repo/vol/backups"))));
        writeFile(ws.path(QStringLiteral("repo/vol/backups/") + artifact), tar);
        const QJsonObject sidecar{{QStringLiteral("format"), QStringLiteral("lifeboat-backup/1")}, {QStringLiteral("id"), id},
                                  {QStringLiteral("job"), QStringLiteral("vol")}, {QStringLiteral("kind"), QStringLiteral("files")},
                                  {QStringLiteral("artifact"), artifact}, {QStringLiteral("started_at"), QStringLiteral("2026-01-01T00:00:00Z")},
                                  {QStringLiteral("finished_at"), QStringLiteral("2026-01-01T00:00:01Z")}, {QStringLiteral("status"), QStringLiteral("ok")},
                                  {QStringLiteral("size_bytes"), tar.size()}, {QStringLiteral("compression"), QStringLiteral("none")},
                                  {QStringLiteral("encryption"), QStringLiteral("none")},
                                  {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(tar, QCryptographicHash::Sha256).toHex())}};
        writeFile(ws.path(QStringLiteral("repo/vol/backups/") + artifact + QStringLiteral(".meta.json")), QJsonDocument(sidecar).toJson());
        QVERIFY(ws.cli({QStringLiteral("catalog"), QStringLiteral("rebuild")}).exitCode == 0);
        QDir().mkpath(ws.path(QStringLiteral("a/b")));
        const auto r = ws.cli({QStringLiteral("restore"), id, QStringLiteral("--to"), ws.path(QStringLiteral("a/b/out"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.firstErrorLine().contains(QStringLiteral("../../escaped.txt")) && r.firstErrorLine().contains(QStringLiteral("refused")),
                 qPrintable(r.firstErrorLine()));
        QVERIFY(!QFileInfo::exists(ws.path(QStringLiteral("escaped.txt"))));
        QVERIFY(!QFileInfo::exists(ws.path(QStringLiteral("a/escaped.txt"))));
        QCOMPARE(everythingUnder(ws.path(QStringLiteral("a"))), QStringList{QStringLiteral("b")});
        QCOMPARE(ws.cli({QStringLiteral("verify"), id, QStringLiteral("--level"), QStringLiteral("format")}).exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestFilesExtract)
#include "TestFilesExtract.moc"
