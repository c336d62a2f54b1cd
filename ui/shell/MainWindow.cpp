#include "MainWindow.h"

#include "OperationPanel.h"
#include "backups/CatalogModel.h"
#include "backups/CatalogPage.h"
#include "catalog/Catalog.h"
#include "check/JobCheckOperation.h"
#include "check/RepositoryCheckOperation.h"
#include "common/Clock.h"
#include "common/Operation.h"
#include "config/ConfigLoader.h"
#include "dashboard/DashboardPage.h"
#include "jobs/JobsPage.h"
#include "jobs/BackupOperation.h"
#include "jobs/JobSupport.h"
#include "jobs/RestoreOperation.h"
#include "jobs/VerifyOperation.h"
#include "restore/RestoreWizard.h"
#include "settings/KeychainStore.h"
#include "settings/SettingsPage.h"
#include "reports/ReportsPage.h"
#include "appdata/AppDataPage.h"
#include "drill/DrillsPage.h"
#include "drill/DrillRunnerDialog.h"
#include "report/ReportOperation.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace lifeboat {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_dashboard(new DashboardPage(this))
    , m_jobs(new JobsPage(this))
    , m_settings(new SettingsPage(this))
    , m_reports(new ReportsPage(this))
    , m_drills(new DrillsPage(this))
    , m_appData(new AppDataPage(this))
    , m_catalog(new CatalogPage(this))
    , m_panel(new OperationPanel(this))
    , m_log(new QPlainTextEdit(this))
    , m_configLabel(new QLabel(this))
    , m_running(new QLabel(this))
{
    setWindowTitle(tr("Lifeboat"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_log->setObjectName(QStringLiteral("logView"));
    m_running->setObjectName(QStringLiteral("runningOperation"));

    // Only screens that work are listed; the restore wizard, timeline picker and drill runner join as they land.
    const struct
    {
        QString text;
        QStyle::StandardPixmap icon;
        QString shortcut;
    } pages[] = {{tr("Dashboard"), QStyle::SP_ComputerIcon, QStringLiteral("Ctrl+1")},
                 {tr("Jobs"), QStyle::SP_FileDialogContentsView, QStringLiteral("Ctrl+2")},
                 {tr("Catalog"), QStyle::SP_FileDialogDetailedView, QStringLiteral("Ctrl+3")},
                 {tr("Drills"), QStyle::SP_MediaPlay, QStringLiteral("Ctrl+4")},
                 {tr("Reports"), QStyle::SP_FileDialogListView, QStringLiteral("Ctrl+5")},
                 {tr("Export / import"), QStyle::SP_DialogSaveButton, QStringLiteral("Ctrl+6")},
                 {tr("Settings"), QStyle::SP_FileDialogInfoView, QStringLiteral("Ctrl+7")}};
    for (const auto &p : pages) {
        auto *item = new QListWidgetItem(style()->standardIcon(p.icon), p.text, m_navigation);
        item->setToolTip(tr("%1 (%2)").arg(p.text, QKeySequence(p.shortcut).toString(QKeySequence::NativeText)));
        auto *key = new QShortcut(QKeySequence(p.shortcut), this);
        const int row = m_navigation->row(item);
        connect(key, &QShortcut::activated, this, [this, row] { m_navigation->setCurrentRow(row); });
    }
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 36);
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_jobs);
    m_pages->addWidget(m_catalog);
    m_pages->addWidget(m_drills);
    m_pages->addWidget(m_reports);
    m_pages->addWidget(m_appData);
    m_pages->addWidget(m_settings);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == Reports)
            m_reports->refresh(); // reports read the catalog as it is now
        else if (row == Drills)
            m_drills->refresh();
    });

    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_navigation);
    row->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(row, 1);
    layout->addWidget(m_panel);
    setCentralWidget(central);

    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    auto *dock = new QDockWidget(tr("Log"), this);
    dock->setObjectName(QStringLiteral("logDock"));
    dock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    auto *toggleLog = dock->toggleViewAction();
    toggleLog->setShortcut(QKeySequence(QStringLiteral("Ctrl+L")));
    addAction(toggleLog);

    statusBar()->addWidget(m_running, 1);
    statusBar()->addPermanentWidget(m_configLabel);

    connect(m_dashboard, &DashboardPage::backUpRequested, this, &MainWindow::backUp);
    connect(m_catalog, &CatalogPage::backUpRequested, this, &MainWindow::backUp);
    connect(m_jobs, &JobsPage::backUpRequested, this, &MainWindow::backUp);
    connect(m_jobs, &JobsPage::checkRequested, this, [this](const Config &config, const QString &job) {
        withSecrets(config, [this, job](const Config &c) { start(new JobCheckOperation(c, job), tr("Checking %1…").arg(job)); });
    });
    connect(m_jobs, &JobsPage::saved, this, [this](const QString &path) {
        auditConfigChange(path, tr("Jobs page")); // before openConfig, whose catalog reads would call it an outside edit
        openConfig(path);
    });
    connect(m_jobs, &JobsPage::messageRaised, this, &MainWindow::showMessage);
    connect(m_settings, &SettingsPage::testRequested, this, [this](const Config &config, const QString &repository) {
        start(new RepositoryCheckOperation(config, repository), tr("Testing repository %1…").arg(repository));
    });
    connect(m_settings, &SettingsPage::saved, this, [this](const QString &path) {
        auditConfigChange(path, tr("Settings page")); // before openConfig, whose catalog reads would call it an outside edit
        openConfig(path);
    });
    connect(m_settings, &SettingsPage::messageRaised, this, &MainWindow::showMessage);
    connect(m_reports, &ReportsPage::messageRaised, this, &MainWindow::showMessage);
    connect(m_drills, &DrillsPage::runRequested, this, &MainWindow::runDrill);
    connect(m_appData, &AppDataPage::exportRequested, this, [this](const AppExportParams &params) {
        withSecrets(params.config, [this, params](const Config &c) {
            AppExportParams p = params;
            p.config = c;
            start(new AppExportOperation(p), tr("Exporting %1…").arg(p.job));
        });
    });
    connect(m_appData, &AppDataPage::importRequested, this, [this](const AppImportParams &params) {
        withSecrets(params.config, [this, params](const Config &c) {
            AppImportParams p = params;
            p.config = c;
            start(new AppImportOperation(p), p.dryRun ? tr("Planning the import into %1…").arg(p.job) : tr("Importing into %1…").arg(p.job));
        });
    });
    connect(m_reports, &ReportsPage::exportRequested, this,
            [this](const ReportParams &params) { start(new ReportOperation(params), tr("Writing the %1 report…").arg(params.kind)); });
    connect(m_catalog, &CatalogPage::verifyRequested, this, [this](const QStringList &ids) {
        if (m_config)
            withSecrets(*m_config, [this, ids](const Config &c) { start(new VerifyOperation({c, ids, {}, false, {}}), tr("Verifying…")); });
    });
    connect(m_catalog, &CatalogPage::restoreRequested, this, &MainWindow::restoreSelected);
    connect(m_catalog, &CatalogPage::refreshRequested, this, &MainWindow::refreshCatalog);
    connect(m_catalog, &CatalogPage::messageRaised, this, &MainWindow::showMessage);
    connect(m_panel, &OperationPanel::finished, this, &MainWindow::onOperationFinished);
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshKey, &QShortcut::activated, this, &MainWindow::refreshCatalog);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1240, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_navigation->setCurrentRow(Dashboard);
    setBusy(false);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

