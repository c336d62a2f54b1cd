#pragma once

#include "common/Result.h"
#include "config/Config.h"

#include <QCoreApplication>
#include <QString>

namespace lifeboat {

// The resident archive helper that keeps wal-push cheap under steady load. The first wal-push
// that has to store its own file starts it (detached, one per pg_wal); it then
//   - streams WAL from the server over a replication connection (archive_helper = "stream",
//     the default) and compresses, encrypts and hashes each segment while it fills, so that
//     when the server finishes a segment only its last bytes are left (WalStreamSegment), and
//   - watches pg_wal/archive_status and pushes every .ready file the stream did not cover.
// Each stored file gets a marker, and the server's own call for it is answered by
// lifeboat-cli's front, which waits for the helper's marker while the helper runs
// (WalPushMarker). The helper never reports a failure to the server: it stops, and the
// server's calls take the full path, which reports it.
// It stops when the server stops, when the config file or the program changes, after
// kIdleSeconds without a .ready file, and at its first failure.
class WalPushHelper
{
    Q_DECLARE_TR_FUNCTIONS(WalPushHelper)

public:
    struct Options
    {
        QString job;
        QString walDir;         // the server's pg_wal, absolute
        QString configFile;     // watched: a change stops the helper
        QString configArgument; // as the front sees it (WalPushMarker)
        int idleSeconds = kIdleSeconds;
    };
    // Runs in this process until one of the stop conditions; returns why it stopped.
    static Result<QString> run(const Config &config, const Options &options);
    // Starts `lifeboat-cli-full wal-push-helper` detached (own session, no inherited
    // descriptors but stderr, which is the server's log), unless one runs for `walDir`.
    static void startDetached(const QString &configArgument, const QString &job, const QString &walDir);
    static bool isRunning(const QString &walDir);

    static constexpr int kIdleSeconds = 600;
};

} // namespace lifeboat
