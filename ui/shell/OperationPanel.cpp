#include "OperationPanel.h"

#include "common/Operation.h"
#include "common/OperationRunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lifeboat {

OperationPanel::OperationPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("operationPanel"));
    m_progress->setObjectName(QStringLiteral("operationProgress"));
    m_cancel->setObjectName(QStringLiteral("operationCancel"));
    m_message->setObjectName(QStringLiteral("operationMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout;
    row->addWidget(m_title, 1);
    row->addWidget(m_progress, 2);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_message->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &OperationPanel::cancel);
}

void OperationPanel::start(Operation *operation, const QString &title)
{
    m_title->setText(title);
    m_message->setVisible(false);
    m_progress->setRange(0, 0); // busy until the first progress report
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    m_runner = new OperationRunner(operation, this);
    connect(operation, &Operation::progressChanged, this, &OperationPanel::onProgress);
    connect(operation, &Operation::itemsChanged, this, &OperationPanel::onItems);
    connect(operation, &Operation::stepStarted, m_title, &QLabel::setText);
    connect(m_runner, &OperationRunner::finished, this, &OperationPanel::onFinished);
    m_runner->start();
}

void OperationPanel::cancel()
{
    if (!m_runner)
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_title->setText(tr("Cancelling…"));
}

void OperationPanel::onProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    // QProgressBar takes int: show per mille.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(1000.0 * double(done) / double(total)));
    m_progress->setFormat(tr("%1 of %2").arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
}

void OperationPanel::onItems(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, int(total));
    m_progress->setValue(int(qMin(done, total)));
    m_progress->setFormat(tr("%1 of %2 items").arg(done).arg(total));
}

void OperationPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

void OperationPanel::onFinished()
{
    OperationRunner *runner = std::exchange(m_runner, nullptr);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_title->clear();
    Operation *operation = runner->operation();
    const bool ok = bool(operation->status());
    emit finished(operation, ok);
    runner->deleteLater();
}

} // namespace lifeboat
