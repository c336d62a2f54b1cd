#include "PgCopyLoader.h"

#include "PgConnection.h"
#include "common/OperationContext.h"
#include "jobs/JobSupport.h"

#include <QDir>
#include <QTemporaryFile>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace lifeboat {

namespace {
constexpr qsizetype kMaxHead = 64 << 20;
constexpr qsizetype kBatch = 512 << 10; // rows handed to one connection at a time
constexpr size_t kQueued = 4;           // batches waiting per connection (bounds memory)

// What pg_restore sets before it loads rows (its fixed output state), so values are read the
// same way: no timeouts, no row security, no function body checks.
const char *const kSessionSetup[] = {
    "SET statement_timeout = 0",
    "SET lock_timeout = 0",
    "SET idle_in_transaction_session_timeout = 0",
    "SET check_function_bodies = false",
    "SET xmloption = content",
    "SET client_min_messages = warning",
    "SET row_security = off",
};
} // namespace

// One connection and the thread that feeds it. Batches arrive in order per connection; a
// table's COPY starts with its first batch here and ends when the table ends.
struct PgCopyLoader::Worker
{
    enum class Kind { Rows, EndTable, Stop };
    struct Message
    {
        Kind kind;
        int table;
        QByteArray rows;
    };

    std::unique_ptr<PgConnection> connection;
    const DumpToc *toc = nullptr;
    std::thread thread;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Message> queue;
    Status error; // the first failure; later messages are dropped
    bool failed = false;
    QHash<int, qint64> rows; // per table: what the server's COPY commands reported

    Status endCopy(int table)
    {
        auto n = connection->endCopy();
        if (!n)
            return fail(n.error());
        rows[table] += *n;
        return {};
    }

    Status push(Message m)
    {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [this] { return queue.size() < kQueued || failed; });
        if (failed)
            return error;
        queue.push_back(std::move(m));
        changed.notify_all();
        return {};
    }

    void run()
    {
        int current = -1;
        for (;;) {
            Message m;
            {
                std::unique_lock<std::mutex> lock(mutex);
                changed.wait(lock, [this] { return !queue.empty(); });
                m = std::move(queue.front());
                queue.pop_front();
                changed.notify_all();
            }
            if (m.kind == Kind::Stop && (current < 0 || failed))
                return;
            if (failed)
                continue;
            Status status;
            if (m.kind == Kind::Stop || (m.kind == Kind::EndTable && current == m.table)) {
                status = endCopy(current);
                current = -1;
            } else if (m.kind == Kind::Rows) {
                if (current != m.table) {
                    if (current >= 0)
                        status = endCopy(current);
                    current = m.table;
                    if (status)
                        status = connection->copyIn(toc->entries.at(m.table).copyStatement);
                }
                if (status)
                    status = connection->putCopyData(m.rows.constData(), size_t(m.rows.size()));
            }
            if (!status) {
                std::lock_guard<std::mutex> lock(mutex);
                error = status;
                failed = true;
                changed.notify_all();
            }
            if (m.kind == Kind::Stop)
                return;
        }
    }
};

PgCopyLoader::PgCopyLoader(QString conninfo, QByteArray password, int connections, BeforeRows beforeRows,
                           std::function<void()> tableLoaded, OperationContext *context)
    : m_conninfo(std::move(conninfo))
    , m_password(std::move(password))
    , m_connections(qMax(1, connections))
    , m_beforeRows(std::move(beforeRows))
    , m_tableLoaded(std::move(tableLoaded))
    , m_context(context)
{
}

PgCopyLoader::~PgCopyLoader()
{
    (void)stopWorkers();
}

QString PgCopyLoader::headFile() const
{
    return m_headFile ? m_headFile->fileName() : QString();
}

Status PgCopyLoader::write(const char *data, size_t size)
{
    if (m_context && m_context->isCancelled())
        return fail(ErrorCode::Cancelled, tr("Cancelled."));
    if (m_started)
        return follow(data, size);
    m_head.append(data, qsizetype(size));
    const auto parsed = DumpToc::parse(m_head.constData(), m_head.size(), &m_toc);
    if (parsed == DumpToc::Parse::NeedMore && m_head.size() < kMaxHead)
        return {};
    if (parsed == DumpToc::Parse::Done)
        LB_TRY(start());
    else
        m_declined = true;
    if (m_declined)
        return fail(ErrorCode::Failed, tr("the archive's rows cannot be loaded over several connections"));
    const QByteArray rest = m_head.mid(m_toc.headBytes);
    m_head = {};
    return follow(rest.constData(), size_t(rest.size()));
}

