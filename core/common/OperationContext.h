#pragma once

#include <QtGlobal>

namespace lifeboat {

// What a long-running core routine needs from whoever drives it: a cancel flag to poll between
// chunks and a place to report bytes done. Lets pipeline and engine code stay free of QObject.
class OperationContext
{
public:
    virtual ~OperationContext() = default;
    virtual bool isCancelled() const = 0;
    virtual void reportProgress(qint64 done, qint64 total) = 0;
    // Progress counted in items rather than bytes (a restore's table-of-contents entries).
    virtual void reportItems(qint64 done, qint64 total) = 0;
    virtual void reportStep(const QString &step) = 0;
    virtual void reportLog(const QString &line) = 0;
};

} // namespace lifeboat
