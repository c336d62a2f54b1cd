#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace lifeboat {

// One HTTP/1.1 request over blocking sockets (http and https), for operations that run on their
// own thread without an event loop: drill health checks, notification webhooks. Only the status
// line of the answer is read.
struct BlockingHttp
{
    struct Outcome
    {
        bool connected = false;
        int status = 0;     // 0: no status line within the time
        QString error;      // why it could not connect
    };
    static Outcome request(const QUrl &url, const QByteArray &method, const QByteArray &body, int timeoutMs);
    static bool isHttpUrl(const QUrl &url) { return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")); }
};

} // namespace lifeboat
