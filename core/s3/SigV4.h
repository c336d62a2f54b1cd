#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace lifeboat {

// AWS Signature Version 4 (the "AWS4-HMAC-SHA256" Authorization header). Pure functions of the
// request, the credentials and the time, so the published test vectors check them exactly.
// Paths are not normalized (S3 keys may hold "//" or "./"); each segment is URI-encoded.
struct SigV4
{
    struct Request
    {
        QByteArray method;
        QByteArray path;                          // decoded, starting with '/'
        QList<QPair<QByteArray, QByteArray>> query;   // decoded keys and values, any order
        QList<QPair<QByteArray, QByteArray>> headers; // as sent (Host included), any order
        QByteArray payloadHash;                   // hex SHA-256 of the body, or "UNSIGNED-PAYLOAD"
    };
    struct Credentials
    {
        QByteArray accessKey;
        QByteArray secretKey;
        QByteArray region;
        QByteArray service = QByteArrayLiteral("s3");
    };

    // RFC 3986 unreserved characters stay; everything else is %XX (upper case).
    static QByteArray uriEncode(const QByteArray &value, bool keepSlash);
    static QByteArray canonicalRequest(const Request &request, QByteArray *signedHeaders = nullptr);
    // `amzDate`: YYYYMMDD'T'HHMMSS'Z'.
    static QByteArray stringToSign(const Request &request, const Credentials &credentials, const QByteArray &amzDate);
    static QByteArray authorization(const Request &request, const Credentials &credentials, const QByteArray &amzDate);
    static QByteArray sha256Hex(const QByteArray &data);
};

} // namespace lifeboat
