#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <functional>

namespace lifeboat {

// The table of contents at the head of a pg_dump custom-format stream, or in a directory-format
// archive's toc.dat, read by Lifeboat itself so that a backup can follow the data blocks as
// they stream past (rows per table) without a second pass or a second scan of the tables.
// Only the archive versions pg_dump 10-16 write (1.12-1.15) are read; anything else is
// Unsupported and the caller counts another way.
struct DumpTocEntry
{
    int dumpId = 0;
    bool hasData = false; // pg_dump wrote a data block (or file) for it
    QString desc;         // "TABLE DATA", "BLOBS", "TABLE", ...
    QString schema;
    QString tag; // the object's name
    QString file; // directory format: the member holding the data ("3345.dat")
    int section = 0;  // pg_dump's: 1 none, 2 pre-data, 3 data, 4 post-data
    QString definition; // SQL (e.g. ENCODING's "SET client_encoding = 'UTF8';")
    QString copyStatement; // TABLE DATA: "COPY schema.table (columns) FROM stdin;"
};

struct DumpToc
{
    enum class Parse { Done, NeedMore, Unsupported };
    // A directory archive's toc.dat says 3 (tar), whose TOC it shares: file names, not offsets.
    enum Format { Custom = 1, Tar = 3, Directory = 5 };

    int intSize = 0;
    int offSize = 0;
    int format = 0;
    int compression = 0; // 0: the data blocks are the plain COPY text
    QList<DumpTocEntry> entries;
    qsizetype headBytes = 0; // header and TOC; a custom stream's data blocks start here

    // Parses the header and TOC at the start of `data`: NeedMore when they run past `size`.
    static Parse parse(const char *data, qsizetype size, DumpToc *toc);
};

// Reads one of the archive's integers (a sign byte, then intSize bytes) from a stream that
// arrives in pieces: its bytes are gathered until it is whole.
class DumpIntReader
{
public:
    // True (and *value set) once complete; false when the piece ended first (p == end).
    bool read(const DumpToc &toc, const char *&p, const char *end, qint64 *value);

private:
    unsigned char m_bytes[17] = {};
    int m_have = 0;
};

// Follows the data blocks after a custom stream's TOC, piece by piece: a block is a type byte
// and a dump id, then length-prefixed chunks up to a zero length (large objects: an oid before
// each object's chunks, a zero oid at the end). TABLE DATA chunks go to `rows`.
class DumpBlockReader
{
public:
    struct Events
    {
        std::function<Status(int dumpId)> tableStarts; // a TABLE DATA block
        std::function<Status(const char *data, size_t size)> rows;
        std::function<Status()> tableEnds;
    };
    enum class Where { BetweenBlocks, InBlock, Lost };

    // Lost (and stays lost) on an unknown block type or a negative length.
    Status feed(const DumpToc &toc, const char *data, size_t size, const Events &events);
    Where where() const;

private:
    enum class State { BlockType, BlockId, BlobOid, ChunkLength, ChunkData, Lost };
    State m_state = State::BlockType;
    int m_blockType = 0;
    qint64 m_chunkLeft = 0;
    DumpIntReader m_int;
};

} // namespace lifeboat
