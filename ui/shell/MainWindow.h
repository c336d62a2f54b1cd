#pragma once

#include "config/Config.h"

#include <QMainWindow>
#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;

namespace lifeboat {

class CatalogPage;
class DashboardPage;
class JobsPage;
class SettingsPage;
class Operation;
class OperationPanel;

// Only hosts the screens: navigation on the left, the current screen, the shared operation
// panel (one long action at a time, off the GUI thread, with progress and Cancel), a log dock
// and the status bar. It starts the core operations the screens ask for.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { Dashboard, Jobs, Catalog, Drills, Reports, AppData, Settings };

    explicit MainWindow(QWidget *parent = nullptr);

    void openConfig(const QString &path);
    void refreshCatalog();
    void showPage(Page page);
    void auditConfigChange(const QString &path, const QString &where);
    void backUpNow(); // the catalog page's current job
    void backUp(const QString &job);
    void verifySelected();
    // Opens the restore wizard (window-modal, not blocking) on the selected backup, or on the
    // newest when none is. Returns it, or null when it could not open (yet: a keychain answers later).
    class RestoreWizard *restoreSelected();
    // Opens the drill runner (on the configured [drills] plan, if any).
    void runDrill();

    const std::optional<Config> &config() const { return m_config; }
    CatalogPage *catalogPage() const { return m_catalog; }
    JobsPage *jobsPage() const { return m_jobs; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void start(Operation *operation, const QString &title);
    // Calls `then` with the config plus, for jobs with secret_store = "keychain", their secrets
    // read from the keychain (asynchronously); a keychain error is shown instead.
    void withSecrets(const Config &config, std::function<void(const Config &)> then);
    void onOperationFinished(Operation *operation, bool ok);
    void showMessage(const QString &text, bool error);
    void setBusy(bool busy);

    std::optional<Config> m_config;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    DashboardPage *m_dashboard;
    JobsPage *m_jobs;
    SettingsPage *m_settings;
    class ReportsPage *m_reports;
    class DrillsPage *m_drills;
    class AppDataPage *m_appData;
    CatalogPage *m_catalog;
    OperationPanel *m_panel;
    QPlainTextEdit *m_log;
    QLabel *m_configLabel;
    QLabel *m_running;
};

} // namespace lifeboat
