#include "SigV4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <algorithm>

namespace lifeboat {

namespace {
QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray scope(const SigV4::Credentials &c, const QByteArray &amzDate)
{
    return amzDate.left(8) + '/' + c.region + '/' + c.service + QByteArrayLiteral("/aws4_request");
}

// Header values are trimmed and runs of spaces become one.
QByteArray canonicalValue(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    bool space = false;
    for (char ch : value.trimmed()) {
        if (ch == ' ' || ch == '\t') {
            space = true;
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += ch;
    }
    return out;
}
} // namespace

QByteArray SigV4::sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray SigV4::uriEncode(const QByteArray &value, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(value.size() * 3);
    for (unsigned char ch : value) {
        const bool unreserved = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '.' || ch == '_' || ch == '~';
        if (unreserved || (keepSlash && ch == '/')) {
            out += char(ch);
        } else {
            out += '%';
            out += hex[ch >> 4];
            out += hex[ch & 15];
        }
    }
    return out;
}

QByteArray SigV4::canonicalRequest(const Request &request, QByteArray *signedHeadersOut)
{
    QList<QPair<QByteArray, QByteArray>> query;
    for (const auto &[key, value] : request.query)
        query.append({uriEncode(key, false), uriEncode(value, false)});
    std::sort(query.begin(), query.end());
    QByteArray queryText;
    for (const auto &[key, value] : query)
        queryText += (queryText.isEmpty() ? QByteArray() : QByteArrayLiteral("&")) + key + '=' + value;

    // Same-named headers join their values with commas, in the order they were given.
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower().trimmed();
        auto it = std::find_if(headers.begin(), headers.end(), [&](const auto &h) { return h.first == lower; });
        if (it == headers.end())
            headers.append({lower, canonicalValue(value)});
        else
            it->second += ',' + canonicalValue(value);
    }
    std::stable_sort(headers.begin(), headers.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray canonicalHeaders;
    QByteArray signedHeaders;
    for (const auto &[name, value] : headers) {
        canonicalHeaders += name + ':' + value + '\n';
        signedHeaders += (signedHeaders.isEmpty() ? QByteArray() : QByteArrayLiteral(";")) + name;
    }
    if (signedHeadersOut)
        *signedHeadersOut = signedHeaders;
    return request.method + '\n' + uriEncode(request.path, true) + '\n' + queryText + '\n' + canonicalHeaders + '\n' + signedHeaders + '\n'
           + request.payloadHash;
}

QByteArray SigV4::stringToSign(const Request &request, const Credentials &credentials, const QByteArray &amzDate)
{
    return QByteArrayLiteral("AWS4-HMAC-SHA256\n") + amzDate + '\n' + scope(credentials, amzDate) + '\n' + sha256Hex(canonicalRequest(request));
}

QByteArray SigV4::authorization(const Request &request, const Credentials &credentials, const QByteArray &amzDate)
{
    QByteArray signedHeaders;
    (void)canonicalRequest(request, &signedHeaders);
    const QByteArray key = hmac(hmac(hmac(hmac("AWS4" + credentials.secretKey, amzDate.left(8)), credentials.region), credentials.service),
                                QByteArrayLiteral("aws4_request"));
    const QByteArray signature = hmac(key, stringToSign(request, credentials, amzDate)).toHex();
    return QByteArrayLiteral("AWS4-HMAC-SHA256 Credential=") + credentials.accessKey + '/' + scope(credentials, amzDate)
           + QByteArrayLiteral(", SignedHeaders=") + signedHeaders + QByteArrayLiteral(", Signature=") + signature;
}

} // namespace lifeboat
