#include "DumpRowCounter.h"

#include <cstring>

namespace lifeboat {

namespace {
constexpr qsizetype kMaxHead = 64 << 20; // a TOC longer than this is not followed
} // namespace

DumpRowCounter::DumpRowCounter(Sink *next)
    : m_next(next)
{
}

void DumpRowCounter::Lines::add(const char *data, size_t size)
{
    if (size == 0)
        return;
    const char *end = data + size;
    for (const char *p = data; p < end; ++p) {
        p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!p)
            break;
        ++newlines;
    }
    const size_t keep = sizeof tail;
    if (size >= keep) {
        std::memcpy(tail, end - keep, keep);
    } else {
        std::memmove(tail, tail + size, keep - size);
        std::memcpy(tail + keep - size, data, size);
    }
    bytes += qint64(size);
}

qint64 DumpRowCounter::Lines::rows() const
{
    // COPY text escapes newlines and backslashes inside values, so every line is a row, except
    // the end marker: a line holding just "\." and the blank lines after it.
    const qint64 kept = qMin<qint64>(bytes, qint64(sizeof tail));
    const char *begin = tail + sizeof tail - kept;
    const char *p = tail + sizeof tail;
    qint64 blank = 0;
    while (p > begin && p[-1] == '\n') {
        --p;
        ++blank;
    }
    if (blank == 0 || p - begin < 2 || p[-1] != '.' || p[-2] != '\\')
        return newlines;
    const bool lineStart = p - 2 == begin ? bytes == kept : p[-3] == '\n';
    return lineStart ? newlines - blank : newlines;
}

Status DumpRowCounter::write(const char *data, size_t size)
{
    follow(data, size);
    return m_next ? m_next->write(data, size) : Status{};
}

void DumpRowCounter::endOfStream()
{
    // Ending anywhere but between blocks means the stream was cut short: trust nothing.
    m_state = m_state == State::Blocks && m_blocks.where() == DumpBlockReader::Where::BetweenBlocks ? State::EndOfStream : State::Lost;
}

Status DumpRowCounter::finish()
{
    endOfStream();
    return m_next ? m_next->finish() : Status{};
}

void DumpRowCounter::follow(const char *data, size_t size)
{
    const char *p = data;
    const char *end = data + size;
    if (m_state == State::Head) {
        m_head.append(data, qsizetype(size));
        const auto parsed = DumpToc::parse(m_head.constData(), m_head.size(), &m_toc);
        if (parsed == DumpToc::Parse::NeedMore && m_head.size() < kMaxHead)
            return;
        if (parsed != DumpToc::Parse::Done || m_toc.format != DumpToc::Custom || m_toc.compression != 0) {
            m_state = State::Lost;
            m_head = {};
            return;
        }
        m_tocRead = true;
        // Go on with the part of this piece after the TOC.
        const qsizetype consumedBefore = m_head.size() - qsizetype(size);
        p = data + (m_toc.headBytes - consumedBefore);
        m_head = {};
        m_state = State::Blocks;
    }
    if (m_state != State::Blocks)
        return;
    const DumpBlockReader::Events events{
        [this](int dumpId) {
            m_lines = &m_linesById[dumpId];
            *m_lines = Lines();
            return Status{};
        },
        [this](const char *rows, size_t n) {
            m_lines->add(rows, n);
            return Status{};
        },
        [] { return Status{}; },
    };
    (void)m_blocks.feed(m_toc, p, size_t(end - p), events);
}

void DumpRowCounter::addFile(const QString &name, const char *data, size_t size)
{
    m_linesByFile[name].add(data, size);
}

void DumpRowCounter::setToc(const QByteArray &tocDat)
{
    DumpToc toc;
    if (DumpToc::parse(tocDat.constData(), tocDat.size(), &toc) == DumpToc::Parse::Done && toc.format != DumpToc::Custom
        && toc.compression == 0) {
        m_toc = toc;
        m_tocRead = true;
    }
}

QMap<QString, qint64> DumpRowCounter::rows() const
{
    QMap<QString, qint64> rows;
    if (!m_tocRead)
        return rows;
    const bool stream = m_toc.format == DumpToc::Custom;
    if (stream && m_state != State::EndOfStream)
        return rows;
    for (const DumpTocEntry &e : m_toc.entries) {
        if (e.desc != QLatin1String("TABLE DATA") || !e.hasData)
            continue;
        const QString table = e.schema + QLatin1Char('.') + e.tag;
        if (stream) {
            auto it = m_linesById.constFind(e.dumpId);
            if (it != m_linesById.cend())
                rows.insert(table, it.value().rows());
        } else {
            auto it = m_linesByFile.constFind(e.file);
            if (it != m_linesByFile.cend())
                rows.insert(table, it.value().rows());
        }
    }
    return rows;
}

} // namespace lifeboat
