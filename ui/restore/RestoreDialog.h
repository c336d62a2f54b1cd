#pragma once

#include "jobs/RestoreOperation.h"
#include "repository/BackupMetadata.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace lifeboat {

// Asks what to restore and where, for one backup: target (a new database or file by default),
// --overwrite with its safety copy, and for PostgreSQL the parallel jobs, whole / schema only /
// chosen tables / rows into an existing database, and the stored roles. Produces the same
// RestoreParams the CLI builds; the main window runs them as a RestoreOperation.
class RestoreDialog final : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const Config &config, const BackupMetadata &meta, QWidget *parent = nullptr);
    RestoreParams params() const;

private:
    void updateState();

    Config m_config;
    BackupMetadata m_meta;
    bool m_postgres;
    QLineEdit *m_target;
    QCheckBox *m_overwrite;
    QCheckBox *m_terminate = nullptr;
    QCheckBox *m_globals = nullptr;
    QSpinBox *m_jobs = nullptr;
    QButtonGroup *m_scope = nullptr;
    QListWidget *m_tables = nullptr;
    QLabel *m_hint;
};

} // namespace lifeboat
