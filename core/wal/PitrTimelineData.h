#pragma once

#include "WalEvents.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVector>
#include <functional>

namespace lifeboat {

class Catalog;
class RecoveryWindow;
struct Config;

// What the point-in-time picker draws for one postgresql-cluster job, as plain values: the
// base backups, the archived WAL per timeline with its gaps dated, the destructive events of
// the WAL event index and the commit density. Density is kept as cumulative counts per fixed
// bin, so the number of commits under any pixel column is one subtraction: drawing 30 days of
// a busy server costs the same as drawing one hour.
struct PitrTimelineData
{
    Q_DECLARE_TR_FUNCTIONS(PitrTimelineData)

public:
    struct BaseBackup
    {
        QString id;
        qint64 startUs = 0;
        qint64 endUs = 0;     // the first consistent point: the earliest target it serves
        qint64 reachUs = 0;   // the last commit of the unbroken WAL after it
        quint32 timeline = 0;
    };
    struct Stretch // archived WAL of one timeline, or a hole in it
    {
        quint32 timeline = 0;
        qint64 fromUs = 0;
        qint64 toUs = 0;
        bool gap = false;
        QString firstMissing; // gaps: the missing segments
        QString lastMissing;
    };
    struct Event
    {
        qint64 id = 0;
        qint64 timeUs = 0;
        quint32 xid = 0;
        quint32 timeline = 0;
        QString title;    // "DROP", "DELETE of 10000 rows"
        QString relations;
    };

    qint64 earliestUs = 0; // the recovery window over every base backup and timeline
    qint64 latestUs = 0;
    QList<BaseBackup> backups;  // oldest first
    QList<Stretch> coverage;    // by timeline, then time
    QList<Event> events;        // by time
    qint64 originUs = 0;
    qint64 binUs = 60 * 1000000LL;
    QVector<quint64> cumulative; // cumulative[i]: commits before bin i (size bins + 1)

    bool isEmpty() const { return latestUs <= earliestUs; }
    // Commits in [fromUs, toUs), to bin precision.
    quint64 commitsBetween(qint64 fromUs, qint64 toUs) const;
    // The newest base backup whose end is at or before the target and whose WAL reaches it.
    const BaseBackup *backupFor(qint64 timeUs) const;
    // Builds the density from commit times (any order), spanning [fromUs, toUs]: either at once,
    // or streamed (startDensity, countCommit for each, finishDensity) without holding the times.
    void setDensity(qint64 fromUs, qint64 toUs, const QVector<qint64> &commitTimesUs, qint64 binWidthUs = 60 * 1000000LL);
    void startDensity(qint64 fromUs, qint64 toUs, qint64 binWidthUs = 60 * 1000000LL);
    void countCommit(qint64 timeUs);
    void finishDensity();

    // Assembles it from the recovery window and the job's WAL event index.
    static Result<PitrTimelineData> build(const RecoveryWindow &window, Catalog &catalog, const QString &job);
    // Commits (not aborts) in [fromUs, toUs] from the index, by time, for snapping; at most `limit`.
    static QVector<WalCommit> commitsIn(Catalog &catalog, const QString &job, qint64 fromUs, qint64 toUs, int limit = 200000);
};

} // namespace lifeboat
