#include "OpenPgpKeyGenerator.h"

#include "common/FileOps.h"

#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <rnp/rnp.h>
#include <rnp/rnp_err.h>

namespace lifeboat {

namespace {

Result<QByteArray> exportKey(rnp_key_handle_t key, uint32_t which)
{
    rnp_output_t out = nullptr;
    if (rnp_output_to_memory(&out, 0) != RNP_SUCCESS)
        return fail(ErrorCode::Internal, OpenPgpKeyGenerator::tr("cannot export the new key"));
    QByteArray bytes;
    uint8_t *buf = nullptr;
    size_t len = 0;
    const bool ok = rnp_key_export(key, out, which | RNP_KEY_EXPORT_ARMORED | RNP_KEY_EXPORT_SUBKEYS) == RNP_SUCCESS
                    && rnp_output_memory_get_buf(out, &buf, &len, false) == RNP_SUCCESS;
    if (ok)
        bytes = QByteArray(reinterpret_cast<const char *>(buf), qsizetype(len));
    rnp_output_destroy(out);
    if (!ok)
        return fail(ErrorCode::Internal, OpenPgpKeyGenerator::tr("cannot export the new key"));
    return bytes;
}

} // namespace

Result<GeneratedKeyPair> OpenPgpKeyGenerator::generate(const QString &userId, const QString &basePath, const QByteArray &passphrase)
{
    GeneratedKeyPair pair;
    pair.publicFile = QFileInfo(basePath + QStringLiteral(".pub.asc")).absoluteFilePath();
    pair.secretFile = QFileInfo(basePath + QStringLiteral(".sec.asc")).absoluteFilePath();
    for (const QString &f : {pair.publicFile, pair.secretFile})
        if (QFileInfo::exists(f))
            return fail(ErrorCode::AlreadyExists, tr("%1 exists already; a key file is never overwritten (choose another --output)").arg(f));
    if (!QFileInfo(pair.publicFile).absoluteDir().exists())
        return fail(ErrorCode::NotFound, tr("folder %1 does not exist").arg(QFileInfo(pair.publicFile).absolutePath()));
    rnp_ffi_t ffi = nullptr;
    if (rnp_ffi_create(&ffi, "GPG", "GPG") != RNP_SUCCESS)
        return fail(ErrorCode::Internal, tr("librnp cannot start"));
    rnp_key_handle_t key = nullptr;
    const QByteArray uid = userId.toUtf8();
    const rnp_result_t made = rnp_generate_key_25519(ffi, uid.constData(), passphrase.isEmpty() ? nullptr : passphrase.constData(), &key);
    Result<GeneratedKeyPair> result = pair;
    if (made != RNP_SUCCESS) {
        result = fail(ErrorCode::Failed, tr("key generation failed: %1").arg(QString::fromUtf8(rnp_result_to_string(made))));
    } else {
        char *fpr = nullptr;
        if (rnp_key_get_fprint(key, &fpr) == RNP_SUCCESS) {
            result->fingerprint = QString::fromLatin1(fpr).toLower(); // as sidecars and verify write them
            rnp_buffer_destroy(fpr);
        }
        auto pub = exportKey(key, RNP_KEY_EXPORT_PUBLIC);
        auto sec = exportKey(key, RNP_KEY_EXPORT_SECRET);
        Status written = pub ? Status() : Status(fail(pub.error()));
        if (written)
            written = sec ? Status() : Status(fail(sec.error()));
        // The secret half first and private (0600); the public one is meant to be copied around.
        if (written)
            written = FileOps::writeAtomically(pair.secretFile, *sec);
        if (written) {
            written = FileOps::writeAtomically(pair.publicFile, *pub);
            if (written)
                QFile::setPermissions(pair.publicFile, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        }
        if (!written) {
            QFile::remove(pair.secretFile);
            result = fail(written.error());
        }
        rnp_key_handle_destroy(key);
    }
    rnp_ffi_destroy(ffi);
    return result;
}

} // namespace lifeboat
