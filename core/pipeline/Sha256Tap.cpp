#include "Sha256Tap.h"

#include <openssl/evp.h>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace lifeboat {

namespace {
// Below this a hand-off to the helper costs more than the hash itself (~40 µs per 64 KiB).
constexpr size_t kBesideMin = 64 << 10;
} // namespace

struct Sha256Tap::Helper
{
    std::mutex mutex;
    std::condition_variable wake;
    std::condition_variable done;
    const char *data = nullptr;
    size_t size = 0;
    bool busy = false;
    bool quit = false;
    std::thread thread;
};

Sha256Tap::Sha256Tap(Sink *next, Mode mode)
    : m_next(next)
    , m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
    if (mode == Mode::Beside && std::thread::hardware_concurrency() > 1) {
        m_helper = std::make_unique<Helper>();
        m_helper->thread = std::thread([this] {
            Helper &h = *m_helper;
            std::unique_lock<std::mutex> lock(h.mutex);
            for (;;) {
                h.wake.wait(lock, [&] { return h.busy || h.quit; });
                if (h.quit)
                    return;
                lock.unlock();
                EVP_DigestUpdate(m_ctx, h.data, h.size);
                lock.lock();
                h.busy = false;
                h.done.notify_one();
            }
        });
    }
}

Sha256Tap::~Sha256Tap()
{
    if (m_helper) {
        {
            std::lock_guard<std::mutex> lock(m_helper->mutex);
            m_helper->quit = true;
        }
        m_helper->wake.notify_one();
        m_helper->thread.join();
    }
    EVP_MD_CTX_free(m_ctx);
}

void Sha256Tap::hash(const char *data, size_t size)
{
    EVP_DigestUpdate(m_ctx, data, size);
}

Status Sha256Tap::hashWhile(const char *data, size_t size, const std::function<Status()> &forward)
{
    m_bytes += qint64(size);
    if (!m_helper || size < kBesideMin) {
        hash(data, size);
        return forward();
    }
    Helper &h = *m_helper;
    {
        std::lock_guard<std::mutex> lock(h.mutex);
        h.data = data;
        h.size = size;
        h.busy = true;
    }
    h.wake.notify_one();
    Status status = forward();
    // The caller may reuse `data` once write() returns: wait for the hash even after a failure.
    std::unique_lock<std::mutex> lock(h.mutex);
    h.done.wait(lock, [&] { return !h.busy; });
    return status;
}

Status Sha256Tap::write(const char *data, size_t size)
{
    if (!m_next) {
        m_bytes += qint64(size);
        hash(data, size);
        return {};
    }
    return hashWhile(data, size, [&] { return m_next->write(data, size); });
}

Status Sha256Tap::push(QByteArray chunk)
{
    if (!m_next)
        return write(chunk.constData(), size_t(chunk.size()));
    // `held` shares the bytes with the chunk handed on; both sides only read them.
    const QByteArray held = chunk;
    return hashWhile(held.constData(), size_t(held.size()), [&] { return m_next->push(std::move(chunk)); });
}

Status Sha256Tap::finish()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx, digest, &length);
    m_hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
    return m_next ? m_next->finish() : Status{};
}

} // namespace lifeboat
