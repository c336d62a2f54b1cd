#pragma once

#include "WalArchive.h"
#include "WalScanner.h"
#include "repository/BackupMetadata.h"

#include <QCoreApplication>
#include <QMap>
#include <functional>
#include <memory>

namespace lifeboat {

// What a job's repository can recover to: for each base backup, the span from its end to the
// last commit in the unbroken run of archived WAL that follows it (across timeline switches,
// read from the .history files); per timeline, the union of those spans and the gaps in its
// archived WAL. Reading commit times needs the job's keys for encrypted WAL; without them the
// latest point is the archive time of the newest segment and marked approximate.
class RecoveryWindow
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryWindow)

public:
    struct Span
    {
        BackupMetadata backup;
        quint32 backupTimeline = 0;
        quint64 stopLsn = 0;
        QDateTime earliest; // the backup's end: the first consistent point
        QDateTime latest;   // last commit (or abort, restore point) in the unbroken WAL after it
        quint64 latestLsn = 0;
        quint32 latestTimeline = 0;
        bool exact = true;
        QString lastWal; // last archived file of the unbroken run
    };
    struct Gap
    {
        QString from; // first missing segment
        QString to;   // last missing segment
    };
    struct Timeline
    {
        quint32 timeline = 0;
        quint32 parent = 0;
        quint64 switchLsn = 0; // where it branched from its parent
        QString firstWal;
        QString lastWal;
        int segments = 0;
        QDateTime earliest;
        QDateTime latest;
        bool exact = true;
        QList<Gap> gaps;
    };

    // `decode` returns a file's plain content (Error MissingKey when it cannot).
    using Decoder = std::function<Result<QByteArray>(const ArchivedWal &)>;
    static Result<RecoveryWindow> compute(const QList<BackupMetadata> &baseBackups, const QList<ArchivedWal> &archive, const Decoder &decode);
    // The window of a postgresql-cluster job: its base backups and archived WAL, decoded with
    // the job's keys where it has them.
    static Result<RecoveryWindow> forJob(const struct Config &config, const QString &job);

    QList<Span> spans;         // one per usable base backup, oldest first
    QList<Timeline> timelines; // ascending
    QList<BackupMetadata> baseBackups; // the job's successful base backups, oldest first
    QString repositoryName;

    // Timelines of `timeline`'s history, oldest first: (timeline, first LSN on it).
    QList<QPair<quint32, quint64>> path(quint32 timeline) const;
    quint32 newestTimeline() const;
    // Commits and restore points in one archived segment (decoded once, then cached).
    Result<QList<WalScanner::Event>> eventsOf(const ArchivedWal &file) const;
    // The archived segment `segment` on the timeline `target`'s history puts it on, if stored.
    const ArchivedWal *segmentFile(quint32 target, quint64 segment) const;
    qint64 segmentSize() const { return m_segmentSize; }
    // The spans usable when recovering along `timeline` (recovery_target_timeline).
    QList<Span> spansFor(quint32 timeline) const;

private:
    QMap<quint32, QList<QPair<quint32, quint64>>> m_history; // timeline -> ancestors (tli, switch LSN)
    QMap<QString, ArchivedWal> m_files;                      // by WAL name
    Decoder m_decode;
    std::shared_ptr<void> m_keepAlive; // what m_decode reads from
    mutable QMap<QString, QList<WalScanner::Event>> m_eventCache;
    qint64 m_segmentSize = WalName::kDefaultSegmentSize;

    Status readHistories();
    quint32 timelineFor(quint32 target, quint64 segment) const;
    Status computeSpan(Span &span, quint32 target) const;
    QList<BackupMetadata> m_backups;
    QMap<quint32, QList<Span>> m_spans; // by target timeline
};

} // namespace lifeboat
