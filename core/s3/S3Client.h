#pragma once

#include "HttpConnection.h"
#include "SigV4.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace lifeboat {

class OperationContext;
struct RepositoryConfig;
class Sink;

// The S3 calls a repository needs, signed with SigV4, over one kept-alive connection per
// client (a client belongs to one thread). Path-style (http://host/bucket/key) or
// virtual-hosted (http://bucket.host/key) addressing. 5xx answers, timeouts and dropped
// connections are retried with backoff (0.5, 1, 2, 4 s); a download that broke off resumes
// with a Range request, so nothing is given to the sink twice. Errors name the repository, the
// call, S3's own code and message, and a fix.
class S3Client
{
    Q_DECLARE_TR_FUNCTIONS(S3Client)

public:
    struct Settings
    {
        QString repository; // for messages
        QUrl endpoint;
        QString bucket;
        bool pathStyle = true;
        SigV4::Credentials credentials;
        int timeoutMs = 60000;
        int retries = 4;
    };
    struct Entry
    {
        QString key;
        qint64 size = 0;
        QDateTime modified;
    };
    struct Part
    {
        int number = 0;
        QByteArray etag;
    };
    using Headers = HttpConnection::Headers;

    // Settings from a [repositories.NAME] table of type "s3"; credentials from its variables or file.
    static Result<Settings> settingsFor(const RepositoryConfig &config);
    explicit S3Client(Settings settings);

    [[nodiscard]] Status put(const QString &key, const QByteArray &data, const Headers &extra = {});
    [[nodiscard]] Status get(const QString &key, Sink *sink, OperationContext *context, qint64 *size = nullptr);
    Result<QByteArray> getSmall(const QString &key); // sidecars and headers
    // nullopt: no such key.
    Result<std::optional<Entry>> head(const QString &key);
    // Every key under `prefix` (paginated); with `delimiter`, the "folders" go to `folders`.
    Result<QList<Entry>> list(const QString &prefix, const QString &delimiter = {}, QStringList *folders = nullptr);
    [[nodiscard]] Status remove(const QString &key);

    Result<QString> createMultipart(const QString &key, const Headers &extra = {});
    Result<QByteArray> uploadPart(const QString &key, const QString &uploadId, int number, const QByteArray &data);
    [[nodiscard]] Status completeMultipart(const QString &key, const QString &uploadId, const QList<Part> &parts);
    [[nodiscard]] Status abortMultipart(const QString &key, const QString &uploadId);
    // Multipart uploads never completed under `prefix`: (key, upload id).
    Result<QList<QPair<QString, QString>>> listMultipart(const QString &prefix);

    const Settings &settings() const { return m_settings; }

private:
    struct Call
    {
        QByteArray method;
        QString key;
        QList<QPair<QByteArray, QByteArray>> query;
        Headers headers;
        QByteArray body;
    };
    Result<HttpConnection::Response> call(const Call &c, const HttpConnection::BodyCallback &onBody = {}, qint64 resumeFrom = -1);
    Result<HttpConnection::Response> callWithRetries(const Call &c, QList<int> okStatuses, const HttpConnection::BodyCallback &onBody = {});
    Error errorOf(const Call &c, const HttpConnection::Response &r) const;

    Settings m_settings;
    HttpConnection m_http;
};

} // namespace lifeboat
