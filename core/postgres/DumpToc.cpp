#include "DumpToc.h"

#include <cstring>
#include <limits>

namespace lifeboat {

namespace {

// Archive versions as pg_dump encodes them: (major * 256 + minor) * 256 + revision.
constexpr int version(int major, int minor) { return (major * 256 + minor) * 256; }
constexpr int kOldest = version(1, 12); // pg_dump 10
constexpr int kNewest = version(1, 15); // pg_dump 16

// Bounds-checked reader over the head; `short_` records running off the end.
class HeadReader
{
public:
    HeadReader(const char *data, qsizetype size)
        : m_data(reinterpret_cast<const unsigned char *>(data))
        , m_size(size)
    {
    }
    bool short_ = false;
    bool bad = false;
    int intSize = 4;

    int byte()
    {
        if (m_pos >= m_size) {
            short_ = true;
            return 0;
        }
        return m_data[m_pos++];
    }
    // pg_dump's integers: a sign byte, then intSize bytes, least significant first.
    qint64 integer()
    {
        const bool negative = byte() != 0;
        quint64 value = 0;
        for (int i = 0; i < intSize; ++i) {
            const quint64 b = quint64(byte());
            if (i < 8)
                value |= b << (8 * i);
        }
        if (value > quint64(std::numeric_limits<qint64>::max()))
            bad = true;
        return negative ? -qint64(value) : qint64(value);
    }
    // A length-prefixed string; a negative length is SQL NULL (*isNull).
    QString string(bool *isNull = nullptr)
    {
        const qint64 length = integer();
        if (isNull)
            *isNull = length < 0;
        if (length < 0 || short_)
            return {};
        if (length > m_size - m_pos) {
            short_ = true;
            return {};
        }
        const QString s = QString::fromUtf8(reinterpret_cast<const char *>(m_data + m_pos), qsizetype(length));
        m_pos += qsizetype(length);
        return s;
    }
    void skip(qsizetype n)
    {
        if (n > m_size - m_pos) {
            short_ = true;
            m_pos = m_size;
            return;
        }
        m_pos += n;
    }
    qsizetype position() const { return m_pos; }

private:
    const unsigned char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

} // namespace

DumpToc::Parse DumpToc::parse(const char *data, qsizetype size, DumpToc *toc)
{
    if (size < 11)
        return Parse::NeedMore;
    if (std::memcmp(data, "PGDMP", 5) != 0)
        return Parse::Unsupported;
    HeadReader r(data, size);
    r.skip(5);
    const int major = r.byte();
    const int minor = r.byte();
    const int archiveVersion = version(major, minor) + r.byte();
    if (archiveVersion < kOldest || archiveVersion > kNewest + 255)
        return Parse::Unsupported;
    r.intSize = r.byte();
    toc->intSize = r.intSize;
    toc->offSize = r.byte();
    toc->format = r.byte();
    if (r.intSize < 1 || r.intSize > 8 || toc->offSize < 1 || toc->offSize > 16 || (toc->format != Custom && toc->format != Tar && toc->format != Directory))
        return Parse::Unsupported;
    // 1.15 replaced the compression level with an algorithm byte (0 = none either way).
    toc->compression = archiveVersion >= version(1, 15) ? r.byte() : int(r.integer());
    for (int i = 0; i < 7; ++i) // creation date: sec, min, hour, mday, mon, year, isdst
        r.integer();
    r.string(); // database name
    r.string(); // server version
    r.string(); // pg_dump version
    const qint64 count = r.integer();
    if (r.short_)
        return Parse::NeedMore;
    if (count < 0 || count > 10'000'000 || r.bad)
        return Parse::Unsupported;
    toc->entries.clear();
    toc->entries.reserve(qsizetype(qMin<qint64>(count, 100'000)));
    for (qint64 i = 0; i < count; ++i) {
        DumpTocEntry e;
        e.dumpId = int(r.integer());
        e.hasData = r.integer() != 0;
        r.string(); // catalog table oid
        r.string(); // object oid
        e.tag = r.string();
        e.desc = r.string();
        e.section = int(r.integer());
        e.definition = r.string();
        r.string(); // drop statement
        e.copyStatement = r.string();
        e.schema = r.string();
        r.string(); // tablespace
        if (archiveVersion >= version(1, 14))
            r.string(); // table access method
        r.string(); // owner
        r.string(); // "with oids", always false since PostgreSQL 12
        for (;;) { // dependencies, a NULL-terminated list of dump ids as text
            bool end = false;
            r.string(&end);
            if (end || r.short_)
                break;
        }
        if (toc->format == Custom)
            r.skip(1 + toc->offSize); // the data block's offset: unknown when streamed
        else
            e.file = r.string();
        if (r.short_)
            return Parse::NeedMore;
        if (r.bad || e.dumpId <= 0)
            return Parse::Unsupported;
        toc->entries.append(std::move(e));
    }
    toc->headBytes = r.position();
    return Parse::Done;
}

bool DumpIntReader::read(const DumpToc &toc, const char *&p, const char *end, qint64 *value)
{
    const int need = 1 + toc.intSize;
    while (m_have < need && p < end)
        m_bytes[m_have++] = static_cast<unsigned char>(*p++);
    if (m_have < need)
        return false;
    quint64 v = 0;
    for (int i = 0; i < toc.intSize && i < 8; ++i)
        v |= quint64(m_bytes[1 + i]) << (8 * i);
    *value = m_bytes[0] ? -qint64(v) : qint64(v);
    m_have = 0;
    return true;
}

namespace {
constexpr int kBlockData = 1;  // pg_dump's BLK_DATA: one TOC entry's COPY data
constexpr int kBlockBlobs = 3; // BLK_BLOBS: large objects, each as oid + chunks
} // namespace

DumpBlockReader::Where DumpBlockReader::where() const
{
    if (m_state == State::Lost)
        return Where::Lost;
    return m_state == State::BlockType ? Where::BetweenBlocks : Where::InBlock;
}

Status DumpBlockReader::feed(const DumpToc &toc, const char *data, size_t size, const Events &events)
{
    const char *p = data;
    const char *end = data + size;
    while (p < end) {
        qint64 value = 0;
        switch (m_state) {
        case State::BlockType:
            m_blockType = static_cast<unsigned char>(*p++);
            m_state = (m_blockType == kBlockData || m_blockType == kBlockBlobs) ? State::BlockId : State::Lost;
            break;
        case State::BlockId:
            if (!m_int.read(toc, p, end, &value))
                return {};
            if (m_blockType == kBlockData) {
                LB_TRY(events.tableStarts(int(value)));
                m_state = State::ChunkLength;
            } else {
                m_state = State::BlobOid;
            }
            break;
        case State::BlobOid:
            if (!m_int.read(toc, p, end, &value))
                return {};
            m_state = value == 0 ? State::BlockType : State::ChunkLength;
            break;
        case State::ChunkLength:
            if (!m_int.read(toc, p, end, &value))
                return {};
            if (value < 0) {
                m_state = State::Lost;
            } else if (value == 0 && m_blockType == kBlockBlobs) {
                m_state = State::BlobOid;
            } else if (value == 0) {
                m_state = State::BlockType;
                LB_TRY(events.tableEnds());
            } else {
                m_chunkLeft = value;
                m_state = State::ChunkData;
            }
            break;
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_chunkLeft, end - p);
            if (m_blockType == kBlockData)
                LB_TRY(events.rows(p, size_t(take)));
            p += take;
            m_chunkLeft -= take;
            if (m_chunkLeft == 0)
                m_state = State::ChunkLength;
            break;
        }
        case State::Lost:
            return {};
        }
    }
    return {};
}

} // namespace lifeboat
