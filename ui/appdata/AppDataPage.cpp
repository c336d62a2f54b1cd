#include "AppDataPage.h"

#include "appdata/AppProfile.h"
#include "widgets/Dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace lifeboat {

namespace {
QString actionText(ImportPlanEntry::Action a)
{
    using A = ImportPlanEntry::Action;
    switch (a) {
    case A::Create: return AppDataPage::tr("create");
    case A::Update: return AppDataPage::tr("update");
    case A::Unchanged: return AppDataPage::tr("unchanged");
    case A::Skip: return AppDataPage::tr("skip");
    case A::Rename: return AppDataPage::tr("rename");
    case A::Conflict: return AppDataPage::tr("conflict");
    case A::Delete: return AppDataPage::tr("delete");
    }
    return {};
}
} // namespace

AppDataPage::AppDataPage(QWidget *parent)
    : QWidget(parent)
    , m_job(new QComboBox(this))
    , m_jobInfo(new QLabel(this))
    , m_inactive(new QCheckBox(tr("Include disabled entities"), this))
    , m_export(new QPushButton(tr("Export to file…"), this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose…"), this))
    , m_strategy(new QComboBox(this))
    , m_safety(new QCheckBox(tr("Take a safety export of the database first (the way to undo)"), this))
    , m_preview(new QPushButton(tr("Preview plan"), this))
    , m_import(new QPushButton(tr("Import…"), this))
    , m_showUnchanged(new QCheckBox(tr("Show unchanged and skipped entities"), this))
    , m_plan(new QTableWidget(0, 5, this))
    , m_summary(new QLabel(this))
{
    m_job->setObjectName(QStringLiteral("appJob"));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_strategy->setObjectName(QStringLiteral("importStrategy"));
    m_preview->setObjectName(QStringLiteral("previewImport"));
    m_import->setObjectName(QStringLiteral("runImport"));
    m_export->setObjectName(QStringLiteral("runExport"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_plan->setObjectName(QStringLiteral("importPlan"));
    m_jobInfo->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setPlaceholderText(tr("An export file (Lifeboat's or the application's own)"));
    m_safety->setChecked(true);

    const struct { const char *value; QString text; QString tip; } strategies[] = {
        {"update", tr("Update existing (changed fields, links merged)"), tr("Entities that exist already get the file's changed fields; new ones are created.")},
        {"skip", tr("Skip existing"), tr("Entities that exist already are left as they are.")},
        {"rename", tr("Import as copies (name_imported_N)"), tr("Entities that exist already are imported again under a new name.")},
        {"fail", tr("Stop if anything exists"), tr("Any entity that exists already stops the import before anything is written.")},
        {"replace", tr("Make the database equal to the file"), tr("Also deletes entities the file lacks: use it with a safety export to undo an import.")}};
    for (const auto &s : strategies) {
        m_strategy->addItem(s.text, QString::fromLatin1(s.value));
        m_strategy->setItemData(m_strategy->count() - 1, s.tip, Qt::ToolTipRole);
    }

    auto *jobRow = new QFormLayout;
    jobRow->addRow(tr("Application job:"), m_job);
    jobRow->addRow(QString(), m_jobInfo);

    auto *exportBox = new QGroupBox(tr("Export"), this);
    auto *exportLayout = new QVBoxLayout(exportBox);
    auto *typesRow = new QHBoxLayout;
    typesRow->addWidget(new QLabel(tr("Entity types:"), exportBox));
    for (const QString &type : {QStringLiteral("gateways"), QStringLiteral("tools"), QStringLiteral("resources"), QStringLiteral("prompts"), QStringLiteral("servers")}) {
        auto *box = new QCheckBox(type, exportBox);
        box->setChecked(true);
        box->setProperty("entityType", type);
        m_types.append(box);
        typesRow->addWidget(box);
    }
    typesRow->addStretch(1);
    exportLayout->addLayout(typesRow);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_inactive);
    exportRow->addStretch(1);
    exportRow->addWidget(m_export);
    exportLayout->addLayout(exportRow);
    auto *exportHint = new QLabel(tr("What the selected entities need comes along (a server's tools, a tool's gateway). Secrets stay encrypted as the application stores them."), exportBox);
    exportHint->setWordWrap(true);
    exportLayout->addWidget(exportHint);

    auto *importBox = new QGroupBox(tr("Import"), this);
    auto *importLayout = new QVBoxLayout(importBox);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    importLayout->addLayout(fileRow);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(new QLabel(tr("When an entity exists:"), importBox));
    optionsRow->addWidget(m_strategy);
    optionsRow->addStretch(1);
    optionsRow->addWidget(m_preview);
    optionsRow->addWidget(m_import);
    importLayout->addLayout(optionsRow);
    auto *safetyRow = new QHBoxLayout;
    safetyRow->addWidget(m_safety);
    safetyRow->addStretch(1);
    safetyRow->addWidget(m_showUnchanged);
    importLayout->addLayout(safetyRow);
    m_plan->setHorizontalHeaderLabels({tr("Type"), tr("Name"), tr("Action"), tr("Matched on"), tr("Fields that differ")});
    m_plan->horizontalHeader()->setStretchLastSection(true);
    m_plan->resizeColumnsToContents(); // headers readable before the first plan (German ones are long)
    m_plan->verticalHeader()->hide();
    m_plan->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_plan->setWordWrap(false);
    m_plan->verticalHeader()->setDefaultSectionSize(m_plan->fontMetrics().height() + 8);
    m_plan->setSelectionBehavior(QAbstractItemView::SelectRows);
    importLayout->addWidget(m_plan, 1);
    importLayout->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(jobRow);
    layout->addWidget(exportBox);
    layout->addWidget(importBox, 1);

    connect(m_job, &QComboBox::currentIndexChanged, this, &AppDataPage::onJobChanged);
    connect(m_export, &QPushButton::clicked, this, &AppDataPage::chooseExportFile);
    connect(m_browse, &QPushButton::clicked, this, &AppDataPage::chooseImportFile);
    connect(m_preview, &QPushButton::clicked, this, [this] { requestImport(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { requestImport(false); });
    auto invalidate = [this] {
        m_previewed = false;
        setBusy(m_busy);
    };
    connect(m_file, &QLineEdit::textChanged, this, invalidate);
    connect(m_strategy, &QComboBox::currentIndexChanged, this, invalidate);
    connect(m_showUnchanged, &QCheckBox::toggled, this, [this] { fillPlan(); });
    setBusy(false);
}

void AppDataPage::setConfig(const std::optional<Config> &config)
{
    m_config = config;
    const QString current = m_job->currentData().toString();
    m_job->clear();
    if (config)
        for (const JobConfig &job : config->jobs)
            if (job.kind == QLatin1String("app-export"))
                m_job->addItem(job.name, job.name);
    const int again = m_job->findData(current);
    if (again >= 0)
        m_job->setCurrentIndex(again);
    onJobChanged();
}

void AppDataPage::onJobChanged()
{
    m_previewed = false;
    m_plan->setRowCount(0);
    m_summary->clear();
    if (!m_config || m_job->count() == 0) {
        m_jobInfo->setText(tr("This config has no app-export job. Add one (kind = \"app-export\", profile = \"mcpgateway\", path or conninfo of the "
                              "application's database) to export and import its configuration."));
    } else {
        const JobConfig job = m_config->jobs.value(m_job->currentData().toString());
        auto profile = AppProfile::load(job.profile);
        m_jobInfo->setText(profile ? tr("%1 — %2").arg(job.path.isEmpty() ? job.conninfo : job.path, profile->title)
                                   : profile.error().message);
    }
    setBusy(m_busy);
}

void AppDataPage::setBusy(bool busy)
{
    m_busy = busy;
    const bool job = m_config && m_job->count() > 0;
    m_export->setEnabled(!busy && job);
    m_preview->setEnabled(!busy && job && !m_file->text().isEmpty());
    // Import only what was previewed with these settings.
    m_import->setEnabled(!busy && job && m_previewed);
    m_import->setToolTip(m_previewed ? QString() : tr("Preview the plan first."));
}

QStringList AppDataPage::selectedTypes() const
{
    QStringList out;
    for (QCheckBox *box : m_types)
        if (box->isChecked())
            out.append(box->property("entityType").toString());
    return out.size() == m_types.size() ? QStringList() : out;
}

void AppDataPage::chooseExportFile()
{
    if (!m_config)
        return;
    const QString job = m_job->currentData().toString();
    const auto file = Dialogs::saveFile(this, tr("Export %1").arg(job), QDir::home().filePath(job + QStringLiteral("-config.json")), tr("JSON files (*.json)"));
    if (!file)
        return;
    AppExportParams params;
    params.config = *m_config;
    params.job = job;
    params.output = *file;
    params.request.selection.types = selectedTypes();
    params.request.selection.includeInactive = m_inactive->isChecked();
    emit exportRequested(params);
}

void AppDataPage::chooseImportFile()
{
    const auto file = Dialogs::openFile(this, tr("Choose an export file"), QDir::homePath(), tr("JSON files (*.json);;All files (*)"));
    if (file)
        m_file->setText(*file);
}

void AppDataPage::requestImport(bool dryRun)
{
    if (!m_config)
        return;
    AppImportParams params;
    params.config = *m_config;
    params.job = m_job->currentData().toString();
    params.input = m_file->text().trimmed();
    params.options.strategy = m_strategy->currentData().toString();
    params.dryRun = dryRun;
    params.backupBefore = m_safety->isChecked();
    if (!dryRun) {
        const QString question = params.options.strategy == QLatin1String("replace")
                                     ? tr("Make %1 equal to %2? Entities the file lacks are deleted.").arg(params.job, QFileInfo(params.input).fileName())
                                     : tr("Import %1 into %2 as previewed?").arg(QFileInfo(params.input).fileName(), params.job);
        if (!Dialogs::ask(this, tr("Import"), question + (params.backupBefore ? tr(" A safety export is taken first.") : tr(" No safety export will be taken."))))
            return;
    }
    emit importRequested(params);
}

void AppDataPage::fillPlan()
{
    using A = ImportPlanEntry::Action;
    // What changes comes first; unchanged and skipped entities only on request (a re-import of
    // a large configuration is mostly unchanged).
    auto rank = [](A a) {
        switch (a) {
        case A::Conflict: return 0;
        case A::Delete: return 1;
        case A::Update: return 2;
        case A::Rename: return 3;
        case A::Create: return 4;
        default: return 5;
        }
    };
    QList<const ImportPlanEntry *> rows;
    for (const ImportPlanEntry &e : m_lastPlan.entries)
        if (m_showUnchanged->isChecked() || (e.action != A::Unchanged && e.action != A::Skip))
            rows.append(&e);
    std::stable_sort(rows.begin(), rows.end(), [&](const ImportPlanEntry *a, const ImportPlanEntry *b) { return rank(a->action) < rank(b->action); });
    m_plan->setRowCount(0);
    for (const ImportPlanEntry *e : rows) {
        const int row = m_plan->rowCount();
        m_plan->insertRow(row);
        const QStringList cells{e->type, e->newLabel.isEmpty() ? e->label : tr("%1 → %2").arg(e->label, e->newLabel), actionText(e->action), e->matched,
                                e->differences.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (e->action == A::Conflict || e->action == A::Delete)
                item->setForeground(QColor(0xb0, 0x30, 0x20));
            else if (e->action == A::Unchanged || e->action == A::Skip)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_plan->setItem(row, c, item);
        }
    }
    for (int c = 0; c < 4; ++c)
        m_plan->resizeColumnToContents(c);
}

void AppDataPage::showImport(const AppImportResult &result, bool dryRun, bool ok, const QString &error)
{
    using A = ImportPlanEntry::Action;
    const ImportPlan &plan = result.plan;
    m_lastPlan = result.planned ? plan : ImportPlan{};
    fillPlan();
    QStringList lines;
    const QString counts = tr("create %1 · update %2 · unchanged %3 · skip %4 · rename %5 · delete %6 · conflict %7 · links +%8 −%9")
                               .arg(plan.count(A::Create)).arg(plan.count(A::Update)).arg(plan.count(A::Unchanged)).arg(plan.count(A::Skip))
                               .arg(plan.count(A::Rename)).arg(plan.count(A::Delete)).arg(plan.count(A::Conflict))
                               .arg(plan.linksAdded()).arg(plan.linksRemoved());
    if (!ok)
        lines.append(tr("<b>Nothing was imported.</b> %1").arg(error.toHtmlEscaped()));
    else if (dryRun)
        lines.append(tr("<b>Plan</b> (nothing written yet): %1").arg(counts));
    else if (result.applied)
        lines.append(tr("<b>Imported</b> in one transaction: %1").arg(counts));
    else
        lines.append(tr("<b>Nothing to change</b>: %1").arg(counts));
    if (!result.safetyBackupId.isEmpty())
        lines.append(tr("Safety export %1 — to undo, import it with “Make the database equal to the file”.").arg(result.safetyBackupId));
    for (const QString &w : plan.warnings.mid(0, 5))
        lines.append(tr("Warning: %1").arg(w.toHtmlEscaped()));
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_previewed = ok && dryRun && result.planned; // an import needs a new preview
    setBusy(m_busy);
}

} // namespace lifeboat
