#include "WaldumpParser.h"

#include <QDataStream>
#include <QIODevice>
#include <algorithm>
#include <cstring>

namespace lifeboat {

namespace {

struct Span
{
    const char *p;
    const char *end;
    bool empty() const { return p >= end; }
    bool startsWith(const char *s) const
    {
        const size_t n = std::strlen(s);
        return size_t(end - p) >= n && std::memcmp(p, s, n) == 0;
    }
    const char *find(const char *s) const
    {
        const size_t n = std::strlen(s);
        if (size_t(end - p) < n)
            return nullptr;
        return static_cast<const char *>(memmem(p, size_t(end - p), s, n));
    }
};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Unsigned decimal at p (spaces before it skipped); advances p.
bool number(const char *&p, const char *end, quint64 *out)
{
    while (p < end && *p == ' ')
        ++p;
    if (p >= end || !isDigit(*p))
        return false;
    quint64 v = 0;
    while (p < end && isDigit(*p))
        v = v * 10 + quint64(*p++ - '0');
    *out = v;
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

bool lsn(const char *&p, const char *end, quint64 *out)
{
    quint64 hi = 0, lo = 0;
    int digits = 0;
    while (p < end && hexValue(*p) >= 0)
        hi = hi * 16 + quint64(hexValue(*p++)), ++digits;
    if (!digits || p >= end || *p != '/')
        return false;
    ++p;
    digits = 0;
    while (p < end && hexValue(*p) >= 0)
        lo = lo * 16 + quint64(hexValue(*p++)), ++digits;
    if (!digits)
        return false;
    *out = (hi << 32) | lo;
    return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

// "2026-12-01 21:00:25.134755 UTC" (pg_waldump under TZ=UTC) -> microseconds since the epoch.
bool timestamp(const char *&p, const char *end, qint64 *out)
{
    if (end - p < 19)
        return false;
    auto two = [](const char *q) { return (q[0] - '0') * 10 + (q[1] - '0'); };
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18})
        if (!isDigit(p[i]))
            return false;
    const int year = two(p) * 100 + two(p + 2);
    const int month = two(p + 5), day = two(p + 8), hour = two(p + 11), minute = two(p + 14), second = two(p + 17);
    p += 19;
    qint64 micros = 0;
    if (p < end && *p == '.') {
        ++p;
        int digits = 0;
        while (p < end && isDigit(*p) && digits < 6)
            micros = micros * 10 + (*p++ - '0'), ++digits;
        while (digits++ < 6)
            micros *= 10;
    }
    const qint64 secs = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600 + minute * 60 + second;
    *out = secs * 1000000 + micros;
    return true;
}

// The part of a commit description after "; NAME: " up to the next "; " (or the end).
Span section(const Span &desc, const char *name)
{
    const char *at = desc.find(name);
    if (!at)
        return {desc.end, desc.end};
    Span s{at + std::strlen(name), desc.end};
    if (const char *next = s.find("; "))
        s.end = next;
    return s;
}

// "base/5/16418 pg_tblspc/16400/PG_15_202209061/5/16419 global/1262" -> (database, node).
std::vector<std::pair<quint32, quint32>> relationPaths(Span s)
{
    std::vector<std::pair<quint32, quint32>> out;
    while (!s.empty()) {
        while (s.p < s.end && *s.p == ' ')
            ++s.p;
        const char *wordEnd = static_cast<const char *>(std::memchr(s.p, ' ', size_t(s.end - s.p)));
        if (!wordEnd)
            wordEnd = s.end;
        // The last two numbers of the path; "global/N" is database 0.
        const char *slash = nullptr;
        for (const char *q = wordEnd - 1; q >= s.p; --q)
            if (*q == '/') {
                slash = q;
                break;
            }
        if (slash) {
            quint64 node = 0, db = 0;
            const char *q = slash + 1;
            const bool haveNode = number(q, wordEnd, &node);
            const char *dbStart = slash - 1;
            while (dbStart >= s.p && isDigit(*dbStart))
                --dbStart;
            ++dbStart;
            const char *d = dbStart;
            const bool haveDb = dbStart < slash && number(d, slash, &db);
            if (haveNode)
                out.emplace_back(haveDb ? quint32(db) : 0u, quint32(node));
        }
        s.p = wordEnd;
    }
    return out;
}

} // namespace

void WaldumpParser::feed(const char *line, qsizetype length)
{
    ++m_lines;
    const Span all{line, line + length};
    if (!all.startsWith("rmgr: "))
        return;
    const char *tx = all.find(", tx:");
    if (!tx)
        return;
    const char *p = tx + 5;
    quint64 xid = 0;
    if (!number(p, all.end, &xid))
        return;
    const char *lsnAt = Span{p, all.end}.find("lsn: ");
    if (!lsnAt)
        return;
    p = lsnAt + 5;
    quint64 recordLsn = 0;
    if (!lsn(p, all.end, &recordLsn) || (m_skipThrough && recordLsn <= m_skipThrough))
        return;
    m_lastLsn = recordLsn;
    const char *descAt = Span{p, all.end}.find("desc: ");
    if (!descAt)
        return;
    const char *desc = descAt + 6;
    const char *rmgr = line + 6;
    if (std::memcmp(rmgr, "Heap ", 5) == 0)
        heapRecord(quint32(xid), desc, all.end);
    else if (std::memcmp(rmgr, "Transaction ", 12) == 0)
        xactRecord(quint32(xid), recordLsn, desc, all.end);
    else if (std::memcmp(rmgr, "Storage ", 8) == 0)
        storageRecord(quint32(xid), desc, all.end);
    else if (std::memcmp(rmgr, "Database ", 9) == 0)
        databaseRecord(quint32(xid), desc, all.end);
}

void WaldumpParser::databaseRecord(quint32 xid, const char *desc, const char *end)
{
    // "DROP dir 1663/16390" (tablespace/database, one per tablespace the database used)
    const Span d{desc, end};
    if (!d.startsWith("DROP dir ") || xid == 0)
        return;
    const char *p = desc + 9;
    quint64 spc = 0, db = 0;
    if (!number(p, end, &spc) || p >= end || *p++ != '/' || !number(p, end, &db))
        return;
    auto &dbs = m_open[xid].droppedDatabases;
    if (std::find(dbs.begin(), dbs.end(), quint32(db)) == dbs.end())
        dbs.push_back(quint32(db));
}

void WaldumpParser::heapRecord(quint32 xid, const char *desc, const char *end)
{
    const Span d{desc, end};
    const bool isDelete = d.startsWith("DELETE");
    const bool isUpdate = !isDelete && (d.startsWith("UPDATE") || d.startsWith("HOT_UPDATE"));
    if (isDelete || isUpdate) {
        const char *rel = d.find("blkref #0: rel ");
        if (!rel)
            return;
        const char *p = rel + 15;
        quint64 spc = 0, db = 0, node = 0;
        if (!number(p, end, &spc) || p >= end || *p++ != '/' || !number(p, end, &db) || p >= end || *p++ != '/' || !number(p, end, &node))
            return;
        if (node < kFirstNormalOid) {
            if (node == 1259 && isDelete) // pg_class: a relation is being dropped (servers before 15)
                m_open[xid].deletesPgClass = true;
            return;
        }
        Xact &x = m_open[xid];
        auto it = std::find_if(x.counts.begin(), x.counts.end(), [&](const RelCount &c) { return c.node == node && c.database == db; });
        if (it == x.counts.end()) {
            x.counts.push_back(RelCount{quint32(db), quint32(node), 0, 0});
            it = x.counts.end() - 1;
        }
        (isDelete ? it->deletes : it->updates) += 1;
        return;
    }
    if (d.startsWith("TRUNCATE")) { // logged with wal_level = logical: the relations' OIDs
        const char *ids = d.find("relids");
        if (!ids)
            return;
        const char *p = ids + 6;
        quint64 oid = 0;
        Xact &x = m_open[xid];
        while (number(p, end, &oid))
            x.truncatedOids.push_back(quint32(oid));
    }
}

void WaldumpParser::storageRecord(quint32 xid, const char *desc, const char *end)
{
    const Span d{desc, end};
    if (!d.startsWith("CREATE ") || xid == 0)
        return;
    for (const auto &[db, node] : relationPaths(Span{desc + 7, end}))
        m_open[xid].created.push_back((quint64(db) << 32) | node);
}

void WaldumpParser::xactRecord(quint32 xid, quint64 recordLsn, const char *desc, const char *end)
{
    Span d{desc, end};
    bool commit = false;
    if (d.startsWith("COMMIT_PREPARED ") || d.startsWith("ABORT_PREPARED ")) {
        commit = d.startsWith("COMMIT");
        // "COMMIT_PREPARED 1234: <time>": the prepared transaction's own xid.
        const char *p = desc + (commit ? 16 : 15);
        quint64 prepared = 0;
        if (!number(p, end, &prepared) || p >= end || *p != ':')
            return;
        xid = quint32(prepared);
        d.p = p + 1;
    } else if (d.startsWith("COMMIT ")) {
        commit = true;
        d.p += 7;
    } else if (d.startsWith("ABORT ")) {
        d.p += 6;
    } else {
        return;
    }
    while (d.p < d.end && *d.p == ' ')
        ++d.p;
    qint64 timeUs = 0;
    const char *p = d.p;
    if (!timestamp(p, end, &timeUs))
        return;
    finish(xid, recordLsn, timeUs, p, end, commit);
}

void WaldumpParser::merge(Xact &into, Xact &&from)
{
    for (const RelCount &c : from.counts) {
        auto it = std::find_if(into.counts.begin(), into.counts.end(), [&](const RelCount &o) { return o.node == c.node && o.database == c.database; });
        if (it == into.counts.end())
            into.counts.push_back(c);
        else
            it->deletes += c.deletes, it->updates += c.updates;
    }
    into.created.insert(into.created.end(), from.created.begin(), from.created.end());
    into.truncatedOids.insert(into.truncatedOids.end(), from.truncatedOids.begin(), from.truncatedOids.end());
    into.droppedDatabases.insert(into.droppedDatabases.end(), from.droppedDatabases.begin(), from.droppedDatabases.end());
    into.deletesPgClass = into.deletesPgClass || from.deletesPgClass;
}

void WaldumpParser::finish(quint32 xid, quint64 recordLsn, qint64 timeUs, const char *rest, const char *end, bool commit)
{
    m_commits.append(WalCommit{timeUs, xid, recordLsn, !commit});
    const Span desc{rest, end};
    Xact x;
    if (auto it = m_open.find(xid); it != m_open.end()) {
        x = std::move(it->second);
        m_open.erase(it);
    }
    {
        Span subs = section(desc, "; subxacts: ");
        const char *p = subs.p;
        quint64 sub = 0;
        while (number(p, subs.end, &sub)) {
            if (auto it = m_open.find(quint32(sub)); it != m_open.end()) {
                merge(x, std::move(it->second));
                m_open.erase(it);
            }
        }
    }
    if (!commit)
        return;

    const auto rels = relationPaths(section(desc, "; rels: "));
    std::vector<WalRelationRef> droppedOids;
    bool transient = false;
    {
        Span stats = section(desc, "; dropped stats: ");
        const char *p = stats.p;
        while (p < stats.end) {
            quint64 kind = 0, db = 0, oid = 0;
            if (!number(p, stats.end, &kind) || p >= stats.end || *p++ != '/' || !number(p, stats.end, &db) || p >= stats.end || *p++ != '/'
                || !number(p, stats.end, &oid))
                break;
            if (kind != 2 || oid < kFirstNormalOid) // 2: relation statistics
                continue;
            const quint64 key = (db << 32) | oid;
            if (std::find(x.created.begin(), x.created.end(), key) != x.created.end())
                transient = true; // created and dropped here: the transient heap of a rewrite
            else
                droppedOids.push_back(WalRelationRef{quint32(db), quint32(oid), true});
        }
    }
    auto event = [&](WalEvent::Kind kind) {
        WalEvent e;
        e.kind = kind;
        e.timeUs = timeUs;
        e.xid = xid;
        e.lsn = recordLsn;
        return e;
    };
    std::vector<WalRelationRef> droppedNodes;
    for (const auto &[db, node] : rels) {
        // Storage made and dropped by this same transaction (CREATE then DROP, a rewrite's
        // transient heap) held nothing that existed before it.
        const bool ownStorage = std::find(x.created.begin(), x.created.end(), (quint64(db) << 32) | node) != x.created.end();
        if (node >= kFirstNormalOid && !ownStorage)
            droppedNodes.push_back(WalRelationRef{db, node, false});
    }
    if (!x.droppedDatabases.empty()) {
        WalEvent e = event(WalEvent::Kind::Drop);
        for (quint32 db : x.droppedDatabases)
            e.relations.append(WalRelationRef{db, 0, true});
        m_events.append(e);
    }
    // Temporary tables drop no logged storage: only a commit that drops storage is a DROP.
    if (!droppedNodes.empty() && !droppedOids.empty()) {
        WalEvent e = event(WalEvent::Kind::Drop);
        e.relations = QList<WalRelationRef>(droppedOids.begin(), droppedOids.end());
        m_events.append(e);
    } else if (!droppedNodes.empty() && x.deletesPgClass && desc.find("; dropped stats: ") == nullptr && !transient) {
        WalEvent e = event(WalEvent::Kind::Drop); // servers before 15 log no dropped statistics
        e.relations = QList<WalRelationRef>(droppedNodes.begin(), droppedNodes.end());
        m_events.append(e);
    } else if (!x.truncatedOids.empty() || !droppedNodes.empty()) {
        WalEvent e = event(transient ? WalEvent::Kind::Rewrite : WalEvent::Kind::Truncate);
        if (!x.truncatedOids.empty()) {
            const quint32 db = rels.empty() ? 0 : rels.front().first;
            for (quint32 oid : x.truncatedOids)
                e.relations.append(WalRelationRef{db, oid, true});
        } else {
            e.relations = QList<WalRelationRef>(droppedNodes.begin(), droppedNodes.end());
        }
        m_events.append(e);
    }
    for (const RelCount &c : x.counts) {
        for (const auto &[count, kind] : {std::pair{c.deletes, WalEvent::Kind::Delete}, std::pair{c.updates, WalEvent::Kind::Update}}) {
            if (count < m_burstRows)
                continue;
            WalEvent e = event(kind);
            e.rows = count;
            e.relations.append(WalRelationRef{c.database, c.node, false});
            m_events.append(e);
        }
    }
}

QVector<WalCommit> WaldumpParser::takeCommits() { return std::exchange(m_commits, {}); }

QVector<WalEvent> WaldumpParser::takeEvents() { return std::exchange(m_events, {}); }

QByteArray WaldumpParser::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_0);
    s << quint32(1) << quint32(m_open.size());
    for (const auto &[xid, x] : m_open) {
        s << xid << quint32(x.counts.size());
        for (const RelCount &c : x.counts)
            s << c.database << c.node << c.deletes << c.updates;
        s << quint32(x.created.size());
        for (quint64 c : x.created)
            s << c;
        s << quint32(x.truncatedOids.size());
        for (quint32 o : x.truncatedOids)
            s << o;
        s << quint32(x.droppedDatabases.size());
        for (quint32 d : x.droppedDatabases)
            s << d;
        s << x.deletesPgClass;
    }
    return out;
}

