#include "S3Server.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace lifeboat::test {

namespace {
QString s3rverPath()
{
    const QString fromEnv = qEnvironmentVariable("LIFEBOAT_S3RVER");
    return fromEnv.isEmpty() ? QStringLiteral(LIFEBOAT_DEFAULT_S3RVER) : fromEnv;
}
} // namespace

S3Server::S3Server()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_port = probe.serverPort();
    probe.close();
    start();
}

S3Server::~S3Server()
{
    kill();
}

bool S3Server::start()
{
    if (!QFile::exists(s3rverPath())) {
        m_error = QStringLiteral("s3rver is not installed at %1 (installer/bootstrap.sh installs it from the npm registry)").arg(s3rverPath());
        return false;
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // s3rver 3.7 makes its list continuation tokens with a cipher OpenSSL 3 only has in its
    // legacy provider: without it, every listing past 1,000 keys fails with a 500.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_OPTIONS"), QStringLiteral("--openssl-legacy-provider"));
    m_process.setProcessEnvironment(env);
    m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("s3rver.log")), QIODevice::Append);
    m_process.start(s3rverPath(), {QStringLiteral("-d"), dataDir(), QStringLiteral("-a"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                   QString::number(m_port), QStringLiteral("--configure-bucket"), QStringLiteral("backups"), QStringLiteral("--silent")});
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (socket.waitForConnected(200))
            return true;
        if (m_process.state() != QProcess::Running)
            break;
        QThread::msleep(100);
    }
    m_error = QStringLiteral("s3rver did not listen on port %1: %2").arg(m_port).arg(QString::fromUtf8(readFile(m_dir.filePath(QStringLiteral("s3rver.log")))));
    return false;
}

void S3Server::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString S3Server::repositoryToml(const QString &name, const QString &prefix) const
{
    return QStringLiteral("[repositories.%1]\ntype = \"s3\"\nendpoint = \"%2\"\nregion = \"us-east-1\"\nbucket = \"backups\"\nprefix = \"%3\"\n"
                          "access_key_env = \"LIFEBOAT_TEST_S3_KEY\"\nsecret_key_env = \"LIFEBOAT_TEST_S3_SECRET\"\n")
        .arg(name, endpoint(), prefix);
}

QProcessEnvironment S3Server::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LIFEBOAT_TEST_S3_KEY"), QString::fromLatin1(accessKey()));
    env.insert(QStringLiteral("LIFEBOAT_TEST_S3_SECRET"), QString::fromLatin1(secretKey()));
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QString::fromLatin1(accessKey()));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(secretKey()));
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
    return env;
}

} // namespace lifeboat::test
