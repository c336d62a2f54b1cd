#include "HistoryCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QMap>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <functional>

namespace lifeboat {

namespace {

QChartView *viewFor(QChart *chart, const QString &title, QWidget *parent)
{
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const bool dark = parent && parent->palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 240);
    return view;
}

// A unit that keeps the axis numbers readable: bytes shown as kB, MB or GB.
std::pair<double, QString> sizeUnit(qint64 largest)
{
    if (largest >= qint64(1) << 30)
        return {double(qint64(1) << 30), QStringLiteral("GiB")};
    if (largest >= qint64(1) << 20)
        return {double(qint64(1) << 20), QStringLiteral("MiB")};
    return {1024.0, QStringLiteral("KiB")};
}

QChartView *lineChart(const QList<CatalogEntry> &backups, const QString &title, const QString &unitTitle,
                      const std::function<double(const BackupMetadata &)> &value, QWidget *parent)
{
    // The newest points of each job only: a line of years of hourly backups says no more than its
    // last few hundred, and costs far more to paint.
    constexpr int kPointsPerJob = 400;
    QMap<QString, QList<const BackupMetadata *>> newest;
    for (const CatalogEntry &e : backups) // newest first
        if (e.meta.status == QLatin1String("ok") && newest[e.meta.job].size() < kPointsPerJob)
            newest[e.meta.job].append(&e.meta);
    QList<const BackupMetadata *> points;
    for (const auto &list : std::as_const(newest))
        points += list;
    std::sort(points.begin(), points.end(), [](const BackupMetadata *a, const BackupMetadata *b) { return a->startedAt < b->startedAt; });

    auto *chart = new QChart;
    QMap<QString, QLineSeries *> series;
    double top = 0;
    QDateTime first, last;
    for (const BackupMetadata *point : std::as_const(points)) { // oldest first
        const BackupMetadata &m = *point;
        QLineSeries *&s = series[m.job];
        if (!s) {
            s = new QLineSeries(chart);
            s->setName(m.job);
            s->setPointsVisible(true);
        }
        const double v = value(m);
        s->append(double(m.startedAt.toMSecsSinceEpoch()), v);
        top = qMax(top, v);
        if (!first.isValid() || m.startedAt < first)
            first = m.startedAt;
        if (!last.isValid() || m.startedAt > last)
            last = m.startedAt;
    }
    auto *x = new QDateTimeAxis(chart);
    const qint64 span = first.isValid() ? first.secsTo(last) : 0;
    x->setFormat(span < 3600 ? QStringLiteral("HH:mm:ss") : span < 2 * 86400 ? QStringLiteral("HH:mm") : QStringLiteral("MMM d"));
    x->setTickCount(5);
    if (first.isValid())
        x->setRange(first.addSecs(-60), last.addSecs(60));
    auto *y = new QValueAxis(chart);
    y->setTitleText(unitTitle);
    y->setRange(0, top > 0 ? top * 1.15 : 1);
    y->setLabelFormat(top < 0.1 ? QStringLiteral("%.3f") : top < 1 ? QStringLiteral("%.2f") : QStringLiteral("%.1f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : std::as_const(series)) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return viewFor(chart, title, parent);
}

} // namespace

QChartView *HistoryCharts::sizes(const QList<CatalogEntry> &backups, QWidget *parent)
{
    qint64 largest = 0;
    for (const CatalogEntry &e : backups)
        largest = qMax(largest, e.meta.sizeBytes);
    const auto [divisor, unit] = sizeUnit(largest);
    return lineChart(backups, tr("Stored size per backup"), unit, [divisor = divisor](const BackupMetadata &m) { return double(m.sizeBytes) / divisor; },
                     parent);
}

QChartView *HistoryCharts::durations(const QList<CatalogEntry> &backups, QWidget *parent)
{
    return lineChart(backups, tr("Backup duration"), tr("seconds"), [](const BackupMetadata &m) { return m.durationSeconds; }, parent);
}

QChartView *HistoryCharts::weeklySuccess(const QList<CatalogEntry> &backups, const QList<Catalog::Run> &runs, const QDateTime &now, QWidget *parent)
{
    // Outcomes per job and ISO week: every backup, plus scheduled runs that stored nothing.
    constexpr int kWeeks = 8;
    auto monday = [](const QDate &d) { return d.addDays(1 - d.dayOfWeek()); };
    const QDate thisWeek = monday(now.toLocalTime().date());
    auto weekIndex = [&](const QDateTime &t) { return kWeeks - 1 - int(monday(t.toLocalTime().date()).daysTo(thisWeek) / 7); };
    QMap<QString, QVector<int>> ok, all;
    auto count = [&](const QString &job, const QDateTime &t, bool success) {
        const int w = weekIndex(t);
        if (w < 0 || w >= kWeeks)
            return;
        if (!all.contains(job)) {
            all[job] = QVector<int>(kWeeks, 0);
            ok[job] = QVector<int>(kWeeks, 0);
        }
        ++all[job][w];
        if (success)
            ++ok[job][w];
    };
    for (const CatalogEntry &e : backups)
        count(e.meta.job, e.meta.startedAt, e.meta.status == QLatin1String("ok"));
    for (const Catalog::Run &r : runs)
        if (r.task == QLatin1String("backup") && r.backupId.isEmpty() && r.status != QLatin1String("skipped"))
            count(r.job, r.startedAt, false);

    auto *chart = new QChart;
    auto *series = new QBarSeries(chart);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        auto *set = new QBarSet(it.key(), series);
        for (int w = 0; w < kWeeks; ++w)
            *set << (it.value()[w] ? 100.0 * ok[it.key()][w] / it.value()[w] : 0.0);
        series->append(set);
    }
    chart->addSeries(series);
    QStringList weeks;
    for (int w = 0; w < kWeeks; ++w)
        weeks << tr("W%1").arg(now.toLocalTime().date().addDays(7 * (w - kWeeks + 1)).weekNumber());
    auto *x = new QBarCategoryAxis(chart);
    x->append(weeks);
    auto *y = new QValueAxis(chart);
    y->setRange(0, 100);
    y->setTitleText(tr("% successful"));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return viewFor(chart, tr("Weekly success rate"), parent);
}

QChartView *HistoryCharts::usage(const QList<JobHealth> &jobs, QWidget *parent)
{
    qint64 largest = 0;
    for (const JobHealth &h : jobs)
        largest = std::max({largest, h.storedBytes, h.forecastBytes});
    const auto [divisor, unit] = sizeUnit(largest);
    auto *chart = new QChart;
    auto *series = new QBarSeries(chart);
    auto *now = new QBarSet(tr("stored now"), series);
    auto *forecast = new QBarSet(tr("kept by retention at today's sizes"), series);
    QStringList names;
    for (const JobHealth &h : jobs) {
        names << h.job;
        *now << double(h.storedBytes) / divisor;
        *forecast << double(h.forecastBytes) / divisor;
    }
    series->append(now);
    series->append(forecast);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(names);
    auto *y = new QValueAxis(chart);
    y->setTitleText(unit);
    y->setRange(0, largest > 0 ? double(largest) / divisor * 1.15 : 1);
    y->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return viewFor(chart, tr("Repository usage and forecast"), parent);
}

} // namespace lifeboat
