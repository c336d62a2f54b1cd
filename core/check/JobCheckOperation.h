#pragma once

#include "CheckResult.h"
#include "common/Operation.h"
#include "config/Config.h"

namespace lifeboat {

// `check JOB` as an operation, so the GUI's "Test connection" runs it off the GUI thread (a dead
// server takes the connect timeout to answer).
class JobCheckOperation final : public Operation
{
    Q_OBJECT

public:
    JobCheckOperation(Config config, QString job, QObject *parent = nullptr);
    const CheckReport &report() const { return m_report; }
    QString job() const { return m_job; }

protected:
    Status execute() override;

private:
    Config m_config;
    QString m_job;
    CheckReport m_report;
};

} // namespace lifeboat
