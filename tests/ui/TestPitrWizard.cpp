// Point-in-time recovery through the restore wizard, against a real archiving PostgreSQL 15:
// the catalog's base backup leads to the timeline picker (read off the GUI thread), a time
// between two commits is clicked on the axis, or a DROP TABLE marker for "just before this
// event", and the recovered scratch server (started by the operation) holds exactly the rows
// committed before the target.
#include "PgServer.h"
#include "TestSupport.h"
#include "restore/PitrTimelineView.h"
#include "restore/RestoreWizard.h"
#include "shell/MainWindow.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QThread>
#include <QTreeWidget>
#include <QPlainTextEdit>

using namespace lifeboat;
using namespace lifeboat::test;

class TestPitrWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work{QDir::tempPath() + QStringLiteral("/lifeboat-pitrgui-XXXXXX")};
    std::unique_ptr<PgServer> m_pg;
    QString m_recovered;

    QString path(const QString &relative) const { return m_work.filePath(relative); }
    void chownPostgres() const { run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_work.path()}); }
    ProcessResult asPostgres(const QStringList &args) const
    {
        return run(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), path(QStringLiteral("lifeboat-cli")),
                                                          QStringLiteral("--config"), path(QStringLiteral("lifeboat.toml"))}
                                                  + args);
    }
    QString sql(const QString &statement) const { return m_pg->scalar(QStringLiteral("postgres"), statement); }

