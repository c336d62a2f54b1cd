// The timeline picker on generated WAL index data: density sums, the base backup a target
// uses, clicks (a time, snapping to the nearest commit, "just before this event"), the keyboard,
// zoom around the pointer, panning, and painting at every zoom level. Generated data is the
// point here (exact expectations); TestPitrWizard drives the same widget on a real cluster.
#include "restore/PitrTimelineView.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace lifeboat;
using Kind = PitrTimelineView::Pick::Kind;

namespace {
constexpr qint64 kS = 1000000;
constexpr qint64 kStart = 1767225600LL * kS; // 2026-01-01T00:00:00Z

struct Generated
{
    PitrTimelineData data;
    QVector<WalCommit> commits; // by time
};

// `hours` of commits every `spacingUs` (plus jitter), three events, two base backups and a gap.
Generated generate(int hours, qint64 spacingUs)
{
    Generated g;
    QRandomGenerator random(42);
    quint32 xid = 1000;
    for (qint64 t = kStart + kS; t < kStart + hours * 3600 * kS; t += spacingUs)
        g.commits.append({t + qint64(random.bounded(int(spacingUs / 4))), xid++, 0, false});
    QVector<qint64> times;
    for (const auto &c : std::as_const(g.commits))
        times.append(c.timeUs);
    PitrTimelineData &d = g.data;
    d.earliestUs = kStart + 600 * kS;
    d.latestUs = g.commits.last().timeUs;
    d.backups = {{QStringLiteral("pg-base-1"), kStart, kStart + 600 * kS, kStart + 3600 * kS * hours / 2, 1},
                 {QStringLiteral("pg-base-2"), kStart + 3600 * kS * hours / 2 + 60 * kS, kStart + 3600 * kS * hours / 2 + 120 * kS, d.latestUs, 1}};
    d.coverage = {{1, d.earliestUs, kStart + 3600 * kS * hours / 2 - 10 * kS, false, {}, {}},
                  {1, kStart + 3600 * kS * hours / 2 - 10 * kS, kStart + 3600 * kS * hours / 2 + 120 * kS, true, QStringLiteral("000000010000000000000010"),
                   QStringLiteral("000000010000000000000010")},
                  {1, kStart + 3600 * kS * hours / 2 + 120 * kS, d.latestUs, false, {}, {}}};
    for (int i = 0; i < 3; ++i) {
        const WalCommit &c = g.commits.at(g.commits.size() * (i + 1) / 4);
        d.events.append({i + 1, c.timeUs, c.xid, 1, QStringLiteral("DROP"), QStringLiteral("app.public.t%1 (table)").arg(i)});
    }
    d.setDensity(kStart, d.latestUs, times);
    return g;
}

PitrTimelineView::CommitSource sourceOf(const QVector<WalCommit> &commits)
{
    return [commits](qint64 from, qint64 to) {
        QVector<WalCommit> out;
        auto it = std::lower_bound(commits.cbegin(), commits.cend(), from, [](const WalCommit &c, qint64 v) { return c.timeUs < v; });
        for (; it != commits.cend() && it->timeUs <= to; ++it)
            out.append(*it);
        return out;
    };
}
} // namespace

class TestPitrTimelineView : public QObject
{
    Q_OBJECT

    Generated m_g = generate(48, 6 * kS); // 2 days at 600 commits per hour

    std::unique_ptr<PitrTimelineView> view()
    {
        auto v = std::make_unique<PitrTimelineView>();
        v->resize(1000, v->sizeHint().height());
        v->setData(m_g.data);
        v->setCommitSource(sourceOf(m_g.commits));
        v->show();
        return v;
    }

private slots:
    void densitySumsTheGeneratedCommits()
    {
        const PitrTimelineData &d = m_g.data;
        QCOMPARE(d.commitsBetween(kStart, d.latestUs + d.binUs), quint64(m_g.commits.size()));
        // One hour, on bin boundaries, holds exactly its commits.
        const qint64 from = kStart + 5 * 3600 * kS, to = from + 3600 * kS;
        const auto inHour = std::count_if(m_g.commits.cbegin(), m_g.commits.cend(), [&](const WalCommit &c) { return c.timeUs >= from && c.timeUs < to; });
        QCOMPARE(d.commitsBetween(from, to), quint64(inHour));
        QCOMPARE(d.commitsBetween(to, from), quint64(0));
    }

