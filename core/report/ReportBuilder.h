#pragma once

#include "Report.h"
#include "common/Result.h"
#include "config/Config.h"

#include <QCoreApplication>

namespace lifeboat {

class Catalog;

// Gathers a report's data from the catalog and the config. Pure reading: nothing is changed.
//   rto-rpo     every drill in the period against its objectives, and the trend per month
//   inventory   every backup per job: time, size, checksum, encryption, verification, why it is kept
//   compliance  per job: schedule adherence, success rate, encryption coverage, retention policy
//               against what is kept, last successful restore test, drills, verification
//               failures; the drills of the period and an excerpt of the audit trail
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    static QStringList kinds();
    static Result<Report> build(const QString &kind, const Config &config, Catalog &catalog, const QDateTime &since, const QDateTime &now);

    static QString duration(double seconds); // "1 h 02 min 03 s"
};

} // namespace lifeboat
