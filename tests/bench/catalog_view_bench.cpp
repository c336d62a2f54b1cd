// The catalog browser with 10,000 backups (PERFORMANCE.md: opens and sorts in < 200 ms): a real
// SQLite catalog is filled, then, ROUNDS times, timed: opening it and listing every backup,
// handing them to the catalog page and painting it, and sorting by each column. Prints medians.
// Not part of the default test run: tests/bench/gui_catalog.sh runs it.
#include "backups/CatalogModel.h"
#include "backups/CatalogPage.h"
#include "catalog/Catalog.h"

#include "BenchStats.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace lifeboat;

namespace {

using bench::median;

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int rounds = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5;
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("catalog.db"));
    {
        auto catalog = Catalog::open(url);
        if (!catalog)
            qFatal("%s", qPrintable(catalog.error().message));
        QList<std::pair<BackupMetadata, QString>> backups;
        const QDateTime start(QDate(2020, 1, 1), QTime(2, 0), Qt::UTC);
        for (int i = 0; i < rows; ++i) {
            BackupMetadata m;
            m.job = QStringLiteral("job%1").arg(i % 7);
            m.kind = QStringLiteral("sqlite");
            m.startedAt = start.addSecs(qint64(i) * 3600);
            m.finishedAt = m.startedAt.addSecs(40);
            m.id = QStringLiteral("%1-db-backup-%2").arg(m.job, m.startedAt.toString(QStringLiteral("yyyyMMdd-HHmmss")));
            m.artifact = m.id + QStringLiteral(".sqlite.zst");
            m.sizeBytes = 1000000 + (i * 7919) % 900000;
            m.durationSeconds = 10 + (i * 31) % 50;
            m.label = i % 10 == 0 ? QStringLiteral("label %1").arg(i) : QString();
            m.source = QJsonObject{{QStringLiteral("tables"), QJsonObject{{QStringLiteral("items"), i}}}};
            backups.append({m, QStringLiteral("main")});
        }
        auto filled = (*catalog)->replaceAll(backups);
        if (!filled)
            qFatal("%s", qPrintable(filled.error().message));
    }
    Config config;
    config.catalogUrl = url;
    QList<double> open, show, sort;
    for (int r = 0; r < rounds; ++r) {
        CatalogPage page;
        page.setConfig(config);
        page.resize(1200, 700);
        QElapsedTimer t;
        t.start();
        auto catalog = Catalog::open(url);
        auto entries = (*catalog)->listBackups();
        open.append(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        page.setEntries(*entries);
        page.show();
        QApplication::processEvents();
        show.append(double(t.nsecsElapsed()) / 1e6);
        auto *table = page.findChild<QTableView *>(QStringLiteral("catalogTable"));
        for (int column = 0; column < CatalogModel::ColumnCount; ++column) {
            t.restart();
            table->sortByColumn(column, column % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            QApplication::processEvents();
            sort.append(double(t.nsecsElapsed()) / 1e6);
        }
        if (int(entries->size()) != rows || table->model()->rowCount() != rows)
            qFatal("expected %d rows, the table shows %d", rows, table->model()->rowCount());
    }
    std::printf("Catalog browser with %d backups, %d rounds, medians (target: open + show < 200 ms, each sort < 200 ms)\n", rows, rounds);
    std::printf("  open the catalog and list every backup  %7.1f ms\n", median(open));
    std::printf("  hand them to the page and paint it      %7.1f ms\n", median(show));
    std::printf("  open + show                             %7.1f ms\n", median(open) + median(show));
    std::printf("  sort by one column (median of %d)       %7.1f ms, slowest %.1f ms\n", int(sort.size()), median(sort),
                *std::max_element(sort.begin(), sort.end()));
    return 0;
}
