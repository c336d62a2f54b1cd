#include "ReportsPage.h"

#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "jobs/JobSupport.h"
#include "report/ReportBuilder.h"
#include "report/ReportWriter.h"
#include "widgets/Dialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lifeboat {

namespace {
constexpr int kPreviewRows = 200;
}

ReportsPage::ReportsPage(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_since(new QDateEdit(this))
    , m_format(new QComboBox(this))
    , m_preview(new QPushButton(tr("Preview"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_hash(new QLabel(this))
    , m_view(new QTextBrowser(this))
{
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_since->setObjectName(QStringLiteral("reportSince"));
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_preview->setObjectName(QStringLiteral("reportPreviewButton"));
    m_export->setObjectName(QStringLiteral("reportExport"));
    m_view->setObjectName(QStringLiteral("reportPreview"));
    m_hash->setObjectName(QStringLiteral("reportHash"));
    m_kind->addItem(tr("RTO and RPO of drills"), QStringLiteral("rto-rpo"));
    m_kind->addItem(tr("Backup inventory"), QStringLiteral("inventory"));
    m_kind->addItem(tr("Compliance"), QStringLiteral("compliance"));
    m_format->addItem(tr("PDF"), QStringLiteral("pdf"));
    m_format->addItem(tr("HTML"), QStringLiteral("html"));
    m_format->addItem(tr("CSV"), QStringLiteral("csv"));
    m_format->addItem(tr("JSON"), QStringLiteral("json"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_since->setDate(QDate::currentDate().addDays(-90));
    m_since->setToolTip(tr("Start of the period (UTC midnight); the period ends now."));
    m_hash->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hash->setWordWrap(true);
    m_view->setOpenLinks(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Report:"), m_kind);
    form->addRow(tr("Since:"), m_since);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_format);
    exportRow->addWidget(m_export);
    exportRow->addStretch();
    form->addRow(tr("Export as:"), exportRow);
    auto *top = new QHBoxLayout;
    top->addLayout(form);
    top->addStretch();
    top->addWidget(m_preview, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_hash);
    layout->addWidget(m_view, 1);

    connect(m_preview, &QPushButton::clicked, this, &ReportsPage::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_since, &QDateEdit::dateChanged, this, &ReportsPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::exportReport);
    setConfig(std::nullopt);
}

QString ReportsPage::kind() const { return m_kind->currentData().toString(); }

void ReportsPage::setConfig(const std::optional<Config> &config)
{
    m_config = config;
    m_export->setEnabled(bool(config));
    m_preview->setEnabled(bool(config));
    if (isVisible())
        refresh();
}

void ReportsPage::setBusy(bool busy) { m_export->setEnabled(!busy && m_config); }

void ReportsPage::refresh()
{
    if (!m_config) {
        m_view->setPlainText(tr("Open a config to see its reports."));
        m_hash->clear();
        return;
    }
    auto catalog = JobSupport::catalog(*m_config);
    const QDateTime now = Clock::instance().now().toUTC();
    auto report = catalog ? ReportBuilder::build(kind(), *m_config, **catalog, QDateTime(m_since->date(), QTime(0, 0), Qt::UTC), now)
                          : Result<Report>(fail(catalog.error()));
    if (!report) {
        m_view->setPlainText(report.error().message);
        m_hash->clear();
        return;
    }
    // The hash is of the whole report; the preview only shows the first rows of long tables.
    m_hash->setText(tr("SHA-256 of the data section: %1").arg(report->dataSha256()));
    Report shown = *report;
    for (ReportTable &t : shown.tables)
        if (t.rows.size() > kPreviewRows) {
            const qsizetype all = t.rows.size();
            t.rows.resize(kPreviewRows);
            t.title += tr(" (first %1 of %2 rows; the export has all)").arg(kPreviewRows).arg(all);
        }
    m_view->setHtml(ReportWriter::html(shown, report->dataSha256()));
}

void ReportsPage::exportReport()
{
    if (!m_config)
        return;
    const QString format = m_format->currentData().toString();
    const QString suggested = QDir(QDir::homePath()).filePath(QStringLiteral("lifeboat-%1-%2.%3").arg(kind(), QDate::currentDate().toString(Qt::ISODate), format));
    const auto path = Dialogs::saveFile(this, tr("Export report"), suggested, tr("%1 files (*.%2)").arg(m_format->currentText(), format));
    if (!path)
        return;
    ReportParams params;
    params.config = *m_config;
    params.kind = kind();
    params.format = format;
    params.output = *path;
    params.since = QDateTime(m_since->date(), QTime(0, 0), Qt::UTC);
    emit exportRequested(params);
}

} // namespace lifeboat
