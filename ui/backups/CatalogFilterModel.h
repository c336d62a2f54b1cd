#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace lifeboat {

// The catalog browser's filters over CatalogModel: job, kind, status, a date range (in local
// days, inclusive) and a label/id text. Empty values do not filter.
class CatalogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CatalogFilterModel(QObject *parent = nullptr);

    void setJob(const QString &job);
    void setKind(const QString &kind);
    void setStatus(const QString &status); // ok | failed | pinned
    void setDateRange(const QDate &from, const QDate &to);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_job;
    QString m_kind;
    QString m_status;
    QDate m_from;
    QDate m_to;
    QString m_text;
};

} // namespace lifeboat
