#pragma once

#include <QObject>
#include <QThread>
#include <memory>

namespace lifeboat {

class Operation;

// Runs one Operation on its own QThread so the GUI thread never blocks. The operation's
// signals arrive queued in the receiver's thread; the runner deletes itself after finished.
class OperationRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationRunner)

public:
    // Takes ownership of operation (which must have no parent).
    explicit OperationRunner(Operation *operation, QObject *parent = nullptr);
    ~OperationRunner() override;

    Operation *operation() const { return m_operation; }
    void start();
    void cancel();

signals:
    void finished();

private:
    Operation *m_operation;
    std::unique_ptr<QThread> m_thread;
};

} // namespace lifeboat