private:
    // Opens the wizard on the base backup and waits for the timeline to load.
    RestoreWizard *openPicker(MainWindow &window)
    {
        window.openConfig(path(QStringLiteral("lifeboat.toml")));
        window.showPage(MainWindow::Catalog);
        window.show();
        window.findChild<QTableView *>(QStringLiteral("catalogTable"))->selectRow(0);
        RestoreWizard *wizard = window.restoreSelected();
        if (!wizard)
            return nullptr;
        wizard->next();
        if (wizard->currentId() != RestoreWizard::PointPage)
            return nullptr;
        auto *status = wizard->findChild<QLabel *>(QStringLiteral("pointStatus"));
        (void)QTest::qWaitFor([&] { return status->text().startsWith(QLatin1String("Recoverable from")) || status->text().contains(QLatin1String("color")); }, 60000);
        return wizard;
    }

    // From the recovery target page to the summary; returns the checklist when the checks fail.
    QString runToSummary(RestoreWizard *wizard, const QString &folder, int port)
    {
        wizard->next();
        if (wizard->currentId() != RestoreWizard::RecoveryTargetPage)
            return QStringLiteral("not on the recovery target page");
        wizard->findChild<QLineEdit *>(QStringLiteral("recoveryFolder"))->setText(folder);
        wizard->findChild<QCheckBox *>(QStringLiteral("recoveryStart"))->setChecked(port > 0);
        if (port > 0)
            wizard->findChild<QSpinBox *>(QStringLiteral("recoveryPort"))->setValue(port);
        wizard->next();
        auto *again = wizard->findChild<QPushButton *>(QStringLiteral("restoreChecksAgain"));
        (void)QTest::qWaitFor([&] { return again->isEnabled(); }, 60000);
        if (!wizard->button(QWizard::CommitButton)->isEnabled()) {
            QStringList lines;
            auto *list = wizard->findChild<QTreeWidget *>(QStringLiteral("restoreChecks"));
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                lines << list->topLevelItem(i)->text(0) + QLatin1Char('=') + list->topLevelItem(i)->text(1) + QLatin1Char(' ') + list->topLevelItem(i)->text(2);
            return lines.join(QLatin1Char('\n'));
        }
        wizard->next();
        (void)QTest::qWaitFor([&] { return wizard->currentId() == RestoreWizard::SummaryPage; }, 180000);
        return {};
    }

    QByteArray query(const QString &folder, int port, const QString &statement) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(PgServer::password()));
        const auto rows = run(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
                              {QStringLiteral("-XqAt"), QStringLiteral("-h"), folder, QStringLiteral("-p"), QString::number(port), QStringLiteral("-U"),
                               QStringLiteral("postgres"), QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-c"), statement},
                              {}, env);
        run(QStringLiteral("runuser"), {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"),
                                        QStringLiteral("-D"), folder, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
        return rows.out.trimmed();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        // Copies the postgres user can run (restore_command calls lifeboat-cli as the server's user).
        QVERIFY(!copyCliInto(m_work.path()).isEmpty());
        writeSecretFile(path(QStringLiteral("pg.pass")), PgServer::password() + '\n');
        m_pg = std::make_unique<PgServer>(QStringLiteral("archive_mode = on\narchive_command = '%1 --config %2 wal-push pg %p'\nwal_level = replica\n")
                                              .arg(path(QStringLiteral("lifeboat-cli")), path(QStringLiteral("lifeboat.toml"))));
        QVERIFY2(m_pg->isRunning(), qPrintable(m_pg->error()));
        writeFile(path(QStringLiteral("lifeboat.toml")),
                  QStringLiteral("timezone = \"UTC\"\n[catalog]\nurl = \"sqlite://%1\"\n[repositories.local]\ntype = \"local\"\npath = \"%2\"\n"
                                 "[jobs.pg]\nkind = \"postgresql-cluster\"\nconninfo = \"%3\"\npassword_file = \"%4\"\nrepository = \"local\"\n"
                                 "compression = \"zstd:1\"\n")
                      .arg(path(QStringLiteral("catalog.db")), path(QStringLiteral("repo")), m_pg->conninfo(), path(QStringLiteral("pg.pass")))
                      .toUtf8());
        QDir().mkpath(path(QStringLiteral("recovered")));
        // restore_command calls this copy (the test binary has no lifeboat-cli beside it).
        qputenv("LIFEBOAT_RESTORE_CLI", path(QStringLiteral("lifeboat-cli")).toUtf8());
        chownPostgres();
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("CREATE TABLE markers(id int PRIMARY KEY)")).exitCode, 0);
        const auto backup = asPostgres({QStringLiteral("backup"), QStringLiteral("pg")});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        sql(QStringLiteral("INSERT INTO markers VALUES (1)"));
        sql(QStringLiteral("INSERT INTO markers VALUES (2)"));
        QThread::msleep(1100);
        const QString between = sql(QStringLiteral("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS')"));
        m_recovered = between;
        QThread::msleep(1100);
        sql(QStringLiteral("INSERT INTO markers VALUES (3)"));
        const QString segment = sql(QStringLiteral("SELECT pg_walfile_name(pg_switch_wal())"));
        QTRY_VERIFY_WITH_TIMEOUT(sql(QStringLiteral("SELECT last_archived_wal >= '%1' FROM pg_stat_archiver").arg(segment)) == QLatin1String("t"), 20000);
        chownPostgres();
    }

    // Without a lifeboat-cli for restore_command the recovery is refused by the checks, before
    // anything is written.
    void refusesWithoutALifeboatCliForRestoreCommand()
    {
        qputenv("LIFEBOAT_RESTORE_CLI", "/nonexistent/lifeboat-cli");
        MainWindow window;
        RestoreWizard *wizard = openPicker(window);
        QVERIFY(wizard);
        wizard->findChild<QRadioButton *>(QStringLiteral("pointTarget%1").arg(int(PitrParams::Target::Latest)))->click();
        const QString folder = path(QStringLiteral("recovered/refused"));
        const QString failed = runToSummary(wizard, folder, 0);
        QVERIFY2(failed.contains(QLatin1String("restore_command needs lifeboat-cli")), qPrintable(failed));
        QVERIFY(!QFileInfo::exists(folder));
        wizard->reject();
        qputenv("LIFEBOAT_RESTORE_CLI", path(QStringLiteral("lifeboat-cli")).toUtf8());
    }

    void recoversToAClickedSecond()
    {
        MainWindow window;
        RestoreWizard *wizard = openPicker(window);
        QVERIFY(wizard);
        auto *timeline = wizard->findChild<PitrTimelineView *>(QStringLiteral("pitrTimeline"));
        QVERIFY2(timeline && !timeline->data().isEmpty(), qPrintable(wizard->findChild<QLabel *>(QStringLiteral("pointStatus"))->text()));
        QCOMPARE(timeline->data().backups.size(), 1);
        const auto &d = timeline->data();
        QVERIFY2(d.commitsBetween(d.earliestUs, d.latestUs + d.binUs) >= 3,
                 qPrintable(QStringLiteral("%1 commits, window %2..%3, origin %4, bins %5: %6")
                                .arg(d.commitsBetween(d.originUs, d.latestUs + d.binUs)).arg(d.earliestUs).arg(d.latestUs).arg(d.originUs).arg(d.cumulative.size())
                                .arg(wizard->findChild<QLabel *>(QStringLiteral("pointStatus"))->text())));
        if (qEnvironmentVariableIsSet("LIFEBOAT_SCREENSHOT_DIR"))
            QVERIFY(wizard->grab().save(qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR") + QStringLiteral("/wizard-pitr-timeline.png")));
        // Alt+click: the time itself, not the nearest commit.
        const qint64 between = QDateTime::fromString(m_recovered + QLatin1Char('Z'), Qt::ISODate).toMSecsSinceEpoch() * 1000;
        const int x = int(std::lround(timeline->xOf(between)));
        QTest::mouseClick(timeline, Qt::LeftButton, Qt::AltModifier, QPoint(x, timeline->plotRect().top() + 40));
        QCOMPARE(timeline->pick().kind, PitrTimelineView::Pick::Kind::Time);
        const qint64 pixel = (timeline->viewToUs() - timeline->viewFromUs()) / timeline->plotRect().width();
        QVERIFY2(std::llabs(timeline->pick().timeUs - between) <= 2 * pixel, qPrintable(QString::number(timeline->pick().timeUs - between)));
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("pointPicked"))->text().contains(QLatin1String("from base backup")));
        const PitrParams params = wizard->pitrParams();
        QCOMPARE(params.target, PitrParams::Target::Time);

        const QString folder = path(QStringLiteral("recovered/data"));
        const QString failed = runToSummary(wizard, folder, 5791);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QString result = wizard->findChild<QLabel *>(QStringLiteral("restoreResult"))->text();
        QVERIFY2(result.contains(QLatin1String("Recovered in")) && result.contains(QLatin1String("promoted")), qPrintable(result));
        QVERIFY(wizard->findChild<QPlainTextEdit *>(QStringLiteral("restoreNext"))->toPlainText().contains(QStringLiteral("port=5791")));
        QCOMPARE(query(folder, 5791, QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM markers")), QByteArray("1,2"));
        wizard->accept();
    }

    // The DBA's click path: the DROP TABLE is a red marker on the timeline; clicking it recovers
    // to just before it, and the table is back.
    void recoversToJustBeforeADropWithClicks()
    {
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("CREATE TABLE doomed(id int); INSERT INTO doomed VALUES (1), (2), (3)")).exitCode, 0);
        const auto named = asPostgres({QStringLiteral("timeline"), QStringLiteral("pg")}); // what --run-schedule does between backups
        QVERIFY2(named.exitCode == 0, named.err.constData());
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("DROP TABLE doomed")).exitCode, 0);
        const QString segment = sql(QStringLiteral("SELECT pg_walfile_name(pg_switch_wal())"));
        QTRY_VERIFY_WITH_TIMEOUT(sql(QStringLiteral("SELECT last_archived_wal >= '%1' FROM pg_stat_archiver").arg(segment)) == QLatin1String("t"), 20000);
        chownPostgres();

        MainWindow window;
        RestoreWizard *wizard = openPicker(window);
        QVERIFY(wizard);
        auto *timeline = wizard->findChild<PitrTimelineView *>(QStringLiteral("pitrTimeline"));
        int drop = -1;
        for (int i = 0; i < timeline->data().events.size(); ++i)
            if (timeline->data().events.at(i).title == QLatin1String("DROP") && timeline->data().events.at(i).relations.contains(QLatin1String("public.doomed")))
                drop = i;
        QVERIFY2(drop >= 0, qPrintable(wizard->findChild<QLabel *>(QStringLiteral("pointStatus"))->text()));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // nothing picked yet
        const auto &event = timeline->data().events.at(drop);
        // Zoom so the marker stands alone, then click it.
        timeline->setView(event.timeUs - 2000000, event.timeUs + 2000000);
        const QPoint marker(int(std::lround(timeline->xOf(event.timeUs))), 22 + 64 + 11);
        QCOMPARE(timeline->eventAt(marker), drop);
        QTest::mouseClick(timeline, Qt::LeftButton, Qt::NoModifier, marker);
        QCOMPARE(timeline->pick().kind, PitrTimelineView::Pick::Kind::BeforeEvent);
        QCOMPARE(timeline->pick().eventId, event.id);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        auto *events = wizard->findChild<QTableWidget *>(QStringLiteral("pointEvents"));
        QCOMPARE(events->selectionModel()->selectedRows().size(), 1); // the list follows the pick
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("pointPicked"))->text().contains(QLatin1String("just before DROP")));
        const PitrParams params = wizard->pitrParams();
        QCOMPARE(params.beforeEvent, event.id);
        QCOMPARE(params.target, PitrParams::Target::Xid);
        if (qEnvironmentVariableIsSet("LIFEBOAT_SCREENSHOT_DIR"))
            QVERIFY(wizard->grab().save(qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR") + QStringLiteral("/wizard-pitr-before-event.png")));

        const QString folder = path(QStringLiteral("recovered/before-drop"));
        const QString failed = runToSummary(wizard, folder, 5792);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QString result = wizard->findChild<QLabel *>(QStringLiteral("restoreResult"))->text();
        QVERIFY2(result.contains(QLatin1String("Stopped just before")), qPrintable(result));
        const QString next = wizard->findChild<QPlainTextEdit *>(QStringLiteral("restoreNext"))->toPlainText();
        QVERIFY2(next.contains(QLatin1String("-t public.doomed postgres")), qPrintable(next)); // the lost table, named
        if (qEnvironmentVariableIsSet("LIFEBOAT_SCREENSHOT_DIR"))
            QVERIFY(wizard->grab().save(qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR") + QStringLiteral("/wizard-pitr-summary.png")));
        QCOMPARE(query(folder, 5792, QStringLiteral("SELECT count(*) FROM doomed")), QByteArray("3"));
        wizard->accept();
    }

    void cleanupTestCase() { m_pg.reset(); }
};

QTEST_MAIN(TestPitrWizard)
#include "TestPitrWizard.moc"
