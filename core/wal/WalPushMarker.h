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
// Removes markers whose segment is gone from the folder (archived, then recycled by the server).
void prune(const QString &walDir);
} // namespace WalPushMarker

} // namespace lifeboat
