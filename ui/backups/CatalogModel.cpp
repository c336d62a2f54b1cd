#include "CatalogModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace lifeboat {

CatalogModel::CatalogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CatalogModel::setEntries(QList<CatalogEntry> entries, const Config &config)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_missing.clear();
    m_missing.reserve(m_entries.size());
    for (const CatalogEntry &e : std::as_const(m_entries))
        m_missing.append(e.missingCopies(config));
    endResetModel();
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CatalogModel::verificationText(const QString &status, const QString &level)
{
    if (status.isEmpty())
        return tr("never");
    return status == QLatin1String("passed") ? tr("passed (%1)").arg(level) : tr("FAILED (%1)").arg(level);
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const CatalogEntry &e = m_entries.at(index.row());
    const BackupMetadata &m = e.meta;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return m.id;
        case Job: return m.job;
        case Started: return QLocale().toString(m.startedAt.toLocalTime(), QLocale::ShortFormat);
        case Size: return QLocale().formattedDataSize(m.sizeBytes);
        case Duration: return tr("%1 s").arg(m.durationSeconds, 0, 'f', m.durationSeconds < 10 ? 2 : 0);
        case Verification:
            return verificationText(e.verificationStatus, e.verificationLevel);
        case Status:
            if (m.status != QLatin1String("ok"))
                return tr("failed");
            return m_missing.value(index.row()).isEmpty() ? tr("ok") : tr("ok, not yet offsite (%1)").arg(m_missing.value(index.row()).join(QStringLiteral(", ")));
        case Label: return m.keepForever ? tr("%1 [kept forever]").arg(m.label).trimmed() : m.label;
        }
    }
    // Sort on the raw values, not on their display text.
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Started: return m.startedAt;
        case Size: return m.sizeBytes;
        case Duration: return m.durationSeconds;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole) {
        const bool bad = (index.column() == Verification && e.verificationStatus == QLatin1String("failed"))
                         || (index.column() == Status && (m.status != QLatin1String("ok") || !m_missing.value(index.row()).isEmpty()));
        if (bad)
            return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Size || index.column() == Duration))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("%1\nartifact: %2\nrepository: %3\nSHA-256: %4").arg(m.id, m.artifact, e.repository, m.sha256);
    return {};
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("Backup");
    case Job: return tr("Job");
    case Started: return tr("Started");
    case Size: return tr("Size");
    case Duration: return tr("Duration");
    case Verification: return tr("Verification");
    case Status: return tr("Status");
    case Label: return tr("Label");
    }
    return {};
}

} // namespace lifeboat
