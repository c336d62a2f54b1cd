#pragma once

#include "catalog/Catalog.h"
#include "config/Config.h"

#include <QWidget>
#include <optional>

class QGridLayout;
class QLabel;
class QListWidget;
class QVBoxLayout;

namespace lifeboat {

// Every job's health at a glance (JobCard per job, from core's JobHealth) and the history charts.
// Rebuilt from the catalog on refresh; "Back up now" on a card is asked of the window.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);
    void show(const std::optional<Config> &config, const QList<CatalogEntry> &backups, const QList<Catalog::Run> &runs);
    void setBusy(bool busy);

signals:
    void backUpRequested(const QString &job);

private:
    QLabel *m_summary;
    QListWidget *m_alerts;
    QWidget *m_cards;
    QGridLayout *m_cardGrid;
    QWidget *m_charts;
    QGridLayout *m_chartGrid;
    bool m_busy = false;
};

} // namespace lifeboat
