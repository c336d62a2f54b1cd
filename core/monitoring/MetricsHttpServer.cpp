#include "MetricsHttpServer.h"

#include "MetricsExporter.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <memory>

namespace lifeboat {

MetricsHttpServer::MetricsHttpServer(Config config)
    : m_config(std::move(config))
    , m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("metrics-http"));
}

MetricsHttpServer::~MetricsHttpServer()
{
    m_thread->quit(); // the server is deleted when the thread finishes
    m_thread->wait();
}

Config MetricsHttpServer::config() const
{
    QMutexLocker lock(&m_mutex);
    return m_config;
}

void MetricsHttpServer::setConfig(const Config &config)
{
    QMutexLocker lock(&m_mutex);
    m_config = config;
}

quint16 MetricsHttpServer::port() const
{
    return m_port;
}

Status MetricsHttpServer::listen(const QString &address)
{
    const int colon = int(address.lastIndexOf(QLatin1Char(':')));
    bool ok = false;
    const int port = colon >= 0 ? address.mid(colon + 1).toInt(&ok) : 0;
    QString host = colon >= 0 ? address.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress addr(host.isEmpty() ? QStringLiteral("127.0.0.1") : host);
    if (!ok || port < 1 || port > 65535 || addr.isNull())
        return fail(ErrorCode::Usage,
                    QCoreApplication::translate("MetricsHttpServer", "--metrics-listen takes ADDR:PORT, e.g. 127.0.0.1:9187 (got \"%1\")").arg(address));
    // Listen here, so a taken port is an error for the caller, then hand the server to its thread.
    auto *server = new QTcpServer;
    if (!server->listen(addr, quint16(port))) {
        const QString why = server->errorString();
        delete server;
        return fail(ErrorCode::Failed,
                    QCoreApplication::translate("MetricsHttpServer", "cannot serve metrics on %1: %2 (choose another port)").arg(address, why));
    }
    m_port = server->serverPort();
    QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
        while (QTcpSocket *socket = server->nextPendingConnection())
            serve(socket);
    });
    QObject::connect(m_thread.get(), &QThread::finished, server, &QObject::deleteLater);
    server->moveToThread(m_thread.get());
    m_thread->start();
    return {};
}

void MetricsHttpServer::serve(QTcpSocket *socket)
{
    auto request = std::make_shared<QByteArray>();
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
        *request += socket->readAll();
        if (request->size() > 16384) {
            socket->abort();
            return;
        }
        if (!request->contains("\r\n\r\n") && !request->contains("\n\n"))
            return;
        const QList<QByteArray> words = request->left(request->indexOf('\n')).trimmed().split(' ');
        QByteArray status = "404 Not Found";
        QByteArray type = "text/plain; charset=utf-8";
        QByteArray body = "only /metrics is served here\n";
        if (words.size() >= 2 && words.at(0) == "GET" && (words.at(1) == "/metrics" || words.at(1).startsWith("/metrics?"))) {
            auto text = MetricsExporter::fromCatalog(config());
            if (text) {
                status = "200 OK";
                type = "text/plain; version=0.0.4; charset=utf-8";
                body = text->toUtf8();
            } else {
                status = "503 Service Unavailable";
                body = text.error().message.toUtf8() + '\n';
            }
        }
        socket->write("HTTP/1.0 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    });
}

} // namespace lifeboat
