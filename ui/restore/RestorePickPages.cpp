// The wizard's first pages: which backup, and for point-in-time recovery, when.
#include "PitrTimelineView.h"
#include "RestoreWizardPages.h"
#include "backups/CatalogModel.h"
#include "common/OperationRunner.h"
#include "jobs/JobSupport.h"
#include "schedule/SchedulePlanner.h"
#include "wal/PitrTimelineLoad.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lifeboat {

namespace {
using T = PitrParams::Target;

QString isoUs(qint64 timeUs)
{
    return QDateTime::fromMSecsSinceEpoch(timeUs / 1000, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString shown(qint64 timeUs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(timeUs / 1000, Qt::UTC).toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}
} // namespace

SourcePage::SourcePage(RestoreWizard *wizard)
    : WizardPage(wizard)
    , m_model(new CatalogModel(this))
    , m_table(new QTableView(this))
    , m_about(new QLabel(this))
{
    setTitle(tr("Which backup?"));
    setSubTitle(tr("Choose the backup to restore. A base backup of a cluster leads to point-in-time recovery: you then pick the moment."));
    m_table->setObjectName(QStringLiteral("wizardBackups"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_about->setObjectName(QStringLiteral("wizardBackupAbout"));
    m_about->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_about);
    m_model->setEntries(wizard->entries(), wizard->config());
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelection();
        emit completeChanged();
    });
    connect(m_table, &QTableView::doubleClicked, wizard, &QWizard::next);
}

void SourcePage::initializePage()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->entry(row).meta.id == m_preselect || (m_preselect.isEmpty() && row == 0)) {
            m_table->selectRow(row);
            break;
        }
    m_table->resizeColumnsToContents();
    showSelection();
}

QString SourcePage::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->entry(rows.first().row()).meta.id;
}

bool SourcePage::isComplete() const
{
    return !selectedId().isEmpty();
}

void SourcePage::showSelection()
{
    const auto meta = restoreWizard()->chosen();
    if (!meta) {
        m_about->setText(m_model->rowCount() == 0 ? tr("The catalog holds no successful backup yet.") : tr("Choose a backup."));
        return;
    }
    if (meta->kind == QLatin1String("postgresql-base"))
        m_about->setText(tr("Base backup of cluster job %1: next you choose the point in time; Lifeboat uses the newest base backup that ended before it.").arg(meta->job));
    else if (meta->kind == QLatin1String("postgresql-logical"))
        m_about->setText(tr("Database dump of job %1 (%2): next you choose the target database and what to restore.")
                             .arg(meta->job, QLocale().formattedDataSize(meta->sizeBytes)));
    else if (meta->kind == QLatin1String("files"))
        m_about->setText(tr("Folder backup of job %1 (%2 files, %3): next you choose the target folder.")
                             .arg(meta->job)
                             .arg(meta->source.value(QStringLiteral("file_count")).toInteger())
                             .arg(QLocale().formattedDataSize(meta->sourceBytes)));
    else
        m_about->setText(tr("SQLite backup of job %1 (%2): next you choose the target file.").arg(meta->job, QLocale().formattedDataSize(meta->sizeBytes)));
}

