#include "DrillRunnerDialog.h"

#include "common/Clock.h"
#include "common/OperationRunner.h"
#include "report/ReportBuilder.h"
#include "report/ReportOperation.h"
#include "widgets/Dialogs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QApplication>
#include <atomic>
#include <chrono>

namespace lifeboat {

namespace {
enum Column { StepColumn, KindColumn, StatusColumn, TimeColumn, DetailColumn };

QString statusText(const QString &status)
{
    if (status == QLatin1String("passed"))
        return DrillRunnerDialog::tr("passed");
    if (status == QLatin1String("failed"))
        return DrillRunnerDialog::tr("FAILED");
    if (status == QLatin1String("skipped-manual"))
        return DrillRunnerDialog::tr("skipped — manual");
    if (status == QLatin1String("not-run"))
        return DrillRunnerDialog::tr("not run");
    return status;
}
} // namespace

DrillRunnerDialog::DrillRunnerDialog(const Config &config, QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_path(new QLineEdit(this))
    , m_facilitator(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_steps(new QTreeWidget(this))
    , m_manual(new QGroupBox(tr("Manual step"), this))
    , m_instructions(new QLabel(this))
    , m_checklist(new QVBoxLayout)
    , m_evidence(new QPlainTextEdit(this))
    , m_stepDone(new QPushButton(tr("Step &done"), this))
    , m_stop(new QPushButton(tr("S&top the drill here"), this))
    , m_clock(new QLabel(this))
    , m_result(new QLabel(this))
    , m_run(new QPushButton(tr("&Run drill"), this))
    , m_report(new QPushButton(tr("RTO/RPO &report…"), this))
    , m_timer(new QTimer(this))
{
    setWindowTitle(tr("Disaster-recovery drill"));
    m_path->setObjectName(QStringLiteral("drillPlanPath"));
    m_facilitator->setObjectName(QStringLiteral("drillFacilitator"));
    m_steps->setObjectName(QStringLiteral("drillSteps"));
    m_manual->setObjectName(QStringLiteral("drillManual"));
    m_evidence->setObjectName(QStringLiteral("drillEvidence"));
    m_stepDone->setObjectName(QStringLiteral("drillStepDone"));
    m_stop->setObjectName(QStringLiteral("drillStop"));
    m_clock->setObjectName(QStringLiteral("drillClock"));
    m_result->setObjectName(QStringLiteral("drillResult"));
    m_run->setObjectName(QStringLiteral("drillRun"));
    m_report->setObjectName(QStringLiteral("drillReport"));
    m_summary->setWordWrap(true);
    m_instructions->setWordWrap(true);
    m_result->setWordWrap(true);
    m_facilitator->setPlaceholderText(tr("Your name: signs the drill off"));
    m_evidence->setPlaceholderText(tr("Evidence: what you did and saw (ticket numbers, names, times)"));
    m_evidence->setMaximumHeight(80);
    m_steps->setHeaderLabels({tr("Step"), tr("Kind"), tr("Status"), tr("Time"), tr("Detail")});
    m_steps->setRootIsDecorated(false);
    m_steps->header()->setStretchLastSection(true);
    m_report->setEnabled(false);
    m_run->setEnabled(false);

    auto *browse = new QPushButton(tr("&Open plan…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        if (const auto path = Dialogs::openFile(this, tr("Open a drill plan"), m_path->text(), tr("Drill plans (*.toml)")))
            loadPlan(*path);
    });
    auto *planRow = new QHBoxLayout;
    planRow->addWidget(m_path, 1);
    planRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Plan:"), planRow);
    form->addRow(tr("Facilitator:"), m_facilitator);

    auto *manualLayout = new QVBoxLayout(m_manual);
    manualLayout->addWidget(m_instructions);
    manualLayout->addLayout(m_checklist);
    manualLayout->addWidget(m_evidence);
    auto *manualButtons = new QHBoxLayout;
    manualButtons->addStretch(1);
    manualButtons->addWidget(m_stop);
    manualButtons->addWidget(m_stepDone);
    manualLayout->addLayout(manualButtons);
    m_manual->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_report, QDialogButtonBox::ActionRole);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_manual);
    layout->addWidget(m_clock);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(820, 560);

    connect(m_path, &QLineEdit::editingFinished, this, [this] { loadPlan(m_path->text()); });
    connect(m_run, &QPushButton::clicked, this, &DrillRunnerDialog::run);
    connect(m_stepDone, &QPushButton::clicked, this, [this] { finishManual(false); });
    connect(m_stop, &QPushButton::clicked, this, [this] { finishManual(true); });
    connect(m_report, &QPushButton::clicked, this, &DrillRunnerDialog::exportReport);
    connect(m_timer, &QTimer::timeout, this, &DrillRunnerDialog::tick);
}

DrillRunnerDialog::~DrillRunnerDialog()
{
    // A worker waiting for a manual step must not wait for a window that is gone.
    if (m_pending) {
        DrillParams::ManualAnswer stop;
        stop.abandoned = true;
        m_pending->set_value(stop);
        m_pending.reset();
    }
    if (m_runner)
        m_runner->cancel();
}

void DrillRunnerDialog::loadPlan(const QString &path)
{
    m_path->setText(path);
    auto plan = DrillPlanLoader::loadFile(path, m_config.timezone);
    m_steps->clear();
    if (!plan) {
        m_plan.reset();
        m_summary->setText(QStringLiteral("<span style='color:#d33a2f'>%1</span>").arg(plan.error().message.toHtmlEscaped()));
        m_run->setEnabled(false);
        return;
    }
    m_plan = *plan;
    m_summary->setText(tr("<b>%1</b> — objectives: RTO %2, RPO %3. %4")
                           .arg(plan->name.toHtmlEscaped(), ReportBuilder::duration(double(plan->rtoObjectiveSeconds)),
                                ReportBuilder::duration(double(plan->rpoObjectiveSeconds)), plan->description.toHtmlEscaped()));
    for (const DrillStep &s : plan->steps)
        new QTreeWidgetItem(m_steps, {s.name, DrillStep::kindName(s.kind), tr("waiting"), QString(), s.isManual() ? s.instructions : QString()});
    m_steps->resizeColumnToContents(StepColumn);
    m_run->setEnabled(!m_runner);
    m_result->clear();
}

void DrillRunnerDialog::run()
{
    if (!m_plan || m_runner)
        return;
    loadPlan(m_path->text()); // the file as it is now
    if (!m_plan)
        return;
    DrillParams params;
    params.config = m_config;
    params.planPath = m_path->text();
    params.facilitator = m_facilitator->text().trimmed();
    QPointer<DrillRunnerDialog> self(this);
    // The callback runs on the operation's thread while the operation lives; it needs the
    // operation only to notice a cancel, so it gets it once it exists.
    auto holder = std::make_shared<std::atomic<DrillOperation *>>(nullptr);
    params.manual = [self, holder](const DrillStep &, int index, int) {
        auto answer = std::make_shared<std::promise<DrillParams::ManualAnswer>>();
        auto future = answer->get_future();
        QMetaObject::invokeMethod(
            qApp,
            [self, index, answer] {
                if (self)
                    self->askManual(index, answer);
                else
                    answer->set_value(DrillParams::ManualAnswer{{}, {}, true});
            },
            Qt::QueuedConnection);
        while (future.wait_for(std::chrono::milliseconds(200)) != std::future_status::ready) {
            DrillOperation *op = holder->load();
            if (op && op->isCancelled())
                return DrillParams::ManualAnswer{{}, {}, true};
        }
        return future.get();
    };
    auto *operation = new DrillOperation(params);
    holder->store(operation);
    connect(operation, &DrillOperation::stepBegan, this, [this](int index) {
        if (auto *item = m_steps->topLevelItem(index)) {
            item->setText(StatusColumn, tr("running…"));
            m_steps->setCurrentItem(item);
        }
    });
    connect(operation, &DrillOperation::stepEnded, this, [this](int index, const QString &status, double seconds, const QString &detail) {
        if (auto *item = m_steps->topLevelItem(index)) {
            item->setText(StatusColumn, statusText(status));
            item->setText(TimeColumn, status == QLatin1String("not-run") ? QString() : ReportBuilder::duration(seconds));
            item->setText(DetailColumn, detail);
            item->setForeground(StatusColumn, status == QLatin1String("failed") ? QColor(0xd3, 0x3a, 0x2f) : palette().color(QPalette::Text));
        }
    });
    m_incident = m_plan->incidentTime.isValid() ? m_plan->incidentTime : Clock::instance().now().toUTC();
    m_run->setEnabled(false);
    m_report->setEnabled(false);
    m_result->setText(tr("Running…"));
    m_runner = new OperationRunner(operation, this);
    connect(m_runner, &OperationRunner::finished, this, [this, operation] {
        if (operation->status())
            m_record = operation->result();
        else
            m_result->setText(QStringLiteral("<span style='color:#d33a2f'>%1</span>").arg(operation->status().error().message.toHtmlEscaped()));
        finished();
    });
    m_timer->start(1000);
    tick();
    m_runner->start();
}

void DrillRunnerDialog::askManual(int index, std::shared_ptr<std::promise<DrillParams::ManualAnswer>> answer)
{
    m_pending = std::move(answer);
    const DrillStep &step = m_plan->steps.at(index);
    m_manual->setTitle(tr("Manual step %1 of %2: %3").arg(index + 1).arg(m_plan->steps.size()).arg(step.name));
    m_instructions->setText(step.instructions);
    for (QCheckBox *c : std::as_const(m_checks))
        delete c;
    m_checks.clear();
    for (const QString &item : step.checklist) {
        auto *check = new QCheckBox(item, m_manual);
        check->setObjectName(QStringLiteral("drillCheck%1").arg(m_checks.size()));
        m_checklist->addWidget(check);
        m_checks.append(check);
    }
    m_evidence->clear();
    m_manual->show();
    if (!m_checks.isEmpty())
        m_checks.first()->setFocus();
    else
        m_stepDone->setFocus();
}

void DrillRunnerDialog::finishManual(bool abandoned)
{
    if (!m_pending)
        return;
    DrillParams::ManualAnswer answer;
    answer.abandoned = abandoned;
    answer.evidence = m_evidence->toPlainText().trimmed();
    for (QCheckBox *c : std::as_const(m_checks))
        if (c->isChecked())
            answer.confirmed.append(c->text());
    m_pending->set_value(answer);
    m_pending.reset();
    m_manual->hide();
}

void DrillRunnerDialog::tick()
{
    if (!m_plan || !m_incident.isValid())
        return;
    const double elapsed = double(m_incident.msecsTo(Clock::instance().now().toUTC())) / 1000.0;
    const bool over = elapsed > double(m_plan->rtoObjectiveSeconds);
    m_clock->setText(tr("RTO clock: %1 since the incident — objective %2").arg(ReportBuilder::duration(elapsed), ReportBuilder::duration(double(m_plan->rtoObjectiveSeconds))));
    m_clock->setStyleSheet(over ? QStringLiteral("color:#d33a2f; font-weight:bold") : QString());
}

void DrillRunnerDialog::finished()
{
    m_timer->stop();
    m_manual->hide();
    m_runner.clear();
    m_run->setEnabled(bool(m_plan));
    if (m_record) {
        const DrillRecord &d = *m_record;
        auto figure = [](double s, qint64 objective, bool met) {
            return s < 0 ? tr("not reached") : tr("%1 (objective %2, %3)").arg(ReportBuilder::duration(s), ReportBuilder::duration(double(objective)), met ? tr("met") : tr("missed"));
        };
        m_clock->setText(tr("RTO %1 · RPO %2").arg(figure(d.rtoSeconds, d.rtoObjectiveSeconds, d.rtoMet), figure(d.rpoSeconds, d.rpoObjectiveSeconds, d.rpoMet)));
        m_clock->setStyleSheet(QString());
        m_result->setText((d.passed() ? tr("<b>PASSED</b>") : tr("<b style='color:#d33a2f'>FAILED</b> at %1").arg(d.failedStep.toHtmlEscaped()))
                          + QLatin1Char(' ')
                          + (d.signedOffBy.isEmpty() ? tr("Not signed off (enter your name before running to sign it off).")
                                                     : tr("Signed off by %1 at %2. Recorded as %3.").arg(d.signedOffBy.toHtmlEscaped(), isoUtc(d.signedOffAt), d.id)));
        m_report->setEnabled(true);
    }
    emit drillFinished();
}

void DrillRunnerDialog::exportReport()
{
    const QString suggested = QDir(QDir::homePath()).filePath(QStringLiteral("lifeboat-rto-rpo-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    const auto path = Dialogs::saveFile(this, tr("RTO/RPO report"), suggested, tr("PDF files (*.pdf)"));
    if (!path)
        return;
    ReportParams params;
    params.config = m_config;
    params.kind = QStringLiteral("rto-rpo");
    params.format = path->endsWith(QLatin1String(".html")) ? QStringLiteral("html") : QStringLiteral("pdf");
    params.output = *path;
    auto *operation = new ReportOperation(params);
    auto *runner = new OperationRunner(operation, this);
    m_report->setEnabled(false);
    connect(runner, &OperationRunner::finished, this, [this, operation] {
        m_report->setEnabled(true);
        m_result->setText(operation->status() ? tr("Report written to %1 (SHA-256 of its data: %2).").arg(operation->result().output, operation->result().dataSha256)
                                              : QStringLiteral("<span style='color:#d33a2f'>%1</span>").arg(operation->status().error().message.toHtmlEscaped()));
    });
    runner->start();
}

} // namespace lifeboat
