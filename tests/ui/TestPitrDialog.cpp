// Point-in-time recovery from the GUI, against a real archiving PostgreSQL 15: the catalog's
// base backup opens the recovery dialog, the window is read off the GUI thread, a time between
// two commits is chosen, and the recovered server (started by the operation) holds exactly the
// rows committed before it.
#include "PgServer.h"
#include "TestSupport.h"
#include "restore/PitrDialog.h"
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

using namespace lifeboat;
using namespace lifeboat::test;

class TestPitrDialog : public QObject
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

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QFile::setPermissions(m_work.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
        // Copies the postgres user can run (restore_command calls lifeboat-cli as the server's user).
        QVERIFY(QFile::copy(cliPath(), path(QStringLiteral("lifeboat-cli"))));
        QVERIFY(QFile::copy(QFileInfo(cliPath()).absolutePath() + QStringLiteral("/lifeboat-cli-full"), path(QStringLiteral("lifeboat-cli-full"))));
        writeFile(path(QStringLiteral("pg.pass")), PgServer::password() + '\n');
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

    // Without a lifeboat-cli for restore_command the recovery is refused before anything is written.
    void refusesWithoutALifeboatCliForRestoreCommand()
    {
        qputenv("LIFEBOAT_RESTORE_CLI", "/nonexistent/lifeboat-cli");
        MainWindow window;
        window.openConfig(path(QStringLiteral("lifeboat.toml")));
        window.showPage(MainWindow::Catalog);
        window.show();
        window.findChild<QTableView *>(QStringLiteral("catalogTable"))->selectRow(0);
        window.restoreSelected();
        auto *dialog = window.findChild<PitrDialog *>();
        QVERIFY(dialog);
        const QString folder = path(QStringLiteral("recovered/refused"));
        dialog->findChild<QLineEdit *>(QStringLiteral("pitrFolder"))->setText(folder);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pitrAccept")), Qt::LeftButton);
        auto *message = window.findChild<QLabel *>(QStringLiteral("operationMessage"));
        QTRY_VERIFY2_WITH_TIMEOUT(message->text().contains(QLatin1String("restore_command needs lifeboat-cli")), qPrintable(message->text()), 30000);
        QVERIFY(!QFileInfo::exists(folder));
        qputenv("LIFEBOAT_RESTORE_CLI", path(QStringLiteral("lifeboat-cli")).toUtf8());
    }

    void recoversToAChosenSecondFromTheCatalog()
    {
        MainWindow window;
        window.openConfig(path(QStringLiteral("lifeboat.toml")));
        window.showPage(MainWindow::Catalog);
        window.show();
        auto *table = window.findChild<QTableView *>(QStringLiteral("catalogTable"));
        QCOMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        window.restoreSelected();
        auto *dialog = window.findChild<PitrDialog *>();
        QVERIFY(dialog);
        auto *windowLabel = dialog->findChild<QLabel *>(QStringLiteral("pitrWindow"));
        QTRY_VERIFY_WITH_TIMEOUT(windowLabel->text().startsWith(QLatin1String("Recoverable from")), 30000);
        if (qEnvironmentVariableIsSet("LIFEBOAT_SCREENSHOT_DIR"))
            QVERIFY(dialog->grab().save(qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR") + QStringLiteral("/pitr-dialog.png")));

        dialog->findChild<QRadioButton *>(QStringLiteral("pitrTarget%1").arg(int(PitrParams::Target::Time)))->click();
        dialog->findChild<QDateTimeEdit *>(QStringLiteral("pitrTime"))->setDateTime(QDateTime::fromString(m_recovered, Qt::ISODate));
        const QString folder = path(QStringLiteral("recovered/data"));
        dialog->findChild<QLineEdit *>(QStringLiteral("pitrFolder"))->setText(folder);
        dialog->findChild<QCheckBox *>(QStringLiteral("pitrStart"))->setChecked(true);
        dialog->findChild<QSpinBox *>(QStringLiteral("pitrPort"))->setValue(5791);
        const PitrParams params = dialog->params();
        QCOMPARE(params.target, PitrParams::Target::Time);
        QCOMPARE(params.value, m_recovered + QLatin1Char('Z'));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pitrAccept")), Qt::LeftButton);

        auto *message = window.findChild<QLabel *>(QStringLiteral("operationMessage"));
        QTRY_VERIFY2_WITH_TIMEOUT(message->text().startsWith(QLatin1String("Recovered ")), qPrintable(message->text()), 120000);
        QVERIFY2(message->text().contains(QLatin1String("promoted")), qPrintable(message->text()));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(PgServer::password()));
        const auto rows = run(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
                              {QStringLiteral("-XqAt"), QStringLiteral("-h"), folder, QStringLiteral("-p"), QStringLiteral("5791"), QStringLiteral("-U"),
                               QStringLiteral("postgres"), QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-c"),
                               QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM markers")},
                              {}, env);
        run(QStringLiteral("runuser"), {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"),
                                        QStringLiteral("-D"), folder, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
        QCOMPARE(rows.out.trimmed(), QByteArray("1,2"));
    }

    // The DBA's click path: the dialog lists the DROP TABLE from the WAL event index; choosing it
    // recovers to just before it, and the table is back.
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
        window.openConfig(path(QStringLiteral("lifeboat.toml")));
        window.showPage(MainWindow::Catalog);
        window.show();
        window.findChild<QTableView *>(QStringLiteral("catalogTable"))->selectRow(0);
        window.restoreSelected();
        auto *dialog = window.findChild<PitrDialog *>();
        QVERIFY(dialog);
        auto *events = dialog->findChild<QTableWidget *>(QStringLiteral("pitrEvents"));
        QVERIFY(events);
        QTRY_VERIFY_WITH_TIMEOUT(events->rowCount() > 0, 30000);
        int dropRow = -1;
        for (int r = 0; r < events->rowCount(); ++r)
            if (events->item(r, 1)->text() == QLatin1String("DROP") && events->item(r, 2)->text().contains(QLatin1String("public.doomed")))
                dropRow = r;
        QVERIFY2(dropRow >= 0, qPrintable(dialog->findChild<QLabel *>(QStringLiteral("pitrEventsStatus"))->text()));
        // Choosing the target without an event is refused until one is picked.
        dialog->findChild<QRadioButton *>(QStringLiteral("pitrTargetEvent"))->click();
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("pitrAccept"))->isEnabled());
        events->selectRow(dropRow);
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("pitrTargetEvent"))->isChecked());
        const QString folder = path(QStringLiteral("recovered/before-drop"));
        dialog->findChild<QLineEdit *>(QStringLiteral("pitrFolder"))->setText(folder);
        dialog->findChild<QCheckBox *>(QStringLiteral("pitrStart"))->setChecked(true);
        dialog->findChild<QSpinBox *>(QStringLiteral("pitrPort"))->setValue(5792);
        const PitrParams params = dialog->params();
        QVERIFY(params.beforeEvent > 0);
        QCOMPARE(params.target, PitrParams::Target::Xid);
        if (qEnvironmentVariableIsSet("LIFEBOAT_SCREENSHOT_DIR"))
            QVERIFY(dialog->grab().save(qEnvironmentVariable("LIFEBOAT_SCREENSHOT_DIR") + QStringLiteral("/pitr-before-event.png")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pitrAccept")), Qt::LeftButton);
        auto *message = window.findChild<QLabel *>(QStringLiteral("operationMessage"));
        QTRY_VERIFY2_WITH_TIMEOUT(message->text().startsWith(QLatin1String("Recovered ")), qPrintable(message->text()), 120000);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(PgServer::password()));
        const auto rows = run(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
                              {QStringLiteral("-XqAt"), QStringLiteral("-h"), folder, QStringLiteral("-p"), QStringLiteral("5792"), QStringLiteral("-U"),
                               QStringLiteral("postgres"), QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-c"),
                               QStringLiteral("SELECT count(*) FROM doomed")},
                              {}, env);
        run(QStringLiteral("runuser"), {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"),
                                        QStringLiteral("-D"), folder, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
        QCOMPARE(rows.out.trimmed(), QByteArray("3"));
    }

    void cleanupTestCase() { m_pg.reset(); }
};

QTEST_MAIN(TestPitrDialog)
#include "TestPitrDialog.moc"
