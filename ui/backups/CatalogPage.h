#pragma once

#include "catalog/Catalog.h"
#include "config/Config.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace lifeboat {

class CatalogFilterModel;
class CatalogModel;

// The catalog browser: every backup in a sortable, filterable table (a model, so 10,000 rows
// stay cheap), the selected one's full metadata and verification history beside it, and the
// actions on it. Long actions are asked of the window (signals); quick edits (pin, label,
// delete) go straight to core's BackupEditor and refresh.
class CatalogPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogPage(QWidget *parent = nullptr);

    void setConfig(const std::optional<Config> &config);
    void setEntries(const QList<CatalogEntry> &entries);
    void setBusy(bool busy);
    QList<CatalogEntry> selectedEntries() const;
    QString currentJob() const;
    CatalogModel *model() const { return m_model; }
    CatalogFilterModel *filter() const { return m_filter; }

    void togglePin();
    void editLabel();
    void deleteSelected();

signals:
    void backUpRequested(const QString &job);
    void verifyRequested(const QStringList &ids);
    void restoreRequested();
    void refreshRequested();
    void messageRaised(const QString &text, bool error);

private:
    void updateActions();
    void showDetails();
    void applyFilters();

    std::optional<Config> m_config;
    bool m_busy = false;
    QComboBox *m_jobs;
    QPushButton *m_backup;
    QComboBox *m_filterJob;
    QComboBox *m_filterKind;
    QComboBox *m_filterStatus;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_text;
    QTableView *m_table;
    CatalogModel *m_model;
    CatalogFilterModel *m_filter;
    QTextBrowser *m_details;
    QPushButton *m_verify;
    QPushButton *m_restore;
    QPushButton *m_pin;
    QPushButton *m_label;
    QPushButton *m_delete;
    QPushButton *m_refresh;
};

} // namespace lifeboat
