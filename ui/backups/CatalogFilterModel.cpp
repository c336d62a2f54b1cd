#include "CatalogFilterModel.h"

#include "CatalogModel.h"

namespace lifeboat {

CatalogFilterModel::CatalogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
}

void CatalogFilterModel::setJob(const QString &job)
{
    m_job = job;
    invalidateFilter();
}

void CatalogFilterModel::setKind(const QString &kind)
{
    m_kind = kind;
    invalidateFilter();
}

void CatalogFilterModel::setStatus(const QString &status)
{
    m_status = status;
    invalidateFilter();
}

void CatalogFilterModel::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void CatalogFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const CatalogModel *>(sourceModel());
    const BackupMetadata &m = model->entry(sourceRow).meta;
    if (!m_job.isEmpty() && m.job != m_job)
        return false;
    if (!m_kind.isEmpty() && m.kind != m_kind)
        return false;
    if (m_status == QLatin1String("pinned") ? !m.keepForever : (!m_status.isEmpty() && m.status != m_status))
        return false;
    const QDate day = m.startedAt.toLocalTime().date();
    if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
        return false;
    if (!m_text.isEmpty() && !m.label.contains(m_text, Qt::CaseInsensitive) && !m.id.contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace lifeboat
