#pragma once

#include "PitrTimelineData.h"
#include "common/Operation.h"
#include "config/Config.h"

namespace lifeboat {

// Everything the point-in-time picker needs, off the GUI thread: brings the job's WAL event
// index up to date (a failure there, e.g. no secret key on this host, still shows what the
// index holds, with a warning), reads the recovery window and assembles PitrTimelineData.
class PitrTimelineLoad final : public Operation
{
    Q_OBJECT

public:
    PitrTimelineLoad(Config config, QString job, QObject *parent = nullptr);
    const PitrTimelineData &data() const { return m_data; }
    const QStringList &warnings() const { return m_warnings; }

protected:
    Status execute() override;

private:
    Config m_config;
    QString m_job;
    PitrTimelineData m_data;
    QStringList m_warnings;
};

} // namespace lifeboat
