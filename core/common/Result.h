#pragma once

#include <QString>
#include <tl/expected.hpp>

namespace lifeboat {

// Short failure kinds; each maps to one CLI exit code (see exitCodeFor).
enum class ErrorCode
{
    Usage,
    InvalidConfig,
    NotFound,
    AlreadyExists,
    Corrupt,
    WrongPassphrase,
    MissingKey,
    DiskFull,
    ServerUnavailable,
    Busy,
    Cancelled,
    Failed,
    Internal,
};

// message: one translated line, cause then fix. detail: technical tail for logs.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;
};

template <typename T>
using Result = tl::expected<T, Error>;
using Status = tl::expected<void, Error>;

inline tl::unexpected<Error> fail(ErrorCode code, const QString &message, const QString &detail = {})
{
    return tl::unexpected<Error>(Error{code, message, detail});
}

inline tl::unexpected<Error> fail(const Error &error)
{
    return tl::unexpected<Error>(error);
}

// Exit codes fixed by CLI.md: 0 ok, 1 failed, 2 usage/config, 3 integrity, 4 busy, 130 cancelled.
int exitCodeFor(ErrorCode code);
const char *errorCodeName(ErrorCode code);

} // namespace lifeboat

// Propagates a failed Result/Status to the caller; keeps call sites flat.
#define LB_TRY(expr)                                                                                         \
    do {                                                                                                     \
        auto lbTryResult_ = (expr);                                                                          \
        if (!lbTryResult_)                                                                                   \
            return ::lifeboat::fail(lbTryResult_.error());                                                   \
    } while (false)
