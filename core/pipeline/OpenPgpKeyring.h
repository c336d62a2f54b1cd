#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <memory>

struct rnp_ffi_st;
struct rnp_key_handle_st;

namespace lifeboat {

// What a job's OpenPGP keys are: recipients' public key files (the recommended mode: a host
// holding only those can write backups but never read them), secret key files for restores,
// and/or a passphrase (password mode).
struct OpenPgpSettings
{
    QStringList recipientFiles;
    QStringList secretKeyFiles;
    QByteArray passphrase;
};

// One librnp context with the job's keys loaded. librnp has no locking inside, so each
// keyring is used by one thread at a time (the OpenPGP stage's).
class OpenPgpKeyring
{
    Q_DECLARE_TR_FUNCTIONS(OpenPgpKeyring)

public:
    enum class Purpose { Encrypt, Decrypt };

    static Result<std::unique_ptr<OpenPgpKeyring>> create(const OpenPgpSettings &settings, Purpose purpose);
    ~OpenPgpKeyring();
    Q_DISABLE_COPY_MOVE(OpenPgpKeyring)

    rnp_ffi_st *ffi() const { return m_ffi; }
    const QStringList &recipientFingerprints() const { return m_recipients; }
    const QByteArray &passphrase() const { return m_settings.passphrase; }
    const OpenPgpSettings &settings() const { return m_settings; }

private:
    explicit OpenPgpKeyring(OpenPgpSettings settings);
    Result<QStringList> importFile(const QString &path, bool secret);

    OpenPgpSettings m_settings;
    rnp_ffi_st *m_ffi = nullptr;
    int m_logFd = -1;
    QStringList m_recipients;
    int m_passwordRequests = 0;

    friend bool lifeboatRnpPassword(rnp_ffi_st *, void *, rnp_key_handle_st *, const char *, char[], size_t);
};

} // namespace lifeboat
