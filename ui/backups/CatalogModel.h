#pragma once

#include "catalog/Catalog.h"
#include "config/Config.h"

#include <QAbstractTableModel>

namespace lifeboat {

// The catalog's backups as a table: a model rather than widgets per row, so thousands of
// backups stay cheap to show and sort.
class CatalogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Job, Started, Size, Duration, Verification, Status, Label, ColumnCount };

    explicit CatalogModel(QObject *parent = nullptr);

    // `config` names each job's copy_to repositories, for "not yet offsite".
    void setEntries(QList<CatalogEntry> entries, const Config &config = {});
    const CatalogEntry &entry(int row) const { return m_entries.at(row); }
    // "passed (format)", "FAILED (decode)" or "never", as the Verification column shows it.
    static QString verificationText(const QString &status, const QString &level);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<CatalogEntry> m_entries;
    QList<QStringList> m_missing; // per row: copy_to repositories that do not hold it yet
};

} // namespace lifeboat
