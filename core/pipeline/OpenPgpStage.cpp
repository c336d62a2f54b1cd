#include "OpenPgpStage.h"

#include "OpenPgpSessionKey.h"
#include "SeipdDecoder.h"

#include <cstring>
#include <openssl/crypto.h>
#include <utility>
#include <rnp/rnp.h>
#include <rnp/rnp_err.h>

namespace lifeboat {

namespace {
constexpr size_t kQueueChunks = 8;
}

OpenPgpStage::OpenPgpStage(Sink *next, std::unique_ptr<OpenPgpKeyring> keyring, Mode mode)
    : m_next(next)
    , m_keyring(std::move(keyring))
    , m_mode(mode)
    , m_gathered(next)
{
    // Decryption waits for the message's first packets: SEIPD for a key Lifeboat can use in
    // process is decrypted on the caller's thread without librnp (see OpenPgpSessionKey.h).
    if (m_mode == Mode::Encrypt)
        startThread();
}

void OpenPgpStage::startThread()
{
    m_route = Route::Librnp;
    m_thread = std::thread([this] { threadMain(); });
}

Status OpenPgpStage::decide(bool final)
{
    DecryptionPlan plan = planDecryption(m_head, m_keyring->ffi(), final);
    switch (plan.verdict) {
    case DecryptionPlan::Verdict::NeedMore:
        return {};
    case DecryptionPlan::Verdict::InProcess: {
        m_seipd = std::make_unique<SeipdDecoder>(m_next, plan.algorithm, plan.sessionKey);
        OPENSSL_cleanse(plan.sessionKey.data(), size_t(plan.sessionKey.size()));
        m_route = Route::InProcess;
        const QByteArray head = std::exchange(m_head, QByteArray());
        return m_seipd->write(head.constData() + plan.seipdOffset, size_t(head.size() - plan.seipdOffset));
    }
    case DecryptionPlan::Verdict::Librnp:
        break;
    }
    startThread();
    const QByteArray head = std::exchange(m_head, QByteArray());
    return head.isEmpty() ? Status{} : enqueue(head.constData(), size_t(head.size()));
}

OpenPgpStage::~OpenPgpStage()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_abort = true;
        }
        m_cv.notify_all();
        m_thread.join();
    }
}

bool OpenPgpStage::readCallback(void *ctx, void *buf, size_t len, size_t *read)
{
    auto *self = static_cast<OpenPgpStage *>(ctx);
    std::unique_lock lock(self->m_mutex);
    while (self->m_currentPos >= size_t(self->m_current.size())) {
        if (!self->m_queue.empty()) {
            self->m_current = std::move(self->m_queue.front());
            self->m_queue.pop_front();
            self->m_currentPos = 0;
            self->m_cv.notify_all();
            continue;
        }
        if (self->m_abort)
            return false;
        if (self->m_eof) {
            *read = 0;
            return true;
        }
        self->m_cv.wait(lock);
    }
    const size_t n = std::min(len, size_t(self->m_current.size()) - self->m_currentPos);
    std::memcpy(buf, self->m_current.constData() + self->m_currentPos, n);
    self->m_currentPos += n;
    *read = n;
    return true;
}

bool OpenPgpStage::writeCallback(void *ctx, const void *buf, size_t len)
{
    auto *self = static_cast<OpenPgpStage *>(ctx);
    if (self->m_downstreamError)
        return false;
    if (self->m_mode == Mode::Encrypt)
        return self->forward(self->m_next->write(static_cast<const char *>(buf), len));
    // librnp hands over its output in pieces of a few KiB; gathered into whole chunks they reach
    // a next stage on another thread (StreamChain puts decompression there) at one hand-over each.
    return self->forward(self->m_gathered.append(static_cast<const char *>(buf), len));
}

bool OpenPgpStage::forward(Status status)
{
    if (!status) {
        m_downstreamError = status.error();
        return false;
    }
    return true;
}

void OpenPgpStage::threadMain()
{
    rnp_input_t in = nullptr;
    rnp_output_t out = nullptr;
    rnp_input_from_callback(&in, &OpenPgpStage::readCallback, nullptr, this);
    rnp_output_to_callback(&out, &OpenPgpStage::writeCallback, nullptr, this);
    Status result = m_mode == Mode::Encrypt ? runEncrypt(in, out) : runDecrypt(in, out);
    rnp_input_destroy(in);
    rnp_output_destroy(out); // flushes librnp's output cache through writeCallback
    if (result && !m_downstreamError && m_mode == Mode::Decrypt)
        forward(m_gathered.flush());
    if (m_downstreamError)
        result = fail(*m_downstreamError);
    {
        std::lock_guard lock(m_mutex);
        m_threadResult = result;
        m_done = true;
    }
    m_cv.notify_all();
}

