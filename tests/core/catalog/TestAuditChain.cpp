// The catalog's audit trail as a SHA-256 hash chain on a real SQLite catalog: intact after
// normal use; an edited, removed or inserted event is found and named; a catalog from before
// the chain is upgraded in place; and the compliance report says whether the chain holds.
#include "TestSupport.h"

#include "catalog/Catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace lifeboat;
using namespace lifeboat::test;

class TestAuditChain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Catalog> open(const QString &name)
    {
        auto catalog = Catalog::open(QStringLiteral("sqlite://") + m_dir.filePath(name));
        if (!catalog)
            qFatal("%s", qPrintable(catalog.error().message));
        return std::move(*catalog);
    }
    void sql(const QString &name, const QString &statement)
    {
        const ProcessResult r = run(QStringLiteral("sqlite3"), {m_dir.filePath(name), statement});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    void fill(Catalog &c)
    {
        QVERIFY(c.recordAudit(QStringLiteral("backup"), QStringLiteral("app-db-backup-1"), QStringLiteral("job app")));
        QVERIFY(c.recordAudit(QStringLiteral("restore"), QStringLiteral("app-db-backup-1"), QStringLiteral("into /srv/app_restored.db: ok")));
        QVERIFY(c.recordAudit(QStringLiteral("delete"), QStringLiteral("app-db-backup-0"), QStringLiteral("by hand")));
    }

private slots:
    void intactAfterNormalUse()
    {
        auto c = open(QStringLiteral("ok.db"));
        fill(*c);
        auto chain = c->verifyAuditChain();
        QVERIFY(chain);
        QVERIFY(chain->intact);
        QCOMPARE(chain->chained, 3);
        QCOMPARE(chain->headSeq, 3);
        QCOMPARE(chain->headHash.size(), 64);
    }

    void tamperingIsFound_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<qint64>("brokenSeq");
        QTest::addColumn<QString>("problem");
        QTest::newRow("edited detail") << "UPDATE audit SET detail = 'into /tmp/x: ok' WHERE seq = 2" << qint64(2) << "content was changed";
        QTest::newRow("other actor") << "UPDATE audit SET actor = 'mallory' WHERE seq = 1" << qint64(1) << "content was changed";
        QTest::newRow("removed event") << "DELETE FROM audit WHERE seq = 2" << qint64(3) << "events 2 to 2 are missing";
        QTest::newRow("forged event with a fresh hash")
            << "INSERT INTO audit (at, actor, action, target, detail, seq, prev_hash, hash) "
               "SELECT at, actor, 'delete', 'app-db-backup-1', 'forged', 4, 'x', 'y' FROM audit WHERE seq = 3"
            << qint64(4) << "link to the event before";
    }

    void tamperingIsFound()
    {
        QFETCH(QString, statement);
        QFETCH(qint64, brokenSeq);
        QFETCH(QString, problem);
        const QString name = QStringLiteral("t-%1.db").arg(QString::fromLatin1(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-'));
        {
            auto c = open(name);
            fill(*c);
        }
        sql(name, statement);
        auto c = open(name);
        auto chain = c->verifyAuditChain();
        QVERIFY(chain);
        QVERIFY(!chain->intact);
        QCOMPARE(chain->brokenSeq, brokenSeq);
        QVERIFY2(chain->problem.contains(problem), qPrintable(chain->problem));
    }

    void anOlderCatalogIsUpgradedInPlace()
    {
        const QString name = QStringLiteral("old.db");
        sql(name, QStringLiteral("CREATE TABLE audit (at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, detail TEXT NOT NULL);"
                                 "INSERT INTO audit VALUES ('2026-01-01T00:00:00Z', 'root', 'prune-remove', 'x', 'old');"));
        auto c = open(name);
        QVERIFY(c->recordAudit(QStringLiteral("backup"), QStringLiteral("b"), QStringLiteral("new")));
        auto chain = c->verifyAuditChain();
        QVERIFY(chain && chain->intact);
        QCOMPARE(chain->legacy, 1);
        QCOMPARE(chain->chained, 1);
    }

    void theComplianceReportSaysWhetherTheChainHolds()
    {
        Workspace ws(QString(), 200);
        ws.backup();
        auto report = [&]() {
            const ProcessResult r = ws.cli({QStringLiteral("report"), QStringLiteral("compliance"), QStringLiteral("--format"), QStringLiteral("json"),
                                            QStringLiteral("--output"), ws.path(QStringLiteral("c.json"))});
            if (r.exitCode != 0)
                qWarning("%s", r.err.constData());
            return QString::fromUtf8(readFile(ws.path(QStringLiteral("c.json"))));
        };
        QString text = report();
        QVERIFY2(text.contains(QStringLiteral("intact: ")) && text.contains(QStringLiteral("Audit chain head")), qPrintable(text.left(2000)));
        const ProcessResult edited = run(QStringLiteral("sqlite3"), {ws.path(QStringLiteral("catalog.db")), QStringLiteral("UPDATE audit SET detail = 'edited' WHERE seq = 1")});
        QCOMPARE(edited.exitCode, 0);
        text = report();
        QVERIFY2(text.contains(QStringLiteral("BROKEN")) && text.contains(QStringLiteral("audit event 1")), qPrintable(text.left(2000)));
    }

    // An edit with a text editor is not a GUI save, yet it changes what every later backup does:
    // the next command run with the edited file records it, with the hashes before and after.
    void configEditsOutsideLifeboatAreAuditEvents()
    {
        Workspace ws(QString(), 50);
        ws.backup();
        auto rows = [&](const QString &action) {
            const ProcessResult r = run(QStringLiteral("sqlite3"), {ws.path(QStringLiteral("catalog.db")),
                                                                    QStringLiteral("SELECT detail FROM audit WHERE action = '%1' ORDER BY seq").arg(action)});
            return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        };
        QCOMPARE(rows(QStringLiteral("config-seen")).size(), 1);
        QCOMPARE(rows(QStringLiteral("config-change")).size(), 0);
        const QString before = Catalog::configFileSha256(ws.config());
        QFile file(ws.config());
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n# retention changed by hand\n");
        file.close();
        const QString after = Catalog::configFileSha256(ws.config());
        QVERIFY(before != after);
        QCOMPARE(ws.cli({QStringLiteral("list")}).exitCode, 0);
        QCOMPARE(ws.cli({QStringLiteral("list")}).exitCode, 0); // noticed once, not on every run
        const QStringList changes = rows(QStringLiteral("config-change"));
        QCOMPARE(changes.size(), 1);
        QVERIFY2(changes.first().contains(QStringLiteral("outside")) && changes.first().contains(before + QStringLiteral(" -> ") + after),
                 qPrintable(changes.first()));
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "TestAuditChain.moc"
