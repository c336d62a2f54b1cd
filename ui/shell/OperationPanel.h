#pragma once

#include "common/Result.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace lifeboat {

class Operation;
class OperationRunner;

// Runs one operation at a time off the GUI thread and shows it: step, progress bar, Cancel,
// and the outcome as a readable line (never a raw code).
class OperationPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit OperationPanel(QWidget *parent = nullptr);

    bool isBusy() const { return m_runner != nullptr; }
    // Takes ownership of `operation` (no parent). Emits finished() when it is done.
    void start(Operation *operation, const QString &title);
    void cancel();
    void showMessage(const QString &text, bool error);

signals:
    // `operation` is valid only during the emission.
    void finished(lifeboat::Operation *operation, bool ok);

private:
    void onProgress(qint64 done, qint64 total);
    void onItems(qint64 done, qint64 total);
    void onFinished();

    QLabel *m_title;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_message;
    OperationRunner *m_runner = nullptr;
};

} // namespace lifeboat