Status OpenPgpStage::runEncrypt(rnp_input_t in, rnp_output_t out)
{
    rnp_op_encrypt_t op = nullptr;
    rnp_result_t rc = rnp_op_encrypt_create(&op, m_keyring->ffi(), in, out);
    for (const QString &fpr : m_keyring->recipientFingerprints()) {
        rnp_key_handle_t key = nullptr;
        if (rc == RNP_SUCCESS)
            rc = rnp_locate_key(m_keyring->ffi(), "fingerprint", fpr.toLatin1().constData(), &key);
        if (rc == RNP_SUCCESS)
            rc = rnp_op_encrypt_add_recipient(op, key);
        rnp_key_handle_destroy(key);
    }
    if (rc == RNP_SUCCESS && m_keyring->recipientFingerprints().isEmpty())
        rc = rnp_op_encrypt_add_password(op, m_keyring->passphrase().constData(), nullptr, 0, nullptr);
    if (rc == RNP_SUCCESS)
        rc = rnp_op_encrypt_set_cipher(op, "AES256");
    // Data is already compressed; gpg 2.2 cannot read AEAD, so keep SEIPD v1 (MDC) as well.
    if (rc == RNP_SUCCESS)
        rc = rnp_op_encrypt_set_compression(op, "Uncompressed", 0);
    if (rc == RNP_SUCCESS)
        rc = rnp_op_encrypt_set_armor(op, false);
    if (rc == RNP_SUCCESS)
        rc = rnp_op_encrypt_execute(op);
    rnp_op_encrypt_destroy(op);
    if (rc != RNP_SUCCESS)
        return fail(ErrorCode::Failed, tr("OpenPGP encryption failed: %1").arg(QString::fromLatin1(rnp_result_to_string(rc))));
    return {};
}

Error OpenPgpStage::decryptError(uint32_t rc) const
{
    const OpenPgpSettings &s = m_keyring->settings();
    switch (rc) {
    case RNP_ERROR_BAD_PASSWORD:
        return {ErrorCode::WrongPassphrase, tr("wrong passphrase: the backup cannot be decrypted with it (check passphrase_file)"), {}};
    case RNP_ERROR_NO_SUITABLE_KEY:
    case RNP_ERROR_KEY_NOT_FOUND:
    case RNP_ERROR_DECRYPT_FAILED:
        if (s.secretKeyFiles.isEmpty() && s.passphrase.isEmpty())
            return {ErrorCode::MissingKey,
                    tr("the backup is encrypted but no secret_keys or passphrase_file is configured (add the key that can decrypt it)"), {}};
        if (!s.passphrase.isEmpty() && s.secretKeyFiles.isEmpty())
            return {ErrorCode::WrongPassphrase, tr("wrong passphrase or not a password-encrypted backup (check passphrase_file)"), {}};
        return {ErrorCode::MissingKey,
                tr("none of the configured secret_keys can decrypt this backup (add the secret key of a recipient)"), {}};
    default:
        return {ErrorCode::Corrupt,
                tr("OpenPGP data is corrupt or truncated (%1)").arg(QString::fromLatin1(rnp_result_to_string(rc))), {}};
    }
}

Status OpenPgpStage::runDecrypt(rnp_input_t in, rnp_output_t out)
{
    rnp_op_verify_t op = nullptr;
    rnp_result_t rc = rnp_op_verify_create(&op, m_keyring->ffi(), in, out);
    if (rc == RNP_SUCCESS)
        rc = rnp_op_verify_execute(op);
    Status result;
    if (rc != RNP_SUCCESS) {
        result = fail(decryptError(rc));
    } else {
        char *mode = nullptr;
        bool valid = false;
        rnp_op_verify_get_protection_info(op, &mode, nullptr, &valid);
        const QString protection = QString::fromLatin1(mode ? mode : "none");
        rnp_buffer_destroy(mode);
        if (protection == QLatin1String("none"))
            result = fail(ErrorCode::Corrupt, tr("the OpenPGP data is not encrypted (refusing plain OpenPGP data)"));
        else if (!valid)
            result = fail(ErrorCode::Corrupt,
                          tr("the OpenPGP data has no valid integrity protection (mode %1; refusing it)").arg(protection));
    }
    rnp_op_verify_destroy(op);
    return result;
}

Status OpenPgpStage::write(const char *data, size_t size)
{
    switch (m_route) {
    case Route::Undecided:
        m_head.append(data, qsizetype(size));
        return decide(false);
    case Route::InProcess:
        return m_seipd->write(data, size);
    case Route::Librnp:
        break;
    }
    return enqueue(data, size);
}

Status OpenPgpStage::enqueue(const char *data, size_t size)
{
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [this] { return m_queue.size() < kQueueChunks || m_done; });
    if (m_done) {
        if (!m_threadResult)
            return m_threadResult;
        return fail(ErrorCode::Corrupt, tr("OpenPGP data continues after the end of the message"));
    }
    m_queue.emplace_back(data, qsizetype(size));
    lock.unlock();
    m_cv.notify_all();
    return {};
}

Status OpenPgpStage::finish()
{
    if (m_route == Route::Undecided)
        LB_TRY(decide(true));
    if (m_route == Route::InProcess) {
        LB_TRY(m_seipd->finish());
        return m_next->finish();
    }
    {
        std::lock_guard lock(m_mutex);
        m_eof = true;
    }
    m_cv.notify_all();
    m_thread.join();
    if (!m_threadResult)
        return m_threadResult;
    return m_next->finish();
}

} // namespace lifeboat
