#include "RestoreWizard.h"

#include "RestoreWizardPages.h"
#include "common/OperationRunner.h"
#include "common/Operation.h"
#include "widgets/Dialogs.h"


namespace lifeboat {

RestoreWizard::RestoreWizard(const Config &config, const QList<CatalogEntry> &entries, const QString &selectedId, QWidget *parent)
    : QWizard(parent)
    , m_config(config)
{
    setObjectName(QStringLiteral("restoreWizard"));
    setWindowTitle(tr("Restore"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Restore now"));
    for (const CatalogEntry &e : entries)
        if (e.meta.status == QLatin1String("ok"))
            m_entries.append(e);
    std::sort(m_entries.begin(), m_entries.end(), [](const CatalogEntry &a, const CatalogEntry &b) { return a.meta.startedAt > b.meta.startedAt; });
    auto *source = new lifeboat::SourcePage(this);
    source->m_preselect = selectedId;
    setPage(SourcePage, source);
    setPage(PointPage, new lifeboat::PointPage(this));
    setPage(RecoveryTargetPage, new lifeboat::RecoveryTargetPage(this));
    setPage(TargetPage, new lifeboat::TargetPage(this));
    setPage(OptionsPage, new lifeboat::OptionsPage(this));
    setPage(ChecksPage, new lifeboat::ChecksPage(this));
    setPage(RunPage, new lifeboat::RunPage(this));
    setPage(SummaryPage, new lifeboat::SummaryPage(this));
    setStartId(SourcePage);
    resize(900, 680);
}

std::optional<BackupMetadata> RestoreWizard::chosen() const
{
    const QString id = static_cast<lifeboat::SourcePage *>(page(SourcePage))->selectedId();
    for (const CatalogEntry &e : m_entries)
        if (e.meta.id == id)
            return e.meta;
    return std::nullopt;
}

bool RestoreWizard::isPitr() const
{
    const auto meta = chosen();
    return meta && meta->kind == QLatin1String("postgresql-base");
}

bool RestoreWizard::isPostgresLogical() const
{
    const auto meta = chosen();
    return meta && meta->kind == QLatin1String("postgresql-logical");
}

RestoreParams RestoreWizard::restoreParams() const
{
    RestoreParams p;
    p.config = m_config;
    if (const auto meta = chosen())
        p.id = meta->id;
    static_cast<lifeboat::TargetPage *>(page(TargetPage))->fill(p);
    if (isPostgresLogical())
        static_cast<lifeboat::OptionsPage *>(page(OptionsPage))->fill(p);
    return p;
}

PitrParams RestoreWizard::pitrParams() const
{
    PitrParams p;
    p.config = m_config;
    if (const auto meta = chosen())
        p.job = meta->job;
    static_cast<lifeboat::PointPage *>(page(PointPage))->fill(p);
    static_cast<lifeboat::RecoveryTargetPage *>(page(RecoveryTargetPage))->fill(p);
    return p;
}

int RestoreWizard::nextId() const
{
    switch (currentId()) {
    case SourcePage:
        return isPitr() ? PointPage : TargetPage;
    case PointPage:
        return RecoveryTargetPage;
    case RecoveryTargetPage:
        return ChecksPage;
    case TargetPage:
        return isPostgresLogical() ? OptionsPage : ChecksPage;
    case OptionsPage:
        return ChecksPage;
    case ChecksPage:
        return RunPage;
    case RunPage:
        return SummaryPage;
    default:
        return -1;
    }
}

bool RestoreWizard::isRunning() const
{
    return m_runner != nullptr;
}

void RestoreWizard::reject()
{
    // Closing while a restore runs would orphan it: ask, cancel it, and close once it stopped
    // (the operation cleans up what it created).
    if (m_runner) {
        if (!Dialogs::ask(this, tr("Cancel the restore?"),
                          tr("The restore is still running. Cancel it? What it created so far is removed; nothing existing is changed.")))
            return;
        m_runner->cancel();
        connect(m_runner, &OperationRunner::finished, this, &QWizard::reject);
        return;
    }
    QWizard::reject();
}

} // namespace lifeboat
