#pragma once

#include "DrillRecord.h"
#include "common/Operation.h"
#include "config/Config.h"

#include <functional>

namespace lifeboat {

struct DrillParams
{
    Config config;
    QString planPath;
    QString facilitator;   // signs the drill off; empty: unsigned
    QString incidentTime;  // as typed (ISO 8601); empty: the plan's, else the drill's start
    bool record = true;    // store the result in the catalog
    // Someone is there for the manual steps: called on the operation's thread with each one;
    // returns what was confirmed. Without it manual steps are "skipped — manual".
    struct ManualAnswer
    {
        QStringList confirmed; // checklist items done
        QString evidence;      // free text
        bool abandoned = false; // the facilitator stopped the drill here
    };
    std::function<ManualAnswer(const struct DrillStep &step, int index, int count)> manual;
};

// `drill run PLAN`: runs a drill plan's steps in order against scratch targets (a temporary
// SQLite file, a throwaway PostgreSQL server, a PITR copy on a free port; never production),
// times each step, measures RTO (incident -> last verification passed) and RPO (incident -
// newest data restored), judges them against the plan's objectives and records the drill in
// the catalog. Manual steps are "skipped — manual" here; the GUI's runner asks for them.
// After a failed automatic step the rest are not run: the drill has failed at that step.
class DrillOperation final : public Operation
{
    Q_OBJECT

public:
    explicit DrillOperation(DrillParams params, QObject *parent = nullptr);
    const DrillRecord &result() const { return m_record; }

signals:
    // For a runner's step list; emitted on the operation's thread.
    void stepBegan(int index);
    void stepEnded(int index, const QString &status, double seconds, const QString &detail);

protected:
    Status execute() override;

private:
    struct Scratch;
    Result<QString> runStep(const struct DrillStep &step, int index, Scratch &scratch);
    Status forward(class Operation &nested);

    DrillParams m_params;
    DrillRecord m_record;
};

} // namespace lifeboat
