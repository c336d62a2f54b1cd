#include "Notifier.h"

#include "common/BlockingHttp.h"
#include "common/Clock.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>
#include <QUrl>

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
    if (!BlockingHttp::isHttpUrl(url))
        return fail(ErrorCode::InvalidConfig, tr("webhook %1 is not an http:// or https:// URL").arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery); // tokens stay out of logs
    QString last;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (attempt > 0)
            QThread::msleep(500u << (attempt - 1)); // 0.5 s, 1 s
        const BlockingHttp::Outcome reply = BlockingHttp::request(url, "POST", body, kTimeoutMs);
        if (reply.status >= 200 && reply.status < 300)
            return {};
        last = !reply.connected ? reply.error : reply.status ? tr("HTTP %1").arg(reply.status) : tr("no HTTP answer");
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