    void theNewestBackupReachingTheTargetIsUsed()
    {
        const PitrTimelineData &d = m_g.data;
        QVERIFY(!d.backupFor(kStart + 60 * kS)); // before the first backup ended
        QCOMPARE(d.backupFor(kStart + 3600 * kS)->id, QStringLiteral("pg-base-1"));
        QCOMPARE(d.backupFor(d.latestUs - kS)->id, QStringLiteral("pg-base-2"));
    }

    void aClickSnapsToTheNearestCommit()
    {
        auto v = view();
        const qint64 target = m_g.commits.at(3000).timeUs + kS / 4; // two pixels after a commit
        v->setView(target - 60 * kS, target + 60 * kS);                // 120 s over ~920 px
        QTest::mouseClick(v.get(), Qt::LeftButton, Qt::NoModifier, QPoint(int(std::lround(v->xOf(target))), 40));
        QCOMPARE(v->pick().kind, Kind::Commit);
        QCOMPARE(v->pick().xid, m_g.commits.at(3000).xid);
        QCOMPARE(v->pick().timeUs, m_g.commits.at(3000).timeUs);
        // Fifteen pixels from any commit is a time: snapping reaches six.
        const qint64 far = m_g.commits.at(3000).timeUs + 2 * kS;
        QVERIFY(m_g.commits.at(3001).timeUs - far > kS);
        QTest::mouseClick(v.get(), Qt::LeftButton, Qt::NoModifier, QPoint(int(std::lround(v->xOf(far))), 40));
        QCOMPARE(v->pick().kind, Kind::Time);
    }

    void altClickPicksTheTimeItself()
    {
        auto v = view();
        const qint64 target = m_g.commits.at(3000).timeUs + 2 * kS;
        v->setView(target - 60 * kS, target + 60 * kS);
        QTest::mouseClick(v.get(), Qt::LeftButton, Qt::AltModifier, QPoint(int(std::lround(v->xOf(target))), 40));
        QCOMPARE(v->pick().kind, Kind::Time);
        const qint64 pixel = (v->viewToUs() - v->viewFromUs()) / v->plotRect().width();
        QVERIFY(std::llabs(v->pick().timeUs - target) <= pixel);
    }

    void aClickOnAMarkerPicksJustBeforeTheEvent()
    {
        auto v = view();
        const auto &e = m_g.data.events.at(1);
        QSignalSpy changed(v.get(), &PitrTimelineView::pickChanged);
        const QPoint marker(int(std::lround(v->xOf(e.timeUs))), 22 + 64 + 11);
        QCOMPARE(v->eventAt(marker), 1);
        QTest::mouseClick(v.get(), Qt::LeftButton, Qt::NoModifier, marker);
        QCOMPARE(v->pick().kind, Kind::BeforeEvent);
        QCOMPARE(v->pick().eventId, e.id);
        QCOMPARE(v->pick().xid, e.xid);
        QCOMPARE(changed.count(), 1);
        // Off the marker lane the same column is a time, not the event.
        QCOMPARE(v->eventAt(QPoint(marker.x(), 40)), -1);
    }