PointPage::PointPage(RestoreWizard *wizard)
    : WizardPage(wizard)
    , m_timeline(new PitrTimelineView(this))
    , m_status(new QLabel(this))
    , m_picked(new QLabel(this))
    , m_target(new QButtonGroup(this))
    , m_value(new QLineEdit(this))
    , m_exclusive(new QCheckBox(tr("Stop just &before the target (exclusive)"), this))
    , m_events(new QTableWidget(0, 4, this))
{
    setTitle(tr("To which moment?"));
    setSubTitle(tr("Click the timeline to pick a time (it snaps to the nearest commit; hold Alt not to snap), or click a red marker "
                   "to recover to just before that destructive operation. Scroll to zoom, drag to pan."));
    m_status->setObjectName(QStringLiteral("pointStatus"));
    m_picked->setObjectName(QStringLiteral("pointPicked"));
    m_value->setObjectName(QStringLiteral("pointValue"));
    m_exclusive->setObjectName(QStringLiteral("pointExclusive"));
    m_events->setObjectName(QStringLiteral("pointEvents"));
    m_status->setWordWrap(true);
    m_picked->setWordWrap(true);
    m_picked->setTextFormat(Qt::RichText);
    m_value->setPlaceholderText(tr("xid, LSN (0/3000060) or restore point name"));

    auto *targets = new QHBoxLayout;
    const std::pair<int, QString> choices[] = {{kPicked, tr("&Picked on the timeline")},
                                               {int(T::Latest), tr("The &latest point")},
                                               {int(T::Immediate), tr("End of the base backup")},
                                               {int(T::Xid), tr("Transaction id")},
                                               {int(T::Lsn), tr("LSN")},
                                               {int(T::Name), tr("Restore point")}};
    for (const auto &[id, text] : choices) {
        auto *radio = new QRadioButton(text, this);
        radio->setObjectName(QStringLiteral("pointTarget%1").arg(id));
        m_target->addButton(radio, id);
        targets->addWidget(radio);
    }
    targets->addStretch(1);
    m_target->button(kPicked)->setChecked(true);

    m_events->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Relations"), tr("Transaction")});
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->setSelectionMode(QAbstractItemView::SingleSelection);
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->verticalHeader()->hide();
    m_events->horizontalHeader()->setStretchLastSection(false);
    m_events->setMinimumHeight(90);
    m_events->setToolTip(tr("Destructive operations found in the archived WAL; choose one to recover to just before it"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_timeline);
    layout->addWidget(m_picked);
    layout->addLayout(targets);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_exclusive);
    layout->addLayout(valueRow);
    m_eventsTitle = new QLabel(tr("<b>Destructive operations</b> (from the WAL event index)"), this);
    layout->addWidget(m_eventsTitle);
    layout->addWidget(m_events, 1);

    connect(m_timeline, &PitrTimelineView::pickChanged, this, [this] {
        if (m_timeline->pick().kind != PitrTimelineView::Pick::Kind::None)
            m_target->button(kPicked)->setChecked(true);
        // Keep the list's selection on the picked event, and off it otherwise.
        const auto &pick = m_timeline->pick();
        QSignalBlocker block(m_events);
        m_events->clearSelection();
        if (pick.kind == PitrTimelineView::Pick::Kind::BeforeEvent)
            for (int r = 0; r < m_events->rowCount(); ++r)
                if (m_timeline->data().events.value(m_events->item(r, 0)->data(Qt::UserRole).toInt()).id == pick.eventId)
                    m_events->selectRow(r);
        updateState();
    });
    connect(m_events, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_events->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_timeline->pickBeforeEvent(m_events->item(rows.first().row(), 0)->data(Qt::UserRole).toInt());
    });
    connect(m_target, &QButtonGroup::idClicked, this, &PointPage::updateState);
    connect(m_value, &QLineEdit::textChanged, this, &PointPage::updateState);
    connect(m_exclusive, &QCheckBox::toggled, this, &PointPage::updateState);
}

void PointPage::initializePage()
{
    m_timeline->setTimeZone(SchedulePlanner::zone(restoreWizard()->config()));
    const auto meta = restoreWizard()->chosen();
    if (meta && meta->job != m_loadedJob)
        load();
    updateState();
}

void PointPage::load()
{
    const auto meta = restoreWizard()->chosen();
    m_loadedJob = meta->job;
    m_loading = true;
    m_status->setText(tr("Reading the recovery window and the WAL event index of %1…").arg(meta->job));
    auto *operation = new PitrTimelineLoad(restoreWizard()->config(), meta->job);
    auto *runner = new OperationRunner(operation, this);
    connect(operation, &Operation::stepStarted, m_status, &QLabel::setText);
    connect(runner, &OperationRunner::finished, this, [this, operation] {
        m_loading = false;
        if (!operation->status()) {
            m_status->setText(QStringLiteral("<span style='color:#d33a2f'>%1</span>").arg(operation->status().error().message.toHtmlEscaped()));
            emit completeChanged();
            return;
        }
        const PitrTimelineData &data = operation->data();
        const QTimeZone zone = SchedulePlanner::zone(restoreWizard()->config());
        const Config config = restoreWizard()->config();
        const QString job = m_loadedJob;
        // Snapping reads a few seconds of commits from the index at a time.
        auto opened = JobSupport::catalog(config);
        if (opened) {
            std::shared_ptr<Catalog> catalog(std::move(*opened));
            m_timeline->setCommitSource([catalog, job](qint64 from, qint64 to) { return PitrTimelineData::commitsIn(*catalog, job, from, to, 20000); });
        }
        m_timeline->setData(data);
        QString text = data.isEmpty() ? tr("No recoverable range yet: the archived WAL after a base backup holds no commit.")
                                      : tr("Recoverable from %1 to %2 (%3), %n base backup(s), %4 destructive operation(s).", nullptr, int(data.backups.size()))
                                            .arg(shown(data.earliestUs, zone), shown(data.latestUs, zone), QString::fromUtf8(zone.id()))
                                            .arg(data.events.size());
        int gaps = 0;
        for (const auto &s : data.coverage)
            gaps += s.gap ? 1 : 0;
        if (gaps > 0)
            text += QLatin1Char(' ') + tr("%n gap(s) in the archived WAL (red): targets after a gap need a base backup taken after it.", nullptr, gaps);
        if (!operation->warnings().isEmpty())
            text += QLatin1Char(' ') + tr("(event index not fully updated: %1)").arg(operation->warnings().join(QLatin1Char(' ')));
        m_status->setText(text);
        m_events->setRowCount(0);
        for (int i = 0; i < data.events.size(); ++i) {
            const auto &e = data.events.at(i);
            m_events->insertRow(i);
            auto *when = new QTableWidgetItem(shown(e.timeUs, zone));
            when->setData(Qt::UserRole, i);
            m_events->setItem(i, 0, when);
            m_events->setItem(i, 1, new QTableWidgetItem(e.title));
            m_events->setItem(i, 2, new QTableWidgetItem(e.relations.isEmpty() ? tr("(relations unknown)") : e.relations));
            m_events->setItem(i, 3, new QTableWidgetItem(QString::number(e.xid)));
        }
        m_events->resizeColumnsToContents();
        m_events->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
        m_events->setVisible(!data.events.isEmpty());
        m_eventsTitle->setText(data.events.isEmpty() ? tr("<b>Destructive operations</b>: none found in the archived WAL after the oldest base backup.")
                                                     : tr("<b>Destructive operations</b> (from the WAL event index)"));
        updateState();
    });
    runner->start();
}

