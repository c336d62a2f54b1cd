#include "CatalogPage.h"

#include "BackupDetails.h"
#include "CatalogFilterModel.h"
#include "CatalogModel.h"
#include "jobs/BackupEditor.h"
#include "jobs/JobSupport.h"
#include "widgets/Dialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <iterator>

namespace lifeboat {

namespace {
const QDate kNoDate(2000, 1, 1); // QDateEdit's "no limit" (its special value text)
}

CatalogPage::CatalogPage(QWidget *parent)
    : QWidget(parent)
    , m_jobs(new QComboBox(this))
    , m_backup(new QPushButton(tr("&Back up now"), this))
    , m_filterJob(new QComboBox(this))
    , m_filterKind(new QComboBox(this))
    , m_filterStatus(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_text(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(new CatalogModel(this))
    , m_filter(new CatalogFilterModel(this))
    , m_details(new QTextBrowser(this))
    , m_verify(new QPushButton(tr("&Verify"), this))
    , m_restore(new QPushButton(tr("Re&store…"), this))
    , m_pin(new QPushButton(tr("&Pin"), this))
    , m_label(new QPushButton(tr("&Label…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
{
    m_jobs->setObjectName(QStringLiteral("jobCombo"));
    m_backup->setObjectName(QStringLiteral("backupButton"));
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_pin->setObjectName(QStringLiteral("pinButton"));
    m_label->setObjectName(QStringLiteral("labelButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_table->setObjectName(QStringLiteral("catalogTable"));
    m_details->setObjectName(QStringLiteral("backupDetails"));
    m_filterJob->setObjectName(QStringLiteral("filterJob"));
    m_filterKind->setObjectName(QStringLiteral("filterKind"));
    m_filterStatus->setObjectName(QStringLiteral("filterStatus"));
    m_text->setObjectName(QStringLiteral("filterText"));
    m_jobs->setMinimumContentsLength(14);
    m_jobs->setToolTip(tr("The job that \"Back up now\" runs"));
    m_verify->setToolTip(tr("Check the selected backups again at their job's verification level"));
    m_pin->setToolTip(tr("Keep the selected backup forever: retention never removes a pinned backup"));
    m_delete->setToolTip(tr("Remove the selected backup from its repository (asks you to type its id)"));

    m_filterKind->addItem(tr("All kinds"), QString());
    for (const char *kind : {"sqlite", "postgresql-logical", "postgresql-base", "files", "app-export"})
        m_filterKind->addItem(QString::fromLatin1(kind), QString::fromLatin1(kind));
    m_filterStatus->addItem(tr("Any status"), QString());
    m_filterStatus->addItem(tr("ok"), QStringLiteral("ok"));
    m_filterStatus->addItem(tr("failed"), QStringLiteral("failed"));
    m_filterStatus->addItem(tr("pinned"), QStringLiteral("pinned"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(tr("any day"));
        edit->setDate(kNoDate);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_text->setPlaceholderText(tr("Label or id contains…"));
    m_text->setClearButtonEnabled(true);

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CatalogModel::Started, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Fixed widths from the font, not ResizeToContents: that measures every row, and the
    // catalog may hold 10,000.
    m_table->setWordWrap(false);
    const int em = fontMetrics().averageCharWidth();
    const int widths[] = {54, 17, 25, 12, 10, 18, 8};
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_table->setColumnWidth(column, widths[column] * em);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_details->setOpenLinks(false);
    m_details->setMinimumHeight(120);

    auto *jobLabel = new QLabel(tr("&Job:"), this);
    jobLabel->setBuddy(m_jobs);
    auto *actions = new QHBoxLayout;
    actions->addWidget(jobLabel);
    actions->addWidget(m_jobs);
    actions->addWidget(m_backup);
    actions->addSpacing(16);
    for (QPushButton *b : {m_verify, m_restore, m_pin, m_label, m_delete})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_refresh);

    auto *filters = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("Show:"), this);
    filters->addWidget(showLabel);
    filters->addWidget(m_filterJob);
    filters->addWidget(m_filterKind);
    filters->addWidget(m_filterStatus);
    filters->addWidget(new QLabel(tr("from"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_text, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(actions);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_backup, &QPushButton::clicked, this, [this] {
        if (m_jobs->currentIndex() >= 0)
            emit backUpRequested(m_jobs->currentData().toString());
    });
    connect(m_verify, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (const CatalogEntry &e : selectedEntries())
            ids.append(e.meta.id);
        if (!ids.isEmpty())
            emit verifyRequested(ids);
    });
    connect(m_restore, &QPushButton::clicked, this, &CatalogPage::restoreRequested);
    connect(m_table, &QTableView::doubleClicked, this, &CatalogPage::restoreRequested);
    connect(m_pin, &QPushButton::clicked, this, &CatalogPage::togglePin);
    connect(m_label, &QPushButton::clicked, this, &CatalogPage::editLabel);
    connect(m_delete, &QPushButton::clicked, this, &CatalogPage::deleteSelected);
    connect(m_refresh, &QPushButton::clicked, this, &CatalogPage::refreshRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showDetails();
    });
    for (QComboBox *box : {m_filterJob, m_filterKind, m_filterStatus})
        connect(box, &QComboBox::currentIndexChanged, this, &CatalogPage::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &CatalogPage::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &CatalogPage::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &CatalogPage::applyFilters);
    updateActions();
}

void CatalogPage::setConfig(const std::optional<Config> &config)
{
    m_config = config;
    m_jobs->clear();
    m_filterJob->blockSignals(true);
    m_filterJob->clear();
    m_filterJob->addItem(tr("All jobs"), QString());
    if (m_config)
        for (const JobConfig &job : std::as_const(m_config->jobs)) {
            m_jobs->addItem(QStringLiteral("%1 (%2)").arg(job.name, job.kind), job.name);
            m_filterJob->addItem(job.name, job.name);
        }
    m_filterJob->blockSignals(false);
    applyFilters();
    updateActions();
}

void CatalogPage::setEntries(const QList<CatalogEntry> &entries)
{
    m_model->setEntries(entries, m_config ? *m_config : Config{});
    updateActions();
    showDetails();
}

void CatalogPage::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

QList<CatalogEntry> CatalogPage::selectedEntries() const
{
    QList<CatalogEntry> out;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        out.append(m_model->entry(m_filter->mapToSource(index).row()));
    return out;
}

QString CatalogPage::currentJob() const
{
    return m_jobs->currentData().toString();
}

void CatalogPage::applyFilters()
{
    m_filter->setJob(m_filterJob->currentData().toString());
    m_filter->setKind(m_filterKind->currentData().toString());
    m_filter->setStatus(m_filterStatus->currentData().toString());
    m_filter->setDateRange(m_from->date() == kNoDate ? QDate() : m_from->date(), m_to->date() == kNoDate ? QDate() : m_to->date());
    m_filter->setText(m_text->text());
}

void CatalogPage::updateActions()
{
    const bool idle = !m_busy && m_config.has_value();
    const QList<CatalogEntry> selected = selectedEntries();
    m_backup->setEnabled(idle && m_jobs->count() > 0);
    m_verify->setEnabled(idle && !selected.isEmpty());
    m_restore->setEnabled(idle && selected.size() == 1);
    m_pin->setEnabled(idle && selected.size() == 1);
    m_label->setEnabled(idle && selected.size() == 1);
    m_delete->setEnabled(idle && selected.size() == 1);
    m_refresh->setEnabled(idle);
    m_pin->setText(selected.size() == 1 && selected.first().meta.keepForever ? tr("Un&pin") : tr("&Pin"));
}

void CatalogPage::showDetails()
{
    const QList<CatalogEntry> selected = selectedEntries();
    if (selected.size() != 1 || !m_config) {
        m_details->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                               .arg(tr("Select a backup to see its metadata, table row counts, checksums and verification history.").toHtmlEscaped()));
        return;
    }
    QList<Catalog::Verification> history;
    if (auto catalog = JobSupport::catalog(*m_config))
        if (auto list = (*catalog)->verifications(selected.first().meta.id))
            history = *list;
    m_details->setHtml(BackupDetails::html(selected.first(), history));
}

void CatalogPage::togglePin()
{
    const QList<CatalogEntry> selected = selectedEntries();
    if (selected.size() != 1 || !m_config || m_busy)
        return;
    const BackupMetadata &m = selected.first().meta;
    auto status = BackupEditor::setKeepForever(*m_config, m.id, !m.keepForever);
    if (!status)
        emit messageRaised(status.error().message, true);
    else
        emit messageRaised(m.keepForever ? tr("%1 is no longer pinned; its job's retention rules apply again.").arg(m.id)
                                         : tr("%1 is pinned: retention will never remove it.").arg(m.id),
                           false);
    emit refreshRequested();
}

void CatalogPage::editLabel()
{
    const QList<CatalogEntry> selected = selectedEntries();
    if (selected.size() != 1 || !m_config || m_busy)
        return;
    const BackupMetadata &m = selected.first().meta;
    const auto label = Dialogs::textInput(this, tr("Label backup"), tr("Label for %1:").arg(m.id), m.label);
    if (!label)
        return;
    auto status = BackupEditor::setLabel(*m_config, m.id, *label);
    if (!status)
        emit messageRaised(status.error().message, true);
    else
        emit messageRaised(tr("Label of %1 saved in its sidecar.").arg(m.id), false);
    emit refreshRequested();
}

void CatalogPage::deleteSelected()
{
    const QList<CatalogEntry> selected = selectedEntries();
    if (selected.size() != 1 || !m_config || m_busy)
        return;
    const BackupMetadata &m = selected.first().meta;
    const QString question = m.keepForever ? tr("%1 is pinned to be kept forever. Type its id to delete it anyway:").arg(m.id)
                                           : tr("This removes %1 from repository \"%2\" for good. Type its id to confirm:").arg(m.id, selected.first().repository);
    if (!Dialogs::confirmTyped(this, tr("Delete backup"), question, m.id)) {
        emit messageRaised(tr("Nothing deleted: the id was not typed."), false);
        return;
    }
    auto status = BackupEditor::remove(*m_config, m.id);
    if (!status)
        emit messageRaised(status.error().message, true);
    else
        emit messageRaised(tr("Deleted %1; the deletion is in the catalog's audit trail.").arg(m.id), false);
    emit refreshRequested();
}

} // namespace lifeboat
