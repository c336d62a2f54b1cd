#pragma once

#include "config/Config.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lifeboat {

// Every key of a [jobs.NAME] table as a form field. It knows how each key is written in TOML, so
// the page can tell which keys the user changed and write only those.
class JobForm final : public QWidget
{
    Q_OBJECT

public:
    explicit JobForm(QWidget *parent = nullptr);

    // Fills the form; `isNew` lets the name be typed. `repositories` feed the repository choice.
    void setJob(const JobConfig &job, const QStringList &repositories, bool isNew);
    JobConfig job() const; // what the fields say now
    QString name() const;
    // The compression spec as typed (it may not parse; the loader then says why).
    QString compressionText() const;
    // key -> TOML value text; "" when the key is unset. `compression` overrides the job's spec.
    static QMap<QString, QString> toml(const JobConfig &job, const QString &compression = {});
    // The next five runs of the schedule in the form, in words (or why there are none).
    void showNextRuns(const QString &text);

signals:
    void changed();

private:
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_path;
    QLineEdit *m_conninfo;
    QLineEdit *m_passwordFile;
    QComboBox *m_format;
    QCheckBox *m_globals;
    QLineEdit *m_include;
    QLineEdit *m_exclude;
    QCheckBox *m_consistent;
    QSpinBox *m_parallel;
    QComboBox *m_repository;
    QLineEdit *m_copyTo;
    QLineEdit *m_schedule;
    QLabel *m_nextRuns;
    QComboBox *m_missed;
    QLineEdit *m_compression;
    QComboBox *m_encryption;
    QLineEdit *m_recipients;
    QLineEdit *m_secretKeys;
    QLineEdit *m_passphraseFile;
    QComboBox *m_verify;
    QSpinBox *m_last;
    QSpinBox *m_hourly;
    QSpinBox *m_daily;
    QSpinBox *m_weekly;
    QSpinBox *m_monthly;
    QSpinBox *m_yearly;
    QLineEdit *m_within;
    QCheckBox *m_backupOnCorruption;
    bool m_loading = false;
};

} // namespace lifeboat
