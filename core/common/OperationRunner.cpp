#include "OperationRunner.h"

#include "Operation.h"

namespace lifeboat {

OperationRunner::OperationRunner(Operation *operation, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_thread(std::make_unique<QThread>())
{
    m_operation->moveToThread(m_thread.get());
    // Back to the runner's thread when done, so the owner can read and delete it safely.
    connect(m_thread.get(), &QThread::started, m_operation, [op = m_operation, home = thread()] {
        op->run();
        op->moveToThread(home);
    });
    connect(m_operation, &Operation::finished, m_thread.get(), &QThread::quit);
    connect(m_thread.get(), &QThread::finished, this, &OperationRunner::finished);
}

OperationRunner::~OperationRunner()
{
    m_operation->cancel();
    m_thread->quit();
    m_thread->wait();
    delete m_operation;
}

void OperationRunner::start()
{
    m_thread->start();
}

void OperationRunner::cancel()
{
    m_operation->cancel();
}

} // namespace lifeboat
