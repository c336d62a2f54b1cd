#pragma once

#include "ChunkGatherer.h"
#include "OpenPgpKeyring.h"
#include "Sink.h"

#include <QByteArray>
#include <QCoreApplication>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

struct rnp_input_st;
struct rnp_output_st;

namespace lifeboat {

class SeipdDecoder;

// OpenPGP encryption or decryption in process (librnp). librnp pulls its input, so the
// operation runs on its own thread fed through a bounded queue; its output is pushed to
// `next` from that thread. This also puts encryption on a core of its own, next to zstd.
//
// Decryption only accepts integrity-protected messages (MDC or AEAD): unprotected or plain
// OpenPGP data is refused as Corrupt. What Lifeboat writes with a Curve25519 key is decrypted
// in process instead, on the caller's thread (OpenPgpSessionKey.h says when and why). Plaintext reaches `next` before the integrity check at
// the end, so callers must write to a .partial file and keep it only if finish() succeeds.
class OpenPgpStage final : public Sink
{
    Q_DECLARE_TR_FUNCTIONS(OpenPgpStage)

public:
    enum class Mode { Encrypt, Decrypt };

    OpenPgpStage(Sink *next, std::unique_ptr<OpenPgpKeyring> keyring, Mode mode);
    ~OpenPgpStage() override;
    Q_DISABLE_COPY_MOVE(OpenPgpStage)

    Status write(const char *data, size_t size) override;
    Status finish() override;

    // Decryption only, after the first write: the SEIPD packet is decrypted in process
    // (SeipdDecoder) rather than by librnp.
    bool decryptsInProcess() const { return m_route == Route::InProcess; }

private:
    enum class Route { Undecided, Librnp, InProcess };

    void startThread();
    Status decide(bool final);
    Status enqueue(const char *data, size_t size);
    void threadMain();
    Status runEncrypt(rnp_input_st *in, rnp_output_st *out);
    Status runDecrypt(rnp_input_st *in, rnp_output_st *out);
    Error decryptError(uint32_t rc) const;
    static bool readCallback(void *ctx, void *buf, size_t len, size_t *read);
    static bool writeCallback(void *ctx, const void *buf, size_t len);
    bool forward(Status status);

    Sink *m_next;
    std::unique_ptr<OpenPgpKeyring> m_keyring;
    Mode m_mode;
    Route m_route = Route::Undecided;
    QByteArray m_head; // the message's first bytes while the route is undecided
    std::unique_ptr<SeipdDecoder> m_seipd;

    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<QByteArray> m_queue; // bounded: at most kQueueChunks
    QByteArray m_current;
    size_t m_currentPos = 0;
    bool m_eof = false;
    bool m_abort = false;
    bool m_done = false;
    Status m_threadResult;
    std::optional<Error> m_downstreamError; // touched by the worker thread only until join
    ChunkGatherer m_gathered; // decrypted output (worker thread only)
    std::thread m_thread;
};

} // namespace lifeboat