    void theKeyboardWalksEventsCommitsAndTime()
    {
        auto v = view();
        v->setFocus();
        QTest::keyClick(v.get(), Qt::Key_PageDown); // nothing picked: the first event
        QCOMPARE(v->pick().eventId, m_g.data.events.at(0).id);
        QTest::keyClick(v.get(), Qt::Key_PageDown);
        QCOMPARE(v->pick().eventId, m_g.data.events.at(1).id);
        QTest::keyClick(v.get(), Qt::Key_PageUp);
        QCOMPARE(v->pick().eventId, m_g.data.events.at(0).id);
        // From an event, Ctrl+Right is the next commit after it.
        const int at = int(m_g.commits.size() / 4);
        QTest::keyClick(v.get(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(v->pick().kind, Kind::Commit);
        QCOMPARE(v->pick().xid, m_g.commits.at(at + 1).xid);
        QTest::keyClick(v.get(), Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(v->pick().xid, m_g.commits.at(at).xid);
        const qint64 before = v->pick().timeUs;
        const qint64 span = v->viewToUs() - v->viewFromUs();
        QTest::keyClick(v.get(), Qt::Key_Right);
        QCOMPARE(v->pick().kind, Kind::Time);
        QCOMPARE(v->pick().timeUs, before + span / 100);
        QTest::keyClick(v.get(), Qt::Key_End); // a time needs a commit after it: a millisecond before the newest
        QCOMPARE(v->pick().timeUs, m_g.data.latestUs - 1000);
        QTest::keyClick(v.get(), Qt::Key_Home);
        QCOMPARE(v->pick().timeUs, m_g.data.earliestUs);
        QTest::keyClick(v.get(), Qt::Key_Plus);
        QVERIFY(std::llabs((v->viewToUs() - v->viewFromUs()) - span / 2) <= 1);
        QTest::keyClick(v.get(), Qt::Key_0);
        QCOMPARE(v->viewToUs() - v->viewFromUs(), span);
    }

    void theWheelZoomsAroundThePointerAndDraggingPans()
    {
        auto v = view();
        const QPoint at(500, 40);
        const qint64 under = v->timeAt(at.x());
        const qint64 span = v->viewToUs() - v->viewFromUs();
        QWheelEvent wheel(at, v->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(v.get(), &wheel);
        QVERIFY(v->viewToUs() - v->viewFromUs() < span);
        QVERIFY(std::llabs(v->timeAt(at.x()) - under) <= (v->viewToUs() - v->viewFromUs()) / v->plotRect().width() + 1);
        const qint64 from = v->viewFromUs();
        QTest::mousePress(v.get(), Qt::LeftButton, Qt::NoModifier, QPoint(500, 40));
        QMouseEvent move(QEvent::MouseMove, QPointF(400, 40), v->mapToGlobal(QPointF(400, 40)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(v.get(), &move);
        QTest::mouseRelease(v.get(), Qt::LeftButton, Qt::NoModifier, QPoint(400, 40));
        QVERIFY(v->viewFromUs() > from);                // dragged left: later times come into view
        QCOMPARE(v->pick().kind, Kind::None);           // a drag is not a click
    }

    void zoomedInItDrawsEachCommit()
    {
        auto v = view();
        QVERIFY(!v->showsCommitTicks()); // two days: density
        const qint64 at = m_g.commits.at(5000).timeUs;
        v->setView(at - 60 * kS, at + 60 * kS);
        QVERIFY(v->showsCommitTicks());
        // The status line counts the commits themselves, not bins.
        const auto inView = std::count_if(m_g.commits.cbegin(), m_g.commits.cend(), [&](const WalCommit &c) { return c.timeUs >= at - 60 * kS && c.timeUs < at + 60 * kS; });
        QVERIFY(inView >= 15 && inView <= 25);
        v->setView(at - 3600 * kS, at + 3600 * kS);
        QVERIFY(!v->showsCommitTicks());
    }

    void paintsAtEveryZoomLevel()
    {
        auto v = view();
        v->pickBeforeEvent(0);
        for (qint64 span : {qint64(60) * 86400 * kS, qint64(86400) * kS, qint64(3600) * kS, qint64(60) * kS, qint64(2) * kS}) {
            v->setView(m_g.data.events.at(0).timeUs - span / 2, m_g.data.events.at(0).timeUs + span / 2);
            const QImage image = v->grab().toImage();
            QCOMPARE(image.size(), v->size());
            // The pick line is drawn in its own colour at the event's column.
            const int x = int(std::lround(v->xOf(m_g.data.events.at(0).timeUs)));
            bool orange = false;
            for (int dx = -1; dx <= 1 && !orange; ++dx)
                orange = image.pixelColor(x + dx, 50) == QColor(0xf5, 0x7c, 0x00);
            QVERIFY2(orange, qPrintable(QString::number(span)));
        }
    }
};

QTEST_MAIN(TestPitrTimelineView)
#include "TestPitrTimelineView.moc"
