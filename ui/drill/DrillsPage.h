#pragma once

#include "config/Config.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lifeboat {

// Drills: every drill the catalog holds (newest first: result, RTO and RPO against the
// objectives, who signed it off) and "Run a drill…", which opens the runner.
class DrillsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DrillsPage(QWidget *parent = nullptr);
    void setConfig(const std::optional<Config> &config);
    void setBusy(bool busy);
    void refresh();

signals:
    void runRequested();

private:
    std::optional<Config> m_config;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_run;
};

} // namespace lifeboat
