#include "TestSupport.h"
#include "drill/DrillPlan.h"

#include <QtTest>

using namespace lifeboat;

class TestDrillPlan : public QObject
{
    Q_OBJECT

private slots:
    void sampleQuarterlyPlanLoads()
    {
        auto plan = DrillPlanLoader::loadFile(test::sourceDir() + QStringLiteral("/resources/drills/quarterly.toml"));
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->rtoObjectiveSeconds, qint64(7200));
        QCOMPARE(plan->rpoObjectiveSeconds, qint64(3600));
        QVERIFY(!plan->incidentTime.isValid());
        QCOMPARE(plan->steps.size(), 6);
        QCOMPARE(int(plan->steps.at(1).kind), int(DrillStep::Kind::Restore));
        QCOMPARE(plan->steps.at(2).restored, plan->steps.at(1).name); // checks default to the restore before them
        QVERIFY(plan->steps.first().isManual());
        QCOMPARE(plan->steps.first().checklist.size(), 2);
    }

    void objectivesDefaultToTheSeeds()
    {
        auto plan = DrillPlanLoader::loadString(QStringLiteral("name = \"x\"\n[[steps]]\nkind = \"http\"\nurl = \"http://127.0.0.1:9/\"\n"), QStringLiteral("p.toml"));
        QVERIFY(plan);
        QCOMPARE(plan->rtoObjectiveSeconds, qint64(2 * 3600));
        QCOMPARE(plan->rpoObjectiveSeconds, qint64(3600));
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("seconds") << QStringLiteral("90s") << qint64(90);
        QTest::newRow("minutes") << QStringLiteral("45m") << qint64(2700);
        QTest::newRow("hours and minutes") << QStringLiteral("1h30m") << qint64(5400);
        QTest::newRow("a day") << QStringLiteral("1d") << qint64(86400);
        QTest::newRow("words") << QStringLiteral("soon") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("bare number") << QStringLiteral("90") << qint64(-1);
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QCOMPARE(DrillPlanLoader::parseDuration(text), seconds);
    }

    void badPlansNameTheLineAndTheFix_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("message");
        const QString head = QStringLiteral("name = \"q\"\n");
        QTest::newRow("syntax") << QStringLiteral("name = \"q\n") << QStringLiteral("p.toml:1:");
        QTest::newRow("no name") << QStringLiteral("[[steps]]\nkind = \"manual\"\ninstructions = \"x\"\n") << QStringLiteral("name: missing");
        QTest::newRow("no steps") << head << QStringLiteral("at least one [[steps]]");
        QTest::newRow("unknown kind") << head + QStringLiteral("[[steps]]\nkind = \"reboot\"\n") << QStringLiteral("p.toml:3: steps[1].kind: must be one of");
        QTest::newRow("bad duration") << head + QStringLiteral("rto = \"soon\"\n[[steps]]\nkind = \"manual\"\ninstructions = \"x\"\n")
                                      << QStringLiteral("p.toml:2: rto: expected a duration");
        QTest::newRow("check before any restore") << head + QStringLiteral("[[steps]]\nkind = \"sql\"\nquery = \"SELECT 1\"\nexpect = \"1\"\n")
                                                  << QStringLiteral("no restore step comes before");
        QTest::newRow("sql without expect") << head + QStringLiteral("[[steps]]\nkind = \"restore\"\njob = \"a\"\n[[steps]]\nkind = \"sql\"\nquery = \"SELECT 1\"\n")
                                            << QStringLiteral("steps[2].expect: missing");
        QTest::newRow("unknown restore named") << head + QStringLiteral("[[steps]]\nkind = \"restore\"\njob = \"a\"\n[[steps]]\nkind = \"row-counts\"\nrestored = \"nope\"\n")
                                               << QStringLiteral("no restore or pitr step named \"nope\"");
        QTest::newRow("unknown key") << head + QStringLiteral("[[steps]]\nkind = \"manual\"\ninstructions = \"x\"\nchecklst = [\"a\"]\n")
                                     << QStringLiteral("p.toml:5: steps[1].checklst: unknown key");
        QTest::newRow("command not a list") << head + QStringLiteral("[[steps]]\nkind = \"command\"\ncommand = \"true\"\n")
                                            << QStringLiteral("steps[1].command: expected a list of strings");
        QTest::newRow("bad pitr target") << head + QStringLiteral("[[steps]]\nkind = \"pitr\"\njob = \"pg\"\ntarget = \"yesterday\"\n")
                                         << QStringLiteral("steps[1].target: expected \"latest\" or an ISO 8601 time");
    }

    void badPlansNameTheLineAndTheFix()
    {
        QFETCH(QString, plan);
        QFETCH(QString, message);
        auto loaded = DrillPlanLoader::loadString(plan, QStringLiteral("p.toml"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ErrorCode::InvalidConfig);
        QVERIFY2(loaded.error().message.contains(message), qPrintable(loaded.error().message));
        QVERIFY(!loaded.error().message.contains(QLatin1Char('\n')));
    }

    void missingPlanFileSaysSo()
    {
        auto loaded = DrillPlanLoader::loadFile(QStringLiteral("/nonexistent/plan.toml"));
        QVERIFY(!loaded);
        QVERIFY(loaded.error().message.contains(QLatin1String("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestDrillPlan)
#include "TestDrillPlan.moc"
