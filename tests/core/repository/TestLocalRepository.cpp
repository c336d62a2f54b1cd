#include "TestSupport.h"
#include "pipeline/Sink.h"
#include "repository/BackupNaming.h"
#include "repository/LocalRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace lifeboat;

class TestLocalRepository : public QObject
{
    Q_OBJECT

    BackupMetadata metaFor(const QString &id, const QString &artifact)
    {
        BackupMetadata m;
        m.id = id;
        m.job = QStringLiteral("app");
        m.kind = QStringLiteral("sqlite");
        m.artifact = artifact;
        m.startedAt = QDateTime(QDate(2025, 1, 28), QTime(2, 0), Qt::UTC);
        m.finishedAt = m.startedAt.addSecs(41);
        m.sizeBytes = 5;
        return m;
    }

private slots:
    void namesFollowTheSeedConvention_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("compression");
        QTest::addColumn<bool>("encrypted");
        QTest::addColumn<QString>("expected");
        QTest::newRow("database, zstd, OpenPGP") << "postgresql-logical" << ".dump" << "zstd:3" << true
                                                 << "mcpgateway-db-backup-20250128-020000.dump.zst.gpg";
        QTest::newRow("plain SQL, gzip") << "postgresql-logical" << ".sql" << "gzip:6" << false
                                         << "mcpgateway-db-backup-20250128-020000.sql.gz";
        QTest::newRow("SQLite, zstd") << "sqlite" << ".sqlite" << "zstd:1" << false << "mcpgateway-db-backup-20250128-020000.sqlite.zst";
        QTest::newRow("application export") << "app-export" << ".json" << "none" << false << "mcpgateway-export-20250128-020000.json";
    }

    void namesFollowTheSeedConvention()
    {
        QFETCH(QString, kind);
        QFETCH(QString, format);
        QFETCH(QString, compression);
        QFETCH(bool, encrypted);
        QFETCH(QString, expected);
        CompressionSpec spec;
        spec.algorithm = compression.startsWith(QLatin1String("zstd")) ? CompressionSpec::Algorithm::Zstd
                         : compression.startsWith(QLatin1String("gzip")) ? CompressionSpec::Algorithm::Gzip
                                                                         : CompressionSpec::Algorithm::None;
        // 03:00 in Berlin is 02:00 UTC: names are always UTC.
        const QDateTime started(QDate(2025, 1, 28), QTime(3, 0), QTimeZone("Europe/Berlin"));
        const QString id = BackupNaming::backupId(QStringLiteral("mcpgateway"), kind, started);
        QCOMPARE(BackupNaming::artifactName(id, format, spec, encrypted), expected);
    }

    void artifactIsInvisibleUntilCommitted()
    {
        QTemporaryDir dir;
        LocalRepository repo(QStringLiteral("main"), dir.filePath(QStringLiteral("repo")));
        QVERIFY(repo.initialize());
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("repo/lifeboat-repo.json"))));
        const QString artifact = QStringLiteral("app-db-backup-20250128-020000.sqlite");
        auto upload = repo.createArtifact(QStringLiteral("app"), artifact);
        QVERIFY(upload);
        QVERIFY((*upload)->sink()->write("hello", 5));
        QVERIFY((*upload)->sink()->finish());
        const QString final = repo.backupsDir(QStringLiteral("app")) + QLatin1Char('/') + artifact;
        QVERIFY(!QFileInfo::exists(final));
        QVERIFY(QFileInfo::exists(final + QStringLiteral(".partial")));
        QVERIFY((*upload)->commit());
        QVERIFY(QFileInfo::exists(final));
        // Without its sidecar the artifact is not a backup.
        QCOMPARE(repo.listBackups(QStringLiteral("app"))->size(), 0);
        QVERIFY(repo.writeSidecar(metaFor(QStringLiteral("app-db-backup-20250128-020000"), artifact)));
        auto list = repo.listBackups(QStringLiteral("app"));
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().finishedAt, list->first().startedAt.addSecs(41));
    }

    void filesArePrivate()
    {
        QTemporaryDir dir;
        LocalRepository repo(QStringLiteral("main"), dir.filePath(QStringLiteral("repo")));
        QVERIFY(repo.initialize());
        auto upload = repo.createArtifact(QStringLiteral("app"), QStringLiteral("a.sqlite"));
        QVERIFY(upload);
        QVERIFY((*upload)->sink()->finish());
        QVERIFY((*upload)->commit());
        QVERIFY(repo.writeSidecar(metaFor(QStringLiteral("a"), QStringLiteral("a.sqlite"))));
        const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        for (const QString &f : {QStringLiteral("repo/app/backups/a.sqlite"), QStringLiteral("repo/app/backups/a.sqlite.meta.json")})
            QCOMPARE(QFileInfo(dir.filePath(f)).permissions() & ~(QFile::ReadUser | QFile::WriteUser), ownerOnly);
        for (const QString &d : {QStringLiteral("repo"), QStringLiteral("repo/app"), QStringLiteral("repo/app/backups")})
            QCOMPARE(QFileInfo(dir.filePath(d)).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                     ownerOnly | QFile::ExeOwner);
    }

    void abandonedUploadLeavesNothing()
    {
        QTemporaryDir dir;
        LocalRepository repo(QStringLiteral("main"), dir.path());
        {
            auto upload = repo.createArtifact(QStringLiteral("app"), QStringLiteral("b.sqlite"));
            QVERIFY(upload);
            QVERIFY((*upload)->sink()->write("half", 4));
        }
        QCOMPARE(QDir(repo.backupsDir(QStringLiteral("app"))).entryList(QDir::Files).size(), 0);
    }

    void cleanupRemovesWhatAbortedRunsLeft()
    {
        QTemporaryDir dir;
        LocalRepository repo(QStringLiteral("main"), dir.path());
        const QString backups = repo.backupsDir(QStringLiteral("app"));
        QDir().mkpath(backups);
        test::writeFile(backups + QStringLiteral("/x.sqlite.zst.partial"), "partial");
        test::writeFile(backups + QStringLiteral("/y.sqlite.zst"), "no sidecar: the run died before it finished");
        test::writeFile(backups + QStringLiteral("/good.sqlite.zst"), "kept");
        QVERIFY(repo.writeSidecar(metaFor(QStringLiteral("good"), QStringLiteral("good.sqlite.zst"))));
        auto removed = repo.cleanupAborted(QStringLiteral("app"));
        QVERIFY(removed);
        removed->sort();
        QCOMPARE(*removed, (QStringList{QStringLiteral("x.sqlite.zst.partial"), QStringLiteral("y.sqlite.zst")}));
        QVERIFY(QFileInfo::exists(backups + QStringLiteral("/good.sqlite.zst")));
    }

    void secondLockOnAJobIsBusy()
    {
        QTemporaryDir dir;
        LocalRepository repo(QStringLiteral("main"), dir.path());
        auto first = repo.lockJob(QStringLiteral("app"));
        QVERIFY(first);
        // A second process would get the same answer; flock locks per open file description.
        auto second = repo.lockJob(QStringLiteral("app"));
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::Busy);
        QCOMPARE(exitCodeFor(second.error().code), 4);
        QVERIFY(second.error().message.contains(QString::number(QCoreApplication::applicationPid())));
        first->reset();
        QVERIFY(repo.lockJob(QStringLiteral("app")));
    }

    void damagedSidecarIsNamed()
    {
        QTemporaryDir dir;
        LocalRepository repo(QStringLiteral("main"), dir.path());
        QDir().mkpath(repo.backupsDir(QStringLiteral("app")));
        test::writeFile(repo.backupsDir(QStringLiteral("app")) + QStringLiteral("/z.meta.json"), "{ not json");
        auto list = repo.listBackups(QStringLiteral("app"));
        QVERIFY(!list);
        QCOMPARE(list.error().code, ErrorCode::Corrupt);
        QVERIFY(list.error().message.contains(QStringLiteral("z.meta.json")));
    }
};

QTEST_GUILESS_MAIN(TestLocalRepository)
#include "TestLocalRepository.moc"
