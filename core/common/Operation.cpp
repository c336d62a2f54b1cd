#include "Operation.h"

#include "Redactor.h"

#include <exception>

namespace lifeboat {

Operation::Operation(QObject *parent)
    : QObject(parent)
{
}

Status Operation::run()
{
    // Library exceptions (toml++, std::bad_alloc...) stop here, once, and become an Error value.
    try {
        m_status = execute();
    } catch (const std::bad_alloc &) {
        m_status = fail(ErrorCode::Internal, tr("Out of memory."));
    } catch (const std::exception &e) {
        m_status = fail(ErrorCode::Internal, tr("Internal error: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    if (!m_status && m_status.error().code != ErrorCode::Cancelled && isCancelled())
        m_status = fail(ErrorCode::Cancelled, tr("Cancelled."));
    emit finished();
    return m_status;
}

void Operation::reportProgress(qint64 done, qint64 total)
{
    // At most ~10 updates a second: a terminal or progress bar gains nothing from more.
    const bool last = total > 0 && done >= total;
    if (!last && m_progressThrottle.isValid() && m_progressThrottle.elapsed() < 100)
        return;
    m_progressThrottle.start();
    emit progressChanged(done, total);
}

void Operation::reportItems(qint64 done, qint64 total)
{
    emit itemsChanged(done, total);
}

void Operation::reportStep(const QString &step)
{
    emit stepStarted(step);
}

void Operation::reportLog(const QString &line)
{
    emit logLine(Redactor::redact(line));
}

} // namespace lifeboat
