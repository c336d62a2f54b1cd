#include "PgRestorer.h"

#include "DecodedArchive.h"
#include "PgServerFacts.h"
#include "PgCopyLoader.h"
#include "TocCounter.h"
#include "common/ChildProcess.h"
#include "common/OperationContext.h"
#include "jobs/JobSupport.h"
#include "repository/Repository.h"
#include "verify/ArtifactVerifier.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryFile>

namespace lifeboat {

namespace {

// pg_restore --verbose prints one of these per TOC item it restores, in serial and parallel mode.
bool isItemLine(const QByteArray &line)
{
    return line.startsWith("pg_restore: creating ") || line.startsWith("pg_restore: executing ")
        || line.startsWith("pg_restore: processing data for ");
}

// The rest of --verbose's chatter; errors, warnings and their context lines stay in the tail.
bool isChatter(const QByteArray &line)
{
    static const char *const words[] = {"creating ",  "executing ", "processing ", "connecting ", "launching ", "finished ",
                                        "entering ",  "restoring ", "dropping ",   "setting ",    "disabling ", "enabling ",
                                        "implied ",   "skipping ",  "transferring "};
    if (!line.startsWith("pg_restore: "))
        return false;
    const QByteArray rest = line.mid(12);
    for (const char *word : words)
        if (rest.startsWith(word))
            return true;
    return false;
}

} // namespace

PgRestorer::PgRestorer(Repository &repository, BackupMetadata meta, DecodeSettings keys, PgAccess access)
    : m_repository(repository)
    , m_meta(std::move(meta))
    , m_keys(std::move(keys))
    , m_access(std::move(access))
{
}

int PgRestorer::sourceMajor() const
{
    return m_meta.source.value(QStringLiteral("server_version")).toString().section(QLatin1Char('.'), 0, 0).toInt();
}

Result<std::unique_ptr<PgConnection>> PgRestorer::admin() const
{
    return PgConnection::open(PgConnection::withDatabase(m_access.conninfo, QStringLiteral("postgres")), m_access.password);
}

Result<bool> PgRestorer::databaseExists(PgConnection &admin, const QString &database) const
{
    auto n = admin.scalar(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = $1"), {database});
    if (!n)
        return fail(n.error());
    return *n != QLatin1String("0");
}

Status PgRestorer::dropDatabase(PgConnection &admin, const QString &database)
{
    return admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(PgConnection::quoteIdentifier(database)));
}

Result<QStringList> PgRestorer::resolveTables(const QStringList &names) const
{
    const QStringList known = m_meta.source.value(QStringLiteral("tables")).toObject().keys();
    QStringList resolved;
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        QStringList matches;
        for (const QString &table : known)
            if (table == name || (!name.contains(QLatin1Char('.')) && table.section(QLatin1Char('.'), 1) == name))
                matches.append(table);
        if (matches.isEmpty())
            return fail(ErrorCode::Usage, tr("table %1 is not in backup %2 (its tables: %3)").arg(name, m_meta.id, known.join(QStringLiteral(", "))));
        if (matches.size() > 1)
            return fail(ErrorCode::Usage, tr("table %1 is ambiguous in backup %2 (name one of %3)").arg(name, m_meta.id, matches.join(QStringLiteral(", "))));
        if (!resolved.contains(matches.first()))
            resolved.append(matches.first());
    }
    return resolved;
}

Status PgRestorer::checkOptions(const PgRestoreOptions &options) const
{
    if (options.schemaOnly && options.dataOnly)
        return fail(ErrorCode::Usage, tr("--schema-only and --data-only exclude each other (pick one)"));
    if (options.selective() && DecodedArchive::isPlainFormat(m_meta))
        return fail(ErrorCode::Usage, tr("backup %1 is a plain SQL dump, which restores whole (--tables, --schema-only and --data-only need the custom or directory format)")
                                          .arg(m_meta.id));
    return {};
}

