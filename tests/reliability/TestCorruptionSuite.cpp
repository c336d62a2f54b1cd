// The corruption suite: bit flips and truncation at random offsets of backup artifacts, sidecars,
// archived WAL files and the catalog file. Every case is detected — exit 3 or a one-line error
// that names the damaged file — or, where the damaged byte does not matter, the restore is still
// exactly right: never a silent wrong restore. LIFEBOAT_CORRUPTION_TRIALS sets the cases per
// kind (a handful by default; tests/reliability/full.sh asks for more), LIFEBOAT_CORRUPTION_SEED
// replays a run.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>
#include <QtTest>

using namespace lifeboat;
using namespace lifeboat::test;

class TestCorruptionSuite : public QObject
{
    Q_OBJECT

    int m_trials = 4;
    QRandomGenerator m_random;
    int m_cases = 0;
    int m_detected = 0;
    int m_harmless = 0; // damage that changed nothing a restore depends on, and the restore was exact
    int m_catalogDiffered = 0; // a catalog that opened but listed something else: verify still guarded restores

    // Flips one bit, or truncates, at a random offset; returns what was done, for messages.
    QString damage(const QString &path, bool truncate)
    {
        QByteArray data = readFile(path);
        if (data.isEmpty())
            qFatal("nothing to damage in %s", qPrintable(path));
        const int offset = int(m_random.bounded(quint32(data.size())));
        if (truncate)
            data.truncate(offset);
        else
            data[offset] = char(data[offset] ^ char(1 << m_random.bounded(8)));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        ++m_cases;
        return QStringLiteral("%1 %2 at offset %3").arg(QFileInfo(path).fileName(), truncate ? QStringLiteral("truncated") : QStringLiteral("bit flipped")).arg(offset);
    }

    static QString encryptedJob()
    {
        return QStringLiteral("encryption = \"openpgp\"\nrecipients = [\"keys/pub.asc\"]\nsecret_keys = [\"keys/sec.asc\"]\ncompression = \"zstd:3\"\n");
    }

    static QString artifactOf(const Workspace &ws, const QString &id)
    {
        const QStringList files = QDir(ws.backupsDir()).entryList({id + QStringLiteral(".*")}, QDir::Files);
        for (const QString &f : files)
            if (!f.endsWith(QLatin1String(".meta.json")))
                return ws.backupsDir() + QLatin1Char('/') + f;
        return {};
    }

private slots:
    void initTestCase()
    {
        m_trials = qEnvironmentVariableIsSet("LIFEBOAT_CORRUPTION_TRIALS") ? qMax(1, qEnvironmentVariableIntValue("LIFEBOAT_CORRUPTION_TRIALS")) : 4;
        const quint32 seed = qEnvironmentVariableIsSet("LIFEBOAT_CORRUPTION_SEED") ? quint32(qEnvironmentVariableIntValue("LIFEBOAT_CORRUPTION_SEED"))
                                                                                     : QRandomGenerator::global()->generate();
        m_random.seed(seed);
        qInfo("corruption suite: %d cases per kind, seed %u (LIFEBOAT_CORRUPTION_SEED=%u replays it)", m_trials, seed, seed);
    }

