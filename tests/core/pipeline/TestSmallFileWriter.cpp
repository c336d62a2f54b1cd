// SmallFileWriter: every queued file arrives whole with mode 0600 across several folders and
// workers; an existing file is never replaced and its error comes back from finish() or a later
// add(); a writer destroyed with work queued (a failed stream) neither hangs nor writes on.
#include "pipeline/SmallFileWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace lifeboat;

namespace {
QByteArray contentFor(int folder, int file)
{
    return QByteArray::number(folder * 1000 + file).repeated(1 + (file * 37) % 500);
}
} // namespace

class TestSmallFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesEveryFileWhole_data()
    {
        QTest::addColumn<int>("workers");
        QTest::addColumn<int>("folders");
        QTest::newRow("one worker") << 1 << 3;
        QTest::newRow("two workers, one folder") << 2 << 1;
        QTest::newRow("two workers, three folders") << 2 << 3;
        QTest::newRow("four workers, two folders") << 4 << 2;
    }

    void writesEveryFileWhole()
    {
        QFETCH(int, workers);
        QFETCH(int, folders);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (int f = 0; f < folders; ++f)
            QVERIFY(QDir(dir.path()).mkdir(QString::number(f)));
        {
            // A small queue bound, so that add() has to wait for the workers too.
            SmallFileWriter writer(workers, 64 * 1024);
            for (int f = 0; f < folders; ++f)
                for (int i = 0; i < 200; ++i)
                    QVERIFY(writer.add(dir.filePath(QStringLiteral("%1/%2").arg(f).arg(i)), contentFor(f, i)).has_value());
            QVERIFY(writer.finish().has_value());
        }
        for (int f = 0; f < folders; ++f)
            for (int i = 0; i < 200; ++i) {
                QFile file(dir.filePath(QStringLiteral("%1/%2").arg(f).arg(i)));
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                QCOMPARE(file.readAll(), contentFor(f, i));
                struct stat st {};
                QCOMPARE(::stat(QFile::encodeName(file.fileName()).constData(), &st), 0);
                QCOMPARE(st.st_mode & 0777, mode_t(0600));
            }
    }

    void emptyFile()
    {
        QTemporaryDir dir;
        SmallFileWriter writer;
        QVERIFY(writer.add(dir.filePath(QStringLiteral("empty")), QByteArray()).has_value());
        QVERIFY(writer.finish().has_value());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("empty"))));
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("empty"))).size(), 0);
    }

    void existingFileIsNotReplaced()
    {
        QTemporaryDir dir;
        const QString taken = dir.filePath(QStringLiteral("taken"));
        {
            QFile f(taken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("original");
        }
        SmallFileWriter writer;
        QVERIFY(writer.add(taken, "replacement").has_value());
        const Status status = writer.finish();
        QVERIFY(!status.has_value());
        QVERIFY2(status.error().message.contains(taken), qPrintable(status.error().message));
        QFile f(taken);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("original"));
        // Later files are refused with the same error rather than written on.
        QVERIFY(!writer.add(dir.filePath(QStringLiteral("later")), "x").has_value());
    }

    void missingFolderFailsWithItsName()
    {
        QTemporaryDir dir;
        SmallFileWriter writer;
        QVERIFY(writer.add(dir.filePath(QStringLiteral("no-such-folder/file")), "x").has_value());
        const Status status = writer.finish();
        QVERIFY(!status.has_value());
        QVERIFY2(status.error().message.contains(QStringLiteral("no-such-folder")), qPrintable(status.error().message));
    }

    void destroyedWithWorkQueued()
    {
        QTemporaryDir dir;
        {
            SmallFileWriter writer(2);
            for (int i = 0; i < 2000; ++i)
                QVERIFY(writer.add(dir.filePath(QStringLiteral("f%1").arg(i)), QByteArray(4096, 'x')).has_value());
        } // no finish(): must return without hanging
        const int written = int(QDir(dir.path()).entryList(QDir::Files).size());
        QVERIFY(written <= 2000);
        QTest::qWait(50);
        QCOMPARE(int(QDir(dir.path()).entryList(QDir::Files).size()), written); // nothing writes on
    }
};

QTEST_GUILESS_MAIN(TestSmallFileWriter)
#include "TestSmallFileWriter.moc"
