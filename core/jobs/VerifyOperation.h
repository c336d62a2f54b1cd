#pragma once

#include "common/Operation.h"
#include "config/Config.h"

#include <QDateTime>

namespace lifeboat {

struct VerifyParams
{
    Config config;
    QStringList ids;
    QString job;
    bool all = false;
    QString level; // empty: each job's `verify` level (checksum when that is "none")
};

struct VerifyItem
{
    QString id;
    QString job;
    QString level;
    bool passed = false;
    QString message;
    QDateTime at;
    // What reading it takes: the public-key recipients' fingerprints (one of their secret keys
    // restores it), "passphrase" for password mode, empty when unencrypted.
    QStringList keys;
};

// Verifies backups from the catalog and records each result there. Fails (Corrupt, exit 3)
// when any backup fails; every backup is still checked.
class VerifyOperation final : public Operation
{
    Q_OBJECT

public:
    explicit VerifyOperation(VerifyParams params, QObject *parent = nullptr);
    const QList<VerifyItem> &items() const { return m_items; }

protected:
    Status execute() override;

private:
    VerifyParams m_params;
    QList<VerifyItem> m_items;
};

} // namespace lifeboat
