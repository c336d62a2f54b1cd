#include "OpenPgpKeyring.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstring>
#include <fcntl.h>
#include <rnp/rnp.h>
#include <rnp/rnp_err.h>
#include <unistd.h>

namespace lifeboat {

bool lifeboatRnpPassword(rnp_ffi_t, void *app, rnp_key_handle_t, const char *, char buf[], size_t len)
{
    auto *keyring = static_cast<OpenPgpKeyring *>(app);
    const QByteArray &pass = keyring->m_settings.passphrase;
    // Answer a few times only: librnp asks again after a wrong answer, and one passphrase
    // will not become right on the tenth try.
    if (pass.isEmpty() || size_t(pass.size()) + 1 > len || ++keyring->m_passwordRequests > 3)
        return false;
    std::memcpy(buf, pass.constData(), size_t(pass.size()));
    buf[pass.size()] = '\0';
    return true;
}

OpenPgpKeyring::OpenPgpKeyring(OpenPgpSettings settings)
    : m_settings(std::move(settings))
{
}

OpenPgpKeyring::~OpenPgpKeyring()
{
    if (m_ffi)
        rnp_ffi_destroy(m_ffi);
    if (m_logFd >= 0)
        ::close(m_logFd);
}

Result<QStringList> OpenPgpKeyring::importFile(const QString &path, bool secret)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::InvalidConfig,
                    tr("key file %1 does not exist (check %2 in the job)")
                        .arg(path, secret ? QStringLiteral("secret_keys") : QStringLiteral("recipients")));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Failed, tr("cannot read key file %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    rnp_input_t input = nullptr;
    rnp_input_from_memory(&input, reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()), false);
    char *results = nullptr;
    const uint32_t flags = RNP_LOAD_SAVE_PUBLIC_KEYS | (secret ? RNP_LOAD_SAVE_SECRET_KEYS : 0);
    const rnp_result_t rc = rnp_import_keys(m_ffi, input, flags, &results);
    rnp_input_destroy(input);
    if (rc != RNP_SUCCESS)
        return fail(ErrorCode::InvalidConfig,
                    tr("%1 is not an OpenPGP key file (export one with gpg --armor --export%2 KEYID)")
                        .arg(path, secret ? QStringLiteral("-secret-keys") : QString()),
                    QString::fromLatin1(rnp_result_to_string(rc)));
    QStringList fingerprints;
    const auto doc = QJsonDocument::fromJson(QByteArray(results));
    rnp_buffer_destroy(results);
    for (const auto &key : doc.object().value(QStringLiteral("keys")).toArray())
        fingerprints.append(key.toObject().value(QStringLiteral("fingerprint")).toString());
    return fingerprints;
}

Result<std::unique_ptr<OpenPgpKeyring>> OpenPgpKeyring::create(const OpenPgpSettings &settings, Purpose purpose)
{
    std::unique_ptr<OpenPgpKeyring> keyring(new OpenPgpKeyring(settings));
    if (rnp_ffi_create(&keyring->m_ffi, "GPG", "GPG") != RNP_SUCCESS)
        return fail(ErrorCode::Internal, tr("cannot initialise librnp (reinstall the librnp0 package)"));
    // librnp writes diagnostics to stderr; they would break --json consumers and leak paths.
    keyring->m_logFd = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (keyring->m_logFd >= 0)
        rnp_ffi_set_log_fd(keyring->m_ffi, keyring->m_logFd);
    rnp_ffi_set_pass_provider(keyring->m_ffi, &lifeboatRnpPassword, keyring.get());

    if (purpose == Purpose::Encrypt) {
        for (const QString &path : settings.recipientFiles) {
            auto imported = keyring->importFile(path, false);
            if (!imported)
                return fail(imported.error());
            bool usable = false;
            for (const QString &fpr : *imported) {
                rnp_key_handle_t key = nullptr;
                if (rnp_locate_key(keyring->m_ffi, "fingerprint", fpr.toLatin1().constData(), &key) != RNP_SUCCESS || !key)
                    continue;
                bool primary = false, canEncrypt = false;
                rnp_key_is_primary(key, &primary);
                rnp_key_allows_usage(key, "encrypt", &canEncrypt);
                bool subkeyEncrypts = false;
                size_t count = 0;
                rnp_key_get_subkey_count(key, &count);
                for (size_t i = 0; i < count; ++i) {
                    rnp_key_handle_t sub = nullptr;
                    if (rnp_key_get_subkey_at(key, i, &sub) == RNP_SUCCESS && sub) {
                        bool b = false;
                        rnp_key_allows_usage(sub, "encrypt", &b);
                        subkeyEncrypts = subkeyEncrypts || b;
                        rnp_key_handle_destroy(sub);
                    }
                }
                rnp_key_handle_destroy(key);
                if (primary && (canEncrypt || subkeyEncrypts)) {
                    keyring->m_recipients.append(fpr);
                    usable = true;
                }
            }
            if (!usable)
                return fail(ErrorCode::InvalidConfig,
                            tr("key file %1 holds no key that can encrypt (use a key with an encryption subkey)").arg(path));
        }
    } else {
        for (const QString &path : settings.secretKeyFiles) {
            auto imported = keyring->importFile(path, true);
            if (!imported)
                return fail(imported.error());
        }
    }
    return keyring;
}

} // namespace lifeboat
