#include "TocCounter.h"

#include "jobs/JobSupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryFile>

namespace lifeboat {

namespace {
constexpr qsizetype kHeadBytes = 4 << 20; // ~10,000 TOC items; a longer TOC is left uncounted
}

TocCounter::TocCounter(Sink *next, bool keepHead)
    : m_next(next)
    , m_keepHead(keepHead)
{
}

Status TocCounter::write(const char *data, size_t size)
{
    if (m_keepHead && m_head.size() < kHeadBytes)
        m_head.append(data, qMin<qsizetype>(qsizetype(size), kHeadBytes - m_head.size()));
    return m_next->write(data, size);
}

int TocCounter::count(const QString &pgRestore) const
{
    if (!m_keepHead || m_head.isEmpty())
        return 0;
    QTemporaryFile file(QDir(JobSupport::workDir()).filePath(QStringLiteral("lifeboat-toc-XXXXXX")));
    if (!file.open() || file.write(m_head) != m_head.size() || !file.flush())
        return 0;
    return countItems(pgRestore, file.fileName());
}

QList<QPair<int, QString>> TocCounter::listItems(const QString &pgRestore, const QString &archive, QString *error)
{
    QProcess p;
    p.start(pgRestore, {QStringLiteral("--list"), archive});
    p.waitForFinished(-1);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return {};
    }
    // "3345; 0 16390 TABLE DATA public tools owner": dump id; catalog oid, object oid, then
    // the description and the object's names.
    QList<QPair<int, QString>> items;
    for (const QString &text : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (text.isEmpty() || text.startsWith(QLatin1Char(';')))
            continue;
        items.append({text.section(QLatin1Char(';'), 0, 0).toInt(), text.section(QLatin1Char(' '), 3)});
    }
    return items;
}

int TocCounter::countItems(const QString &pgRestore, const QString &archive)
{
    return int(listItems(pgRestore, archive).size());
}

} // namespace lifeboat