    void damagedArtifactsAreDetected()
    {
        Workspace ws(encryptedJob(), 3000);
        const QString id = ws.backup();
        const QString artifact = artifactOf(ws, id);
        const QByteArray good = readFile(artifact);
        QDir().mkpath(ws.path(QStringLiteral("restored")));
        for (int i = 0; i < 2 * m_trials; ++i) {
            const QString what = damage(artifact, i % 2 == 1);
            const auto v = ws.cli({QStringLiteral("verify"), id, QStringLiteral("--level"), QStringLiteral("format")});
            QVERIFY2(v.exitCode == 3, qPrintable(what + QStringLiteral(": verify gave %1: %2").arg(v.exitCode).arg(QString::fromUtf8(v.err))));
            const QString target = ws.path(QStringLiteral("restored/r%1.db").arg(i));
            const auto r = ws.cli({QStringLiteral("restore"), id, QStringLiteral("--to"), target});
            QVERIFY2(r.exitCode == 3, qPrintable(what + QStringLiteral(": restore gave %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
            QVERIFY2(!r.firstErrorLine().isEmpty(), qPrintable(what));
            QVERIFY2(QDir(ws.path(QStringLiteral("restored"))).entryList(QDir::Files).isEmpty(), qPrintable(what + QStringLiteral(": restore left files")));
            ++m_detected;
            writeFile(artifact, good);
        }
        QCOMPARE(ws.cli({QStringLiteral("verify"), id, QStringLiteral("--level"), QStringLiteral("format")}).exitCode, 0);
    }

    // A sidecar is read again by `catalog rebuild` (and by a new machine pointed at the
    // repository): damage there is refused by name, or touched a byte nothing depends on and the
    // restore that follows is exact.
    void damagedSidecarsAreDetectedOrHarmless()
    {
        Workspace ws(encryptedJob(), 3000);
        const QString id = ws.backup();
        const QString sidecar = artifactOf(ws, id) + QStringLiteral(".meta.json");
        const QByteArray good = readFile(sidecar);
        const qint64 rows = sqliteScalar(ws.path(QStringLiteral("app.db")), QStringLiteral("SELECT count(*) FROM items"));
        const QByteArray content = run(QStringLiteral("sqlite3"), {ws.path(QStringLiteral("app.db")), QStringLiteral("SELECT group_concat(payload) FROM items")}).out;
        for (int i = 0; i < 2 * m_trials; ++i) {
            const QString what = damage(sidecar, i % 2 == 1);
            QFile::remove(ws.path(QStringLiteral("catalog.db")));
            const auto rebuilt = ws.cli({QStringLiteral("--json"), QStringLiteral("catalog"), QStringLiteral("rebuild")});
            const QJsonArray listed = QJsonDocument::fromJson(ws.cli({QStringLiteral("--json"), QStringLiteral("list")}).out).array();
            const QString target = ws.path(QStringLiteral("r%1.db").arg(i));
            const auto r = listed.isEmpty() ? ProcessResult{} : ws.cli({QStringLiteral("restore"), id, QStringLiteral("--to"), target});
            if (listed.isEmpty() || r.exitCode != 0) {
                // Detected: the rebuild names the sidecar, or the restore refuses with a reason.
                const QString said = QString::fromUtf8(rebuilt.err + rebuilt.out + r.err);
                QVERIFY2(said.contains(id) || said.contains(QLatin1String("meta.json")) || said.contains(QLatin1String("error: ")),
                         qPrintable(what + QStringLiteral(": not named: ") + said));
                QVERIFY2(!QFile::exists(target), qPrintable(what + QStringLiteral(": a failed restore left its target")));
                ++m_detected;
            } else {
                QCOMPARE(sqliteScalar(target, QStringLiteral("SELECT count(*) FROM items")), rows);
                QVERIFY2(run(QStringLiteral("sqlite3"), {target, QStringLiteral("SELECT group_concat(payload) FROM items")}).out == content,
                         qPrintable(what + QStringLiteral(": the restore succeeded with different data")));
                ++m_harmless;
            }
            writeFile(sidecar, good);
        }
    }

    void damagedWalFilesStopRecoveryLoudly()
    {
        Workspace ws({}, 0);
        writeFile(ws.config(), readFile(ws.config()) + "[jobs.pg]\nkind = \"postgresql-cluster\"\nconninfo = \"host=/nowhere\"\n"
                                                     "repository = \"main\"\ncompression = \"zstd:1\"\nencryption = \"openpgp\"\n"
                                                     "recipients = [\"keys/pub.asc\"]\nsecret_keys = [\"keys/sec.asc\"]\n");
        QDir().mkpath(ws.path(QStringLiteral("pg_wal/archive_status")));
        const QString name = QStringLiteral("000000010000000000000001");
        QByteArray data(16 * 1024 * 1024, Qt::Uninitialized);
        m_random.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        writeFile(ws.path(QStringLiteral("pg_wal/") + name), data);
        QCOMPARE(ws.cli({QStringLiteral("wal-push"), QStringLiteral("pg"), ws.path(QStringLiteral("pg_wal/") + name)}).exitCode, 0);
        const QStringList stored = QDir(ws.path(QStringLiteral("repo/pg/wal/00000001"))).entryList({name + QStringLiteral("*")}, QDir::Files);
        QCOMPARE(stored.size(), 1);
        const QString object = ws.path(QStringLiteral("repo/pg/wal/00000001/")) + stored.first();
        const QByteArray good = readFile(object);
        for (int i = 0; i < 2 * m_trials; ++i) {
            const QString what = damage(object, i % 2 == 1);
            const QString dest = ws.path(QStringLiteral("pg_xlog_restore"));
            QFile::remove(dest);
            const auto f = ws.cli({QStringLiteral("wal-fetch"), QStringLiteral("pg"), name, dest});
            // Exit 1 would tell the server "end of archive" and recovery would stop quietly short.
            QVERIFY2(f.exitCode != 0 && f.exitCode != 1, qPrintable(what + QStringLiteral(": wal-fetch gave %1").arg(f.exitCode)));
            QVERIFY2(f.firstErrorLine().contains(QLatin1String("damaged")) || f.firstErrorLine().contains(QLatin1String("corrupt")),
                     qPrintable(what + QStringLiteral(": ") + f.firstErrorLine()));
            QVERIFY2(!QFile::exists(dest), qPrintable(what + QStringLiteral(": a damaged segment was put in place")));
            ++m_detected;
            writeFile(object, good);
        }
    }

    void damagedCatalogsAreNamedAndRebuilt()
    {
        Workspace ws({}, 200);
        ws.backup();
        QThread::msleep(1050);
        ws.backup();
        const QByteArray before = ws.cli({QStringLiteral("--json"), QStringLiteral("list")}).out;
        const QString catalog = ws.path(QStringLiteral("catalog.db"));
        for (int i = 0; i < 2 * m_trials; ++i) {
            const QString what = damage(catalog, i % 2 == 1);
            const auto list = ws.cli({QStringLiteral("--json"), QStringLiteral("list")});
            if (list.exitCode == 0 && QJsonDocument::fromJson(list.out) == QJsonDocument::fromJson(before)) {
                ++m_harmless; // a byte of free space or an index page SQLite did not need
            } else {
                if (list.exitCode != 0) {
                    QVERIFY2(list.firstErrorLine().contains(QLatin1String("catalog")), qPrintable(what + QStringLiteral(": ") + list.firstErrorLine()));
                    ++m_detected;
                } else {
                    // A flipped byte inside a row: the catalog opens and lists something else. A
                    // restore still checks the artifact against its checksum and row counts, so
                    // verify either passes or fails with exit 3 — never anything in between.
                    const auto v = ws.cli({QStringLiteral("verify"), QStringLiteral("--all"), QStringLiteral("--level"), QStringLiteral("format")});
                    QVERIFY2(v.exitCode == 0 || v.exitCode == 3, qPrintable(what + QStringLiteral(": verify gave %1: %2").arg(v.exitCode).arg(QString::fromUtf8(v.err))));
                    ++m_catalogDiffered;
                }
            }
            // Whatever the damage, the repository is the truth: a rebuild gives the same list.
            const auto rebuilt = ws.cli({QStringLiteral("catalog"), QStringLiteral("rebuild")});
            if (rebuilt.exitCode != 0) {
                QFile::remove(catalog);
                QVERIFY2(ws.cli({QStringLiteral("catalog"), QStringLiteral("rebuild")}).exitCode == 0, qPrintable(what));
            }
            // Without "verification": a verify above rightly records its own level in the sidecars.
            auto listed = [](const QByteArray &json) {
                QJsonArray rows = QJsonDocument::fromJson(json).array();
                for (qsizetype r = 0; r < rows.size(); ++r) {
                    QJsonObject row = rows.at(r).toObject();
                    row.remove(QStringLiteral("verification"));
                    rows[r] = row;
                }
                return rows;
            };
            QCOMPARE(listed(ws.cli({QStringLiteral("--json"), QStringLiteral("list")}).out), listed(before));
        }
    }

    void cleanupTestCase()
    {
        qInfo("corruption suite: %d damaged files, %d detected, %d harmless (exact restore or identical list), %d catalogs that listed "
              "otherwise with restores still guarded, 0 silent wrong restores",
              m_cases, m_detected, m_harmless, m_catalogDiffered);
    }
};

QTEST_GUILESS_MAIN(TestCorruptionSuite)
#include "TestCorruptionSuite.moc"
