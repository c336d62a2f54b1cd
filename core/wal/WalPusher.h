#pragma once

#include "common/Result.h"
#include "config/Config.h"

#include <QCoreApplication>
#include <QStringList>

namespace lifeboat {

struct WalPushResult
{
    QString name;
    bool alreadyStored = false;
    QStringList pushedAhead; // other .ready files stored by this call
    // Set when the job wants the resident helper (archive_helper) and could use it (a local
    // repository): the pg_wal folder to start it for (WalPushHelper::startDetached).
    QString helperWalDir;
};

// `wal-push JOB PATH` (archive_command = '... wal-push JOB %p'). A call whose file is already
// archived (same content) returns at once. A call that has to store its file also stores, in
// parallel, the other files the server has marked .ready in pg_wal/archive_status, so that the
// server's next calls find theirs stored: one process start and one key load cover several
// segments, which is what keeps up with heavy WAL traffic (pgBackRest's asynchronous push
// works the same way).
class WalPusher
{
    Q_DECLARE_TR_FUNCTIONS(WalPusher)

public:
    // `configArgument`: the --config value as given (or $LIFEBOAT_CONFIG), for the markers that
    // let lifeboat-cli's front answer later calls (WalPushMarker).
    static Result<WalPushResult> push(const Config &config, const QString &job, const QString &path, const QString &configArgument = {});
    // Files pushed ahead per call, at most: bounds the latency of the call that does the work.
    static constexpr int kAheadLimit = 16;
};

} // namespace lifeboat
