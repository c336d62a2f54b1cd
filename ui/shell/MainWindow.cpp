#include "MainWindow.h"

#include "OperationPanel.h"
#include "backups/CatalogModel.h"
#include "catalog/Catalog.h"
#include "config/ConfigLoader.h"
#include "jobs/BackupOperation.h"
#include "jobs/JobSupport.h"
#include "jobs/RestoreOperation.h"
#include "restore/RestoreDialog.h"
#include "jobs/VerifyOperation.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace lifeboat {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_configLabel(new QLabel(this))
    , m_jobs(new QComboBox(this))
    , m_backup(new QPushButton(tr("&Back up now"), this))
    , m_verify(new QPushButton(tr("&Verify selected"), this))
    , m_restore(new QPushButton(tr("Re&store selected…"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_table(new QTableView(this))
    , m_model(new CatalogModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_panel(new OperationPanel(this))
{
    setWindowTitle(tr("Lifeboat"));
    m_jobs->setObjectName(QStringLiteral("jobCombo"));
    m_backup->setObjectName(QStringLiteral("backupButton"));
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_table->setObjectName(QStringLiteral("catalogTable"));
    m_jobs->setMinimumContentsLength(16);
    m_jobs->setToolTip(tr("The job that \"Back up now\" runs"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CatalogModel::Started, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *jobLabel = new QLabel(tr("&Job:"), this);
    jobLabel->setBuddy(m_jobs);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(jobLabel);
    toolbar->addWidget(m_jobs);
    toolbar->addWidget(m_backup);
    toolbar->addSpacing(16);
    toolbar->addWidget(m_verify);
    toolbar->addWidget(m_restore);
    toolbar->addStretch(1);
    toolbar->addWidget(m_refresh);

    auto *heading = new QLabel(tr("<b>Backups</b> — newest first; the repository sidecars are the truth, this is their catalog."), this);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(toolbar);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_panel);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_configLabel);
    resize(1100, 560);

    connect(m_backup, &QPushButton::clicked, this, &MainWindow::backUpNow);
    connect(m_verify, &QPushButton::clicked, this, &MainWindow::verifySelected);
    connect(m_restore, &QPushButton::clicked, this, &MainWindow::restoreSelected);
    connect(m_table, &QTableView::doubleClicked, this, &MainWindow::restoreSelected);
    connect(m_refresh, &QPushButton::clicked, this, &MainWindow::refreshCatalog);
    connect(m_panel, &OperationPanel::finished, this, &MainWindow::onOperationFinished);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshKey, &QShortcut::activated, this, &MainWindow::refreshCatalog);
    updateActions();
}

void MainWindow::openConfig(const QString &path)
{
    auto loaded = ConfigLoader::loadFile(path);
    m_jobs->clear();
    if (!loaded) {
        m_config.reset();
        m_configLabel->setText(tr("No usable config"));
        m_panel->showMessage(loaded.error().message, true);
        m_model->setEntries({});
        updateActions();
        return;
    }
    m_config = *loaded;
    for (const JobConfig &job : std::as_const(m_config->jobs))
        m_jobs->addItem(QStringLiteral("%1 (%2)").arg(job.name, job.kind), job.name);
    m_configLabel->setText(tr("Config: %1").arg(path));
    m_panel->showMessage({}, false);
    refreshCatalog();
}

void MainWindow::refreshCatalog()
{
    if (!m_config)
        return;
    auto catalog = JobSupport::catalog(*m_config);
    auto entries = catalog ? (*catalog)->listBackups() : Result<QList<CatalogEntry>>(fail(catalog.error()));
    if (!entries) {
        m_panel->showMessage(entries.error().message, true);
        return;
    }
    m_model->setEntries(*entries);
    statusBar()->showMessage(tr("%n backup(s) in the catalog", nullptr, int(entries->size())), 5000);
    updateActions();
}

void MainWindow::backUpNow()
{
    if (!m_config || m_panel->isBusy() || m_jobs->currentIndex() < 0)
        return;
    const QString job = m_jobs->currentData().toString();
    auto *operation = new BackupOperation({*m_config, job, {}, false, {}});
    m_panel->start(operation, tr("Backing up %1…").arg(job));
    updateActions();
}

void MainWindow::verifySelected()
{
    if (!m_config || m_panel->isBusy())
        return;
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(m_model->entry(m_proxy->mapToSource(index).row()).meta.id);
    if (ids.isEmpty())
        return;
    m_panel->start(new VerifyOperation({*m_config, ids, {}, false, {}}), tr("Verifying…"));
    updateActions();
}

RestoreDialog *MainWindow::restoreSelected()
{
    if (!m_config || m_panel->isBusy())
        return nullptr;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return nullptr;
    const BackupMetadata meta = m_model->entry(m_proxy->mapToSource(rows.first()).row()).meta;
    if (meta.status != QLatin1String("ok")) {
        m_panel->showMessage(tr("Backup %1 is a failed run and cannot be restored; choose another.").arg(meta.id), true);
        return nullptr;
    }
    auto *dialog = new RestoreDialog(*m_config, meta, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startRestore(dialog->params()); });
    dialog->open();
    return dialog;
}

void MainWindow::startRestore(const RestoreParams &params)
{
    if (m_panel->isBusy())
        return;
    m_panel->start(new RestoreOperation(params), tr("Restoring %1…").arg(params.id));
    updateActions();
}

void MainWindow::onOperationFinished(Operation *operation, bool ok)
{
    if (auto *backup = qobject_cast<BackupOperation *>(operation)) {
        if (ok)
            m_panel->showMessage(tr("Backed up %1 (%2) — verification %3.")
                                     .arg(backup->result().meta.id,
                                          QLocale().formattedDataSize(backup->result().meta.sizeBytes),
                                          backup->result().meta.verification.value(QStringLiteral("status")).toString(tr("not run"))),
                                 false);
    } else if (auto *restore = qobject_cast<RestoreOperation *>(operation)) {
        if (ok) {
            const RestoreResult &r = restore->result();
            QString text = tr("Restored %1 into %2; row counts match the backup.").arg(r.id, r.target);
            if (!r.safetyBackupId.isEmpty())
                text += QLatin1Char(' ') + tr("The previous contents were saved first as backup %1.").arg(r.safetyBackupId);
            m_panel->showMessage(text, false);
        }
    } else if (auto *verify = qobject_cast<VerifyOperation *>(operation)) {
        if (ok)
            m_panel->showMessage(tr("%n backup(s) verified: all passed.", nullptr, int(verify->items().size())), false);
    }
    if (!ok)
        m_panel->showMessage(operation->status().error().message, true);
    refreshCatalog();
    updateActions();
}

void MainWindow::updateActions()
{
    const bool idle = !m_panel->isBusy();
    m_backup->setEnabled(idle && m_config && m_jobs->count() > 0);
    m_verify->setEnabled(idle && m_config && m_table->selectionModel()->hasSelection());
    m_restore->setEnabled(idle && m_config && m_table->selectionModel()->selectedRows().size() == 1);
    m_refresh->setEnabled(idle && m_config);
}

} // namespace lifeboat