// Config changes made here are audit events too, with the SHA-256 of what the file now says,
// recorded in the catalog of the config the save was made from (a catalog the save newly names
// records config-seen when it is first opened).
void MainWindow::auditConfigChange(const QString &path, const QString &where)
{
    if (!m_config)
        return;
    auto catalog = lifeboat::Catalog::open(m_config->catalogUrl);
    Status recorded = catalog ? (*catalog)->recordConfigChange(path, tr("saved from the %1").arg(where)) : Status(fail(catalog.error()));
    if (!recorded)
        m_log->appendPlainText(tr("warning: the config change is not in the audit trail: %1").arg(recorded.error().message));
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::openConfig(const QString &path)
{
    auto loaded = ConfigLoader::loadFile(path);
    if (!loaded) {
        m_config.reset();
        m_configLabel->setText(tr("No usable config"));
        m_catalog->setConfig(m_config);
        m_jobs->setConfig(m_config);
        m_settings->setConfig(m_config);
        m_reports->setConfig(m_config);
        m_drills->setConfig(m_config);
        m_appData->setConfig(m_config);
        m_catalog->setEntries({});
        m_dashboard->show(m_config, {}, {});
        setBusy(m_panel->isBusy());
        showMessage(loaded.error().message, true);
        return;
    }
    m_config = *loaded;
    m_configLabel->setText(tr("Config: %1").arg(path));
    m_catalog->setConfig(m_config);
    m_jobs->setConfig(m_config);
    m_settings->setConfig(m_config);
    m_reports->setConfig(m_config);
    m_drills->setConfig(m_config);
    m_appData->setConfig(m_config);
    setBusy(m_panel->isBusy());
    showMessage({}, false);
    refreshCatalog();
}

void MainWindow::refreshCatalog()
{
    if (!m_config)
        return;
    auto catalog = JobSupport::catalog(*m_config);
    auto entries = catalog ? (*catalog)->listBackups() : Result<QList<CatalogEntry>>(fail(catalog.error()));
    if (!entries) {
        showMessage(entries.error().message, true);
        return;
    }
    auto runs = (*catalog)->runs({}, {}, 2000);
    m_catalog->setEntries(*entries);
    m_dashboard->show(m_config, *entries, runs ? *runs : QList<Catalog::Run>{});
    statusBar()->showMessage(tr("%n backup(s) in the catalog", nullptr, int(entries->size())), 5000);
}

void MainWindow::backUpNow()
{
    backUp(m_catalog->currentJob());
}

void MainWindow::backUp(const QString &job)
{
    if (!m_config || job.isEmpty())
        return;
    withSecrets(*m_config, [this, job](const Config &c) { start(new BackupOperation({c, job, {}, false, {}, {}}), tr("Backing up %1…").arg(job)); });
}

void MainWindow::verifySelected()
{
    QStringList ids;
    for (const CatalogEntry &e : m_catalog->selectedEntries())
        ids.append(e.meta.id);
    if (m_config && !ids.isEmpty())
        withSecrets(*m_config, [this, ids](const Config &c) { start(new VerifyOperation({c, ids, {}, false, {}}), tr("Verifying…")); });
}

RestoreWizard *MainWindow::restoreSelected()
{
    if (!m_config || m_panel->isBusy())
        return nullptr;
    const QList<CatalogEntry> selected = m_catalog->selectedEntries();
    if (selected.size() == 1 && selected.first().meta.status != QLatin1String("ok")) {
        showMessage(tr("Backup %1 is a failed run and cannot be restored; choose another.").arg(selected.first().meta.id), true);
        return nullptr;
    }
    const QString id = selected.size() == 1 ? selected.first().meta.id : QString();
    // The keychain may answer later; the wizard opens then.
    auto opened = std::make_shared<QPointer<RestoreWizard>>();
    withSecrets(*m_config, [this, id, opened](const Config &c) {
        auto catalog = JobSupport::catalog(c);
        auto entries = catalog ? (*catalog)->listBackups() : Result<QList<CatalogEntry>>(fail(catalog.error()));
        if (!entries) {
            showMessage(entries.error().message, true);
            return;
        }
        auto *wizard = new RestoreWizard(c, *entries, id, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &RestoreWizard::restoreFinished, this, [this, wizard](bool ok) {
            refreshCatalog();
            const RestoreWizard::Outcome &o = wizard->outcome();
            if (!ok) {
                showMessage(o.error, true);
            } else if (wizard->isPitr()) {
                const PitrResult &r = o.recovery;
                showMessage(r.started ? tr("Recovered %1 into %2: %3 at %4 (LSN %5) after %6 s.")
                                            .arg(r.backupId, r.pgdata, r.state, isoUtc(r.reachedTime), r.reachedLsn)
                                            .arg(r.recoverySeconds, 0, 'f', 1)
                                      : tr("Laid %1 down into %2 with the recovery settings; start it with pg_ctl -D %2 start.").arg(r.backupId, r.pgdata),
                            false);
            } else {
                QString text = tr("Restored %1 into %2; row counts match the backup.").arg(o.restore.id, o.restore.target);
                if (!o.restore.safetyBackupId.isEmpty())
                    text += QLatin1Char(' ') + tr("The previous contents were saved first as backup %1.").arg(o.restore.safetyBackupId);
                showMessage(text, false);
            }
        });
        wizard->open();
        *opened = wizard;
    });
    return opened->data();
}

void MainWindow::withSecrets(const Config &config, std::function<void(const Config &)> then)
{
    if (m_panel->isBusy())
        return;
    // The keychain answers asynchronously, possibly after this window has closed.
    KeychainStore::fill(config, [self = QPointer<MainWindow>(this), then = std::move(then)](Result<Config> filled) {
        if (!self)
            return;
        MainWindow *const w = self.data();
        if (!filled)
            w->showMessage(filled.error().message, true);
        else
            then(*filled);
    });
}

void MainWindow::start(Operation *operation, const QString &title)
{
    if (m_panel->isBusy()) {
        delete operation;
        return;
    }
    connect(operation, &Operation::logLine, this,
            [this](const QString &line) { m_log->appendPlainText(QStringLiteral("%1  %2").arg(QTime::currentTime().toString(Qt::ISODate), line)); });
    connect(operation, &Operation::stepStarted, this,
            [this](const QString &step) { m_log->appendPlainText(QStringLiteral("%1  %2").arg(QTime::currentTime().toString(Qt::ISODate), step)); });
    m_log->appendPlainText(QStringLiteral("%1  %2").arg(QTime::currentTime().toString(Qt::ISODate), title));
    m_running->setText(title);
    m_panel->start(operation, title);
    setBusy(true);
}

void MainWindow::onOperationFinished(Operation *operation, bool ok)
{
    if (auto *import = qobject_cast<AppImportOperation *>(operation)) {
        m_appData->showImport(import->result(), import->params().dryRun, ok, ok ? QString() : import->status().error().message);
        if (ok && import->result().applied)
            refreshCatalog(); // the safety export is a new backup
    } else if (auto *exported = qobject_cast<AppExportOperation *>(operation)) {
        if (ok)
            showMessage(tr("Exported %1 to %2.").arg(exported->params().job, exported->output()), false);
    } else if (auto *backup = qobject_cast<BackupOperation *>(operation)) {
        if (ok)
            showMessage(tr("Backed up %1 (%2) — verification %3.")
                            .arg(backup->result().meta.id, QLocale().formattedDataSize(backup->result().meta.sizeBytes),
                                 backup->result().meta.verification.value(QStringLiteral("status")).toString(tr("not run"))),
                        false);
    } else if (auto *report = qobject_cast<ReportOperation *>(operation)) {
        if (ok)
            showMessage(tr("Wrote the report to %1 (SHA-256 of its data: %2).").arg(report->result().output, report->result().dataSha256), false);
    } else if (auto *probe = qobject_cast<RepositoryCheckOperation *>(operation)) {
        if (ok)
            showMessage(probe->freeBytes() < 0 ? tr("Repository %1 is writable (object storage reports no free space).").arg(probe->repository())
                                               : tr("Repository %1 is writable; %2 free.").arg(probe->repository(), QLocale().formattedDataSize(probe->freeBytes())),
                        false);
    } else if (auto *check = qobject_cast<JobCheckOperation *>(operation)) {
        for (const CheckLine &line : check->report()) {
            const QString state = line.state == CheckLine::State::Ok ? tr("OK") : line.state == CheckLine::State::Warning ? tr("WARN") : tr("FAIL");
            m_log->appendPlainText(line.fix.isEmpty() ? QStringLiteral("  %1 %2: %3").arg(state, line.name, line.detail)
                                                      : QStringLiteral("  %1 %2: %3 — %4").arg(state, line.name, line.detail, line.fix));
        }
        if (ok)
            showMessage(tr("Job %1 can run: every check passed (details in the log, Ctrl+L).").arg(check->job()), false);
    } else if (auto *verify = qobject_cast<VerifyOperation *>(operation)) {
        if (ok)
            showMessage(tr("%n backup(s) verified: all passed.", nullptr, int(verify->items().size())), false);
    }
    if (!ok)
        showMessage(operation->status().error().message, true);
    m_running->clear();
    setBusy(false);
    refreshCatalog();
}

void MainWindow::showMessage(const QString &text, bool error)
{
    m_panel->showMessage(text, error);
    if (!text.isEmpty())
        m_log->appendPlainText(QStringLiteral("%1  %2%3").arg(QTime::currentTime().toString(Qt::ISODate), error ? tr("error: ") : QString(), text));
}

void MainWindow::setBusy(bool busy)
{
    m_catalog->setBusy(busy || !m_config);
    m_dashboard->setBusy(busy);
    m_jobs->setBusy(busy);
    m_settings->setBusy(busy);
    m_reports->setBusy(busy);
    m_drills->setBusy(busy);
    m_appData->setBusy(busy);
}

void MainWindow::runDrill()
{
    if (!m_config)
        return;
    withSecrets(*m_config, [this](const Config &c) {
        auto *dialog = new DrillRunnerDialog(c, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (!c.drills.isEmpty())
            dialog->loadPlan(c.drills.first().plan); // the configured drill, if there is one
        connect(dialog, &DrillRunnerDialog::drillFinished, m_drills, &DrillsPage::refresh);
        dialog->open();
    });
}

} // namespace lifeboat
