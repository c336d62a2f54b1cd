#pragma once

#include "config/Config.h"
#include "drill/DrillOperation.h"
#include "drill/DrillPlan.h"

#include <QDialog>
#include <QPointer>
#include <future>
#include <memory>
#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QVBoxLayout;

namespace lifeboat {

class OperationRunner;

// The facilitator's drill runner: open a plan, see its steps, run it. Automatic steps run in a
// DrillOperation off the GUI thread (status and time per step as they end); when the drill
// reaches a manual step it waits while the facilitator reads the instructions, ticks the
// checklist and writes evidence here. A live RTO clock counts from the incident against the
// objective. At the end: the result, the facilitator's sign-off and the RTO/RPO report.
class DrillRunnerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DrillRunnerDialog(const Config &config, QWidget *parent = nullptr);
    ~DrillRunnerDialog() override;
    void loadPlan(const QString &path);
    void run();
    const std::optional<DrillRecord> &record() const { return m_record; }

signals:
    void drillFinished();

private:
    void askManual(int index, std::shared_ptr<std::promise<DrillParams::ManualAnswer>> answer);
    void finishManual(bool abandoned);
    void tick();
    void finished();
    void exportReport();

    Config m_config;
    std::optional<DrillPlan> m_plan;
    std::optional<DrillRecord> m_record;
    QDateTime m_incident;
    QLineEdit *m_path;
    QLineEdit *m_facilitator;
    QLabel *m_summary;
    QTreeWidget *m_steps;
    QGroupBox *m_manual;
    QLabel *m_instructions;
    QVBoxLayout *m_checklist;
    QList<QCheckBox *> m_checks;
    QPlainTextEdit *m_evidence;
    QPushButton *m_stepDone;
    QPushButton *m_stop;
    QLabel *m_clock;
    QLabel *m_result;
    QPushButton *m_run;
    QPushButton *m_report;
    QTimer *m_timer;
    QPointer<OperationRunner> m_runner;
    std::shared_ptr<std::promise<DrillParams::ManualAnswer>> m_pending;
};

} // namespace lifeboat
