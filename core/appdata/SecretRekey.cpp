#include "SecretRekey.h"

#include "JsonText.h"
#include "SecretToken.h"


namespace lifeboat {

SecretRekey::SecretRekey(const AppProfile &profile, const QByteArray &fromSecret, const QByteArray &toSecret)
    : m_profile(profile), m_fromKey(SecretToken::keyFor(fromSecret)), m_toKey(toSecret.isEmpty() ? QByteArray() : SecretToken::keyFor(toSecret))
{
}

Result<QString> SecretRekey::transform(const QString &token, const QString &where) const
{
    if (token.startsWith(QLatin1String("v2:")))
        return fail(ErrorCode::Failed, tr("%1 uses the gateway's second scheme (v2: Argon2id and Fernet), which Lifeboat cannot re-key: "
                                          "move the file without re-keying and enter that secret again in the target gateway").arg(where));
    auto plain = SecretToken::decrypt(token, m_fromKey);
    if (!plain)
        return fail(plain.error().code == ErrorCode::Corrupt ? ErrorCode::Corrupt : ErrorCode::WrongPassphrase,
                    tr("%1 %2 (is --rekey-from-secret-file the source environment's %3?)").arg(where, plain.error().message, m_profile.secretName));
    if (m_toKey.isEmpty())
        return token;
    return SecretToken::encrypt(*plain, m_toKey);
}

Result<QJsonValue> SecretRekey::walk(const QJsonValue &value, const QStringList &path, const QString &where, int &count) const
{
    if (value.isNull() || value.isUndefined())
        return value;
    if (path.isEmpty()) {
        if (!value.isString())
            return value; // e.g. a gateway's plain header dict: stored unencrypted by the application itself
        if (value.toString().isEmpty())
            return value;
        auto token = transform(value.toString(), where);
        if (!token)
            return fail(token.error());
        ++count;
        return QJsonValue(*token);
    }
    if (!value.isObject())
        return value;
    QJsonObject o = value.toObject();
    const QString step = path.first();
    const QStringList rest = path.mid(1);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (step != QLatin1String("*") && it.key() != step)
            continue;
        auto changed = walk(it.value(), rest, where + QLatin1Char('.') + it.key(), count);
        if (!changed)
            return fail(changed.error());
        it.value() = *changed;
    }
    return QJsonValue(o);
}

Result<int> SecretRekey::apply(AppDataSet &set) const
{
    int count = 0;
    for (auto it = set.rows.begin(); it != set.rows.end(); ++it) {
        const ProfileEntity *entity = m_profile.entity(it.key());
        if (!entity || entity->secrets.isEmpty())
            continue;
        const AppDatabase::ColumnTypes types = set.types.value(it.key());
        for (AppRow &row : it.value()) {
            for (const ProfileSecret &secret : entity->secrets) {
                const QJsonValue stored = row.columns.value(secret.column);
                if (stored.isNull() || stored.isUndefined())
                    continue;
                const QString where = tr("%1 '%2' field %3").arg(entity->type, row.label(*entity), secret.column);
                const QStringList path = secret.path == QLatin1String("$") ? QStringList() : secret.path.split(QLatin1Char('.'));
                const bool json = types.value(secret.column) == QLatin1String("json") || types.value(secret.column).isEmpty();
                // A JSON column holds text: walk the value it parses to and store it as text again.
                // Text that does not parse is a text column's token itself (nothing at a deeper path).
                const std::optional<QJsonValue> parsed = json && stored.isString() ? jsontext::read(stored.toString()) : std::nullopt;
                if (json && stored.isString() && !parsed && !path.isEmpty())
                    continue;
                if (parsed) {
                    auto changed = walk(*parsed, path, where, count);
                    if (!changed)
                        return fail(changed.error());
                    if (*changed != *parsed)
                        row.columns.insert(secret.column, jsontext::write(*changed));
                    continue;
                }
                auto changed = walk(stored, path, where, count);
                if (!changed)
                    return fail(changed.error());
                row.columns.insert(secret.column, *changed);
            }
        }
    }
    return count;
}

} // namespace lifeboat
