#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPair>
#include <QUrl>
#include <functional>
#include <memory>

class QTcpSocket;

namespace lifeboat {

// HTTP/1.1 over one blocking, kept-alive socket (http or https), for code that runs on a worker
// thread without an event loop. Bodies of answers arrive by Content-Length, chunked or until
// close; a successful answer's body can stream to a callback instead of memory.
class HttpConnection
{
    Q_DECLARE_TR_FUNCTIONS(HttpConnection)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    struct Response
    {
        int status = 0;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;                      // unless streamed
        qint64 streamed = 0;                  // bytes given to the callback
    };
    // Returns false to stop reading (the callback's own error is then the caller's to report).
    using BodyCallback = std::function<bool(const char *data, qint64 size)>;

    HttpConnection(QUrl endpoint, int timeoutMs);
    ~HttpConnection();

    // `target`: the encoded path and query. The Host header is added. The answer's body goes to
    // `onBody` when given and the status is 2xx; otherwise into Response::body. A failure to
    // connect, send or read is an error (ServerUnavailable); any HTTP status is a Response.
    Result<Response> send(const QByteArray &method, const QByteArray &target, const Headers &headers, const QByteArray &body,
                          const BodyCallback &onBody = {});
    QByteArray hostHeader() const;
    void close();

private:
    Status connectIfNeeded();
    Result<QByteArray> readLine();
    Status readExactly(qint64 size, const std::function<bool(const char *, qint64)> &out);
    Status waitForData();

    QUrl m_endpoint;
    int m_timeoutMs;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

} // namespace lifeboat
