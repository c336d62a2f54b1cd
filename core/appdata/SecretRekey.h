#pragma once

#include "AppDataSet.h"

namespace lifeboat {

// Re-encrypts every secret a profile names (tools' auth_value, header envelopes, gateways'
// auth_query_params...) from one application secret to another, so an export moves between
// environments with different AUTH_ENCRYPTION_SECRETs. With only `from`, it checks that every
// secret decrypts. A secret that does not decrypt is an error naming the entity and field.
class SecretRekey
{
    Q_DECLARE_TR_FUNCTIONS(SecretRekey)

public:
    SecretRekey(const AppProfile &profile, const QByteArray &fromSecret, const QByteArray &toSecret = {});
    // Changes `set` in place; returns how many secrets it re-encrypted (or checked).
    Result<int> apply(AppDataSet &set) const;

private:
    Result<QString> transform(const QString &token, const QString &where) const;
    Result<QJsonValue> walk(const QJsonValue &value, const QStringList &path, const QString &where, int &count) const;

    const AppProfile &m_profile;
    QByteArray m_fromKey;
    QByteArray m_toKey;
};

} // namespace lifeboat