Result<QMap<QString, qint64>> PgRestorer::restoreNew(const QString &database, const PgRestoreOptions &options, OperationContext *context)
{
    LB_TRY(checkOptions(options));
    if (options.dataOnly)
        return fail(ErrorCode::Usage, tr("--data-only loads rows into an existing database: name it with --to (restore its schema first with --schema-only)"));
    auto adminConnection = admin();
    if (!adminConnection)
        return fail(adminConnection.error());
    QString encoding = m_meta.source.value(QStringLiteral("encoding")).toString(QStringLiteral("UTF8"));
    LB_TRY((*adminConnection)->exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING '%2'")
                                        .arg(PgConnection::quoteIdentifier(database), encoding.remove(QLatin1Char('\'')))));
    QMap<QString, qint64> counts;
    Status status = restoreInto(database, options, context);
    if (status)
        status = compareCounts(database, options, counts);
    if (!status) {
        // Never leave a half-restored database behind.
        (void)dropDatabase(**adminConnection, database);
        return fail(status.error());
    }
    return counts;
}

Result<QMap<QString, qint64>> PgRestorer::restoreDataInto(const QString &database, const PgRestoreOptions &options, OperationContext *context)
{
    LB_TRY(checkOptions(options));
    auto connection = PgConnection::open(PgConnection::withDatabase(m_access.conninfo, database), m_access.password);
    if (!connection)
        return fail(connection.error());
    auto before = PgServerFacts::rowCounts(**connection);
    if (!before)
        return fail(before.error());
    const QStringList wanted = options.tables.isEmpty() ? m_meta.source.value(QStringLiteral("tables")).toObject().keys() : options.tables;
    for (const QString &table : wanted) {
        if (!before->contains(table))
            return fail(ErrorCode::NotFound, tr("table %1 does not exist in database %2 (restore the schema first: --schema-only)").arg(table, database));
        if (before->value(table) != 0)
            return fail(ErrorCode::AlreadyExists, tr("table %1 in database %2 already holds %3 rows; --data-only loads into empty tables (truncate it first, or restore into a new database)")
                                                      .arg(table, database)
                                                      .arg(before->value(table)));
    }
    // Rows loaded into a live schema would fire its triggers (audit rows twice); only a
    // superuser may switch them off for the load.
    PgRestoreOptions load = options;
    auto super = (*connection)->scalar(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"));
    load.disableTriggers = super && *super == QLatin1String("t");
    if (!load.disableTriggers && context)
        context->reportLog(tr("triggers of database %1 fire while its rows are loaded (connect as a superuser to keep them off)").arg(database));
    connection->reset();
    LB_TRY(restoreInto(database, load, context));
    QMap<QString, qint64> counts;
    LB_TRY(compareCounts(database, options, counts));
    return counts;
}

Status PgRestorer::restorePlain(const QString &database, OperationContext *context)
{
    if (context)
        context->reportStep(tr("Restoring with psql"));
    const QString what = tr("restoring %1 into database %2 failed").arg(m_meta.id, database);
    std::unique_ptr<QTemporaryDir> passDir;
    auto child = startClient(QStringLiteral("psql"),
                             {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                              QStringLiteral("--no-password"), QStringLiteral("-d"), PgConnection::withDatabase(m_access.conninfo, database)},
                             passDir);
    if (!child)
        return fail(child.error());
    auto status = ArtifactVerifier::decode(m_repository, m_meta, m_keys, (*child)->stdinSink(), context);
    if (!status) {
        // The child's own complaint explains a broken pipe better than "cannot write".
        const QString tail = (*child)->stderrTail();
        (*child)->kill();
        if (status.error().code == ErrorCode::Failed && !tail.isEmpty())
            return fail(ErrorCode::Failed, tr("%1: %2").arg(what, tail));
        return status;
    }
    return (*child)->wait(what);
}

Result<std::unique_ptr<ChildProcess>> PgRestorer::startClient(const QString &tool, const QStringList &args,
                                                             std::unique_ptr<QTemporaryDir> &holder) const
{
    auto program = PgAccess::tool(tool, qMax(15, sourceMajor()));
    if (!program)
        return fail(program.error());
    auto env = m_access.childEnvironment(holder);
    if (!env)
        return fail(env.error());
    return ChildProcess::start(*program, args, *env);
}

Result<QStringList> PgRestorer::applyGlobals(OperationContext *context)
{
    if (!m_meta.parts.contains(QStringLiteral("globals")))
        return fail(ErrorCode::Usage, tr("backup %1 holds no roles and tablespaces (set globals = true in job \"%2\" for later backups)").arg(m_meta.id, m_meta.job));
    if (context)
        context->reportStep(tr("Creating the backup's roles and tablespaces"));
    std::unique_ptr<QTemporaryDir> passDir;
    auto child = startClient(QStringLiteral("psql"),
                             {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("--no-password"), QStringLiteral("-d"),
                              PgConnection::withDatabase(m_access.conninfo, QStringLiteral("postgres"))},
                             passDir);
    if (!child)
        return fail(child.error());
    QStringList errors;
    (*child)->setStderrLineHandler([&errors](const QByteArray &line) {
        if (line.contains("ERROR:"))
            errors.append(QString::fromUtf8(line.mid(line.indexOf("ERROR:") + 6).trimmed()));
        return true;
    });
    LB_TRY(ArtifactVerifier::decode(m_repository, m_meta.part(QStringLiteral("globals")), m_keys, (*child)->stdinSink(), context));
    LB_TRY((*child)->wait(tr("creating the roles and tablespaces of %1 failed").arg(m_meta.id)));
    if (!errors.isEmpty() && context)
        context->reportLog(tr("%n statement(s) of the roles script failed, most likely for roles that already exist; first: %1", nullptr, int(errors.size()))
                               .arg(errors.first()));
    return errors;
}

Status PgRestorer::runPgRestore(const QStringList &args, const QString &what, Items &items, const std::function<Status(Sink *)> &feed,
                                OperationContext *context)
{
    std::unique_ptr<QTemporaryDir> passDir;
    auto child = startClient(QStringLiteral("pg_restore"),
                             QStringList{QStringLiteral("--exit-on-error"), QStringLiteral("--no-password"), QStringLiteral("--verbose")} + args, passDir);
    if (!child)
        return fail(child.error());
    (*child)->setStderrLineHandler([&items, context](const QByteArray &line) {
        if (isItemLine(line) && context) {
            items.done = qMin(items.done + 1, qMax<qint64>(0, items.total - 1)); // the last step is "done"
            context->reportItems(items.done, items.total);
        }
        return isChatter(line);
    });
    if (feed) {
        auto status = feed((*child)->stdinSink());
        if (!status) {
            const QString tail = (*child)->stderrTail();
            (*child)->kill();
            if (status.error().code == ErrorCode::Failed && !tail.isEmpty())
                return fail(ErrorCode::Failed, tr("%1: %2").arg(what, tail));
            return status;
        }
    }
    while (!(*child)->waitExited(200)) {
        if (context && context->isCancelled()) {
            (*child)->kill();
            return fail(ErrorCode::Cancelled, tr("Cancelled."));
        }
    }
    return (*child)->wait(what);
}

Status PgRestorer::loadInParallel(const QString &database, int jobs, const QString &what, Items &items, bool *declined, OperationContext *context)
{
    *declined = false;
    const QStringList target{QStringLiteral("--dbname=") + PgConnection::withDatabase(m_access.conninfo, database)};
    if (context)
        context->reportStep(tr("Restoring definitions with pg_restore, rows over %n connection(s)", nullptr, jobs));
    auto beforeRows = [&](const DumpToc &, const QString &head) {
        return runPgRestore(QStringList{QStringLiteral("--section=pre-data")} + target + QStringList{head}, what, items, {}, context);
    };
    auto tableLoaded = [&] {
        items.done = qMin(items.done + 1, qMax<qint64>(0, items.total - 1));
        if (context)
            context->reportItems(items.done, items.total);
    };
    PgCopyLoader loader(PgConnection::withDatabase(m_access.conninfo, database), m_access.password, jobs, beforeRows, tableLoaded, context);
    auto status = ArtifactVerifier::decode(m_repository, m_meta, m_keys, &loader, context);
    if (!status) {
        *declined = loader.declined();
        return status;
    }
    m_rowsLoaded = loader.rowsLoaded();
    // Everything after the rows (sequence values, indexes, constraints, triggers, grants) from
    // the same table of contents, in parallel.
    QTemporaryFile list(QDir(JobSupport::workDir()).filePath(QStringLiteral("lifeboat-list-XXXXXX")));
    QByteArray lines;
    for (const DumpTocEntry &e : loader.toc().entries)
        if (e.desc != QLatin1String("TABLE DATA"))
            lines += QByteArray::number(e.dumpId) + ";\n";
    if (!list.open() || list.write(lines) != lines.size() || !list.flush())
        return fail(ErrorCode::Failed, tr("cannot write a pg_restore list file in %1").arg(JobSupport::workDir()));
    if (context)
        context->reportStep(tr("Restoring indexes, constraints and the rest with pg_restore --jobs=%1").arg(jobs));
    LB_TRY(runPgRestore(QStringList{QStringLiteral("--section=data"), QStringLiteral("--section=post-data"), QStringLiteral("--use-list"),
                                    list.fileName(), QStringLiteral("--jobs=%1").arg(jobs)}
                            + target + QStringList{loader.headFile()},
                        what, items, {}, context));
    if (context && items.total > 0)
        context->reportItems(items.total, items.total);
    return {};
}

Status PgRestorer::restoreInto(const QString &database, const PgRestoreOptions &options, OperationContext *context)
{
    m_rowsLoaded.clear();
    if (DecodedArchive::isPlainFormat(m_meta))
        return restorePlain(database, context);
    const QString what = tr("restoring %1 into database %2 failed").arg(m_meta.id, database);
    const QStringList target{QStringLiteral("--dbname=") + PgConnection::withDatabase(m_access.conninfo, database)};
    Items items;
    items.total = m_meta.source.value(QStringLiteral("toc_items")).toInt();
    // A custom archive written to a pipe has no data offsets: parallel pg_restore workers then
    // crawl through it seek by seek (measured: 2x slower than one stream). So it is streamed:
    // rows over several connections of our own, or else into one pg_restore.
    const bool streamed = !DecodedArchive::isDirectoryFormat(m_meta) && !options.selective();
    if (streamed && options.jobs > 1) {
        bool declined = false;
        auto status = loadInParallel(database, options.jobs, what, items, &declined, context);
        if (!declined)
            return status;
        if (context)
            context->reportLog(tr("%1: rows are loaded through one pg_restore (%2)").arg(m_meta.id, status.error().message));
        items.done = 0;
    }
    if (streamed) {
        if (context)
            context->reportStep(tr("Restoring with pg_restore"));
        LB_TRY(runPgRestore(target, what, items, [this, context](Sink *in) { return ArtifactVerifier::decode(m_repository, m_meta, m_keys, in, context); }, context));
        if (context && items.total > 0)
            context->reportItems(items.total, items.total);
        return {};
    }

    // Parallel and selective restores need an archive pg_restore can seek in (and read twice).
    if (context)
        context->reportStep(tr("Decoding %1 into a scratch copy for pg_restore").arg(m_meta.artifact));
    DecodedArchive archive;
    LB_TRY(archive.decode(m_repository, m_meta, m_keys, context));
    QString listError;
    auto tool = PgAccess::tool(QStringLiteral("pg_restore"), qMax(15, sourceMajor()));
    if (!tool)
        return fail(tool.error());
    const auto toc = TocCounter::listItems(*tool, archive.path(), &listError);
    if (toc.isEmpty())
        return fail(ErrorCode::Corrupt, tr("pg_restore cannot read the table of contents of %1: %2").arg(m_meta.id, listError));
    items.total = toc.size();

    const QStringList parallel = options.jobs > 1 && !options.dataOnly ? QStringList{QStringLiteral("--jobs=%1").arg(options.jobs)} : QStringList{};
    QList<QStringList> passes;
    QTemporaryFile dataList(QDir(JobSupport::workDir()).filePath(QStringLiteral("lifeboat-list-XXXXXX")));
    if (!options.tables.isEmpty()) {
        // A use-list naming just the chosen tables' data items ("ID; ..." lines).
        const QSet<QString> chosen(options.tables.cbegin(), options.tables.cend());
        QByteArray lines;
        for (const auto &item : toc) {
            if (!item.second.startsWith(QLatin1String("TABLE DATA ")))
                continue;
            const QStringList parts = item.second.split(QLatin1Char(' '));
            if (parts.size() >= 4 && chosen.contains(parts.at(2) + QLatin1Char('.') + parts.at(3)))
                lines += QByteArray::number(item.first) + ";\n";
        }
        if (!dataList.open() || dataList.write(lines) != lines.size() || !dataList.flush())
            return fail(ErrorCode::Failed, tr("cannot write a pg_restore list file in %1").arg(JobSupport::workDir()));
    }
    if (options.schemaOnly) {
        passes.append(QStringList{QStringLiteral("--schema-only")} + parallel);
    } else if (options.dataOnly) {
        QStringList pass{QStringLiteral("--data-only"), QStringLiteral("--single-transaction")};
        if (options.disableTriggers)
            pass.append(QStringLiteral("--disable-triggers"));
        if (!options.tables.isEmpty())
            pass += {QStringLiteral("--use-list"), dataList.fileName()};
        passes.append(pass);
    } else if (!options.tables.isEmpty()) {
        // Every definition the tables may need (schemas, types, functions, tables), then the
        // chosen tables' rows; indexes and constraints are left out, other tables stay empty.
        passes.append({QStringLiteral("--section=pre-data")});
        passes.append(QStringList{QStringLiteral("--use-list"), dataList.fileName()} + parallel);
    } else {
        passes.append(parallel);
    }
    for (const QStringList &pass : std::as_const(passes)) {
        if (context)
            context->reportStep(tr("Restoring with pg_restore %1").arg(pass.filter(QStringLiteral("--")).join(QLatin1Char(' '))).trimmed());
        LB_TRY(runPgRestore(pass + target + archive.pgRestoreArguments(), what, items, {}, context));
    }
    if (context)
        context->reportItems(items.total, items.total);
    return {};
}

Status PgRestorer::compareCounts(const QString &database, const PgRestoreOptions &options, QMap<QString, qint64> &counts) const
{
    auto connection = PgConnection::open(PgConnection::withDatabase(m_access.conninfo, database), m_access.password);
    if (!connection)
        return fail(connection.error());
    auto tables = PgServerFacts::tableNames(**connection);
    if (!tables)
        return fail(tables.error());
    auto actual = PgServerFacts::rowCounts(**connection, *tables, m_rowsLoaded);
    if (!actual)
        return fail(actual.error());
    counts = *actual;
    if (options.schemaOnly)
        return {};
    const QStringList differing = m_meta.tableDifferences(counts, options.tables);
    if (!differing.isEmpty())
        return fail(ErrorCode::Corrupt, tr("the restored database %1 differs from the backup's record: %2").arg(database, differing.join(QStringLiteral("; "))));
    return {};
}

Status PgRestorer::checkFormat(const BackupMetadata &meta, const QString &decoded)
{
    if (DecodedArchive::isPlainFormat(meta)) {
        QFile f(decoded);
        if (!f.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Failed, tr("cannot read %1").arg(decoded));
        const QByteArray head = f.read(4096);
        f.seek(qMax<qint64>(0, f.size() - 4096));
        const QByteArray tail = f.read(4096);
        if (!head.contains("-- PostgreSQL database dump") || !tail.contains("-- PostgreSQL database dump complete"))
            return fail(ErrorCode::Corrupt, tr("the plain SQL dump is incomplete (its header or completion line is missing)"));
        return {};
    }
    const int major = meta.source.value(QStringLiteral("server_version")).toString().section(QLatin1Char('.'), 0, 0).toInt();
    auto tool = PgAccess::tool(QStringLiteral("pg_restore"), qMax(15, major));
    if (!tool)
        return fail(tool.error());
    QString error;
    const auto toc = TocCounter::listItems(*tool, decoded, &error);
    if (toc.isEmpty())
        return fail(ErrorCode::Corrupt, tr("pg_restore --list rejects the archive: %1").arg(error));
    if (DecodedArchive::isDirectoryFormat(meta)) {
        QStringList missing;
        for (const auto &item : toc) {
            if (item.second.startsWith(QLatin1String("TABLE DATA ")) && !QFile::exists(QDir(decoded).filePath(QStringLiteral("%1.dat").arg(item.first))))
                missing.append(item.second.section(QLatin1Char(' '), 2, 3).replace(QLatin1Char(' '), QLatin1Char('.')));
            if (item.second.startsWith(QLatin1String("BLOBS ")) && !QFile::exists(QDir(decoded).filePath(QStringLiteral("blobs.toc"))))
                missing.append(QStringLiteral("large objects"));
        }
        if (!missing.isEmpty())
            return fail(ErrorCode::Corrupt, tr("the archive lacks the data of %1").arg(missing.join(QStringLiteral(", "))));
    }
    return {};
}

} // namespace lifeboat
