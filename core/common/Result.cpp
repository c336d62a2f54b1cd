#include "Result.h"

namespace lifeboat {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
    case ErrorCode::InvalidConfig:
        return 2;
    case ErrorCode::Corrupt:
        return 3;
    case ErrorCode::Busy:
        return 4;
    case ErrorCode::Cancelled:
        return 130;
    default:
        return 1;
    }
}

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage: return "usage";
    case ErrorCode::InvalidConfig: return "invalid-config";
    case ErrorCode::NotFound: return "not-found";
    case ErrorCode::AlreadyExists: return "already-exists";
    case ErrorCode::Corrupt: return "corrupt";
    case ErrorCode::WrongPassphrase: return "wrong-passphrase";
    case ErrorCode::MissingKey: return "missing-key";
    case ErrorCode::DiskFull: return "disk-full";
    case ErrorCode::ServerUnavailable: return "server-unavailable";
    case ErrorCode::Busy: return "busy";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::Failed: return "failed";
    case ErrorCode::Internal: return "internal";
    }
    return "internal";
}

} // namespace lifeboat
