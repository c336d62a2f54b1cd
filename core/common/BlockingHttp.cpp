#include "BlockingHttp.h"

#include <QElapsedTimer>
#include <QSslSocket>
#include <QTcpSocket>
#include <memory>

namespace lifeboat {

BlockingHttp::Outcome BlockingHttp::request(const QUrl &url, const QByteArray &method, const QByteArray &body, int timeoutMs)
{
    Outcome out;
    const bool tls = url.scheme() == QLatin1String("https");
    std::unique_ptr<QTcpSocket> socket(tls ? new QSslSocket : new QTcpSocket);
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (tls)
        static_cast<QSslSocket *>(socket.get())->connectToHostEncrypted(url.host(), port);
    else
        socket->connectToHost(url.host(), port);
    if (!socket->waitForConnected(timeoutMs) || (tls && !static_cast<QSslSocket *>(socket.get())->waitForEncrypted(timeoutMs))) {
        out.error = socket->errorString();
        return out;
    }
    out.connected = true;
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: " + url.host().toUtf8() + "\r\nUser-Agent: lifeboat\r\nConnection: close\r\n";
    if (!body.isEmpty() || method == "POST")
        head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    socket->write(head + "\r\n" + body);
    socket->waitForBytesWritten(timeoutMs);
    QByteArray reply;
    QElapsedTimer timer;
    timer.start();
    while (!reply.contains("\r\n") && timer.elapsed() < timeoutMs && socket->waitForReadyRead(int(timeoutMs - timer.elapsed())))
        reply += socket->readAll();
    const QList<QByteArray> status = reply.left(reply.indexOf("\r\n")).split(' ');
    bool ok = false;
    const int code = status.size() >= 2 ? status.at(1).toInt(&ok) : 0;
    out.status = ok ? code : 0;
    return out;
}

} // namespace lifeboat
