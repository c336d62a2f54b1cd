#pragma once

#include "catalog/Catalog.h"
#include "monitoring/JobHealth.h"

#include <QCoreApplication>

class QChartView;
class QWidget;

namespace lifeboat {

// The dashboard's charts over real catalog history: stored size and duration per backup per
// job, the weekly success rate of the last eight ISO weeks, and each job's storage now against
// what its retention policy will keep at today's sizes. Themed to the window's palette.
class HistoryCharts
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCharts)

public:
    static QChartView *sizes(const QList<CatalogEntry> &backups, QWidget *parent);
    static QChartView *durations(const QList<CatalogEntry> &backups, QWidget *parent);
    static QChartView *weeklySuccess(const QList<CatalogEntry> &backups, const QList<Catalog::Run> &runs, const QDateTime &now, QWidget *parent);
    static QChartView *usage(const QList<JobHealth> &jobs, QWidget *parent);
};

} // namespace lifeboat
