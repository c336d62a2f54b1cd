#pragma once

#include "OperationContext.h"
#include "Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <atomic>

namespace lifeboat {

// A long action (backup, restore, verify...). run() is synchronous and thread-agnostic: the
// GUI runs it on a worker thread via OperationRunner, the CLI on its main thread; both listen to
// the same signals. Subclasses implement execute() and keep their typed result themselves.
class Operation : public QObject, public OperationContext
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Operation)

public:
    explicit Operation(QObject *parent = nullptr);

    Status run();
    // Safe from any thread and from a signal handler (only sets an atomic flag).
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const override { return m_cancelled.load(); }
    const Status &status() const { return m_status; }

    void reportProgress(qint64 done, qint64 total) override;
    void reportItems(qint64 done, qint64 total) override;
    void reportStep(const QString &step) override;
    void reportLog(const QString &line) override;

signals:
    void progressChanged(qint64 done, qint64 total);
    void itemsChanged(qint64 done, qint64 total);
    void stepStarted(const QString &step);
    void logLine(const QString &line);
    void finished();

protected:
    virtual Status execute() = 0;

private:
    std::atomic_bool m_cancelled{false};
    QElapsedTimer m_progressThrottle;
    Status m_status;
};

} // namespace lifeboat
