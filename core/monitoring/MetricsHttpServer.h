#pragma once

#include "common/Result.h"
#include "config/Config.h"

#include <QCoreApplication>
#include <QMutex>
#include <QObject>
#include <memory>

class QTcpSocket;
class QThread;

namespace lifeboat {

// `--run-schedule --daemon --metrics-listen ADDR:PORT`: serves GET /metrics (the same exposition
// as `metrics`) on its own thread and event loop, so scrapes are answered while a backup runs.
// Each scrape reads the catalog afresh through its own connection. Plain HTTP/1.0, one request
// per connection; anything but GET /metrics is 404.
class MetricsHttpServer final : public QObject
{
    Q_OBJECT

public:
    explicit MetricsHttpServer(Config config);
    ~MetricsHttpServer() override;
    Q_DISABLE_COPY_MOVE(MetricsHttpServer)

    // "ADDR:PORT" or ":PORT" (then loopback only).
    [[nodiscard]] Status listen(const QString &address);
    void setConfig(const Config &config);
    quint16 port() const;

private:
    Config config() const;
    void serve(QTcpSocket *socket);

    mutable QMutex m_mutex;
    Config m_config;
    std::unique_ptr<QThread> m_thread; // runs the QTcpServer and its sockets
    quint16 m_port = 0;
};

} // namespace lifeboat