Status PgCopyLoader::start()
{
    // Declined before anything is written, so the caller can still restore the usual way.
    bool followable = m_toc.format == DumpToc::Custom && m_toc.compression == 0;
    for (int i = 0; i < m_toc.entries.size() && followable; ++i) {
        const DumpTocEntry &e = m_toc.entries.at(i);
        if (e.hasData && e.desc != QLatin1String("TABLE DATA"))
            followable = false; // large objects: pg_restore's
        else if (e.hasData && !e.copyStatement.startsWith(QLatin1String("COPY ")))
            followable = false; // rows as INSERT statements
        m_entryOfDumpId.insert(e.dumpId, i);
    }
    if (!followable) {
        m_declined = true;
        return {};
    }
    m_started = true;
    m_headFile = std::make_unique<QTemporaryFile>(QDir(JobSupport::workDir()).filePath(QStringLiteral("lifeboat-toc-XXXXXX")));
    if (!m_headFile->open() || m_headFile->write(m_head.constData(), m_toc.headBytes) != m_toc.headBytes || !m_headFile->flush())
        return fail(ErrorCode::Failed, tr("cannot write the archive's table of contents into %1 (set LIFEBOAT_TMPDIR to a folder with space)")
                                           .arg(JobSupport::workDir()));
    LB_TRY(m_beforeRows(m_toc, m_headFile->fileName()));

    QStringList setup;
    for (const DumpTocEntry &e : std::as_const(m_toc.entries))
        if (e.desc == QLatin1String("ENCODING") || e.desc == QLatin1String("STDSTRINGS") || e.desc == QLatin1String("SEARCHPATH"))
            setup.append(e.definition.trimmed());
    for (const char *s : kSessionSetup)
        setup.append(QLatin1String(s));
    for (int i = 0; i < m_connections; ++i) {
        auto connection = PgConnection::open(m_conninfo, m_password);
        if (!connection)
            return fail(connection.error());
        for (const QString &statement : std::as_const(setup)) {
            QString sql = statement;
            if (sql.endsWith(QLatin1Char(';')))
                sql.chop(1);
            auto done = (*connection)->query(sql);
            if (!done)
                return fail(done.error());
        }
        auto worker = std::make_unique<Worker>();
        worker->connection = std::move(*connection);
        worker->toc = &m_toc;
        Worker *w = worker.get();
        worker->thread = std::thread([w] { w->run(); });
        m_workers.push_back(std::move(worker));
    }
    return {};
}

Status PgCopyLoader::send(int table, const char *data, size_t size)
{
    if (size == 0)
        return {};
    // The connection with the least waiting (a backend busy with a slow batch does not hold
    // up the others); round-robin among equals.
    size_t best = m_nextWorker;
    size_t bestQueued = kQueued + 1;
    for (size_t i = 0; i < m_workers.size(); ++i) {
        const size_t candidate = (m_nextWorker + i) % m_workers.size();
        std::lock_guard<std::mutex> lock(m_workers[candidate]->mutex);
        if (m_workers[candidate]->queue.size() < bestQueued) {
            best = candidate;
            bestQueued = m_workers[candidate]->queue.size();
        }
    }
    m_nextWorker = (best + 1) % m_workers.size();
    return m_workers[best]->push({Worker::Kind::Rows, table, QByteArray(data, qsizetype(size))});
}

Status PgCopyLoader::endTable()
{
    // pg_dump ends a table's rows with a line "\." and blank lines: not rows, not sent.
    qsizetype end = m_pending.size();
    while (end > 0 && m_pending.at(end - 1) == '\n')
        --end;
    if (end < m_pending.size() && end >= 2 && m_pending.at(end - 1) == '.' && m_pending.at(end - 2) == '\\'
        && (end == 2 || m_pending.at(end - 3) == '\n'))
        m_pending.truncate(end - 2);
    LB_TRY(send(m_table, m_pending.constData(), size_t(m_pending.size())));
    m_pending.clear();
    for (auto &w : m_workers)
        LB_TRY(w->push({Worker::Kind::EndTable, m_table, {}}));
    if (m_tableLoaded)
        m_tableLoaded();
    m_table = -1;
    return {};
}

Status PgCopyLoader::follow(const char *data, size_t size)
{
    const DumpBlockReader::Events events{
        [this](int dumpId) -> Status {
            m_table = m_entryOfDumpId.value(dumpId, -1);
            if (m_table < 0 || m_toc.entries.at(m_table).desc != QLatin1String("TABLE DATA"))
                return fail(ErrorCode::Corrupt, tr("the archive's data blocks are damaged (an unknown block type or table)"));
            return {};
        },
        [this](const char *rows, size_t n) -> Status {
            m_pending.append(rows, qsizetype(n));
            if (m_pending.size() < kBatch)
                return {};
            // Whole lines only, and never the last few bytes, which may be the end marker.
            const qsizetype cut = m_pending.lastIndexOf('\n', m_pending.size() - 9);
            if (cut < 0)
                return {};
            LB_TRY(send(m_table, m_pending.constData(), size_t(cut + 1)));
            m_pending.remove(0, cut + 1);
            return {};
        },
        [this] { return endTable(); },
    };
    LB_TRY(m_blocks.feed(m_toc, data, size, events));
    if (m_blocks.where() == DumpBlockReader::Where::Lost)
        return fail(ErrorCode::Corrupt, tr("the archive's data blocks are damaged: an unknown block follows table %1")
                                            .arg(m_table >= 0 ? m_toc.entries.at(m_table).tag : QStringLiteral("-")));
    return {};
}

Status PgCopyLoader::stopWorkers()
{
    Status first;
    for (auto &w : m_workers) {
        {
            std::lock_guard<std::mutex> lock(w->mutex);
            w->queue.push_back({Worker::Kind::Stop, -1, {}});
            w->changed.notify_all();
        }
    }
    for (auto &w : m_workers) {
        if (w->thread.joinable())
            w->thread.join();
        if (first && w->failed)
            first = w->error;
        for (auto it = w->rows.cbegin(); it != w->rows.cend(); ++it) {
            const DumpTocEntry &e = m_toc.entries.at(it.key());
            m_rowsLoaded[e.schema + QLatin1Char('.') + e.tag] += it.value();
        }
    }
    m_workers.clear();
    return first;
}

Status PgCopyLoader::finish()
{
    if (!m_started)
        return m_declined ? fail(ErrorCode::Failed, tr("the archive's rows cannot be loaded over several connections"))
                          : fail(ErrorCode::Corrupt, tr("the archive ends before its table of contents does"));
    if (m_blocks.where() != DumpBlockReader::Where::BetweenBlocks || !m_pending.isEmpty()) {
        (void)stopWorkers();
        return fail(ErrorCode::Corrupt, tr("the archive ends in the middle of a table's rows"));
    }
    return stopWorkers();
}

} // namespace lifeboat
