#pragma once

#include <QString>

namespace lifeboat {

// The note a pushing-ahead wal-push leaves beside the server's WAL
// (pg_wal/lifeboat-pushed/SEGMENT) so that the server's own call for that segment is answered
// by lifeboat-cli's small front without starting the full program (app/launcher/main.cpp
// reads it). It names the exact file (inode, size, modification time), the job and config the
// call was made with, and the archived object, which must still exist. Losing a marker only
// costs the slow path; a stale one never matches, because the server never rewrites a segment
// under the same name.
namespace WalPushMarker {
// `configArgument`: --config as given, or $LIFEBOAT_CONFIG, or empty — what the front sees.
void write(const QString &walPath, const QString &job, const QString &configArgument, const QString &objectPath);
// Whether a marker for this very file, job and config is there and its object still exists.
bool matches(const QString &walPath, const QString &job, const QString &configArgument);
// Removes markers whose segment is gone from the folder (archived, then recycled by the server).
void prune(const QString &walDir);

// pg_wal/lifeboat-pushed/helper.lock: held (flock) by the resident helper (WalPushHelper) for
// as long as it runs, and holding its line "v1 PID JOB CONFIG" (job and config as in markers),
// so the front waits for the helper's marker instead of starting the full program.
QString helperLockPath(const QString &walDir);
QByteArray helperLine(const QString &job, const QString &configArgument);
} // namespace WalPushMarker

} // namespace lifeboat
