#pragma once

#include "WalArchive.h"
#include "WalName.h"
#include "common/Result.h"
#include "pipeline/FileSink.h"
#include "pipeline/StreamChain.h"

#include <QByteArray>
#include <QCoreApplication>
#include <memory>

struct evp_md_ctx_st;

namespace lifeboat {

class Repository;

// One WAL segment as the server streams it: compressed, encrypted and hashed while it fills, so
// that when it is complete only its last bytes are left to encode. Before it is stored it is
// compared byte for byte with the server's own file, so what is archived is exactly what
// archive_command would have pushed.
class WalStreamSegment
{
    Q_DECLARE_TR_FUNCTIONS(WalStreamSegment)

public:
    // The encoded bytes go to a partial file beside the segment's future key (a local repository).
    static Result<std::unique_ptr<WalStreamSegment>> begin(Repository &repository, const QString &job, const EncodeSettings &settings,
                                                           const QString &walDir, quint32 timeline, quint64 segmentNumber, quint64 segmentSize);
    ~WalStreamSegment();
    Q_DISABLE_COPY_MOVE(WalStreamSegment)

    const QString &name() const { return m_name; }
    quint64 startLsn() const { return m_startLsn; }
    quint64 nextLsn() const { return m_startLsn + m_received; }
    bool complete() const { return m_received == m_segmentSize; }
    // Bytes starting at nextLsn(), at most up to the segment's end.
    [[nodiscard]] Status append(const char *data, size_t size);
    // The rest of the segment from the server's file, once the server has marked it .ready
    // (so the file is complete): the walsender sends a segment's last bytes tens of
    // milliseconds after that, and the server's archive_command call would wait for them.
    [[nodiscard]] Status appendRestFromFile();
    // Finishes the encoding and stores it (WalArchive::adoptEncoded), once the server's file
    // under `walPath` is still the one compared.
    Result<WalArchive::PushOutcome> store(WalArchive &archive, const QString &walPath, QString *storedKey);

    // Leftovers of a killed helper in a timeline folder.
    static void removeAbandoned(const QString &folder);
    static constexpr const char *kPartialSuffix = ".lifeboat-stream.partial";

private:
    WalStreamSegment() = default;
    QString m_name;
    quint64 m_startLsn = 0;
    quint64 m_segmentSize = 0;
    EncodeSettings m_settings;
    quint64 m_received = 0;
    int m_walFd = -1; // the server's file of this segment
    QByteArray m_scratch;
    QString m_partialPath;
    FileSink m_file;
    std::unique_ptr<StreamChain> m_chain;
    evp_md_ctx_st *m_sha = nullptr;
};

} // namespace lifeboat
