// Notifications against real parts: an HTTP server on 127.0.0.1 in its own thread (a failing
// answer first, to prove the retry), a fake sendmail that records its input (the one stand-in
// that is right here: no mail server is the point), and --run-schedule through the real CLI
// with a job that fails.
#include "TestSupport.h"
#include "monitoring/Notifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>

using namespace lifeboat;

namespace {

// Answers POSTs with the next scripted status (200 once the script runs out), keeps the bodies.
class HttpSink : public QObject
{
public:
    explicit HttpSink(QList<int> statuses) : m_statuses(std::move(statuses))
    {
        m_thread.start();
        moveToThread(&m_thread);
        QMetaObject::invokeMethod(this, [this] {
            m_server = new QTcpServer(this);
            m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
            QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
                while (QTcpSocket *s = m_server->nextPendingConnection())
                    QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { serve(s); });
            });
        }, Qt::BlockingQueuedConnection);
    }
    ~HttpSink() override
    {
        QMetaObject::invokeMethod(this, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }
    QList<QByteArray> bodies() const
    {
        QMutexLocker lock(&m_mutex);
        return m_bodies;
    }
    int requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }

private:
    void serve(QTcpSocket *s)
    {
        m_buffer[s] += s->readAll();
        const QByteArray &data = m_buffer[s];
        const int headerEnd = data.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const int at = data.toLower().indexOf("content-length:");
        const int length = at >= 0 ? data.mid(at + 15, data.indexOf("\r\n", at) - at - 15).trimmed().toInt() : 0;
        if (data.size() < headerEnd + 4 + length)
            return;
        int status = 200;
        {
            QMutexLocker lock(&m_mutex);
            ++m_requests;
            if (!m_statuses.isEmpty())
                status = m_statuses.takeFirst();
            if (status == 200)
                m_bodies.append(data.mid(headerEnd + 4, length));
        }
        s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        s->disconnectFromHost();
        m_buffer.remove(s);
    }

    QThread m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    QList<int> m_statuses;
    QMap<QTcpSocket *, QByteArray> m_buffer;
    mutable QMutex m_mutex;
    QList<QByteArray> m_bodies;
    int m_requests = 0;
};

QString fakeSendmail(const QTemporaryDir &dir)
{
    const QString script = dir.filePath(QStringLiteral("sendmail"));
    test::writeFile(script, QStringLiteral("#!/bin/sh\n# records its arguments and the message\necho \"$@\" > %1/args\ncat > %1/mail\n").arg(dir.path()).toUtf8());
    QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return script;
}

Notification sample()
{
    Notification n;
    n.event = QStringLiteral("failure");
    n.subject = QStringLiteral("app");
    n.summary = QStringLiteral("backup of app failed");
    n.detail = QStringLiteral("cannot open app.db: no such file (check the job's path)");
    n.at = QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00Z"), Qt::ISODate);
    return n;
}

} // namespace

