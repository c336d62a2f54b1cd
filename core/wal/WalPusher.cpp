#include "WalPusher.h"

#include "MappedWal.h"
#include "WalArchive.h"
#include "WalName.h"
#include "WalPushHelper.h"
#include "WalPushMarker.h"
#include "jobs/JobSupport.h"
#include "repository/Repository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace lifeboat {

namespace {

// The other files waiting in archive_status, oldest first, excluding `self`.
QStringList readyFiles(const QString &walDir, const QString &self)
{
    QStringList out;
    const QStringList ready = QDir(walDir + QStringLiteral("/archive_status")).entryList({QStringLiteral("*.ready")}, QDir::Files, QDir::Name);
    for (QString name : ready) {
        name.chop(6);
        if (name != self && WalName::parse(name).isValid())
            out.append(name);
        if (out.size() >= WalPusher::kAheadLimit)
            break;
    }
    return out;
}

} // namespace

Result<WalPushResult> WalPusher::push(const Config &config, const QString &jobName, const QString &path, const QString &configArgument)
{
    auto job = JobSupport::job(config, jobName);
    if (!job)
        return fail(job.error());
    if (job->kind != QLatin1String("postgresql-cluster"))
        return fail(ErrorCode::Usage, tr("job \"%1\" is of kind \"%2\": WAL is archived by postgresql-cluster jobs").arg(job->name, job->kind));
    const QFileInfo info(path);
    WalPushResult result;
    result.name = info.fileName();
    if (!WalName::parse(result.name).isValid())
        return fail(ErrorCode::Usage, tr("\"%1\" is not a WAL file (archive_command must pass %p)").arg(path));
    MappedWal data;
    LB_TRY(data.open(path));

    auto repo = JobSupport::repository(config, job->repository);
    if (!repo)
        return fail(repo.error());
    LB_TRY((*repo)->initialize());
    auto encode = JobSupport::encodeSettings(*job);
    if (!encode)
        return fail(encode.error());
    WalArchive archive(**repo, job->name);

    const bool helperRuns = WalPushHelper::isRunning(info.absolutePath());
    // Only for a server's pg_wal (a file pushed by hand from elsewhere has no archive_status).
    if (job->archiveHelper != QLatin1String("off") && !(*repo)->localObjectPath(job->name, QStringLiteral("wal")).isEmpty() && !helperRuns
        && QFileInfo(info.absolutePath() + QStringLiteral("/archive_status")).isDir())
        result.helperWalDir = info.absolutePath();
    // Own file first (with all workers), then the ones waiting behind it, one per thread —
    // unless the resident helper runs, which pushes those already.
    const QStringList ahead = helperRuns ? QStringList() : readyFiles(info.absolutePath(), result.name);
    const int threads = qBound(1, job->parallel, int(qMax<qsizetype>(1, ahead.size())));
    // One segment per core: splitting 16 MiB across zstd workers costs more in buffers than it
    // gains. The content hash names the file, so the chain need not compute it again.
    EncodeSettings single = *encode;
    single.workers = 0;
    single.hashContent = false;
    std::atomic<int> next{0};
    std::mutex doneMutex;
    std::atomic<bool> stop{false};
    auto pushAhead = [&] {
        for (int i = next++; i < ahead.size() && !stop; i = next++) {
            MappedWal file;
            const QString aheadPath = info.absolutePath() + QLatin1Char('/') + ahead.at(i);
            if (!file.open(aheadPath))
                continue; // the server may have archived and recycled it meanwhile
            QString key;
            auto pushed = archive.push(ahead.at(i), file.bytes(), single, &key);
            if (pushed)
                WalPushMarker::write(aheadPath, job->name, configArgument, (*repo)->localObjectPath(job->name, key));
            // Failures here are left for the server's own call for that file, which reports them.
            if (pushed && *pushed == WalArchive::PushOutcome::Stored) {
                std::lock_guard<std::mutex> lock(doneMutex);
                result.pushedAhead.append(ahead.at(i));
            }
        }
    };

    auto own = archive.push(result.name, data.bytes(), single);
    if (!own)
        return fail(own.error());
    result.alreadyStored = *own == WalArchive::PushOutcome::AlreadyStored;
    if (result.alreadyStored)
        return result; // a former call pushed it ahead: return at once
    std::vector<std::thread> workers;
    for (int t = 0; t < threads && !ahead.isEmpty(); ++t)
        workers.emplace_back(pushAhead);
    for (auto &w : workers)
        w.join();
    WalPushMarker::prune(info.absolutePath());
    result.pushedAhead.sort();
    return result;
}

} // namespace lifeboat