void PointPage::updateState()
{
    const int id = m_target->checkedId();
    const bool needsValue = id == int(T::Xid) || id == int(T::Lsn) || id == int(T::Name);
    m_value->setEnabled(needsValue);
    m_exclusive->setEnabled(needsValue);
    showPick();
    emit completeChanged();
}

void PointPage::showPick()
{
    const QTimeZone zone = SchedulePlanner::zone(restoreWizard()->config());
    const auto &pick = m_timeline->pick();
    const PitrTimelineData &data = m_timeline->data();
    QString text;
    if (m_target->checkedId() != kPicked) {
        text = tr("The target is set below; the recovery plan on the checks page names the base backup used.");
    } else if (pick.kind == PitrTimelineView::Pick::Kind::None) {
        text = tr("Nothing picked yet.");
    } else {
        const auto *backup = data.backupFor(pick.timeUs);
        const QString using_ = backup ? tr("from base backup %1").arg(backup->id.toHtmlEscaped())
                                      : QStringLiteral("<span style='color:#d33a2f'>%1</span>").arg(tr("no base backup reaches this time"));
        switch (pick.kind) {
        case PitrTimelineView::Pick::Kind::Commit:
            text = tr("<b>Recover up to and including the commit of transaction %1</b> at %2, %3.").arg(pick.xid).arg(shown(pick.timeUs, zone), using_);
            break;
        case PitrTimelineView::Pick::Kind::BeforeEvent: {
            QString what;
            for (const auto &e : data.events)
                if (e.id == pick.eventId)
                    what = e.title + (e.relations.isEmpty() ? QString() : QStringLiteral(" ") + e.relations);
            text = tr("<b>Recover to just before %1</b> (transaction %2 at %3), %4.").arg(what.toHtmlEscaped()).arg(pick.xid).arg(shown(pick.timeUs, zone), using_);
            break;
        }
        default:
            text = tr("<b>Recover to %1</b>: every transaction committed up to then, %2.").arg(shown(pick.timeUs, zone), using_);
        }
    }
    m_picked->setText(text);
}

std::optional<PitrTimelineData::Event> PointPage::pickedEvent() const
{
    const auto &pick = m_timeline->pick();
    if (m_target->checkedId() != kPicked || pick.kind != PitrTimelineView::Pick::Kind::BeforeEvent)
        return std::nullopt;
    for (const auto &e : m_timeline->data().events)
        if (e.id == pick.eventId)
            return e;
    return std::nullopt;
}

bool PointPage::isComplete() const
{
    if (m_loading)
        return false;
    const int id = m_target->checkedId();
    if (id == kPicked)
        return m_timeline->pick().kind != PitrTimelineView::Pick::Kind::None;
    if (id == int(T::Xid) || id == int(T::Lsn) || id == int(T::Name))
        return !m_value->text().trimmed().isEmpty();
    return true;
}

void PointPage::fill(PitrParams &p) const
{
    const int id = m_target->checkedId();
    if (id != kPicked) {
        p.target = T(id);
        if (id == int(T::Xid) || id == int(T::Lsn) || id == int(T::Name)) {
            p.value = m_value->text().trimmed();
            p.exclusive = m_exclusive->isChecked();
        }
        return;
    }
    const auto &pick = m_timeline->pick();
    switch (pick.kind) {
    case PitrTimelineView::Pick::Kind::Commit:
        p.target = T::Xid; // the commit itself, inclusive: exact, where a time has millisecond precision
        p.value = QString::number(pick.xid);
        break;
    case PitrTimelineView::Pick::Kind::BeforeEvent:
        p.target = T::Xid;
        p.beforeEvent = pick.eventId;
        break;
    default:
        p.target = T::Time;
        p.value = isoUs(pick.timeUs);
    }
}

} // namespace lifeboat
