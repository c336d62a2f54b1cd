#pragma once

#include "DumpToc.h"
#include "pipeline/Sink.h"

#include <QHash>
#include <QMap>

namespace lifeboat {

// Counts the rows pg_dump writes for each table while the dump streams past: the data of an
// uncompressed archive is COPY text, one line per row (newlines inside values are escaped), so
// the counts are exact and in the dump's own snapshot, without scanning every table a second
// time with count(*). As a Sink it passes a custom-format stream on unchanged; for the
// directory format, feed each data file with addFile() and the toc.dat with setToc().
// Whatever it cannot follow (another archive version, compressed data, a damaged stream) it
// leaves out of rows(): callers count those tables another way.
class DumpRowCounter final : public Sink
{
public:
    explicit DumpRowCounter(Sink *next = nullptr);
    void setNext(Sink *next) { m_next = next; }
    Status write(const char *data, size_t size) override;
    Status finish() override;
    // The custom stream ended (the dump succeeded): rows() may be trusted from here on.
    void endOfStream();

    // Directory format: one data file, whole or in pieces (same name each time).
    void addFile(const QString &name, const char *data, size_t size);
    void setToc(const QByteArray &tocDat);

    // "schema.table" → rows, for every table whose data was followed to its end.
    QMap<QString, qint64> rows() const;

private:
    // One table's COPY text: its lines, and its last bytes, to leave out pg_dump's end marker
    // ("\\." and blank lines, which it writes after the rows).
    struct Lines
    {
        qint64 newlines = 0;
        qint64 bytes = 0;
        char tail[8] = {};
        void add(const char *data, size_t size);
        qint64 rows() const;
    };

    void follow(const char *data, size_t size);

    Sink *m_next;
    // Custom stream: the head is kept until its TOC parses, then the blocks are followed.
    enum class State { Head, Blocks, EndOfStream, Lost };
    State m_state = State::Head;
    QByteArray m_head;
    DumpToc m_toc;
    bool m_tocRead = false;
    Lines *m_lines = nullptr; // the current TABLE DATA block's counter, else null
    DumpBlockReader m_blocks;
    QHash<int, Lines> m_linesById;
    QHash<QString, Lines> m_linesByFile;
};

} // namespace lifeboat
