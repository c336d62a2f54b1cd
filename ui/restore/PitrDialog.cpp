#include "PitrDialog.h"

#include "common/Clock.h"
#include "common/OperationRunner.h"
#include "schedule/SchedulePlanner.h"
#include "catalog/Catalog.h"
#include "jobs/JobSupport.h"
#include "wal/WalIndexOperation.h"
#include "wal/WalTimeline.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace lifeboat {

namespace {
using T = PitrParams::Target;

// QDateTimeEdit of Qt 6.4 knows no time zones: it shows the config's wall-clock time, kept as a
// naive date and time, converted at the edges.
QDateTime wall(const QDateTime &instant, const QTimeZone &zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

QDateTime instant(const QDateTime &wallTime, const QTimeZone &zone)
{
    return QDateTime(wallTime.date(), wallTime.time(), zone).toUTC();
}
} // namespace

PitrDialog::PitrDialog(const Config &config, const BackupMetadata &backup, QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_backup(backup)
    , m_window(new QLabel(tr("Reading the recovery window…"), this))
    , m_target(new QButtonGroup(this))
    , m_time(new QDateTimeEdit(this))
    , m_value(new QLineEdit(this))
    , m_exclusive(new QCheckBox(tr("Stop just &before the target (exclusive)"), this))
    , m_action(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_start(new QCheckBox(tr("&Start the recovered server and follow the replay"), this))
    , m_port(new QSpinBox(this))
    , m_keepArchiving(new QCheckBox(tr("Keep archiving on in the copy (only for a copy that replaces production)"), this))
    , m_hint(new QLabel(this))
    , m_events(new QTableWidget(0, 4, this))
    , m_eventsStatus(new QLabel(tr("Reading the WAL event index…"), this))
{
    setWindowTitle(tr("Point-in-time recovery of %1").arg(backup.job));
    m_window->setObjectName(QStringLiteral("pitrWindow"));
    m_time->setObjectName(QStringLiteral("pitrTime"));
    m_value->setObjectName(QStringLiteral("pitrValue"));
    m_folder->setObjectName(QStringLiteral("pitrFolder"));
    m_start->setObjectName(QStringLiteral("pitrStart"));
    m_port->setObjectName(QStringLiteral("pitrPort"));
    m_exclusive->setObjectName(QStringLiteral("pitrExclusive"));
    m_hint->setObjectName(QStringLiteral("pitrHint"));
    m_window->setWordWrap(true);
    m_hint->setWordWrap(true);

    const QTimeZone zone = SchedulePlanner::zone(config);
    m_time->setTimeSpec(Qt::UTC);
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_time->setCalendarPopup(true);
    m_time->setDateTime(wall(Clock::instance().now(), zone));
    m_value->setPlaceholderText(tr("xid, LSN (0/3000060) or restore point name"));
    m_action->addItem(tr("promote: open it for writes"), QStringLiteral("promote"));
    m_action->addItem(tr("pause: stay read-only to inspect"), QStringLiteral("pause"));
    m_action->addItem(tr("shutdown: stop at the target"), QStringLiteral("shutdown"));
    m_port->setRange(1024, 65535);
    m_port->setValue(5433);
    m_folder->setText(QDir(QDir::tempPath()).filePath(QStringLiteral("%1_recovered_%2")
                                                           .arg(backup.job, Clock::instance().now().toUTC().toString(QStringLiteral("yyyyMMdd_HHmmss")))));
    m_folder->setToolTip(tr("An empty or new folder: recovery never mixes with existing files"));

    auto *targets = new QVBoxLayout;
    const std::pair<T, QString> choices[] = {{T::Latest, tr("The &latest archived point")},
                                             {T::Time, tr("A &time (%1):").arg(QString::fromUtf8(zone.id()))},
                                             {T::Immediate, tr("The end of the base backup only (&immediate)")},
                                             {T::Xid, tr("A transaction id")},
                                             {T::Lsn, tr("A WAL position (LSN)")},
                                             {T::Name, tr("A named restore point")}};
    for (const auto &[target, text] : choices) {
        auto *radio = new QRadioButton(text, this);
        radio->setObjectName(QStringLiteral("pitrTarget%1").arg(int(target)));
        m_target->addButton(radio, int(target));
        if (target == T::Time) {
            auto *row = new QHBoxLayout;
            row->addWidget(radio);
            row->addWidget(m_time, 1);
            targets->addLayout(row);
        } else {
            targets->addWidget(radio);
        }
    }
    targets->addWidget(m_value);
    auto *beforeEvent = new QRadioButton(tr("Just before a &destructive operation (choose it below)"), this);
    beforeEvent->setObjectName(QStringLiteral("pitrTargetEvent"));
    m_target->addButton(beforeEvent, kBeforeEvent);
    targets->addWidget(beforeEvent);
    m_target->button(int(T::Latest))->setChecked(true);

    m_events->setObjectName(QStringLiteral("pitrEvents"));
    m_eventsStatus->setObjectName(QStringLiteral("pitrEventsStatus"));
    m_eventsStatus->setWordWrap(true);
    m_events->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Relations"), tr("Transaction")});
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->setSelectionMode(QAbstractItemView::SingleSelection);
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->verticalHeader()->hide();
    m_events->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_events->setMinimumHeight(120);
    m_events->setToolTip(tr("Destructive operations found in the archived WAL; pick one to recover to just before it"));
    connect(m_events, &QTableWidget::itemSelectionChanged, this, [this, beforeEvent] {
        if (!m_events->selectedItems().isEmpty())
            beforeEvent->setChecked(true);
        updateState();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Recovery target:"), targets);
    form->addRow(QString(), m_exclusive);
    form->addRow(tr("At the target:"), m_action);
    form->addRow(tr("Into &folder:"), m_folder);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addWidget(new QLabel(tr("on port"), this));
    startRow->addWidget(m_port);
    startRow->addStretch(1);
    form->addRow(QString(), startRow);
    form->addRow(QString(), m_keepArchiving);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(tr("&Recover"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("pitrAccept"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>%1</b> — base backup taken %2").arg(backup.id.toHtmlEscaped(),
                                                                          QLocale().toString(backup.startedAt.toTimeZone(zone), QLocale::ShortFormat)),
                                 this));
    layout->addWidget(m_window);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("<b>Destructive operations</b> (from the WAL event index)"), this));
    layout->addWidget(m_eventsStatus);
    layout->addWidget(m_events, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    connect(m_target, &QButtonGroup::idClicked, this, &PitrDialog::updateState);
    connect(m_value, &QLineEdit::textChanged, this, &PitrDialog::updateState);
    connect(m_folder, &QLineEdit::textChanged, this, &PitrDialog::updateState);
    connect(m_start, &QCheckBox::toggled, this, &PitrDialog::updateState);
    updateState();
}

void PitrDialog::readWindow()
{
    PitrParams probe = params();
    probe.target = T::Latest;
    probe.value.clear();
    probe.start = false;
    probe.dryRun = true;
    probe.pgdata = QDir(QDir::tempPath()).filePath(QStringLiteral("lifeboat-window-probe-does-not-exist"));
    auto *operation = new PitrOperation(probe);
    auto *runner = new OperationRunner(operation, this);
    connect(runner, &OperationRunner::finished, this, [this, operation] {
        const QTimeZone zone = SchedulePlanner::zone(m_config);
        if (!operation->status()) {
            m_window->setText(QStringLiteral("<span style='color:#d33a2f'>%1</span>").arg(operation->status().error().message.toHtmlEscaped()));
            return;
        }
        const PitrResult &r = operation->result();
        m_window->setText(tr("Recoverable from %1 to %2 (the latest archived commit).")
                              .arg(QLocale().toString(r.windowEarliest.toTimeZone(zone), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                   QLocale().toString(r.windowLatest.toTimeZone(zone), QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        if (r.windowEarliest.isValid() && r.windowLatest.isValid()) {
            m_time->setDateTimeRange(wall(r.windowEarliest, zone), wall(r.windowLatest, zone));
            m_time->setDateTime(wall(r.windowLatest, zone));
        }
    });
    runner->start();
    readEvents();
}

void PitrDialog::readEvents()
{
    WalIndexParams params;
    params.config = m_config;
    params.job = m_backup.job;
    auto *operation = new WalIndexOperation(params);
    auto *runner = new OperationRunner(operation, this);
    connect(runner, &OperationRunner::finished, this, [this, operation] {
        // A failed update (no secret key here, another update running) still lists what the
        // index already holds.
        QStringList problems;
        if (!operation->status())
            problems.append(operation->status().error().message);
        problems += operation->result().warnings;
        showEvents(problems.join(QLatin1Char(' ')));
    });
    runner->start();
}

void PitrDialog::showEvents(const QString &problem)
{
    auto catalog = JobSupport::catalog(m_config);
    // Only events after this backup's end can be reached from it.
    const qint64 from = m_backup.finishedAt.isValid() ? m_backup.finishedAt.toMSecsSinceEpoch() * 1000 : 0;
    auto entries = catalog ? WalTimeline::entries(**catalog, m_backup.job, from, 0, true, 1000) : Result<QList<WalTimeline::Entry>>(fail(catalog.error()));
    if (!entries) {
        m_eventsStatus->setText(QStringLiteral("<span style='color:#d33a2f'>%1</span>").arg(entries.error().message.toHtmlEscaped()));
        return;
    }
    const QTimeZone zone = SchedulePlanner::zone(m_config);
    m_events->setRowCount(0);
    for (const WalTimeline::Entry &e : std::as_const(*entries)) {
        const int row = m_events->rowCount();
        m_events->insertRow(row);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(e.event.timeUs / 1000, Qt::UTC).toTimeZone(zone);
        auto *when = new QTableWidgetItem(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
        when->setData(Qt::UserRole, e.event.id);
        m_events->setItem(row, 0, when);
        m_events->setItem(row, 1, new QTableWidgetItem(WalTimeline::title(e.event)));
        m_events->setItem(row, 2, new QTableWidgetItem(e.event.names.isEmpty() ? tr("(relations unknown)") : e.event.names.join(QStringLiteral(", "))));
        m_events->setItem(row, 3, new QTableWidgetItem(QString::number(e.event.xid)));
    }
    m_events->resizeColumnsToContents();
    m_events->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    QString text = entries->isEmpty() ? tr("None found in the WAL after this backup.") : tr("%n found after this backup; newest last.", nullptr, int(entries->size()));
    if (!problem.isEmpty())
        text += QLatin1Char(' ') + tr("(index not fully updated: %1)").arg(problem);
    m_eventsStatus->setText(text);
    if (!entries->isEmpty())
        m_events->scrollToBottom();
}

PitrParams PitrDialog::params() const
{
    PitrParams p;
    p.config = m_config;
    p.job = m_backup.job;
    p.pgdata = m_folder->text().trimmed();
    p.target = m_target->checkedId() == kBeforeEvent ? T::Xid : T(m_target->checkedId());
    if (m_target->checkedId() == kBeforeEvent) {
        const auto rows = m_events->selectionModel()->selectedRows();
        p.beforeEvent = rows.isEmpty() ? 0 : m_events->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
    }
    if (p.target == T::Time)
        p.value = instant(m_time->dateTime(), SchedulePlanner::zone(m_config)).toString(Qt::ISODate);
    else if (p.target == T::Xid || p.target == T::Lsn || p.target == T::Name)
        p.value = m_value->text().trimmed();
    p.exclusive = m_exclusive->isChecked() && m_exclusive->isEnabled();
    p.action = m_action->currentData().toString();
    p.start = m_start->isChecked();
    p.port = p.start ? m_port->value() : 0;
    p.keepArchiving = m_keepArchiving->isChecked();
    return p;
}

void PitrDialog::updateState()
{
    const bool beforeEvent = m_target->checkedId() == kBeforeEvent;
    const T target = beforeEvent ? T::Xid : T(m_target->checkedId());
    const bool needsValue = !beforeEvent && (target == T::Xid || target == T::Lsn || target == T::Name);
    m_time->setEnabled(target == T::Time);
    m_value->setEnabled(needsValue);
    m_exclusive->setEnabled(!beforeEvent && target != T::Latest && target != T::Immediate);
    m_port->setEnabled(m_start->isChecked());
    QString problem;
    if (m_folder->text().trimmed().isEmpty())
        problem = tr("Choose an empty or new folder for the recovered cluster.");
    else if (needsValue && m_value->text().trimmed().isEmpty())
        problem = tr("Type the transaction id, LSN or restore point name.");
    else if (beforeEvent && m_events->selectionModel()->selectedRows().isEmpty())
        problem = tr("Choose the destructive operation to recover to just before.");
    m_accept->setEnabled(problem.isEmpty());
    m_hint->setText(problem.isEmpty() ? tr("Nothing existing is touched: the newest base backup that ended before the target is laid down "
                                           "into the folder, and archived WAL is replayed up to the target. The copy does not archive "
                                           "into the production repository.")
                                      : problem);
}

} // namespace lifeboat
