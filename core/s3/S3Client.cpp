#include "S3Client.h"

#include "common/OperationContext.h"
#include "config/Config.h"
#include "pipeline/Sink.h"

#include <QFile>
#include <QThread>
#include <QXmlStreamReader>

namespace lifeboat {

namespace {

QByteArray amzNow()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

// <Tag>text</Tag> of the first such element.
QString xmlText(const QByteArray &xml, const QString &tag)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == tag)
            return r.readElementText();
    }
    return {};
}

bool retryable(int status)
{
    return status >= 500 || status == 429;
}

} // namespace

Result<S3Client::Settings> S3Client::settingsFor(const RepositoryConfig &config)
{
    Settings s;
    s.repository = config.name;
    s.endpoint = QUrl(config.endpoint);
    s.bucket = config.bucket;
    if (!s.endpoint.isValid() || (s.endpoint.scheme() != QLatin1String("http") && s.endpoint.scheme() != QLatin1String("https")) || s.endpoint.host().isEmpty())
        return fail(ErrorCode::InvalidConfig, tr("repository \"%1\": endpoint \"%2\" is not an http(s) URL (e.g. https://s3.eu-central-1.amazonaws.com)")
                                                  .arg(config.name, config.endpoint));
    const bool aws = s.endpoint.host().endsWith(QLatin1String(".amazonaws.com"));
    s.pathStyle = config.urlStyle == QLatin1String("path") || (config.urlStyle == QLatin1String("auto") && !aws);
    s.credentials.region = config.region.toUtf8();
    QByteArray access = qgetenv(config.accessKeyEnv.toUtf8().constData());
    QByteArray secret = qgetenv(config.secretKeyEnv.toUtf8().constData());
    if (!config.credentialsFile.isEmpty()) {
        QFile file(config.credentialsFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::InvalidConfig, tr("repository \"%1\": cannot read credentials_file %2 (%3)").arg(config.name, config.credentialsFile, file.errorString()));
        // The [default] section of an AWS credentials file (or a file of just the two lines).
        bool inDefault = true;
        for (const QByteArray &raw : file.readAll().split('\n')) {
            const QByteArray line = raw.trimmed();
            if (line.startsWith('['))
                inDefault = line == "[default]";
            else if (inDefault && line.startsWith("aws_access_key_id"))
                access = line.mid(line.indexOf('=') + 1).trimmed();
            else if (inDefault && line.startsWith("aws_secret_access_key"))
                secret = line.mid(line.indexOf('=') + 1).trimmed();
        }
    }
    if (access.isEmpty() || secret.isEmpty())
        return fail(ErrorCode::MissingKey, tr("repository \"%1\" has no S3 credentials: set %2 and %3 in the environment (or credentials_file)")
                                               .arg(config.name, config.accessKeyEnv, config.secretKeyEnv));
    s.credentials.accessKey = access;
    s.credentials.secretKey = secret;
    return s;
}

S3Client::S3Client(Settings settings)
    : m_settings(std::move(settings))
    , m_http([&] {
        QUrl url = m_settings.endpoint;
        if (!m_settings.pathStyle)
            url.setHost(m_settings.bucket + QLatin1Char('.') + url.host());
        return url;
    }(), m_settings.timeoutMs)
{
}

Result<HttpConnection::Response> S3Client::call(const Call &c, const HttpConnection::BodyCallback &onBody, qint64 resumeFrom)
{
    SigV4::Request request;
    request.method = c.method;
    const QByteArray base = m_settings.endpoint.path().toUtf8().chopped(m_settings.endpoint.path().endsWith(QLatin1Char('/')) ? 1 : 0);
    request.path = base + (m_settings.pathStyle ? '/' + m_settings.bucket.toUtf8() : QByteArray()) + '/' + c.key.toUtf8();
    request.query = c.query;
    request.payloadHash = SigV4::sha256Hex(c.body);
    const QByteArray date = amzNow();
    request.headers = c.headers;
    request.headers.append({"Host", m_http.hostHeader()});
    request.headers.append({"x-amz-date", date});
    request.headers.append({"x-amz-content-sha256", request.payloadHash});
    if (resumeFrom > 0)
        request.headers.append({"Range", "bytes=" + QByteArray::number(resumeFrom) + '-'});
    HttpConnection::Headers headers;
    for (const auto &h : std::as_const(request.headers))
        if (h.first != "Host")
            headers.append(h);
    headers.append({"Authorization", SigV4::authorization(request, m_settings.credentials, date)});
    QList<QPair<QByteArray, QByteArray>> query;
    for (const auto &[k, v] : c.query)
        query.append({SigV4::uriEncode(k, false), SigV4::uriEncode(v, false)});
    std::sort(query.begin(), query.end());
    QByteArray target = SigV4::uriEncode(request.path, true);
    for (int i = 0; i < query.size(); ++i)
        target += (i == 0 ? '?' : '&') + query.at(i).first + (query.at(i).second.isEmpty() && c.method != "GET" ? QByteArray() : '=' + query.at(i).second);
    return m_http.send(c.method, target, headers, c.body, onBody);
}

