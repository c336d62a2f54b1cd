#include "Notifier.h"

#include "common/Clock.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>
#include <memory>

namespace lifeboat {

namespace {
constexpr int kTimeoutMs = 10000;

QString severity(const QString &event)
{
    return event == QLatin1String("failure") || event == QLatin1String("corruption") ? QStringLiteral("critical") : QStringLiteral("warning");
}
} // namespace

QByteArray Notifier::body(const QString &format, const Notification &n)
{
    const QString at = isoUtc(n.at.isValid() ? n.at : Clock::instance().now());
    if (format == QLatin1String("slack"))
        return QJsonDocument(QJsonObject{{QStringLiteral("text"), QStringLiteral("*Lifeboat: %1*\n%2").arg(n.summary, n.detail)}}).toJson(QJsonDocument::Compact);
    if (format == QLatin1String("alertmanager"))
        return QJsonDocument(QJsonArray{QJsonObject{
                                 {QStringLiteral("labels"), QJsonObject{{QStringLiteral("alertname"), QStringLiteral("Lifeboat_%1").arg(n.event)},
                                                                        {QStringLiteral("subject"), n.subject},
                                                                        {QStringLiteral("severity"), severity(n.event)}}},
                                 {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("summary"), n.summary}, {QStringLiteral("description"), n.detail}}},
                                 {QStringLiteral("startsAt"), at},
                                 {QStringLiteral("generatorURL"), QStringLiteral("lifeboat://%1").arg(QHostInfo::localHostName())}}})
            .toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonObject{{QStringLiteral("source"), QStringLiteral("lifeboat")},
                                     {QStringLiteral("host"), QHostInfo::localHostName()},
                                     {QStringLiteral("event"), n.event},
                                     {QStringLiteral("severity"), severity(n.event)},
                                     {QStringLiteral("subject"), n.subject},
                                     {QStringLiteral("summary"), n.summary},
                                     {QStringLiteral("detail"), n.detail},
                                     {QStringLiteral("at"), at}})
        .toJson(QJsonDocument::Compact);
}

Status Notifier::postWebhook(const QString &urlText, const QByteArray &body, int attempts)
{
    const QUrl url(urlText);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return fail(ErrorCode::InvalidConfig, tr("webhook %1 is not an http:// or https:// URL").arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery); // tokens stay out of logs
    QString last;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (attempt > 0)
            QThread::msleep(500u << (attempt - 1)); // 0.5 s, 1 s
        const bool tls = url.scheme() == QLatin1String("https");
        std::unique_ptr<QTcpSocket> socket(tls ? new QSslSocket : new QTcpSocket);
        if (tls)
            static_cast<QSslSocket *>(socket.get())->connectToHostEncrypted(url.host(), quint16(url.port(443)));
        else
            socket->connectToHost(url.host(), quint16(url.port(80)));
        if (!socket->waitForConnected(kTimeoutMs) || (tls && !static_cast<QSslSocket *>(socket.get())->waitForEncrypted(kTimeoutMs))) {
            last = socket->errorString();
            continue;
        }
        QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
        if (path.isEmpty())
            path = "/";
        if (url.hasQuery())
            path += '?' + url.query(QUrl::FullyEncoded).toUtf8();
        socket->write("POST " + path + " HTTP/1.1\r\nHost: " + url.host().toUtf8() + "\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nUser-Agent: lifeboat\r\nConnection: close\r\n\r\n" + body);
        socket->waitForBytesWritten(kTimeoutMs);
        QByteArray reply;
        QElapsedTimer timer;
        timer.start();
        while (!reply.contains("\r\n") && timer.elapsed() < kTimeoutMs && socket->waitForReadyRead(int(kTimeoutMs - timer.elapsed())))
            reply += socket->readAll();
        const QList<QByteArray> status = reply.left(reply.indexOf("\r\n")).split(' ');
        const int code = status.size() >= 2 ? status.at(1).toInt() : 0;
        if (code >= 200 && code < 300)
            return {};
        last = code ? tr("HTTP %1").arg(code) : tr("no HTTP answer");
    }
    return fail(ErrorCode::Failed, tr("webhook %1 did not take the notification after %n attempt(s): %2", nullptr, attempts).arg(shown, last));
}

Status Notifier::sendMail(const QString &sendmail, const QStringList &to, const Notification &n)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(sendmail, {QStringLiteral("-t"), QStringLiteral("-i")});
    if (!p.waitForStarted(kTimeoutMs))
        return fail(ErrorCode::Failed, tr("cannot run %1 to send e-mail: %2 (install a mail transfer agent or set notifications.sendmail)").arg(sendmail, p.errorString()));
    const QString host = QHostInfo::localHostName();
    QString message = QStringLiteral("To: %1\nFrom: Lifeboat <lifeboat@%2>\nSubject: [Lifeboat] %3\nContent-Type: text/plain; charset=utf-8\nX-Lifeboat-Event: %4\n\n%5\n\n%6\n-- \nLifeboat on %2, %7\n")
                          .arg(to.join(QStringLiteral(", ")), host, n.summary, n.event, n.detail.isEmpty() ? n.summary : n.detail,
                               QStringLiteral("Subject: %1").arg(n.subject), isoUtc(n.at.isValid() ? n.at : Clock::instance().now()));
    p.write(message.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(kTimeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fail(ErrorCode::Failed, tr("%1 did not accept the e-mail: %2").arg(sendmail, QString::fromLocal8Bit(p.readAll()).trimmed().left(200)));
    return {};
}

int Notifier::send(const Config &config, const Notification &n, const Log &log, const QStringList &extraWebhooks, const QStringList &extraEmail)
{
    if (!config.notify.events.contains(n.event))
        return 0;
    int delivered = 0;
    QStringList hooks = config.notify.webhooks + extraWebhooks;
    hooks.removeDuplicates();
    const QByteArray payload = body(config.notify.format, n);
    for (const QString &hook : std::as_const(hooks)) {
        if (Status s = postWebhook(hook, payload); s)
            ++delivered;
        else if (log)
            log(tr("notification not delivered: %1").arg(s.error().message));
    }
    QStringList to = config.notify.email + extraEmail;
    to.removeDuplicates();
    if (!to.isEmpty()) {
        if (Status s = sendMail(config.notify.sendmail, to, n); s)
            ++delivered;
        else if (log)
            log(tr("notification not delivered: %1").arg(s.error().message));
    }
    return delivered;
}

} // namespace lifeboat
