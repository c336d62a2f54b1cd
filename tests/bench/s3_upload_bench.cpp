// Upload throughput to an S3-compatible server: Lifeboat's S3 repository (streaming multipart,
// SigV4 with payload hashes) against `aws s3 cp` of the same file, alternating, ROUNDS times.
// Prints medians and the ratio. Usage: s3_upload_bench ENDPOINT FILE [ROUNDS]
// (tests/bench/s3_upload.sh starts s3rver and makes the file.)
#include "repository/Repository.h"
#include "pipeline/StreamChain.h"

#include "BenchStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <algorithm>
#include <cstdio>

using namespace lifeboat;

namespace {
using bench::median;
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        qFatal("usage: s3_upload_bench ENDPOINT FILE [ROUNDS]");
    const QString endpoint = QString::fromLocal8Bit(argv[1]);
    const QString file = QString::fromLocal8Bit(argv[2]);
    const int rounds = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 3;
    const double mb = QFileInfo(file).size() / 1e6;
    RepositoryConfig c;
    c.name = QStringLiteral("bench");
    c.type = QStringLiteral("s3");
    c.endpoint = endpoint;
    c.bucket = QStringLiteral("backups");
    c.prefix = QStringLiteral("bench/");
    auto repo = Repository::open(c);
    if (!repo)
        qFatal("%s", qPrintable(repo.error().message));
    QList<double> lifeboat, aws;
    for (int r = 0; r < rounds; ++r) {
        for (int which = 0; which < 2; ++which) {
            const bool ours = (which == 0) == (r % 2 == 0); // alternate who goes first
            QElapsedTimer t;
            t.start();
            if (ours) {
                auto upload = (*repo)->createArtifact(QStringLiteral("job"), QStringLiteral("round-%1.bin").arg(r));
                if (!upload)
                    qFatal("%s", qPrintable(upload.error().message));
                const Status pumped = pumpFile(file, (*upload)->sink(), nullptr);
                const Status committed = pumped ? (*upload)->commit() : pumped;
                if (!committed)
                    qFatal("%s", qPrintable(committed.error().message));
                lifeboat.append(t.nsecsElapsed() / 1e9);
            } else {
                QProcess p;
                p.start(QStringLiteral("/usr/bin/aws"), {QStringLiteral("--endpoint-url"), endpoint, QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("--quiet"),
                                                          file, QStringLiteral("s3://backups/bench/aws-%1.bin").arg(r)});
                if (!p.waitForFinished(600000) || p.exitCode() != 0)
                    qFatal("aws s3 cp failed: %s", p.readAllStandardError().constData());
                aws.append(t.nsecsElapsed() / 1e9);
            }
        }
    }
    std::printf("%.0f MB, %d rounds, medians:\n", mb, rounds);
    std::printf("  Lifeboat S3 upload  %6.2f s  %6.1f MB/s\n", median(lifeboat), mb / median(lifeboat));
    std::printf("  aws s3 cp           %6.2f s  %6.1f MB/s\n", median(aws), mb / median(aws));
    std::printf("  ratio (Lifeboat throughput / aws): %.2fx (goal >= 1.0)\n", median(aws) / median(lifeboat));
    return 0;
}