class TestNotifier : public QObject
{
    Q_OBJECT

private slots:
    void webhookBodies_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("slack") << QStringLiteral("slack");
        QTest::newRow("alertmanager") << QStringLiteral("alertmanager");
    }

    void webhookBodies()
    {
        QFETCH(QString, format);
        const QJsonDocument doc = QJsonDocument::fromJson(Notifier::body(format, sample()));
        if (format == QLatin1String("slack")) {
            QVERIFY(doc.object().value(QStringLiteral("text")).toString().contains(QLatin1String("backup of app failed")));
        } else if (format == QLatin1String("alertmanager")) {
            const QJsonObject alert = doc.array().first().toObject();
            QCOMPARE(alert.value(QStringLiteral("labels")).toObject().value(QStringLiteral("alertname")).toString(), QStringLiteral("Lifeboat_failure"));
            QCOMPARE(alert.value(QStringLiteral("labels")).toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
            QCOMPARE(alert.value(QStringLiteral("startsAt")).toString(), QStringLiteral("2026-12-01T10:00:00Z"));
        } else {
            QCOMPARE(doc.object().value(QStringLiteral("event")).toString(), QStringLiteral("failure"));
            QCOMPARE(doc.object().value(QStringLiteral("subject")).toString(), QStringLiteral("app"));
            QVERIFY(doc.object().value(QStringLiteral("detail")).toString().contains(QLatin1String("check the job's path")));
        }
    }

    void webhookIsRetriedAfterAFailure()
    {
        HttpSink sink({500});
        const QString url = QStringLiteral("http://127.0.0.1:%1/hook?token=s3cret").arg(sink.port());
        QVERIFY(Notifier::postWebhook(url, "{\"a\":1}"));
        QCOMPARE(sink.requests(), 2);
        QCOMPARE(sink.bodies(), QList<QByteArray>{"{\"a\":1}"});
        // Always failing: a one-line error without the URL's token.
        HttpSink broken({500, 502, 503});
        const auto failed = Notifier::postWebhook(QStringLiteral("http://127.0.0.1:%1/hook?token=s3cret").arg(broken.port()), "{}");
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QLatin1String("HTTP 503")), qPrintable(failed.error().message));
        QVERIFY(!failed.error().message.contains(QLatin1String("s3cret")));
        QCOMPARE(broken.requests(), 3);
    }

    void emailGoesThroughSendmail()
    {
        QTemporaryDir dir;
        const QString sendmail = fakeSendmail(dir);
        QVERIFY(Notifier::sendMail(sendmail, {QStringLiteral("ops@example.com")}, sample()));
        QCOMPARE(test::readFile(dir.filePath(QStringLiteral("args"))).trimmed(), QByteArray("-t -i"));
        const QByteArray mail = test::readFile(dir.filePath(QStringLiteral("mail")));
        QVERIFY(mail.contains("To: ops@example.com\n"));
        QVERIFY(mail.contains("Subject: [Lifeboat] backup of app failed\n"));
        QVERIFY(mail.contains("check the job's path"));
        const auto missing = Notifier::sendMail(QStringLiteral("/nonexistent/sendmail"), {QStringLiteral("ops@example.com")}, sample());
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QLatin1String("notifications.sendmail")));
    }

    void failedScheduledBackupNotifiesAndStillRecords()
    {
        HttpSink sink({});
        QTemporaryDir mailDir;
        const QString sendmail = fakeSendmail(mailDir);
        // A job whose database is gone: the scheduled run fails, both targets hear of it, and a
        // dead second webhook is logged without failing anything more.
        test::Workspace ws(QStringLiteral("schedule = \"0 2 * * *\"\nnotify_email = [\"dba@example.com\"]\n"
                                          "[notifications]\nwebhooks = [\"http://127.0.0.1:%1/hook\", \"http://127.0.0.1:1/dead\"]\n"
                                          "email = [\"ops@example.com\"]\nsendmail = \"%2\"\nevents = [\"failure\", \"corruption\"]\n")
                               .arg(sink.port())
                               .arg(sendmail),
                           0);
        const auto r = ws.cli({QStringLiteral("--run-schedule")});
        QCOMPARE(r.exitCode, 1); // the backup failed; the notifiers did not change that
        QCOMPARE(sink.bodies().size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(sink.bodies().first()).object();
        QCOMPARE(body.value(QStringLiteral("event")).toString(), QStringLiteral("failure"));
        QCOMPARE(body.value(QStringLiteral("subject")).toString(), QStringLiteral("app"));
        QVERIFY(r.err.contains("notification not delivered: webhook http://127.0.0.1:1/dead"));
        const QByteArray mail = test::readFile(mailDir.filePath(QStringLiteral("mail")));
        QVERIFY2(mail.contains("To: ops@example.com, dba@example.com\n"), mail.constData());
        const auto runs = ws.cli({QStringLiteral("--json"), QStringLiteral("list")});
        QCOMPARE(runs.exitCode, 0);
    }

    void badNotificationConfigIsRefused()
    {
        test::Workspace ws(QStringLiteral("[notifications]\nformat = \"teams\"\n"), 0);
        const auto r = ws.cli({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.firstErrorLine().contains(QLatin1String("notifications.format: must be json, slack or alertmanager")), qPrintable(r.firstErrorLine()));
    }
};

QTEST_GUILESS_MAIN(TestNotifier)
#include "TestNotifier.moc"
