// The point-in-time picker on 30 days of a busy server (PERFORMANCE.md: repaint <= 16 ms):
// 10,000 commits per hour (7.2 M), 30 daily base backups, 300 destructive events and two WAL
// gaps, generated. Times, ROUNDS times each: a full repaint at every zoom level from 30 days
// to 2 seconds, a pan step, a zoom step, and at fine zoom the commit read a click's snapping
// does on the GUI thread, from a real SQLite catalog holding those commits packed as the WAL
// index stores them. Prints medians and p95 and the ratio to the 16 ms frame.
// Not part of the default test run: tests/bench/timeline_repaint.sh runs it.
#include "catalog/Catalog.h"
#include "restore/PitrTimelineView.h"
#include "wal/CommitPacking.h"
#include "wal/RecoveryWindow.h"

#include "BenchStats.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace lifeboat;

namespace {
constexpr qint64 kS = 1000000;
constexpr qint64 kStart = 1767225600LL * kS;
constexpr qint64 kDays = 30;
constexpr qint64 kPerHour = 10000;
constexpr qint64 kSpacing = 3600 * kS / kPerHour; // 360 ms

using bench::median;
using bench::p95;

void line(const char *what, const QList<double> &ms)
{
    std::printf("%-34s median %7.2f ms  p95 %7.2f ms  = %.2fx the 16 ms frame\n", what, median(ms), p95(ms), median(ms) / 16.0);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 30;
    const qint64 end = kStart + kDays * 86400 * kS;
    const qint64 commits = (end - kStart) / kSpacing;

    QElapsedTimer timer;
    timer.start();
    PitrTimelineData data;
    data.earliestUs = kStart + 600 * kS;
    data.latestUs = end - kSpacing;
    data.startDensity(kStart, end);
    for (qint64 i = 0; i < commits; ++i)
        data.countCommit(kStart + i * kSpacing + (i * 7919) % (kSpacing / 2)); // uneven but deterministic
    data.finishDensity();
    for (int d = 0; d < kDays; ++d) {
        const qint64 at = kStart + d * 86400 * kS;
        data.backups.append({QStringLiteral("pg-base-%1").arg(d), at, at + 300 * kS, end, 1});
    }
    data.coverage = {{1, data.earliestUs, kStart + 10 * 86400 * kS, false, {}, {}},
                     {1, kStart + 10 * 86400 * kS, kStart + 10 * 86400 * kS + 1800 * kS, true, {}, {}},
                     {1, kStart + 10 * 86400 * kS + 1800 * kS, kStart + 20 * 86400 * kS, false, {}, {}},
                     {1, kStart + 20 * 86400 * kS, kStart + 20 * 86400 * kS + 600 * kS, true, {}, {}},
                     {1, kStart + 20 * 86400 * kS + 600 * kS, data.latestUs, false, {}, {}}};
    for (int e = 0; e < 300; ++e) {
        const qint64 at = kStart + (qint64(e) * 8640 + 1234) * kS;
        data.events.append({e + 1, at, quint32(e + 1000), 1, QStringLiteral("DROP"), QStringLiteral("app.public.t%1 (table)").arg(e)});
    }
    std::printf("generated %lld commits over %lld days in %.0f ms (density: %lld bins)\n", commits, kDays, double(timer.elapsed()), qint64(data.cumulative.size()));

    // A real catalog with every commit packed the way the WAL index stores them, one row per
    // hour: snapping reads a few seconds of it around a click, on the GUI thread; the picker's
    // load (off the GUI thread) reads all of it.
    QTemporaryDir dir;
    auto catalog = Catalog::open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("catalog.db")));
    if (!catalog)
        qFatal("%s", qPrintable(catalog.error().message));
    timer.restart();
    for (qint64 chunkStart = kStart; chunkStart < end; chunkStart += 3600 * kS) {
        QVector<WalCommit> batch;
        for (qint64 t = chunkStart; t < chunkStart + 3600 * kS; t += kSpacing)
            batch.append({t, quint32(t / kSpacing), quint64(t / 1000), false});
        Catalog::WalCommitChunk chunk{1, batch.first().lsn, batch.last().lsn, batch.first().timeUs, batch.last().timeUs, batch.size(), 0, CommitPacking::pack(batch)};
        Catalog::WalIndexState state;
        state.timeline = 1;
        QList<WalEvent> none;
        if (const Status s = (*catalog)->storeWalIndexBatch(QStringLiteral("pg"), state, chunk, none); !s)
            qFatal("%s", qPrintable(s.error().message));
    }
    std::printf("stored them in a SQLite catalog in %.1f s\n", timer.elapsed() / 1000.0);
    {
        QList<double> ms;
        for (int r = 0; r < 3; ++r) {
            QElapsedTimer t;
            t.start();
            auto built = PitrTimelineData::build(RecoveryWindow{}, **catalog, QStringLiteral("pg"));
            if (!built || built->commitsBetween(kStart, end + 60 * kS) != quint64(commits))
                qFatal("the load did not count every commit");
            ms.append(t.nsecsElapsed() / 1e6);
        }
        std::printf("%-34s median %7.0f ms (off the GUI thread; 3 rounds)\n", "load: density of every commit", median(ms));
    }

    PitrTimelineView view;
    view.resize(1280, view.sizeHint().height());
    view.setData(data);
    view.setCommitSource([&](qint64 from, qint64 to) { return PitrTimelineData::commitsIn(**catalog, QStringLiteral("pg"), from, to, 20000); });
    view.show();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    auto paint = [&] {
        QElapsedTimer t;
        t.start();
        QPainter p(&image);
        view.render(&p);
        return t.nsecsElapsed() / 1e6;
    };

    const qint64 mid = kStart + 15 * 86400 * kS + 43200 * kS;
    const std::pair<const char *, qint64> zooms[] = {{"repaint, 30 days in view", kDays * 86400 * kS}, {"repaint, 1 day in view", 86400 * kS},
                                                     {"repaint, 1 hour in view", 3600 * kS},        {"repaint, 10 minutes (each commit)", 600 * kS},
                                                     {"repaint, 10 seconds in view", 10 * kS}};
    QList<double> all;
    for (const auto &[what, span] : zooms) {
        view.setView(mid - span / 2, mid + span / 2);
        paint(); // warm caches (the 10-minute view reads its commits once here)
        QList<double> ms;
        for (int r = 0; r < rounds; ++r)
            ms.append(paint());
        line(what, ms);
        all += ms;
    }
    {
        view.setView(kStart, end);
        QList<double> ms;
        for (int r = 0; r < rounds; ++r) {
            QElapsedTimer t;
            t.start();
            view.setView(view.viewFromUs() + 3600 * kS, view.viewToUs() + 3600 * kS);
            QPainter p(&image);
            view.render(&p);
            ms.append(t.nsecsElapsed() / 1e6);
        }
        line("pan step + repaint, 30 days", ms);
        all += ms;
    }
    {
        QList<double> ms;
        view.setView(kStart, end);
        for (int r = 0; r < rounds; ++r) {
            QElapsedTimer t;
            t.start();
            view.zoom(r % 2 ? 1.25 : 0.8, mid);
            QPainter p(&image);
            view.render(&p);
            ms.append(t.nsecsElapsed() / 1e6);
        }
        line("zoom step + repaint, 30 days", ms);
        all += ms;
    }
    {
        view.setView(mid - 60 * kS, mid + 60 * kS);
        QList<double> ms;
        for (int r = 0; r < rounds; ++r) {
            QElapsedTimer t;
            t.start();
            view.pickTime(mid + r * 1234567, true);
            ms.append(t.nsecsElapsed() / 1e6);
        }
        line("click with snapping (catalog read)", ms);
        if (view.pick().kind != PitrTimelineView::Pick::Kind::Commit)
            qFatal("snapping found no commit");
    }
    std::printf("all repaints: median %.2f ms, p95 %.2f ms (target <= 16 ms)\n", median(all), p95(all));
    if (argc > 2) {
        view.setView(kStart, end);
        view.pickBeforeEvent(150);
        view.grab().save(QString::fromLocal8Bit(argv[2]));
    }
    return 0;
}
