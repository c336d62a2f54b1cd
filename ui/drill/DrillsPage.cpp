#include "DrillsPage.h"

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "jobs/JobSupport.h"
#include "report/ReportBuilder.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lifeboat {

DrillsPage::DrillsPage(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 7, this))
    , m_status(new QLabel(this))
    , m_run(new QPushButton(tr("&Run a drill…"), this))
{
    m_table->setObjectName(QStringLiteral("drillsTable"));
    m_run->setObjectName(QStringLiteral("drillsRun"));
    m_table->setHorizontalHeaderLabels({tr("Drill"), tr("Plan"), tr("Started"), tr("Result"), tr("RTO"), tr("RPO"), tr("Signed off by")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_run);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_run, &QPushButton::clicked, this, &DrillsPage::runRequested);
    setConfig(std::nullopt);
}

void DrillsPage::setConfig(const std::optional<Config> &config)
{
    m_config = config;
    m_run->setEnabled(bool(config));
    refresh();
}

void DrillsPage::setBusy(bool busy) { m_run->setEnabled(!busy && m_config); }

void DrillsPage::refresh()
{
    m_table->setRowCount(0);
    if (!m_config) {
        m_status->setText(tr("Open a config to run drills."));
        return;
    }
    auto catalog = JobSupport::catalog(*m_config);
    auto drills = catalog ? (*catalog)->drills() : Result<QList<DrillRecord>>(fail(catalog.error()));
    if (!drills) {
        m_status->setText(drills.error().message);
        return;
    }
    auto figure = [](double s, qint64 objective, bool met) {
        return s < 0 ? tr("—") : tr("%1 / %2%3").arg(ReportBuilder::duration(s), ReportBuilder::duration(double(objective)), met ? QString() : tr(" (missed)"));
    };
    for (const DrillRecord &d : std::as_const(*drills)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{d.id, d.plan, isoUtc(d.startedAt), d.passed() ? tr("passed") : tr("FAILED at %1").arg(d.failedStep),
                                figure(d.rtoSeconds, d.rtoObjectiveSeconds, d.rtoMet), figure(d.rpoSeconds, d.rpoObjectiveSeconds, d.rpoMet),
                                d.signedOffBy.isEmpty() ? tr("(unsigned)") : d.signedOffBy};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 3 && !d.passed())
                item->setForeground(QColor(0xd3, 0x3a, 0x2f));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_status->setText(drills->isEmpty() ? tr("No drills yet. A drill restores a backup into a scratch target, checks it and measures RTO and RPO.")
                                        : tr("%n drill(s) in the catalog, newest first.", nullptr, int(drills->size())));
}

} // namespace lifeboat
