#pragma once

#include "appdata/AppTransferOperations.h"
#include "config/Config.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace lifeboat {

// Export / import of application configuration (app-export jobs, e.g. an MCP Gateway):
// choose entity types and export to a file; choose a file and a strategy, preview the plan
// (what each entity would become, with the fields that differ), then import it in one
// transaction after a safety export. The work runs as operations off the GUI thread.
class AppDataPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AppDataPage(QWidget *parent = nullptr);
    void setConfig(const std::optional<Config> &config);
    void setBusy(bool busy);
    // Called by the main window when an import or preview operation it started finished.
    void showImport(const AppImportResult &result, bool dryRun, bool ok, const QString &error);
    QTableWidget *planTable() const { return m_plan; }

signals:
    void exportRequested(const lifeboat::AppExportParams &params);
    void importRequested(const lifeboat::AppImportParams &params);

private:
    void onJobChanged();
    void chooseExportFile();
    void chooseImportFile();
    void requestImport(bool dryRun);
    QStringList selectedTypes() const;
    void fillPlan();

    std::optional<Config> m_config;
    bool m_busy = false;
    bool m_previewed = false;
    QComboBox *m_job;
    QLabel *m_jobInfo;
    QList<QCheckBox *> m_types;
    QCheckBox *m_inactive;
    QPushButton *m_export;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QComboBox *m_strategy;
    QCheckBox *m_safety;
    QPushButton *m_preview;
    QPushButton *m_import;
    QCheckBox *m_showUnchanged;
    QTableWidget *m_plan;
    ImportPlan m_lastPlan;
    QLabel *m_summary;
};

} // namespace lifeboat
