// The wizard's last pages: pre-checks, the run, and the summary.
#include "RestoreWizardPages.h"
#include "common/OperationRunner.h"
#include "postgres/PgAccess.h"
#include "postgres/PgConnection.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QTime>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lifeboat {

namespace {
using S = RestoreCheck::State;

QString stateText(S state)
{
    switch (state) {
    case S::Passed:
        return ChecksPage::tr("passed");
    case S::Warning:
        return ChecksPage::tr("warning");
    case S::Failed:
        return ChecksPage::tr("FAILED");
    case S::Info:
        return ChecksPage::tr("note");
    }
    return {};
}
} // namespace

ChecksPage::ChecksPage(RestoreWizard *wizard)
    : WizardPage(wizard)
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_again(new QPushButton(tr("Check &again"), this))
{
    setTitle(tr("Pre-checks"));
    setSubTitle(tr("Nothing has been changed yet. Every check must pass before the restore can start."));
    setCommitPage(true);
    m_list->setObjectName(QStringLiteral("restoreChecks"));
    m_status->setObjectName(QStringLiteral("restoreChecksStatus"));
    m_again->setObjectName(QStringLiteral("restoreChecksAgain"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Check"), tr("Result"), tr("Details")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_again, 0, Qt::AlignLeft);
    connect(m_again, &QPushButton::clicked, this, &ChecksPage::initializePage);
}

void ChecksPage::initializePage()
{
    m_done = m_passed = false;
    const int generation = ++m_generation;
    m_list->clear();
    m_again->setEnabled(false);
    m_status->setText(tr("Checking…"));
    emit completeChanged();
    RestorePrecheckParams params;
    params.pitr = restoreWizard()->isPitr();
    if (params.pitr)
        params.recovery = restoreWizard()->pitrParams();
    else
        params.restore = restoreWizard()->restoreParams();
    auto *operation = new RestorePrecheckOperation(params);
    auto *runner = new OperationRunner(operation, this);
    connect(operation, &Operation::stepStarted, m_status, &QLabel::setText);
    connect(runner, &OperationRunner::finished, this, [this, operation, generation] {
        if (generation != m_generation)
            return; // the user went back and started new checks
        show(operation->result(), operation->status() ? QString() : operation->status().error().message);
    });
    runner->start();
}

void ChecksPage::cleanupPage()
{
    ++m_generation;
}

void ChecksPage::show(const RestorePrecheckResult &result, const QString &error)
{
    for (const RestoreCheck &c : result.checks) {
        auto *item = new QTreeWidgetItem(m_list, {c.name, stateText(c.state), c.detail});
        const QStyle::StandardPixmap icon = c.state == S::Passed    ? QStyle::SP_DialogApplyButton
                                            : c.state == S::Failed  ? QStyle::SP_MessageBoxCritical
                                            : c.state == S::Warning ? QStyle::SP_MessageBoxWarning
                                                                    : QStyle::SP_MessageBoxInformation;
        item->setIcon(1, style()->standardIcon(icon));
        item->setToolTip(2, c.detail);
        item->setData(0, Qt::UserRole, int(c.state));
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    m_passed = error.isEmpty() && result.passed();
    m_done = true;
    m_again->setEnabled(true);
    QString text;
    if (!error.isEmpty())
        text = error;
    else if (m_passed)
        text = tr("All checks passed. The restore will:") + QStringLiteral("\n• ") + result.plan.join(QStringLiteral("\n• "));
    else
        text = tr("Fix what failed (the details say how), then check again or go back and change your choices.");
    m_status->setText(text);
    emit completeChanged();
}

bool ChecksPage::isComplete() const
{
    return m_done && m_passed;
}

RunPage::RunPage(RestoreWizard *wizard)
    : WizardPage(wizard)
    , m_step(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_log(new QPlainTextEdit(this))
    , m_cancel(new QPushButton(tr("&Cancel the restore"), this))
{
    setTitle(tr("Restoring"));
    setCommitPage(true);
    m_step->setObjectName(QStringLiteral("restoreStep"));
    m_progress->setObjectName(QStringLiteral("restoreProgress"));
    m_log->setObjectName(QStringLiteral("restoreLog"));
    m_cancel->setObjectName(QStringLiteral("restoreCancel"));
    m_step->setWordWrap(true);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_step);
    layout->addWidget(m_progress);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
}

void RunPage::initializePage()
{
    RestoreWizard *w = restoreWizard();
    m_done = false;
    m_log->clear();
    m_progress->setRange(0, 0);
    Operation *operation = nullptr;
    if (w->isPitr()) {
        const PitrParams p = w->pitrParams();
        setSubTitle(tr("Recovering %1 into %2.").arg(p.job, p.pgdata));
        operation = new PitrOperation(p);
    } else {
        const RestoreParams p = w->restoreParams();
        setSubTitle(tr("Restoring %1.").arg(p.id));
        operation = new RestoreOperation(p);
    }
    auto *runner = new OperationRunner(operation, this);
    w->setRunner(runner);
    auto log = [this](const QString &line) { m_log->appendPlainText(QStringLiteral("%1  %2").arg(QTime::currentTime().toString(Qt::ISODate), line)); };
    connect(operation, &Operation::logLine, this, log);
    connect(operation, &Operation::stepStarted, this, [this, log](const QString &step) {
        m_step->setText(step);
        log(step);
    });
    connect(operation, &Operation::progressChanged, this, [this](qint64 done, qint64 total) {
        if (total <= 0) {
            m_progress->setRange(0, 0);
            return;
        }
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(done * 1000 / total));
    });
    connect(m_cancel, &QPushButton::clicked, runner, [this, runner] {
        m_cancel->setEnabled(false);
        m_step->setText(tr("Cancelling: the restore stops at the next safe point and removes what it created…"));
        runner->cancel();
    });
    connect(runner, &OperationRunner::finished, this, [this, w, operation] {
        RestoreWizard::Outcome outcome;
        outcome.finished = true;
        outcome.ok = bool(operation->status());
        outcome.cancelled = !outcome.ok && operation->status().error().code == ErrorCode::Cancelled;
        outcome.error = outcome.ok ? QString() : operation->status().error().message;
        outcome.seconds = m_clock.elapsed() / 1000.0;
        if (auto *restore = qobject_cast<RestoreOperation *>(operation))
            outcome.restore = restore->result();
        if (auto *pitr = qobject_cast<PitrOperation *>(operation))
            outcome.recovery = pitr->result();
        w->setOutcome(outcome);
        w->setRunner(nullptr);
        m_done = true;
        m_cancel->setEnabled(false);
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_step->setText(outcome.ok ? tr("Done in %1 s.").arg(QLocale().toString(outcome.seconds, 'f', 1)) : outcome.error);
        emit completeChanged();
        emit w->restoreFinished(outcome.ok);
        if (w->currentPage() == this)
            w->next();
    });
    m_cancel->setEnabled(true);
    m_clock.start();
    runner->start();
    emit completeChanged();
}

bool RunPage::isComplete() const
{
    return m_done;
}

SummaryPage::SummaryPage(RestoreWizard *wizard)
    : WizardPage(wizard)
    , m_result(new QLabel(this))
    , m_tables(new QTableWidget(0, 2, this))
    , m_next(new QPlainTextEdit(this))
{
    setTitle(tr("Summary"));
    m_result->setObjectName(QStringLiteral("restoreResult"));
    m_tables->setObjectName(QStringLiteral("restoreVerified"));
    m_next->setObjectName(QStringLiteral("restoreNext"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tables->setHorizontalHeaderLabels({tr("Table"), tr("Rows restored (equal to the backup's)")});
    m_tables->verticalHeader()->hide();
    m_tables->horizontalHeader()->setStretchLastSection(true);
    m_tables->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_next->setReadOnly(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addWidget(m_tables, 1);
    layout->addWidget(new QLabel(tr("<b>What to do next</b> (select and copy):"), this));
    layout->addWidget(m_next, 1);
}

void SummaryPage::initializePage()
{
    RestoreWizard *w = restoreWizard();
    const RestoreWizard::Outcome &o = w->outcome();
    const QString seconds = QLocale().toString(o.seconds, 'f', 1);
    m_tables->setRowCount(0);
    QStringList next;
    if (!o.ok) {
        m_result->setText(QStringLiteral("<span style='color:#d33a2f'><b>%1</b></span><br>%2")
                              .arg(o.cancelled ? tr("Cancelled after %1 s.").arg(seconds) : tr("The restore failed after %1 s.").arg(seconds),
                                   o.error.toHtmlEscaped()));
        next << tr("Nothing existing was changed; what the restore had created was removed.")
             << tr("Fix the cause named above, then run the wizard again.");
    } else if (w->isPitr()) {
        const PitrResult &r = o.recovery;
        QString text = tr("<b>Recovered in %1 s</b> from base backup %2 into %3 (laid down in %4 s).")
                           .arg(seconds, r.backupId.toHtmlEscaped(), r.pgdata.toHtmlEscaped(), QLocale().toString(r.layDownSeconds, 'f', 1));
        if (r.started)
            text += QLatin1String("<br>") + tr("The server is %1; it reached %2 (LSN %3) after %4 s of replay.")
                                                .arg(r.state, r.reachedTime.toUTC().toString(Qt::ISODateWithMs), r.reachedLsn)
                                                .arg(QLocale().toString(r.recoverySeconds, 'f', 1));
        if (!r.eventSummary.isEmpty())
            text += QLatin1String("<br>") + tr("Stopped just before: %1").arg(r.eventSummary.toHtmlEscaped());
        m_result->setText(text);
        const PitrParams p = w->pitrParams();
        // The lost table and its database, when the target was "just before" an event on one.
        QString database = QStringLiteral("DATABASE"), table = QStringLiteral("TABLE");
        if (const auto event = static_cast<lifeboat::PointPage *>(w->page(RestoreWizard::PointPage))->pickedEvent()) {
            const QString first = event->relations.section(QStringLiteral(", "), 0, 0).section(QLatin1Char(' '), 0, 0);
            if (first.count(QLatin1Char('.')) == 2) {
                database = first.section(QLatin1Char('.'), 0, 0);
                table = first.section(QLatin1Char('.'), 1);
            }
        }
        // pg_ctl of the backup's release (not on Debian's PATH).
        QString ctl = QStringLiteral("pg_ctl");
        for (const CatalogEntry &e : w->entries())
            if (e.meta.id == r.backupId)
                if (auto tool = PgAccess::tool(QStringLiteral("pg_ctl"), e.meta.source.value(QStringLiteral("server_version")).toString().section(QLatin1Char('.'), 0, 0).toInt()))
                    ctl = *tool;
        if (r.started) {
            next << tr("Connect to the recovered copy:") << QStringLiteral("  psql \"host=%1 port=%2 dbname=%3\"").arg(r.pgdata).arg(p.port).arg(database == QLatin1String("DATABASE") ? QStringLiteral("postgres") : database)
                 << tr("Copy what was lost back into production (check the production connection first):")
                 << QStringLiteral("  pg_dump -h %1 -p %2 -t %3 %4 | psql \"PRODUCTION CONNINFO\"").arg(r.pgdata).arg(p.port).arg(table, database)
                 << tr("Stop the copy when done (as the postgres user):") << QStringLiteral("  %1 -D %2 stop").arg(ctl, r.pgdata);
        } else {
            next << tr("Start the recovered copy on a free port (as the postgres user):")
                 << QStringLiteral("  %1 -D %2 -o \"-p PORT -k %2\" start").arg(ctl, r.pgdata);
        }
        next << tr("To make it the new production server, stop the old one, point the data directory (or the service) at %1, and take a new base backup.").arg(r.pgdata);
    } else {
        const RestoreResult &r = o.restore;
        QString text = tr("<b>Restored in %1 s</b>: backup %2 into %3; the row counts of every table match the backup.")
                           .arg(seconds, r.id.toHtmlEscaped(), r.target.toHtmlEscaped());
        if (!r.safetyBackupId.isEmpty())
            text += QLatin1String("<br>") + tr("The previous contents were saved first as backup %1.").arg(r.safetyBackupId.toHtmlEscaped());
        m_result->setText(text);
        for (auto it = r.tables.constBegin(); it != r.tables.constEnd(); ++it) {
            const int row = m_tables->rowCount();
            m_tables->insertRow(row);
            m_tables->setItem(row, 0, new QTableWidgetItem(it.key()));
            m_tables->setItem(row, 1, new QTableWidgetItem(QLocale().toString(it.value())));
        }
        if (w->isPostgresLogical()) {
            // PgAccess drops any password from the job's conninfo: secrets are never shown.
            auto access = PgAccess::forJob(w->config().jobs.value(w->chosen()->job));
            const QString conninfo = access ? PgConnection::withDatabase(access->conninfo, r.target) : r.target;
            next << tr("Connect to it:") << QStringLiteral("  psql \"%1\"").arg(conninfo);
            if (!r.overwritten)
                next << tr("To swap it in for the original (stop the application first), or let Lifeboat do it with a safety backup:")
                     << QStringLiteral("  lifeboat-cli restore %1 --overwrite").arg(r.id);
        } else if (w->chosen() && w->chosen()->kind == QLatin1String("files")) {
            next << tr("Look at it:") << QStringLiteral("  ls -la %1").arg(r.target);
            if (!r.overwritten)
                next << tr("To swap it in for the original (stop the application first), with a safety backup:")
                     << QStringLiteral("  lifeboat-cli restore %1 --to FOLDER --overwrite").arg(r.id);
        } else {
            next << tr("Open it:") << QStringLiteral("  sqlite3 %1").arg(r.target);
            if (!r.overwritten)
                next << tr("To swap it in: stop the application, then move it over the original (or use lifeboat-cli restore %1 --overwrite).").arg(r.id);
        }
    }
    m_tables->setVisible(m_tables->rowCount() > 0);
    m_next->setPlainText(next.join(QLatin1Char('\n')));
}

} // namespace lifeboat
