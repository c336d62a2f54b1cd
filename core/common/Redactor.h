#pragma once

#include <QMutex>
#include <QStringList>

namespace lifeboat {

// Every secret Lifeboat reads (passphrases, passwords) is registered here so that no log line,
// error detail or report can carry it (ARCHITECTURE.md promise 5).
class Redactor
{
public:
    static void addSecret(const QString &secret);
    static QString redact(QString text);

private:
    static QMutex s_mutex;
    static QStringList s_secrets;
};

} // namespace lifeboat
