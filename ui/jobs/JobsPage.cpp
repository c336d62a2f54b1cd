#include "JobsPage.h"

#include "JobForm.h"
#include "common/Clock.h"
#include "common/FileOps.h"
#include "config/ConfigEditor.h"
#include "config/ConfigLoader.h"
#include "monitoring/JobHealth.h"
#include "schedule/CronExpression.h"
#include "schedule/SchedulePlanner.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace lifeboat {

JobsPage::JobsPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_form(new JobForm(this))
    , m_validation(new QLabel(this))
    , m_new(new QPushButton(tr("&New job"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_backup(new QPushButton(tr("&Back up now"), this))
{
    m_list->setObjectName(QStringLiteral("jobList"));
    m_validation->setObjectName(QStringLiteral("jobValidation"));
    m_save->setObjectName(QStringLiteral("jobSave"));
    m_test->setObjectName(QStringLiteral("jobTest"));
    m_backup->setObjectName(QStringLiteral("jobBackup"));
    m_new->setObjectName(QStringLiteral("jobNew"));
    m_validation->setWordWrap(true);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setMaximumWidth(220);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_new);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_backup);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->addWidget(scroll, 1);
    right->addWidget(m_validation);
    right->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &JobsPage::select);
    connect(m_form, &JobForm::changed, this, &JobsPage::validate);
    connect(m_new, &QPushButton::clicked, this, &JobsPage::newJob);
    connect(m_save, &QPushButton::clicked, this, &JobsPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { select(m_list->currentRow()); });
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (m_edited)
            emit checkRequested(*m_edited, m_form->name());
    });
    connect(m_backup, &QPushButton::clicked, this, [this] { emit backUpRequested(m_original.name); });
    setConfig(std::nullopt);
}

void JobsPage::setConfig(const std::optional<Config> &config)
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->text() : QString();
    m_config = config;
    m_fileText.clear();
    if (m_config) {
        QFile f(m_config->filePath);
        if (f.open(QIODevice::ReadOnly))
            m_fileText = QString::fromUtf8(f.readAll());
    }
    m_list->blockSignals(true);
    m_list->clear();
    if (m_config)
        for (const JobConfig &job : std::as_const(m_config->jobs))
            m_list->addItem(job.name);
    m_list->blockSignals(false);
    const QList<QListWidgetItem *> again = m_list->findItems(current, Qt::MatchExactly);
    m_list->setCurrentRow(again.isEmpty() ? 0 : m_list->row(again.first()));
    if (m_list->count() == 0)
        select(-1);
    m_new->setEnabled(m_config.has_value());
}

void JobsPage::setBusy(bool busy)
{
    m_busy = busy;
    validate();
}

void JobsPage::select(int row)
{
    m_isNew = false;
    if (!m_config || row < 0 || row >= m_list->count()) {
        m_original = JobConfig{};
        m_form->setEnabled(false);
    } else {
        m_original = m_config->jobs.value(m_list->item(row)->text());
        m_form->setEnabled(true);
    }
    m_form->setJob(m_original, m_config ? m_config->repositories.keys() : QStringList{}, false);
    validate();
}

void JobsPage::newJob()
{
    if (!m_config)
        return;
    m_isNew = true;
    m_original = JobConfig{};
    JobConfig fresh;
    fresh.kind = QStringLiteral("sqlite");
    fresh.repository = m_config->repositories.isEmpty() ? QString() : m_config->repositories.firstKey();
    fresh.schedule = QStringLiteral("0 2 * * *");
    m_list->clearSelection();
    m_form->setEnabled(true);
    m_form->setJob(fresh, m_config->repositories.keys(), true);
    validate();
}

QString JobsPage::nextRuns(const QString &schedule) const
{
    if (schedule.isEmpty())
        return tr("No schedule: this job runs only when started by hand.");
    auto cron = CronExpression::parse(schedule);
    if (!cron)
        return cron.error().message;
    const QTimeZone zone = m_config ? SchedulePlanner::zone(*m_config) : QTimeZone::systemTimeZone();
    const QDateTime now = Clock::instance().now().toUTC();
    QStringList runs;
    QDateTime t = now;
    for (int i = 0; i < 5 && (t = cron->next(t, zone)).isValid(); ++i)
        runs.append(tr("%1 (in %2)").arg(QLocale().toString(t.toTimeZone(zone), QStringLiteral("ddd d MMM yyyy, HH:mm")),
                                         JobHealth::humanDuration(now.secsTo(t))));
    return tr("Next runs (%1):").arg(QString::fromUtf8(zone.id())) + QStringLiteral("\n  ") + runs.join(QStringLiteral("\n  "));
}

void JobsPage::validate()
{
    m_edited.reset();
    m_dirty = false;
    const bool editing = m_config && (m_isNew || !m_original.name.isEmpty());
    if (editing) {
        const JobConfig job = m_form->job();
        m_form->showNextRuns(nextRuns(job.schedule));
        const QMap<QString, QString> before = JobForm::toml(m_original);
        const QMap<QString, QString> after = JobForm::toml(job, m_form->compressionText());
        ConfigEditor::Values changes;
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            if (before.value(it.key()) != it.value())
                changes.append({it.key(), it.value()});
        m_dirty = m_isNew || !changes.isEmpty();
        QString error;
        if (job.name.isEmpty()) {
            error = tr("Give the job a name (letters, digits, '.', '_' and '-').");
        } else if (m_isNew && m_config->jobs.contains(job.name)) {
            error = tr("A job named \"%1\" exists already; choose another name.").arg(job.name);
        } else {
            auto text = ConfigEditor::setJob(m_fileText, job.name, changes);
            auto loaded = text ? ConfigLoader::loadString(*text, m_config->filePath) : Result<Config>(fail(text.error()));
            if (loaded) {
                m_edited = *loaded;
                m_editedText = *text;
            } else {
                error = loaded.error().message;
            }
        }
        if (!error.isEmpty())
            m_validation->setText(QStringLiteral("<span style='color:#d33a2f'>%1</span>").arg(error.toHtmlEscaped()));
        else
            m_validation->setText(m_dirty ? tr("The changes are valid; Save writes them to %1 and keeps every other line of the file.").arg(m_config->filePath)
                                          : tr("Saved."));
    } else {
        m_form->showNextRuns(QString());
        m_validation->setText(m_config ? tr("Choose a job, or make a new one.") : tr("Open a config to edit its jobs."));
    }
    m_save->setEnabled(!m_busy && m_dirty && m_edited.has_value());
    m_revert->setEnabled(m_dirty);
    m_test->setEnabled(!m_busy && m_edited.has_value());
    m_backup->setEnabled(!m_busy && !m_dirty && !m_isNew && !m_original.name.isEmpty());
    m_backup->setToolTip(m_dirty ? tr("Save the changes first") : QString());
}

void JobsPage::save()
{
    if (!m_config || !m_edited || !m_dirty)
        return;
    auto written = FileOps::writeAtomically(m_config->filePath, m_editedText.toUtf8());
    if (!written) {
        emit messageRaised(written.error().message, true);
        return;
    }
    const QString name = m_form->name();
    const QString path = m_config->filePath;
    m_isNew = false;
    emit saved(path); // the window reloads the config; the list then selects `name`
    emit messageRaised(tr("Job %1 saved to %2.").arg(name, path), false);
    const QList<QListWidgetItem *> items = m_list->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.first());
}

} // namespace lifeboat
