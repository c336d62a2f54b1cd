// prune on a repository laid out by hand: two base backups of a postgresql-cluster job and the
// WAL around them. With last = 1 the older backup goes and so does every WAL file before the
// kept backup's first segment — but no segment it needs and no .history file. The content of
// the WAL files does not matter to expiry, so no server is needed here.
#include "TestSupport.h"
#include "repository/BackupMetadata.h"
#include "repository/LocalRepository.h"
#include "wal/WalName.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace lifeboat;
using namespace lifeboat::test;

class TestPruneOperation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString config() const { return m_dir.filePath(QStringLiteral("lifeboat.toml")); }
    QString walDir(const QString &tli) const { return m_dir.filePath(QStringLiteral("repo/db/wal/") + tli); }

    void addBaseBackup(const QString &id, const QString &started, quint64 startSegment)
    {
        BackupMetadata meta;
        meta.id = id;
        meta.job = QStringLiteral("db");
        meta.kind = QStringLiteral("postgresql-base");
        meta.artifact = id + QStringLiteral(".tar.zst");
        meta.startedAt = QDateTime::fromString(started, Qt::ISODate);
        meta.finishedAt = meta.startedAt.addSecs(10);
        meta.pitr = QJsonObject{{QStringLiteral("timeline"), 1},
                                {QStringLiteral("start_wal"), WalName::segmentName(1, startSegment)},
                                {QStringLiteral("stop_wal"), WalName::segmentName(1, startSegment)}};
        QDir().mkpath(m_dir.filePath(QStringLiteral("repo/db/backups")));
        writeFile(m_dir.filePath(QStringLiteral("repo/db/backups/") + meta.artifact), "tar");
        writeFile(m_dir.filePath(QStringLiteral("repo/db/backups/") + meta.artifact + QStringLiteral(".meta.json")), meta.toBytes());
    }

    QStringList walNames(const QString &tli) const
    {
        QStringList out;
        for (const QString &f : QDir(walDir(tli)).entryList(QDir::Files, QDir::Name))
            out.append(f.section(QLatin1Char('-'), 0, 0));
        return out;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        writeFile(config(), QStringLiteral("[catalog]\nurl = \"sqlite://%1\"\n[repositories.local]\ntype = \"local\"\npath = \"%2\"\n"
                                           "[jobs.db]\nkind = \"postgresql-cluster\"\nconninfo = \"host=/nowhere\"\nrepository = \"local\"\n"
                                           "retention = { last = 1 }\n")
                              .arg(m_dir.filePath(QStringLiteral("catalog.db")), m_dir.filePath(QStringLiteral("repo")))
                              .toUtf8());
        QDir().mkpath(m_dir.filePath(QStringLiteral("repo")));
        writeFile(m_dir.filePath(QStringLiteral("repo/lifeboat-repo.json")), "{}");
        addBaseBackup(QStringLiteral("db-base-1"), QStringLiteral("2025-01-01T00:00:00Z"), 3);
        addBaseBackup(QStringLiteral("db-base-2"), QStringLiteral("2025-01-02T00:00:00Z"), 8);
        QDir().mkpath(walDir(QStringLiteral("00000001")));
        QDir().mkpath(walDir(QStringLiteral("00000002")));
        const QString hash = QString(64, QLatin1Char('a'));
        for (quint64 n = 1; n <= 10; ++n)
            writeFile(walDir(QStringLiteral("00000001")) + QLatin1Char('/') + WalName::segmentName(1, n) + QLatin1Char('-') + hash + QStringLiteral(".zst"), "wal");
        writeFile(walDir(QStringLiteral("00000001")) + QStringLiteral("/000000010000000000000003.00000028.backup-") + hash + QStringLiteral(".zst"), "label");
        writeFile(walDir(QStringLiteral("00000002")) + QStringLiteral("/00000002.history-") + hash + QStringLiteral(".zst"), "1\t0/5000000\tno reason");
        writeFile(walDir(QStringLiteral("00000002")) + QLatin1Char('/') + WalName::segmentName(2, 5) + QLatin1Char('-') + hash + QStringLiteral(".zst"), "wal");
    }

    void cleanup() { QDir(m_dir.path()).removeRecursively(); QDir().mkpath(m_dir.path()); }

    void dryRunListsWithoutRemoving()
    {
        auto r = runCli({QStringLiteral("--config"), config(), QStringLiteral("--json"), QStringLiteral("prune"), QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("removed")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("removed")).toArray().first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("db-base-1"));
        QStringList wal;
        for (const QJsonValue &v : o.value(QStringLiteral("wal_removed")).toArray())
            wal.append(v.toObject().value(QStringLiteral("wal")).toString());
        QCOMPARE(wal.size(), 9); // segments 1-7 of timeline 1, the .backup file, segment 5 of timeline 2
        QVERIFY(!wal.contains(WalName::segmentName(1, 8)));
        QCOMPARE(walNames(QStringLiteral("00000001")).size(), 11); // nothing removed
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("repo/db/backups/db-base-1.tar.zst.meta.json"))));
    }

    void removesWalBeforeTheOldestKeptBaseBackupOnly()
    {
        auto r = runCli({QStringLiteral("--config"), config(), QStringLiteral("--json"), QStringLiteral("prune"), QStringLiteral("--job"), QStringLiteral("db")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray kept = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("kept")).toArray();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().toObject().value(QStringLiteral("reasons")).toArray(), (QJsonArray{QStringLiteral("last"), QStringLiteral("newest")}));
        QCOMPARE(walNames(QStringLiteral("00000001")),
                 (QStringList{WalName::segmentName(1, 8), WalName::segmentName(1, 9), WalName::segmentName(1, 10)}));
        QCOMPARE(walNames(QStringLiteral("00000002")), QStringList{QStringLiteral("00000002.history")});
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("repo/db/backups/db-base-1.tar.zst"))));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("repo/db/backups/db-base-2.tar.zst"))));
    }
};

QTEST_GUILESS_MAIN(TestPruneOperation)
#include "TestPruneOperation.moc"
