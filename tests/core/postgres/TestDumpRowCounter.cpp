// DumpRowCounter against real pg_dump 15 archives: rows per table read from the dump's own COPY
// data must equal count(*) for every table, however the stream is cut into pieces, in custom
// and directory format; a stream it cannot follow yields no numbers rather than wrong ones.
#include "PgServer.h"
#include "TestSupport.h"
#include "postgres/DumpRowCounter.h"
#include "postgres/PgConnection.h"
#include "postgres/PgServerFacts.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::test;

namespace {

// Values that look like COPY syntax (newlines, tabs, backslashes, a lone "\."), odd names,
// empty, unlogged and partitioned tables, a materialized view, large objects, and one table
// of several MiB so that pieces end inside its rows.
const char *kDataset =
    "CREATE SCHEMA \"odd.schema\";\n"
    "CREATE TABLE \"odd.schema\".\"we.ird tab\" (id int, t text, b bytea);\n"
    "INSERT INTO \"odd.schema\".\"we.ird tab\" VALUES (1, E'two\\nlines', '\\x0a0d5c'), (2, E'\\\\.', NULL),"
    " (3, E'tab\\there\\\\back\\\\', E'\\\\x5c2e0a'), (4, NULL, NULL), (5, '', '');\n"
    "CREATE TABLE public.empty (x int);\n"
    "CREATE UNLOGGED TABLE public.scratch AS SELECT i FROM generate_series(1, 10) i;\n"
    "CREATE TABLE public.parted (k int, v text) PARTITION BY RANGE (k);\n"
    "CREATE TABLE public.parted_low PARTITION OF public.parted FOR VALUES FROM (0) TO (100);\n"
    "CREATE TABLE public.parted_high PARTITION OF public.parted FOR VALUES FROM (100) TO (1000);\n"
    "INSERT INTO public.parted SELECT i, E'v\\n' || i FROM generate_series(0, 999) i;\n"
    "CREATE TABLE public.big AS SELECT i, repeat(md5(i::text), 12) AS pad FROM generate_series(1, 20000) i;\n"
    "CREATE MATERIALIZED VIEW public.summary AS SELECT count(*) AS n FROM public.big;\n"
    "SELECT lo_from_bytea(0, convert_to(E'large\\nobject ' || i, 'UTF8')) FROM generate_series(1, 3) i;\n";

QMap<QString, qint64> expectedRows(const PgServer &pg)
{
    auto c = PgConnection::open(pg.conninfo(QStringLiteral("rows")), PgServer::password());
    if (!c)
        return {};
    auto counts = PgServerFacts::rowCounts(**c);
    return counts ? *counts : QMap<QString, qint64>{};
}

QProcessEnvironment pgEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(PgServer::password()));
    return env;
}

void feed(Sink &sink, const QByteArray &data, int piece)
{
    for (qsizetype at = 0; at < data.size(); at += piece)
        QVERIFY(sink.write(data.constData() + at, size_t(qMin<qsizetype>(piece, data.size() - at))));
}

} // namespace

