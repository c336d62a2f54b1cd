#pragma once

#include "config/Config.h"
#include "repository/BackupMetadata.h"
#include "wal/PitrOperation.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace lifeboat {

// Point-in-time recovery of a postgresql-cluster job, for a base backup chosen in the catalog:
// the recovery window (read off the GUI thread by a dry run of the same operation), the target
// (latest, a time, the end of the backup, an xid, an LSN, a restore point, or just before a
// destructive operation from the WAL event index: a DROP TABLE, a TRUNCATE), an empty folder,
// and optionally starting the recovered server on its own port. Produces the PitrParams the CLI
// builds; the window runs them as a PitrOperation with progress.
class PitrDialog final : public QDialog
{
    Q_OBJECT

public:
    PitrDialog(const Config &config, const BackupMetadata &backup, QWidget *parent = nullptr);
    PitrParams params() const;
    // Reads the recovery window (a dry run off the GUI thread); the label shows it when done.
    // Also brings the WAL event index up to date (off the GUI thread) and lists its destructive
    // operations, each a target to recover to just before.
    void readWindow();
    static constexpr int kBeforeEvent = 100; // the target button's id for just before an event

private:
    void updateState();
    void readEvents();
    void showEvents(const QString &problem);

    Config m_config;
    BackupMetadata m_backup;
    QLabel *m_window;
    QButtonGroup *m_target;
    QDateTimeEdit *m_time;
    QLineEdit *m_value;
    QCheckBox *m_exclusive;
    QComboBox *m_action;
    QLineEdit *m_folder;
    QCheckBox *m_start;
    QSpinBox *m_port;
    QCheckBox *m_keepArchiving;
    QLabel *m_hint;
    QPushButton *m_accept;
    QTableWidget *m_events;
    QLabel *m_eventsStatus;
};

} // namespace lifeboat
