#pragma once

#include "wal/PitrTimelineData.h"

#include <QTimeZone>
#include <QWidget>
#include <functional>

class QPainter;

namespace lifeboat {

// The point-in-time picker: a zoomable, pannable time axis with the commit density, the
// destructive events of the WAL event index, the base backups and each timeline's archived WAL
// (gaps in red), over the recovery window. A click picks a time; near a commit it snaps to that
// commit (recovered inclusive, by its xid); a click on an event marker picks "just before this
// event". Keyboard: Left/Right move the pick (Shift: ten times as far), Ctrl+Left/Right go to the
// previous/next commit, PageUp/PageDown to the previous/next event, +/- zoom around the pick,
// 0 shows the whole window, Home/End go to its ends. Painting costs O(width) whatever the data:
// density comes from cumulative bins, events are found by binary search.
class PitrTimelineView final : public QWidget
{
    Q_OBJECT

public:
    struct Pick
    {
        enum class Kind { None, Time, Commit, BeforeEvent };
        Kind kind = Kind::None;
        qint64 timeUs = 0;
        quint32 xid = 0;    // Commit, BeforeEvent
        qint64 eventId = 0; // BeforeEvent
    };
    using CommitSource = std::function<QVector<WalCommit>(qint64 fromUs, qint64 toUs)>;

    explicit PitrTimelineView(QWidget *parent = nullptr);

    void setData(PitrTimelineData data);
    const PitrTimelineData &data() const { return m_data; }
    void setCommitSource(CommitSource source);
    // Zoomed in to at most this span, single commits are drawn (read through the commit source).
    static constexpr qint64 kCommitTicksSpanUs = 15 * 60 * 1000000LL;
    bool showsCommitTicks() const { return m_ticksValid; }
    void setTimeZone(const QTimeZone &zone);

    const Pick &pick() const { return m_pick; }
    void pickTime(qint64 timeUs, bool snap);
    void pickBeforeEvent(int eventIndex);
    void clearPick();

    qint64 viewFromUs() const { return m_fromUs; }
    qint64 viewToUs() const { return m_toUs; }
    void setView(qint64 fromUs, qint64 toUs);
    void showWholeWindow();
    void zoom(double factor, qint64 aroundUs);
    qint64 timeAt(double x) const;
    double xOf(qint64 timeUs) const;
    int eventAt(const QPoint &pos) const; // index into data().events, or -1
    QRect plotRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void pickChanged();
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void paintAxis(QPainter &p, const QRect &plot);
    QString paintDensity(QPainter &p, const QRect &lane); // returns the scale's label
    void paintEvents(QPainter &p, const QRect &lane);
    void paintBackups(QPainter &p, const QRect &lane);
    void paintCoverage(QPainter &p, const QRect &lanes);
    QString timeText(qint64 timeUs, bool precise) const;
    QList<quint32> timelines() const;
    void stepCommit(int direction);
    void stepEvent(int direction);
    void ensureVisible(qint64 timeUs);
    qint64 minimumSpanUs() const { return 2 * 1000000LL; }
    void refreshTicks();
    quint64 commitsIn(qint64 fromUs, qint64 toUs) const;

    PitrTimelineData m_data;
    CommitSource m_commits;
    QTimeZone m_zone = QTimeZone::utc();
    Pick m_pick;
    qint64 m_fromUs = 0;
    qint64 m_toUs = 1;
    int m_hoverX = -1;
    QPoint m_pressPos;
    qint64 m_pressFromUs = 0;
    bool m_dragging = false;
    QVector<WalCommit> m_ticks; // commits of [m_ticksFromUs, m_ticksToUs], when zoomed in
    qint64 m_ticksFromUs = 0;
    qint64 m_ticksToUs = 0;
    bool m_ticksValid = false;
};

} // namespace lifeboat
