#pragma once

#include "RestoreWizard.h"
#include "jobs/RestorePrecheck.h"
#include "wal/PitrTimelineData.h"

#include <QElapsedTimer>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTreeWidget;

namespace lifeboat {

class CatalogModel;
class PitrTimelineView;

// The wizard's pages, one class each; each reads what earlier pages chose through the wizard.
class WizardPage : public QWizardPage
{
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;

protected:
    RestoreWizard *restoreWizard() const { return static_cast<RestoreWizard *>(wizard()); }
};

// 1. Which backup: the catalog's successful backups, newest first.
class SourcePage final : public WizardPage
{
    Q_OBJECT

public:
    explicit SourcePage(RestoreWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    QString selectedId() const;

private:
    void showSelection();
    CatalogModel *m_model;
    QTableView *m_table;
    QLabel *m_about;
    QString m_preselect;
    friend class RestoreWizard;
};

// 2 (PITR). When: the timeline picker, or a precise target typed in.
class PointPage final : public WizardPage
{
    Q_OBJECT

public:
    explicit PointPage(RestoreWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    void fill(PitrParams &p) const;
    PitrTimelineView *timeline() const { return m_timeline; }
    // The event picked for "just before", if that is the target.
    std::optional<PitrTimelineData::Event> pickedEvent() const;
    static constexpr int kPicked = 100; // the target button of a pick on the timeline

private:
    void load();
    void showPick();
    void updateState();
    PitrTimelineView *m_timeline;
    QLabel *m_status;
    QLabel *m_picked;
    QButtonGroup *m_target;
    QLineEdit *m_value;
    QCheckBox *m_exclusive;
    QTableWidget *m_events;
    QLabel *m_eventsTitle;
    QString m_loadedJob;
    bool m_loading = false;
};

// 3 (PITR). Where: an empty folder, optionally a scratch server started on a free port.
class RecoveryTargetPage final : public WizardPage
{
    Q_OBJECT

public:
    explicit RecoveryTargetPage(RestoreWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    void fill(PitrParams &p) const;

private:
    QLineEdit *m_folder;
    QCheckBox *m_start;
    QSpinBox *m_port;
    QComboBox *m_action;
    QCheckBox *m_keepArchiving;
    QString m_initializedFor;
};

// 3. Where: a new database or file (default), or replacing an existing one.
class TargetPage final : public WizardPage
{
    Q_OBJECT

public:
    explicit TargetPage(RestoreWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void fill(RestoreParams &p) const;

private:
    QButtonGroup *m_mode;
    QLineEdit *m_target;
    QLineEdit *m_existing;
    QCheckBox *m_terminate;
    QLabel *m_hint;
};

// 4 (PostgreSQL). What: everything, schema only, chosen tables, rows into an existing database;
// parallel jobs; roles.
class OptionsPage final : public WizardPage
{
    Q_OBJECT

public:
    explicit OptionsPage(RestoreWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    void fill(RestoreParams &p) const;

private:
    QButtonGroup *m_scope;
    QListWidget *m_tables;
    QSpinBox *m_jobs;
    QCheckBox *m_globals;
    QLabel *m_hint;
    QString m_initializedFor;
};

// 5. Pre-checks, run off the GUI thread, shown as a checklist; a failed one blocks the run.
class ChecksPage final : public WizardPage
{
    Q_OBJECT

public:
    explicit ChecksPage(RestoreWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    QTreeWidget *list() const { return m_list; }

private:
    void show(const RestorePrecheckResult &result, const QString &error);
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_again;
    bool m_done = false;
    bool m_passed = false;
    int m_generation = 0;
};

// 6. The run: progress, the current step, a live log, Cancel that stops safely.
class RunPage final : public WizardPage
{
    Q_OBJECT

public:
    explicit RunPage(RestoreWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    QLabel *m_step;
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QElapsedTimer m_clock;
    bool m_done = false;
};

// 7. What happened: verification, the measured time, and what to do next.
class SummaryPage final : public WizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(RestoreWizard *wizard);
    void initializePage() override;

private:
    QLabel *m_result;
    QTableWidget *m_tables;
    QPlainTextEdit *m_next;
};

} // namespace lifeboat
