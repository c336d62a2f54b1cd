#pragma once

#include "common/Result.h"
#include "config/Config.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>

namespace lifeboat {

// One thing an operator must hear about.
struct Notification
{
    QString event;    // failure | corruption | missed | low_space
    QString subject;  // job or repository
    QString summary;  // one line
    QString detail;   // the error, with its fix
    QDateTime at;
};

// Sends notifications to [notifications] and the job's own targets: webhooks (JSON as Lifeboat
// writes it, a Slack-compatible {"text"} body, or an Alertmanager-compatible alert list) with
// two retries, and e-mail through the local sendmail interface (`sendmail -t -i`). A failing
// target is reported through `log` and never fails what triggered it. Blocking sockets, so it
// runs on the operation's own thread.
class Notifier
{
    Q_DECLARE_TR_FUNCTIONS(Notifier)

public:
    using Log = std::function<void(const QString &)>;
    // Sends to every target that wants this event; returns how many targets took it.
    static int send(const Config &config, const Notification &n, const Log &log, const QStringList &extraWebhooks = {},
                    const QStringList &extraEmail = {});

    static QByteArray body(const QString &format, const Notification &n);
    [[nodiscard]] static Status postWebhook(const QString &url, const QByteArray &body, int attempts = 3);
    [[nodiscard]] static Status sendMail(const QString &sendmail, const QStringList &to, const Notification &n);
};

} // namespace lifeboat