class TestDumpRowCounter : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_pg;
    QMap<QString, qint64> m_expected;

    QByteArray dump(const QStringList &options)
    {
        const auto r = run(QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump"), options + QStringList{QStringLiteral("-d"), m_pg->conninfo(QStringLiteral("rows"))},
                           {}, pgEnvironment());
        if (r.exitCode != 0)
            qWarning() << r.err;
        return r.out;
    }

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<PgServer>();
        QVERIFY2(m_pg->isRunning(), qPrintable(m_pg->error()));
        QCOMPARE(m_pg->psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE rows")).exitCode, 0);
        const auto loaded = m_pg->psql(QStringLiteral("rows"), QString::fromUtf8(kDataset));
        QVERIFY2(loaded.exitCode == 0, loaded.err.constData());
        m_expected = expectedRows(*m_pg);
        QCOMPARE(m_expected.value(QStringLiteral("odd.schema.we.ird tab")), 5);
        QCOMPARE(m_expected.value(QStringLiteral("public.big")), 20000);
        QCOMPARE(m_expected.value(QStringLiteral("public.empty")), 0);
    }

    void pieces_data()
    {
        QTest::addColumn<int>("piece");
        QTest::newRow("1 byte") << 1;
        QTest::newRow("5 bytes") << 5;
        QTest::newRow("4093 bytes") << 4093;
        QTest::newRow("1 MiB") << (1 << 20);
    }

    void customStreamCountsEveryTable_data() { pieces_data(); }
    void customStreamCountsEveryTable()
    {
        QFETCH(int, piece);
        const QByteArray archive = dump({QStringLiteral("--format=custom"), QStringLiteral("--compress=0")});
        QVERIFY(archive.size() > 1 << 20);
        NullSink out;
        DumpRowCounter counter(&out);
        feed(counter, archive, piece);
        QVERIFY(counter.finish());
        QCOMPARE(counter.rows(), m_expected);
    }

    void directoryFilesCountEveryTable_data() { pieces_data(); }
    void directoryFilesCountEveryTable()
    {
        QFETCH(int, piece);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("dump"));
        dump({QStringLiteral("--format=directory"), QStringLiteral("--compress=0"), QStringLiteral("--jobs=2"), QStringLiteral("--file=") + folder});
        DumpRowCounter counter;
        for (const QString &name : QDir(folder).entryList({QStringLiteral("*.dat")}, QDir::Files)) {
            if (name == QLatin1String("toc.dat"))
                continue;
            const QByteArray data = readFile(QDir(folder).filePath(name));
            counter.addFile(name, nullptr, 0);
            for (qsizetype at = 0; at < data.size(); at += piece)
                counter.addFile(name, data.constData() + at, size_t(qMin<qsizetype>(piece, data.size() - at)));
        }
        QVERIFY(counter.rows().isEmpty()); // nothing is trusted before the TOC names the files
        counter.setToc(readFile(QDir(folder).filePath(QStringLiteral("toc.dat"))));
        QCOMPARE(counter.rows(), m_expected);
    }

    // A cut stream, a compressed archive, plain SQL or a damaged header: no count is ever
    // wrong; what cannot be followed is missing (and counted with count(*) by the caller).
    void unfollowableStreamsGiveNoWrongNumbers_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<bool>("nothing");
        QTest::newRow("cut inside the big table") << "cut" << true;
        QTest::newRow("cut after the TOC") << "toc" << true;
        QTest::newRow("pg_dump compressed it") << "compressed" << true;
        QTest::newRow("plain SQL") << "plain" << true;
        QTest::newRow("unknown archive version") << "version" << true;
        QTest::newRow("block type flipped") << "block" << false;
    }
    void unfollowableStreamsGiveNoWrongNumbers()
    {
        QFETCH(QString, damage);
        QFETCH(bool, nothing);
        QByteArray archive = dump({QStringLiteral("--format=custom"), QStringLiteral("--compress=0")});
        const qsizetype bigRow = archive.indexOf("19999\t");
        QVERIFY(bigRow > 0);
        if (damage == QLatin1String("cut"))
            archive.truncate(bigRow + 3);
        else if (damage == QLatin1String("toc"))
            archive.truncate(archive.indexOf("\x01", archive.indexOf("TABLE DATA")) + 1);
        else if (damage == QLatin1String("compressed"))
            archive = dump({QStringLiteral("--format=custom")});
        else if (damage == QLatin1String("plain"))
            archive = dump({QStringLiteral("--format=plain")});
        else if (damage == QLatin1String("version"))
            archive[6] = char(archive[6] + 9);
        else if (damage == QLatin1String("block")) {
            // The last block (after the big table's rows) gets an unknown type: the blocks
            // before it were followed to their end and are right; nothing after is claimed.
            const qsizetype end = archive.indexOf(QByteArray("\\.\n\n\n"), bigRow);
            archive[end + 5 + 5] = 9; // after the end marker: the 5-byte zero length, then a block type
        }
        NullSink out;
        DumpRowCounter counter(&out);
        feed(counter, archive, 65536);
        QVERIFY(counter.finish());
        const auto rows = counter.rows();
        if (nothing)
            QVERIFY2(rows.isEmpty(), qPrintable(QStringList(rows.keys()).join(QLatin1Char(','))));
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            QCOMPARE(it.value(), m_expected.value(it.key()));
    }

    void cleanupTestCase() { m_pg.reset(); }
};

QTEST_GUILESS_MAIN(TestDumpRowCounter)
#include "TestDumpRowCounter.moc"
