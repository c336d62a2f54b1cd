#pragma once

#include "DumpToc.h"
#include "pipeline/Sink.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>
#include <functional>
#include <memory>

class QTemporaryFile;

namespace lifeboat {

class OperationContext;

// Restores the rows of a streamed custom-format archive over several libpq connections at
// once, splitting even a single table's COPY text between them: pg_restore loads one table
// through one backend, which on a database with one big table leaves the other cores idle.
//
// As a Sink it takes the decoded stream. Once the table of contents has arrived it is saved as
// a head-only archive and `beforeRows` runs (pg_restore --section=pre-data on that file); then
// each TABLE DATA block is cut at line ends into batches that the connections' threads COPY.
// Definitions after the data (sequences, indexes, constraints) are the caller's, from the same
// head file. A stream it cannot follow (an unknown archive version, compressed data, large
// objects) is declined before anything is written: declined() is then true and the caller
// restores the usual way.
class PgCopyLoader final : public Sink
{
    Q_DECLARE_TR_FUNCTIONS(PgCopyLoader)

public:
    using BeforeRows = std::function<Status(const DumpToc &toc, const QString &headFile)>;
    PgCopyLoader(QString conninfo, QByteArray password, int connections, BeforeRows beforeRows,
                 std::function<void()> tableLoaded, OperationContext *context);
    ~PgCopyLoader() override;
    Q_DISABLE_COPY_MOVE(PgCopyLoader)

    Status write(const char *data, size_t size) override;
    Status finish() override;

    bool declined() const { return m_declined; }
    const DumpToc &toc() const { return m_toc; }
    QString headFile() const;
    // After finish(): rows the server reported stored per table ("schema.table"), summed over
    // the connections' COPY commands; tables without rows are absent.
    QMap<QString, qint64> rowsLoaded() const { return m_rowsLoaded; }

private:
    struct Worker;
    Status start();
    Status follow(const char *data, size_t size);
    Status send(int table, const char *data, size_t size);
    Status endTable();
    Status stopWorkers();

    QString m_conninfo;
    QByteArray m_password;
    int m_connections;
    BeforeRows m_beforeRows;
    std::function<void()> m_tableLoaded;
    QHash<int, int> m_entryOfDumpId;
    OperationContext *m_context;

    QByteArray m_head;
    DumpToc m_toc;
    bool m_started = false;
    bool m_declined = false;
    std::unique_ptr<QTemporaryFile> m_headFile;
    std::vector<std::unique_ptr<Worker>> m_workers;
    size_t m_nextWorker = 0;

    DumpBlockReader m_blocks;
    int m_table = -1; // index into m_toc.entries of the block being loaded
    QByteArray m_pending; // rows of the current block not yet sent (up to a line end)
    QMap<QString, qint64> m_rowsLoaded;
};

} // namespace lifeboat
