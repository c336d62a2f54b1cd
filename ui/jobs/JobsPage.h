#pragma once

#include "config/Config.h"

#include <QWidget>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace lifeboat {

class JobForm;

// Jobs: the config's jobs in a list and one in the editor. Every change is checked as you type
// by writing the edited table into a copy of the file's text (ConfigEditor, which keeps every
// other line) and loading that copy; Save writes it only when it loads. "Test connection" runs
// `check` on the edited job, "Back up now" the saved one.
class JobsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPage(QWidget *parent = nullptr);
    void setConfig(const std::optional<Config> &config);
    void setBusy(bool busy);
    void newJob();
    void save();
    bool hasUnsavedChanges() const { return m_dirty; }

signals:
    void saved(const QString &path);
    void checkRequested(const lifeboat::Config &config, const QString &job);
    void backUpRequested(const QString &job);
    void messageRaised(const QString &text, bool error);

private:
    void select(int row);
    void validate();
    QString nextRuns(const QString &schedule) const;

    std::optional<Config> m_config;
    QString m_fileText;
    JobConfig m_original;
    bool m_isNew = false;
    bool m_dirty = false;
    bool m_busy = false;
    std::optional<Config> m_edited; // the config as it would load with the edits
    QString m_editedText;
    QListWidget *m_list;
    JobForm *m_form;
    QLabel *m_validation;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_test;
    QPushButton *m_backup;
};

} // namespace lifeboat