Error S3Client::errorOf(const Call &c, const HttpConnection::Response &r) const
{
    const QString code = xmlText(r.body, QStringLiteral("Code"));
    const QString message = xmlText(r.body, QStringLiteral("Message"));
    QString fix;
    ErrorCode kind = ErrorCode::Failed;
    if (code == QLatin1String("NoSuchBucket")) {
        fix = tr("create bucket \"%1\" or fix bucket in the config").arg(m_settings.bucket);
        kind = ErrorCode::NotFound;
    } else if (code == QLatin1String("NoSuchKey") || r.status == 404) {
        fix = tr("the object is gone: restore it from a copy or choose another backup");
        kind = ErrorCode::NotFound;
    } else if (r.status == 403 || code == QLatin1String("SignatureDoesNotMatch") || code == QLatin1String("InvalidAccessKeyId")) {
        fix = tr("check the repository's credentials and that they may use bucket \"%1\"").arg(m_settings.bucket);
        kind = ErrorCode::InvalidConfig;
    } else if (r.status >= 500) {
        fix = tr("the storage service failed; try again later");
        kind = ErrorCode::ServerUnavailable;
    } else {
        fix = tr("see the storage service's documentation for this code");
    }
    return Error{kind, tr("S3 repository \"%1\": %2 %3 failed: HTTP %4 %5%6 (%7)")
                           .arg(m_settings.repository, QString::fromLatin1(c.method), c.key.isEmpty() ? m_settings.bucket : c.key)
                           .arg(r.status)
                           .arg(code, message.isEmpty() ? QString() : QStringLiteral(": ") + message, fix),
                 {}};
}

Result<HttpConnection::Response> S3Client::callWithRetries(const Call &c, QList<int> okStatuses, const HttpConnection::BodyCallback &onBody)
{
    qint64 delivered = 0;
    Error last;
    for (int attempt = 0; attempt <= m_settings.retries; ++attempt) {
        if (attempt > 0)
            QThread::msleep(500UL << (attempt - 1));
        HttpConnection::BodyCallback counted;
        if (onBody)
            counted = [&](const char *data, qint64 size) {
                delivered += size;
                return onBody(data, size);
            };
        auto r = call(c, counted, delivered > 0 ? delivered : -1);
        if (!r) {
            last = r.error();
            if (last.code == ErrorCode::Cancelled)
                return fail(last);
            last.message = tr("S3 repository \"%1\": %2 (check that the endpoint runs and is reachable)").arg(m_settings.repository, last.message);
            // A broken download resumes where it stopped (Range); a broken upload is sent again.
            continue;
        }
        if (okStatuses.contains(r->status) || (delivered > 0 && r->status == 206))
            return r;
        last = errorOf(c, *r);
        if (!retryable(r->status))
            return fail(last);
    }
    return fail(last);
}

Status S3Client::put(const QString &key, const QByteArray &data, const Headers &extra)
{
    auto r = callWithRetries({"PUT", key, {}, extra, data}, {200});
    return r ? Status{} : Status(fail(r.error()));
}

Status S3Client::get(const QString &key, Sink *sink, OperationContext *context, qint64 *size)
{
    Status written;
    qint64 done = 0;
    qint64 total = -1;
    auto r = callWithRetries({"GET", key, {}, {}, {}}, {200}, [&](const char *data, qint64 n) {
        if (context && context->isCancelled()) {
            written = fail(ErrorCode::Cancelled, tr("Cancelled."));
            return false;
        }
        written = sink->write(data, size_t(n));
        done += n;
        if (context)
            context->reportProgress(done, total);
        return bool(written);
    });
    if (!written)
        return written;
    if (!r)
        return fail(r.error());
    if (size)
        *size = done;
    return {};
}

Result<QByteArray> S3Client::getSmall(const QString &key)
{
    auto r = callWithRetries({"GET", key, {}, {}, {}}, {200});
    if (!r)
        return fail(r.error());
    return r->body;
}

Result<std::optional<S3Client::Entry>> S3Client::head(const QString &key)
{
    auto r = callWithRetries({"HEAD", key, {}, {}, {}}, {200, 404});
    if (!r)
        return fail(r.error());
    if (r->status == 404)
        return std::optional<Entry>();
    Entry e;
    e.key = key;
    e.size = r->headers.value("content-length").toLongLong();
    e.modified = QDateTime::fromString(QString::fromLatin1(r->headers.value("last-modified")), Qt::RFC2822Date).toUTC();
    return std::optional<Entry>(e);
}

