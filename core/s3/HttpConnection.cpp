#include "HttpConnection.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace lifeboat {

namespace {
constexpr qint64 kReadChunk = 1 << 20;
}

HttpConnection::HttpConnection(QUrl endpoint, int timeoutMs)
    : m_endpoint(std::move(endpoint))
    , m_timeoutMs(timeoutMs)
{
}

HttpConnection::~HttpConnection() = default;

QByteArray HttpConnection::hostHeader() const
{
    const bool tls = m_endpoint.scheme() == QLatin1String("https");
    const int port = m_endpoint.port(tls ? 443 : 80);
    QByteArray host = m_endpoint.host().toUtf8();
    if (port != (tls ? 443 : 80))
        host += ':' + QByteArray::number(port);
    return host;
}

void HttpConnection::close()
{
    m_socket.reset();
    m_buffer.clear();
}

Status HttpConnection::connectIfNeeded()
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        return {};
    close();
    const bool tls = m_endpoint.scheme() == QLatin1String("https");
    m_socket.reset(tls ? new QSslSocket : new QTcpSocket);
    const quint16 port = quint16(m_endpoint.port(tls ? 443 : 80));
    if (tls)
        static_cast<QSslSocket *>(m_socket.get())->connectToHostEncrypted(m_endpoint.host(), port);
    else
        m_socket->connectToHost(m_endpoint.host(), port);
    if (!m_socket->waitForConnected(m_timeoutMs) || (tls && !static_cast<QSslSocket *>(m_socket.get())->waitForEncrypted(m_timeoutMs))) {
        const QString why = m_socket->errorString();
        close();
        return fail(ErrorCode::ServerUnavailable, tr("cannot connect to %1: %2").arg(m_endpoint.toDisplayString(), why));
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return {};
}

Status HttpConnection::waitForData()
{
    if (m_socket->bytesAvailable() > 0 || m_socket->waitForReadyRead(m_timeoutMs)) {
        m_buffer += m_socket->readAll();
        return {};
    }
    const bool closed = m_socket->state() != QAbstractSocket::ConnectedState;
    return fail(ErrorCode::ServerUnavailable, closed ? tr("%1 closed the connection").arg(m_endpoint.toDisplayString())
                                                     : tr("%1 did not answer within %2 s").arg(m_endpoint.toDisplayString()).arg(m_timeoutMs / 1000));
}

Result<QByteArray> HttpConnection::readLine()
{
    for (;;) {
        const int end = m_buffer.indexOf("\r\n");
        if (end >= 0) {
            QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            return line;
        }
        if (m_buffer.size() > 64 * 1024)
            return fail(ErrorCode::Failed, tr("%1 sent a header line longer than 64 KiB").arg(m_endpoint.toDisplayString()));
        LB_TRY(waitForData());
    }
}

Status HttpConnection::readExactly(qint64 size, const std::function<bool(const char *, qint64)> &out)
{
    while (size > 0) {
        if (m_buffer.isEmpty())
            LB_TRY(waitForData());
        const qint64 n = std::min<qint64>(size, m_buffer.size());
        if (!out(m_buffer.constData(), n))
            return fail(ErrorCode::Cancelled, QString());
        m_buffer.remove(0, int(n));
        size -= n;
    }
    return {};
}

Result<HttpConnection::Response> HttpConnection::send(const QByteArray &method, const QByteArray &target, const Headers &headers, const QByteArray &body,
                                                     const BodyCallback &onBody)
{
    // A kept-alive connection the server has closed meanwhile fails before any answer: that
    // one attempt is repeated on a new connection.
    for (int attempt = 0;; ++attempt) {
        const bool reused = m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
        LB_TRY(connectIfNeeded());
        QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: " + hostHeader() + "\r\n";
        for (const auto &[name, value] : headers)
            head += name + ": " + value + "\r\n";
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        m_socket->write(head);
        if (!body.isEmpty())
            m_socket->write(body);
        bool sent = true;
        while (sent && m_socket->bytesToWrite() > 0)
            sent = m_socket->waitForBytesWritten(m_timeoutMs);
        auto statusLine = sent ? readLine() : Result<QByteArray>(fail(ErrorCode::ServerUnavailable, tr("cannot send to %1: %2").arg(m_endpoint.toDisplayString(), m_socket->errorString())));
        if (!statusLine) {
            close();
            if (reused && attempt == 0)
                continue;
            return fail(statusLine.error());
        }
        Response response;
        const QList<QByteArray> parts = statusLine->split(' ');
        bool ok = false;
        response.status = parts.size() >= 2 ? parts.at(1).toInt(&ok) : 0;
        if (!ok || !parts.at(0).startsWith("HTTP/1.")) {
            close();
            return fail(ErrorCode::Failed, tr("%1 does not speak HTTP/1.1 (it answered \"%2\")").arg(m_endpoint.toDisplayString(), QString::fromLatin1(statusLine->left(80))));
        }
        for (;;) {
            auto line = readLine();
            if (!line) {
                close();
                return fail(line.error());
            }
            if (line->isEmpty())
                break;
            const int colon = line->indexOf(':');
            if (colon > 0)
                response.headers.insert(line->left(colon).trimmed().toLower(), line->mid(colon + 1).trimmed());
        }
        const bool stream = onBody && response.status >= 200 && response.status < 300;
        auto deliver = [&](const char *data, qint64 size) {
            if (stream) {
                response.streamed += size;
                return onBody(data, size);
            }
            response.body.append(data, int(size));
            return true;
        };
        Status status;
        const bool noBody = method == "HEAD" || response.status == 204 || response.status == 304 || response.status / 100 == 1;
        if (noBody) {
        } else if (response.headers.value("transfer-encoding").toLower().contains("chunked")) {
            for (;;) {
                auto sizeLine = readLine();
                if (!sizeLine) {
                    status = fail(sizeLine.error());
                    break;
                }
                const qint64 size = sizeLine->split(';').first().trimmed().toLongLong(&ok, 16);
                if (!ok) {
                    status = fail(ErrorCode::Failed, tr("%1 sent a malformed chunked answer").arg(m_endpoint.toDisplayString()));
                    break;
                }
                if (size == 0) {
                    while (status) { // trailers
                        auto trailer = readLine();
                        if (!trailer)
                            status = fail(trailer.error());
                        else if (trailer->isEmpty())
                            break;
                    }
                    break;
                }
                status = readExactly(size, deliver);
                if (status) {
                    auto crlf = readLine();
                    if (!crlf)
                        status = fail(crlf.error());
                }
                if (!status)
                    break;
            }
        } else if (response.headers.contains("content-length")) {
            status = readExactly(response.headers.value("content-length").toLongLong(), deliver);
        } else {
            // Until the server closes.
            while (status) {
                if (!m_buffer.isEmpty()) {
                    if (!deliver(m_buffer.constData(), m_buffer.size())) {
                        status = fail(ErrorCode::Cancelled, QString());
                        break;
                    }
                    m_buffer.clear();
                }
                if (!m_socket->waitForReadyRead(m_timeoutMs))
                    break;
                m_buffer += m_socket->read(kReadChunk);
            }
            close();
        }
        if (!status) {
            close();
            return fail(status.error());
        }
        if (response.headers.value("connection").toLower() == "close")
            close();
        return response;
    }
}

} // namespace lifeboat
