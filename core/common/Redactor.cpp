#include "Redactor.h"

#include <QRegularExpression>

namespace lifeboat {

QMutex Redactor::s_mutex;
QStringList Redactor::s_secrets;

void Redactor::addSecret(const QString &secret)
{
    // Very short strings would redact ordinary words; such secrets are refused elsewhere.
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&s_mutex);
    if (!s_secrets.contains(secret))
        s_secrets.append(secret);
}

QString Redactor::redact(QString text)
{
    {
        QMutexLocker lock(&s_mutex);
        for (const QString &secret : std::as_const(s_secrets))
            text.replace(secret, QStringLiteral("********"));
    }
    // conninfo-style password=... never leaves the process either.
    static const QRegularExpression conninfoPassword(QStringLiteral(R"((password\s*=\s*)('[^']*'|\S+))"),
                                                     QRegularExpression::CaseInsensitiveOption);
    text.replace(conninfoPassword, QStringLiteral("\\1********"));
    return text;
}

} // namespace lifeboat