Result<QList<S3Client::Entry>> S3Client::list(const QString &prefix, const QString &delimiter, QStringList *folders)
{
    QList<Entry> out;
    QString token;
    for (;;) {
        Call c{"GET", QString(), {{"list-type", "2"}, {"prefix", prefix.toUtf8()}}, {}, {}};
        if (!delimiter.isEmpty())
            c.query.append({"delimiter", delimiter.toUtf8()});
        if (!token.isEmpty())
            c.query.append({"continuation-token", token.toUtf8()});
        auto r = callWithRetries(c, {200});
        if (!r)
            return fail(r.error());
        QXmlStreamReader xml(r->body);
        bool truncated = false;
        token.clear();
        Entry entry;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("Contents"))
                    entry = {};
                else if (name == QLatin1String("Key"))
                    entry.key = xml.readElementText();
                else if (name == QLatin1String("Size"))
                    entry.size = xml.readElementText().toLongLong();
                else if (name == QLatin1String("LastModified"))
                    entry.modified = QDateTime::fromString(xml.readElementText(), Qt::ISODateWithMs).toUTC();
                else if (name == QLatin1String("IsTruncated"))
                    truncated = xml.readElementText() == QLatin1String("true");
                else if (name == QLatin1String("NextContinuationToken"))
                    token = xml.readElementText();
                else if (name == QLatin1String("CommonPrefixes") && folders) {
                    while (xml.readNextStartElement())
                        if (xml.name() == QLatin1String("Prefix"))
                            folders->append(xml.readElementText());
                        else
                            xml.skipCurrentElement();
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("Contents")) {
                out.append(entry);
            }
        }
        if (xml.hasError())
            return fail(ErrorCode::Failed, tr("S3 repository \"%1\": the listing of %2 is not valid XML (%3)").arg(m_settings.repository, prefix, xml.errorString()));
        if (!truncated || token.isEmpty())
            return out;
    }
}

Status S3Client::remove(const QString &key)
{
    auto r = callWithRetries({"DELETE", key, {}, {}, {}}, {200, 204, 404});
    return r ? Status{} : Status(fail(r.error()));
}

Result<QString> S3Client::createMultipart(const QString &key, const Headers &extra)
{
    auto r = callWithRetries({"POST", key, {{"uploads", ""}}, extra, {}}, {200});
    if (!r)
        return fail(r.error());
    const QString id = xmlText(r->body, QStringLiteral("UploadId"));
    if (id.isEmpty())
        return fail(ErrorCode::Failed, tr("S3 repository \"%1\": starting the upload of %2 returned no upload id").arg(m_settings.repository, key));
    return id;
}

Result<QByteArray> S3Client::uploadPart(const QString &key, const QString &uploadId, int number, const QByteArray &data)
{
    auto r = callWithRetries({"PUT", key, {{"partNumber", QByteArray::number(number)}, {"uploadId", uploadId.toUtf8()}}, {}, data}, {200});
    if (!r)
        return fail(r.error());
    return r->headers.value("etag");
}

Status S3Client::completeMultipart(const QString &key, const QString &uploadId, const QList<Part> &parts)
{
    QByteArray xml = "<CompleteMultipartUpload>";
    for (const Part &p : parts)
        xml += "<Part><PartNumber>" + QByteArray::number(p.number) + "</PartNumber><ETag>" + p.etag + "</ETag></Part>";
    xml += "</CompleteMultipartUpload>";
    Call c{"POST", key, {{"uploadId", uploadId.toUtf8()}}, {{"Content-Type", "application/xml"}}, xml};
    auto r = callWithRetries(c, {200});
    if (!r)
        return fail(r.error());
    // S3 may answer 200 and still report an error in the body.
    if (r->body.contains("<Error>"))
        return fail(errorOf(c, *r));
    return {};
}

Status S3Client::abortMultipart(const QString &key, const QString &uploadId)
{
    auto r = callWithRetries({"DELETE", key, {{"uploadId", uploadId.toUtf8()}}, {}, {}}, {200, 204, 404});
    return r ? Status{} : Status(fail(r.error()));
}

Result<QList<QPair<QString, QString>>> S3Client::listMultipart(const QString &prefix)
{
    auto r = callWithRetries({"GET", QString(), {{"uploads", ""}, {"prefix", prefix.toUtf8()}}, {}, {}}, {200});
    if (!r)
        return fail(r.error());
    QList<QPair<QString, QString>> out;
    QXmlStreamReader xml(r->body);
    QString key;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Key"))
            key = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("UploadId"))
            out.append({key, xml.readElementText()});
    }
    return out;
}

} // namespace lifeboat
