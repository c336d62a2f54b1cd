#include "ProgressPrinter.h"

#include "CliContext.h"
#include "ErrorStream.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <unistd.h>

namespace lifeboat {

ProgressPrinter::ProgressPrinter(bool json, bool quiet, bool verbose)
    : m_json(json)
    , m_quiet(quiet)
    , m_verbose(verbose)
    , m_tty(::isatty(STDERR_FILENO) == 1)
{
    m_stepTimer.start();
}

void ProgressPrinter::write(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), errorStream());
}

void ProgressPrinter::endBar()
{
    if (m_barShown)
        write(QStringLiteral("\n"));
    m_barShown = false;
}

void ProgressPrinter::progress(qint64 done, qint64 total)
{
    if (m_quiet)
        return;
    if (m_json) {
        if (m_verbose) {
            QJsonObject o{{QStringLiteral("event"), QStringLiteral("progress")},
                          {QStringLiteral("done_bytes"), done},
                          {QStringLiteral("total_bytes"), total}};
            write(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
        }
        return;
    }
    if (!m_tty || total <= 0)
        return;
    const double seconds = qMax(0.001, m_stepTimer.elapsed() / 1000.0);
    bar(double(done) / double(total),
        QStringLiteral("%1 / %2 %3/s").arg(humanBytes(done), humanBytes(total), humanBytes(qint64(double(done) / seconds))));
}

void ProgressPrinter::items(qint64 done, qint64 total)
{
    if (m_quiet)
        return;
    if (m_json) {
        if (m_verbose) {
            QJsonObject o{{QStringLiteral("event"), QStringLiteral("progress")},
                          {QStringLiteral("done_items"), done},
                          {QStringLiteral("total_items"), total}};
            write(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
        }
        return;
    }
    if (!m_tty || total <= 0)
        return;
    bar(double(done) / double(total), QCoreApplication::translate("ProgressPrinter", "%1 / %2 items").arg(done).arg(total));
}

void ProgressPrinter::bar(double fraction, const QString &text)
{
    const int width = 30;
    fraction = qBound(0.0, fraction, 1.0);
    const int filled = int(fraction * width);
    write(QStringLiteral("\r[%1%2] %3% %4   ")
              .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char(' ')))
              .arg(int(fraction * 100), 3)
              .arg(text));
    m_barShown = true;
}

void ProgressPrinter::step(const QString &step)
{
    m_step = step;
    m_stepTimer.restart();
    if (m_quiet)
        return;
    endBar();
    if (m_json)
        write(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("step")},
                                                          {QStringLiteral("step"), step}})
                                    .toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    else
        write(step + QStringLiteral("...\n"));
}

void ProgressPrinter::log(const QString &line)
{
    if (m_quiet)
        return;
    endBar();
    if (m_json)
        write(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("log")},
                                                          {QStringLiteral("message"), line}})
                                    .toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    else
        write(QStringLiteral("note: %1\n").arg(line));
}

void ProgressPrinter::done()
{
    endBar();
}

} // namespace lifeboat
