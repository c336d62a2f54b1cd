#pragma once

#include "WalEvents.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace lifeboat {

class Catalog;

// Reads the WAL event index back for `timeline` and the GUI: commits and destructive events in
// a time range, in commit order, or commits per bucket (the density view).
class WalTimeline
{
    Q_DECLARE_TR_FUNCTIONS(WalTimeline)

public:
    struct Entry
    {
        bool isEvent = false;
        quint32 timeline = 0;
        WalCommit commit; // commits and aborts
        WalEvent event;   // destructive events
        qint64 timeUs() const { return isEvent ? event.timeUs : commit.timeUs; }
    };
    struct Bucket
    {
        qint64 startUs = 0;
        qint64 commits = 0;
        qint64 aborts = 0;
        qint64 events = 0;
    };
    // `toUs` 0: no end. `limit` caps the entries returned (newest dropped); `truncated` says so.
    static Result<QList<Entry>> entries(Catalog &catalog, const QString &job, qint64 fromUs, qint64 toUs, bool destructiveOnly, int limit,
                                        bool *truncated = nullptr);
    static Result<QList<Bucket>> summary(Catalog &catalog, const QString &job, qint64 fromUs, qint64 toUs, int bucketSeconds);
    // "DROP", "TRUNCATE", "DELETE of 10000 rows": what the event did, for people.
    static QString title(const WalEvent &event);
};

} // namespace lifeboat
