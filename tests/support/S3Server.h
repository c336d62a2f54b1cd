#pragma once

#include "TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>

namespace lifeboat::test {

// A private S3-compatible server for one test: s3rver (from the npm registry, installed into
// the build folder by installer/bootstrap.sh) on 127.0.0.1 and a free port, data in a temp
// folder, bucket "backups" created at start, credentials S3RVER/S3RVER. s3rver checks the
// access key id but not V4 signatures (its source says so): the signer itself is checked
// against AWS's test vectors in TestSigV4. kill() stops it hard (a dead server mid-upload); start() brings it back on
// the same port and data.
class S3Server
{
public:
    S3Server();
    ~S3Server();
    bool start();
    void kill();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QString error() const { return m_error; }
    int port() const { return m_port; }
    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    static QByteArray accessKey() { return "S3RVER"; }
    static QByteArray secretKey() { return "S3RVER"; }
    // A [repositories.NAME] table for it (credentials from the variables the test sets).
    QString repositoryToml(const QString &name, const QString &prefix = QStringLiteral("lifeboat/")) const;
    // The environment for lifeboat-cli and aws with the credentials set.
    QProcessEnvironment environment() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace lifeboat::test
