#pragma once

#include "Repository.h"

namespace lifeboat {

// An exclusive flock on `path` (created 0600), held by the returned lock; the holder's pid is
// written into it so that a second run can say who is busy.
Result<std::unique_ptr<JobLock>> lockJobFile(const QString &path, const QString &job);

} // namespace lifeboat