bool WaldumpParser::restoreState(const QByteArray &state)
{
    m_open.clear();
    if (state.isEmpty())
        return true;
    QDataStream s(state);
    s.setVersion(QDataStream::Qt_6_0);
    quint32 version = 0, count = 0;
    s >> version >> count;
    if (version != 1)
        return false;
    for (quint32 i = 0; i < count && s.status() == QDataStream::Ok; ++i) {
        quint32 xid = 0, n = 0;
        Xact x;
        s >> xid >> n;
        for (quint32 j = 0; j < n && s.status() == QDataStream::Ok; ++j) {
            RelCount c;
            s >> c.database >> c.node >> c.deletes >> c.updates;
            x.counts.push_back(c);
        }
        s >> n;
        for (quint32 j = 0; j < n && s.status() == QDataStream::Ok; ++j) {
            quint64 c = 0;
            s >> c;
            x.created.push_back(c);
        }
        s >> n;
        for (quint32 j = 0; j < n && s.status() == QDataStream::Ok; ++j) {
            quint32 o = 0;
            s >> o;
            x.truncatedOids.push_back(o);
        }
        s >> n;
        for (quint32 j = 0; j < n && s.status() == QDataStream::Ok; ++j) {
            quint32 d = 0;
            s >> d;
            x.droppedDatabases.push_back(d);
        }
        s >> x.deletesPgClass;
        m_open.emplace(xid, std::move(x));
    }
    if (s.status() != QDataStream::Ok) {
        m_open.clear();
        return false;
    }
    return true;
}

} // namespace lifeboat
