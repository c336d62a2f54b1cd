#include "DashboardPage.h"

#include "HistoryCharts.h"
#include "JobCard.h"
#include "common/Clock.h"
#include "monitoring/ActiveAlerts.h"

#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace lifeboat {

namespace {

void clear(QGridLayout *grid)
{
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_alerts(new QListWidget(this))
    , m_cards(new QWidget(this))
    , m_cardGrid(new QGridLayout(m_cards))
    , m_charts(new QWidget(this))
    , m_chartGrid(new QGridLayout(m_charts))
{
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_alerts->setObjectName(QStringLiteral("dashboardAlerts"));
    m_alerts->setToolTip(tr("The alerts of resources/monitoring/lifeboat-alerts.yml, as they stand now"));
    m_alerts->setSelectionMode(QAbstractItemView::NoSelection);
    m_alerts->setWordWrap(true);
    m_alerts->hide();
    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->addWidget(m_summary);
    column->addWidget(m_alerts);
    column->addWidget(m_cards);
    column->addWidget(m_charts);
    column->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void DashboardPage::show(const std::optional<Config> &config, const QList<CatalogEntry> &backups, const QList<Catalog::Run> &runs)
{
    clear(m_cardGrid);
    clear(m_chartGrid);
    if (!config) {
        m_summary->setText(tr("Open a config to see its jobs."));
        m_alerts->clear();
        m_alerts->hide();
        return;
    }
    const QDateTime now = Clock::instance().now().toUTC();
    const QList<JobHealth> jobs = JobHealth::compute(*config, backups, runs, now, &JobHealth::localFreeSpace);
    // The same alerts Prometheus would raise from the metrics, worst first.
    QList<ActiveAlerts::Alert> alerts = ActiveAlerts::forCatalog(*config, backups, runs, jobs);
    std::stable_sort(alerts.begin(), alerts.end(), [](const ActiveAlerts::Alert &a, const ActiveAlerts::Alert &b) { return a.critical && !b.critical; });
    m_alerts->clear();
    for (const ActiveAlerts::Alert &a : std::as_const(alerts)) {
        auto *item = new QListWidgetItem(style()->standardIcon(a.critical ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning), a.text, m_alerts);
        item->setToolTip(a.name);
    }
    m_alerts->setVisible(!alerts.isEmpty());
    m_alerts->setFixedHeight(alerts.isEmpty() ? 0 : qMin(6, int(alerts.size())) * (m_alerts->sizeHintForRow(0) + 2) + 8);
    int good = 0, warning = 0, bad = 0;
    for (int i = 0; i < jobs.size(); ++i) {
        const JobHealth &h = jobs.at(i);
        (h.level == JobHealth::Level::Good ? good : h.level == JobHealth::Level::Warning ? warning : bad)++;
        auto *card = new JobCard(h, now, m_cards);
        card->backupButton()->setEnabled(!m_busy);
        connect(card, &JobCard::backUpRequested, this, &DashboardPage::backUpRequested);
        m_cardGrid->addWidget(card, i / 2, i % 2);
    }
    m_summary->setText(jobs.isEmpty() ? tr("The config has no jobs yet.")
                                      : tr("<b>%1 healthy, %2 need attention, %3 at risk</b> — %n backup(s) in the catalog.", nullptr,
                                           int(backups.size()))
                                            .arg(good)
                                            .arg(warning)
                                            .arg(bad));
    if (backups.isEmpty())
        return;
    m_chartGrid->addWidget(HistoryCharts::sizes(backups, m_charts), 0, 0);
    m_chartGrid->addWidget(HistoryCharts::durations(backups, m_charts), 0, 1);
    m_chartGrid->addWidget(HistoryCharts::weeklySuccess(backups, runs, now, m_charts), 1, 0);
    m_chartGrid->addWidget(HistoryCharts::usage(jobs, m_charts), 1, 1);
}

void DashboardPage::setBusy(bool busy)
{
    m_busy = busy;
    for (QPushButton *b : m_cards->findChildren<QPushButton *>())
        b->setEnabled(!busy);
}

} // namespace lifeboat
