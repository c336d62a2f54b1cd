#pragma once

#include "config/Config.h"

#include <QMainWindow>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace lifeboat {

class CatalogModel;
class Operation;
class OperationPanel;

// Hosts the screens: for now the catalog of backups, "Back up now", verify and restore, with
// progress and Cancel. All work runs in core operations off the GUI thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void openConfig(const QString &path);
    void refreshCatalog();
    void backUpNow();
    void verifySelected();
    // Opens the restore dialog for the selected backup (window-modal, not blocking); accepting
    // it starts the restore. Returns the dialog, or null when no single restorable backup is selected.
    class RestoreDialog *restoreSelected();
    void startRestore(const struct RestoreParams &params);

    const std::optional<Config> &config() const { return m_config; }

private:
    void onOperationFinished(Operation *operation, bool ok);
    void updateActions();

    std::optional<Config> m_config;
    QLabel *m_configLabel;
    QComboBox *m_jobs;
    QPushButton *m_backup;
    QPushButton *m_verify;
    QPushButton *m_restore;
    QPushButton *m_refresh;
    QTableView *m_table;
    CatalogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    OperationPanel *m_panel;
};

} // namespace lifeboat
