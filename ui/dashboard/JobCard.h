#pragma once

#include "monitoring/JobHealth.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace lifeboat {

// One job on the dashboard: a coloured health strip and headline, the age of its newest good
// backup against its objective, next run, last verification, repository room, what is wrong in
// words, and "Back up now".
class JobCard final : public QFrame
{
    Q_OBJECT

public:
    explicit JobCard(const JobHealth &health, const QDateTime &now, QWidget *parent = nullptr);
    QPushButton *backupButton() const { return m_backup; }
    static QString headline(JobHealth::Level level);

signals:
    void backUpRequested(const QString &job);

private:
    QPushButton *m_backup;
};

} // namespace lifeboat
