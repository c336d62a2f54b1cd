#include "PitrTimelineView.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace lifeboat {

namespace {
constexpr int kLeft = 64;
constexpr int kRight = 12;
constexpr int kAxis = 22;
constexpr int kDensity = 64;
constexpr int kEvents = 22;
constexpr int kBackups = 18;
constexpr int kTimeline = 12;
constexpr int kStatus = 20;
constexpr qint64 kSecond = 1000000LL;

const QColor kDensityColor(0x4a, 0x86, 0xc8);
const QColor kEventColor(0xd3, 0x3a, 0x2f);
const QColor kBackupColor(0x2e, 0x7d, 0x32);
const QColor kCoverageColor(0x81, 0xc7, 0x84);
const QColor kGapColor(0xe5, 0x39, 0x35);
const QColor kPickColor(0xf5, 0x7c, 0x00);

// Tick steps that read well, in seconds: the first one leaving room for a label is used.
constexpr qint64 kSteps[] = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800};
} // namespace

PitrTimelineView::PitrTimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pitrTimeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Recovery timeline"));
    setAccessibleDescription(tr("Click a time to recover to; arrow keys move the pick, Ctrl+arrows go from commit to commit, "
                                "Page Up/Down from one destructive operation to the next, plus and minus zoom."));
}

void PitrTimelineView::setData(PitrTimelineData data)
{
    m_data = std::move(data);
    m_pick = {};
    showWholeWindow();
    emit pickChanged();
}

void PitrTimelineView::setCommitSource(CommitSource source)
{
    m_commits = std::move(source);
    m_ticksValid = false;
    m_ticksFromUs = m_ticksToUs = 0;
    refreshTicks();
    update();
}

void PitrTimelineView::refreshTicks()
{
    const qint64 span = m_toUs - m_fromUs;
    if (!m_commits || span > kCommitTicksSpanUs) {
        m_ticksValid = false;
        return;
    }
    if (m_ticksValid && m_ticksFromUs <= m_fromUs && m_toUs <= m_ticksToUs)
        return;
    // A margin on both sides, so panning a little needs no new read.
    constexpr int kLimit = 20000;
    m_ticksFromUs = m_fromUs - span;
    m_ticksToUs = m_toUs + span;
    m_ticks = m_commits(m_ticksFromUs, m_ticksToUs);
    m_ticksValid = m_ticks.size() < kLimit; // too dense to draw one by one: keep the density
}

quint64 PitrTimelineView::commitsIn(qint64 fromUs, qint64 toUs) const
{
    if (!m_ticksValid)
        return m_data.commitsBetween(fromUs, toUs);
    auto lo = std::lower_bound(m_ticks.cbegin(), m_ticks.cend(), fromUs, [](const WalCommit &c, qint64 v) { return c.timeUs < v; });
    auto hi = std::lower_bound(lo, m_ticks.cend(), toUs, [](const WalCommit &c, qint64 v) { return c.timeUs < v; });
    return quint64(hi - lo);
}

void PitrTimelineView::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    update();
}

QRect PitrTimelineView::plotRect() const
{
    return QRect(kLeft, 0, std::max(1, width() - kLeft - kRight), height() - kStatus);
}

QList<quint32> PitrTimelineView::timelines() const
{
    QList<quint32> list;
    for (const auto &s : m_data.coverage)
        if (!list.contains(s.timeline))
            list.append(s.timeline);
    std::sort(list.begin(), list.end());
    return list;
}

QSize PitrTimelineView::sizeHint() const
{
    const int lanes = std::max<int>(1, int(timelines().size()));
    return QSize(720, kAxis + kDensity + kEvents + kBackups + 4 + lanes * kTimeline + 6 + kStatus);
}

QSize PitrTimelineView::minimumSizeHint() const
{
    return QSize(320, sizeHint().height());
}

qint64 PitrTimelineView::timeAt(double x) const
{
    const QRect plot = plotRect();
    return m_fromUs + qint64(std::llround((x - plot.left()) * double(m_toUs - m_fromUs) / plot.width()));
}

double PitrTimelineView::xOf(qint64 timeUs) const
{
    const QRect plot = plotRect();
    return plot.left() + double(timeUs - m_fromUs) * plot.width() / double(std::max<qint64>(1, m_toUs - m_fromUs));
}

void PitrTimelineView::setView(qint64 fromUs, qint64 toUs)
{
    if (toUs - fromUs < minimumSpanUs()) {
        const qint64 mid = fromUs / 2 + toUs / 2;
        fromUs = mid - minimumSpanUs() / 2;
        toUs = fromUs + minimumSpanUs();
    }
    // Panning stops a little past the data, so the ends stay in sight.
    if (!m_data.isEmpty()) {
        const qint64 span = toUs - fromUs;
        const qint64 all = m_data.latestUs - m_data.earliestUs;
        const qint64 slack = std::max(span / 10, all / 20);
        const qint64 lo = m_data.earliestUs - slack;
        const qint64 hi = m_data.latestUs + slack;
        if (span >= hi - lo) {
            fromUs = lo;
            toUs = hi;
        } else if (fromUs < lo) {
            fromUs = lo;
            toUs = lo + span;
        } else if (toUs > hi) {
            toUs = hi;
            fromUs = hi - span;
        }
    }
    if (fromUs == m_fromUs && toUs == m_toUs)
        return;
    m_fromUs = fromUs;
    m_toUs = toUs;
    refreshTicks();
    update();
    emit viewChanged();
}

void PitrTimelineView::showWholeWindow()
{
    if (m_data.isEmpty()) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000;
        setView(now - 3600 * kSecond, now);
        return;
    }
    const qint64 all = m_data.latestUs - m_data.earliestUs;
    setView(m_data.earliestUs - all / 20, m_data.latestUs + all / 20);
}

void PitrTimelineView::zoom(double factor, qint64 aroundUs)
{
    const double left = double(aroundUs - m_fromUs) * factor;
    const double right = double(m_toUs - aroundUs) * factor;
    setView(aroundUs - qint64(left), aroundUs + qint64(right));
}

void PitrTimelineView::ensureVisible(qint64 timeUs)
{
    const qint64 span = m_toUs - m_fromUs;
    if (timeUs < m_fromUs + span / 20)
        setView(timeUs - span / 5, timeUs - span / 5 + span);
    else if (timeUs > m_toUs - span / 20)
        setView(timeUs + span / 5 - span, timeUs + span / 5);
}

void PitrTimelineView::clearPick()
{
    m_pick = {};
    update();
    emit pickChanged();
}

void PitrTimelineView::pickTime(qint64 timeUs, bool snap)
{
    // Recovery to a time needs a commit after it to stop at: the newest commit itself is only
    // reachable as a commit (or as "latest"), so a time stops a millisecond short of it.
    if (!m_data.isEmpty())
        timeUs = std::clamp(timeUs, m_data.earliestUs, std::max(m_data.earliestUs, m_data.latestUs - 1000));
    Pick pick;
    pick.kind = Pick::Kind::Time;
    pick.timeUs = timeUs;
    if (snap && m_commits) {
        // Snap within six pixels, but never further than a minute: a commit that far away is
        // not what the click meant.
        const qint64 reach = std::clamp<qint64>((m_toUs - m_fromUs) * 6 / std::max(1, plotRect().width()), kSecond / 1000, 60 * kSecond);
        const QVector<WalCommit> near = m_commits(timeUs - reach, timeUs + reach);
        const WalCommit *best = nullptr;
        for (const WalCommit &c : near)
            if (!best || std::llabs(c.timeUs - timeUs) < std::llabs(best->timeUs - timeUs))
                best = &c;
        if (best && (m_data.isEmpty() || (best->timeUs >= m_data.earliestUs && best->timeUs <= m_data.latestUs + 999))) {
            pick.kind = Pick::Kind::Commit;
            pick.timeUs = best->timeUs;
            pick.xid = best->xid;
        }
    }
    m_pick = pick;
    ensureVisible(m_pick.timeUs);
    update();
    emit pickChanged();
}

void PitrTimelineView::pickBeforeEvent(int eventIndex)
{
    if (eventIndex < 0 || eventIndex >= m_data.events.size())
        return;
    const auto &e = m_data.events.at(eventIndex);
    m_pick = {Pick::Kind::BeforeEvent, e.timeUs, e.xid, e.id};
    ensureVisible(e.timeUs);
    update();
    emit pickChanged();
}

int PitrTimelineView::eventAt(const QPoint &pos) const
{
    const int top = kAxis + kDensity;
    if (pos.y() < top - 2 || pos.y() > top + kEvents + 2)
        return -1;
    const qint64 slack = qint64(6.0 * (m_toUs - m_fromUs) / std::max(1, plotRect().width()));
    const qint64 t = timeAt(pos.x());
    const auto &events = m_data.events;
    auto it = std::lower_bound(events.cbegin(), events.cend(), t - slack, [](const auto &e, qint64 v) { return e.timeUs < v; });
    int best = -1;
    for (; it != events.cend() && it->timeUs <= t + slack; ++it)
        if (best < 0 || std::llabs(it->timeUs - t) < std::llabs(events.at(best).timeUs - t))
            best = int(it - events.cbegin());
    return best;
}

void PitrTimelineView::stepCommit(int direction)
{
    if (!m_commits)
        return;
    const qint64 from = m_pick.kind == Pick::Kind::None ? m_data.latestUs : m_pick.timeUs;
    // Look in growing windows, so a quiet hour does not stop the walk.
    for (qint64 reach = kSecond; reach <= 86400 * kSecond; reach *= 16) {
        const QVector<WalCommit> near = direction > 0 ? m_commits(from + 1, from + reach) : m_commits(from - reach, from - 1);
        if (near.isEmpty())
            continue;
        const WalCommit &c = direction > 0 ? near.first() : near.last();
        if (!m_data.isEmpty() && (c.timeUs < m_data.earliestUs || c.timeUs > m_data.latestUs + 999))
            return;
        m_pick = {Pick::Kind::Commit, c.timeUs, c.xid, 0};
        ensureVisible(c.timeUs);
        update();
        emit pickChanged();
        return;
    }
}

void PitrTimelineView::stepEvent(int direction)
{
    const auto &events = m_data.events;
    if (events.isEmpty())
        return;
    const qint64 from = m_pick.kind == Pick::Kind::None ? (direction > 0 ? m_data.earliestUs - 1 : m_data.latestUs + 1) : m_pick.timeUs;
    int index = -1;
    if (direction > 0) {
        auto it = std::upper_bound(events.cbegin(), events.cend(), from, [](qint64 v, const auto &e) { return v < e.timeUs; });
        // The pick "before event N" sits on N's time: the next one is N + 1.
        if (it != events.cend() && m_pick.kind == Pick::Kind::BeforeEvent && it->id == m_pick.eventId)
            ++it;
        index = it == events.cend() ? -1 : int(it - events.cbegin());
    } else {
        auto it = std::lower_bound(events.cbegin(), events.cend(), from, [](const auto &e, qint64 v) { return e.timeUs < v; });
        index = int(it - events.cbegin()) - 1;
    }
    if (index >= 0)
        pickBeforeEvent(index);
}

QString PitrTimelineView::timeText(qint64 timeUs, bool precise) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(timeUs / 1000, Qt::UTC).toTimeZone(m_zone);
    QString text = t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (precise)
        text += QStringLiteral(".%1").arg(qint64(timeUs % kSecond), 6, 10, QLatin1Char('0'));
    return text;
}

void PitrTimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QRect plot = plotRect();
    p.setPen(palette().color(QPalette::Text));

    // Outside the recovery window nothing can be recovered: shade it.
    if (!m_data.isEmpty()) {
        const QColor shade = palette().color(QPalette::AlternateBase).darker(104);
        const int x0 = int(std::clamp(xOf(m_data.earliestUs), double(plot.left()), double(plot.right() + 1)));
        const int x1 = int(std::clamp(xOf(m_data.latestUs), double(plot.left()), double(plot.right() + 1)));
        p.fillRect(QRect(plot.left(), kAxis, x0 - plot.left(), plot.height() - kAxis), shade);
        p.fillRect(QRect(x1, kAxis, plot.right() + 1 - x1, plot.height() - kAxis), shade);
    }

    // Lanes stay inside the plot: a backup that began before the view must not run into the
    // lane names.
    p.setClipRect(QRect(plot.left() - 7, 0, plot.width() + 14, plot.height()));
    paintAxis(p, plot);
    const QString scale = paintDensity(p, QRect(plot.left(), kAxis, plot.width(), kDensity));
    paintEvents(p, QRect(plot.left(), kAxis + kDensity, plot.width(), kEvents));
    p.setClipRect(plot);
    paintBackups(p, QRect(plot.left(), kAxis + kDensity + kEvents, plot.width(), kBackups));
    p.setClipping(false);
    paintCoverage(p, QRect(plot.left(), kAxis + kDensity + kEvents + kBackups + 4, plot.width(), plot.height()));

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRect(0, kAxis + kDensity - 18, kLeft - 6, 16), Qt::AlignRight | Qt::AlignVCenter, tr("commits"));
    QFont smaller = small;
    smaller.setPointSizeF(small.pointSizeF() * 0.9);
    p.setFont(smaller);
    p.drawText(QRect(0, kAxis + 2, kLeft - 6, 30), Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap, scale);
    p.setFont(small);
    p.drawText(QRect(0, kAxis + kDensity, kLeft - 6, kEvents), Qt::AlignRight | Qt::AlignVCenter, tr("events"));
    p.drawText(QRect(0, kAxis + kDensity + kEvents, kLeft - 6, kBackups), Qt::AlignRight | Qt::AlignVCenter, tr("backups"));

    if (m_hoverX >= plot.left() && m_hoverX <= plot.right()) {
        p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
        p.drawLine(m_hoverX, kAxis, m_hoverX, plot.bottom());
    }
    if (m_pick.kind != Pick::Kind::None) {
        const double x = xOf(m_pick.timeUs);
        if (x >= plot.left() - 1 && x <= plot.right() + 1) {
            p.setPen(QPen(kPickColor, 2));
            p.drawLine(QPointF(x, kAxis), QPointF(x, plot.bottom()));
            QPainterPath head;
            head.moveTo(x - 5, kAxis);
            head.lineTo(x + 5, kAxis);
            head.lineTo(x, kAxis + 7);
            head.closeSubpath();
            p.fillPath(head, kPickColor);
        }
    }

    // The status line: what is under the pointer, else what the view holds.
    QString status;
    if (m_hoverX >= plot.left() && m_hoverX <= plot.right()) {
        const qint64 t = timeAt(m_hoverX);
        const qint64 pixel = std::max<qint64>(1, (m_toUs - m_fromUs) / plot.width());
        status = tr("%1 — %Ln commit(s) in this column", nullptr, qint64(commitsIn(t, t + pixel))).arg(timeText(t, m_ticksValid));
    } else {
        status = tr("%1 to %2 — %Ln commit(s) in view", nullptr, qint64(commitsIn(m_fromUs, m_toUs))).arg(timeText(m_fromUs, false), timeText(m_toUs, false));
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(plot.left(), plot.bottom() + 2, plot.width(), kStatus - 2), Qt::AlignLeft | Qt::AlignVCenter, status);
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void PitrTimelineView::paintAxis(QPainter &p, const QRect &plot)
{
    const double usPerPx = double(m_toUs - m_fromUs) / plot.width();
    const QString sample = QStringLiteral("0000-00-00 00:00");
    const int room = fontMetrics().horizontalAdvance(sample) + 16;
    qint64 step = kSteps[std::size(kSteps) - 1];
    for (qint64 s : kSteps)
        if (s * kSecond / usPerPx >= room) {
            step = s;
            break;
        }
    const qint64 stepUs = step * kSecond;
    // Ticks fall on round wall-clock times of the configured zone.
    const qint64 offsetUs = qint64(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(m_fromUs / 1000, Qt::UTC))) * kSecond;
    qint64 t = ((m_fromUs + offsetUs) / stepUs) * stepUs - offsetUs;
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(plot.left(), kAxis - 1, plot.right(), kAxis - 1);
    const QString format = step >= 86400 ? QStringLiteral("yyyy-MM-dd") : step >= 60 ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("HH:mm:ss");
    for (; t <= m_toUs; t += stepUs) {
        const double x = xOf(t);
        if (x < plot.left())
            continue;
        p.setPen(palette().color(QPalette::Midlight));
        p.drawLine(QPointF(x, kAxis), QPointF(x, plot.bottom()));
        p.setPen(palette().color(QPalette::Text));
        p.drawLine(QPointF(x, kAxis - 5), QPointF(x, kAxis - 1));
        const QString label = QDateTime::fromMSecsSinceEpoch(t / 1000, Qt::UTC).toTimeZone(m_zone).toString(format);
        p.drawText(QRectF(x + 3, 0, room, kAxis - 4), Qt::AlignLeft | Qt::AlignBottom, label);
    }
}

QString PitrTimelineView::paintDensity(QPainter &p, const QRect &lane)
{
    const int columns = lane.width();
    if (columns <= 0 || m_data.cumulative.size() < 2)
        return {};
    const double usPerPx = double(m_toUs - m_fromUs) / columns;
    if (m_ticksValid) {
        // Zoomed in: each commit where it happened; a column's height is its count.
        QVector<int> counts(columns, 0);
        int peak = 0;
        auto it = std::lower_bound(m_ticks.cbegin(), m_ticks.cend(), m_fromUs, [](const WalCommit &c, qint64 v) { return c.timeUs < v; });
        for (; it != m_ticks.cend() && it->timeUs < m_toUs; ++it) {
            const int column = std::clamp(int((it->timeUs - m_fromUs) / usPerPx), 0, columns - 1);
            peak = std::max(peak, ++counts[column]);
        }
        for (int i = 0; i < columns; ++i)
            if (counts.at(i) > 0) {
                const int h = std::max(6, counts.at(i) * (lane.height() - 4) / std::max(1, peak));
                p.fillRect(QRect(lane.left() + i, lane.bottom() - h + 1, usPerPx > 20000 ? 1 : 2, h), kDensityColor);
            }
        return tr("one by one");
    }
    // Columns narrower than a bin would show the bin's stair steps; they then share the
    // bin's rate instead.
    QVector<double> rates(columns, 0.0);
    double peak = 0;
    for (int i = 0; i < columns; ++i) {
        const qint64 a = m_fromUs + qint64(i * usPerPx);
        const qint64 b = m_fromUs + qint64((i + 1) * usPerPx);
        double rate;
        if (usPerPx >= m_data.binUs) {
            rate = double(m_data.commitsBetween(a, b)) / usPerPx;
        } else {
            const qint64 binStart = a - ((a - m_data.originUs) % m_data.binUs + m_data.binUs) % m_data.binUs;
            rate = double(m_data.commitsBetween(binStart, binStart + m_data.binUs)) / double(m_data.binUs);
        }
        rates[i] = rate;
        peak = std::max(peak, rate);
    }
    if (peak <= 0)
        return {};
    // One rectangle per run of equal columns: a jagged path costs the rasterizer far more.
    for (int i = 0; i < columns;) {
        const int h = int(std::lround(rates.at(i) / peak * (lane.height() - 4)));
        int j = i + 1;
        while (j < columns && int(std::lround(rates.at(j) / peak * (lane.height() - 4))) == h)
            ++j;
        if (h > 0)
            p.fillRect(QRect(lane.left() + i, lane.bottom() - h + 1, j - i, h), kDensityColor);
        i = j;
    }
    // The scale: the tallest bar's rate.
    return tr("peak %L1/h").arg(qint64(std::llround(peak * 3600.0 * kSecond)));
}

void PitrTimelineView::paintEvents(QPainter &p, const QRect &lane)
{
    const auto &events = m_data.events;
    auto marker = [&](int x, const QColor &color) {
        QPainterPath path;
        path.moveTo(x, lane.top() + 3);
        path.lineTo(x + 6, lane.bottom() - 3);
        path.lineTo(x - 6, lane.bottom() - 3);
        path.closeSubpath();
        p.fillPath(path, color);
    };
    auto it = std::lower_bound(events.cbegin(), events.cend(), m_fromUs, [](const auto &e, qint64 v) { return e.timeUs < v; });
    int lastX = -1000000;
    p.setRenderHint(QPainter::Antialiasing, true);
    for (; it != events.cend() && it->timeUs <= m_toUs; ++it) {
        const int x = int(xOf(it->timeUs));
        if (x - lastX < 8)
            continue; // events closer than a marker's width share one; zoom in to tell them apart
        lastX = x;
        marker(x, kEventColor);
    }
    // The chosen one on top, even where it shares a marker.
    if (m_pick.kind == Pick::Kind::BeforeEvent && m_pick.timeUs >= m_fromUs && m_pick.timeUs <= m_toUs)
        marker(int(xOf(m_pick.timeUs)), kPickColor);
    p.setRenderHint(QPainter::Antialiasing, false);
}

void PitrTimelineView::paintBackups(QPainter &p, const QRect &lane)
{
    const PitrTimelineData::BaseBackup *used = m_pick.kind == Pick::Kind::None ? nullptr : m_data.backupFor(m_pick.timeUs);
    for (const auto &b : m_data.backups) {
        if (b.endUs < m_fromUs && b.reachUs < m_fromUs)
            continue;
        if (b.startUs > m_toUs)
            continue;
        const double x0 = xOf(b.startUs);
        const double x1 = std::max(x0 + 3, xOf(b.endUs));
        const QColor color = (used && used->id == b.id) ? kPickColor : kBackupColor;
        p.fillRect(QRectF(x0, lane.top() + 3, x1 - x0, lane.height() - 6), color);
    }
}

void PitrTimelineView::paintCoverage(QPainter &p, const QRect &lanes)
{
    const QList<quint32> lines = timelines();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (int i = 0; i < lines.size(); ++i) {
        const int top = lanes.top() + i * kTimeline;
        p.setFont(small);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(0, top, kLeft - 6, kTimeline), Qt::AlignRight | Qt::AlignVCenter, tr("timeline %1").arg(lines.at(i)));
        for (const auto &s : m_data.coverage) {
            if (s.timeline != lines.at(i) || s.toUs < m_fromUs || s.fromUs > m_toUs)
                continue;
            const double x0 = std::max(double(lanes.left()), xOf(s.fromUs));
            const double x1 = std::min(double(lanes.right() + 1), std::max(x0 + (s.gap ? 3 : 1), xOf(s.toUs)));
            p.fillRect(QRectF(x0, top + 2, x1 - x0, kTimeline - 4), s.gap ? kGapColor : kCoverageColor);
        }
    }
    p.setFont(font());
}

void PitrTimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.x() != 0 && std::abs(delta.x()) > std::abs(delta.y())) {
        setView(m_fromUs - (m_toUs - m_fromUs) * delta.x() / 1200, m_toUs - (m_toUs - m_fromUs) * delta.x() / 1200);
    } else if (delta.y() != 0) {
        zoom(std::pow(0.8, delta.y() / 120.0), timeAt(event->position().x()));
    }
    event->accept();
}

void PitrTimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->pos();
    m_pressFromUs = m_fromUs;
    m_dragging = false;
    setFocus(Qt::MouseFocusReason);
}

void PitrTimelineView::mouseMoveEvent(QMouseEvent *event)
{
    m_hoverX = event->pos().x();
    if (event->buttons() & Qt::LeftButton) {
        const int dx = event->pos().x() - m_pressPos.x();
        if (std::abs(dx) > 3)
            m_dragging = true;
        if (m_dragging) {
            const qint64 span = m_toUs - m_fromUs;
            const qint64 shift = qint64(double(dx) * span / plotRect().width());
            setView(m_pressFromUs - shift, m_pressFromUs - shift + span);
        }
    }
    update();
}

void PitrTimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_dragging) {
        m_dragging = false;
        return;
    }
    if (event->pos().x() < plotRect().left())
        return;
    const int index = eventAt(event->pos());
    if (index >= 0)
        pickBeforeEvent(index);
    else
        pickTime(timeAt(event->pos().x()), !(event->modifiers() & Qt::AltModifier));
}

void PitrTimelineView::keyPressEvent(QKeyEvent *event)
{
    const qint64 span = m_toUs - m_fromUs;
    const qint64 base = m_pick.kind == Pick::Kind::None ? m_data.latestUs : m_pick.timeUs;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const qint64 step = span / (event->modifiers() & Qt::ShiftModifier ? 10 : 100);
    switch (event->key()) {
    case Qt::Key_Left:
        ctrl ? stepCommit(-1) : pickTime(base - std::max<qint64>(1, step), false);
        break;
    case Qt::Key_Right:
        ctrl ? stepCommit(+1) : pickTime(base + std::max<qint64>(1, step), false);
        break;
    case Qt::Key_PageUp:
        stepEvent(-1);
        break;
    case Qt::Key_PageDown:
        stepEvent(+1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(0.5, m_pick.kind == Pick::Kind::None ? (m_fromUs + span / 2) : m_pick.timeUs);
        break;
    case Qt::Key_Minus:
        zoom(2.0, m_pick.kind == Pick::Kind::None ? (m_fromUs + span / 2) : m_pick.timeUs);
        break;
    case Qt::Key_0:
        showWholeWindow();
        break;
    case Qt::Key_Home:
        pickTime(m_data.earliestUs, false);
        break;
    case Qt::Key_End:
        pickTime(m_data.latestUs, false);
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

void PitrTimelineView::leaveEvent(QEvent *event)
{
    m_hoverX = -1;
    update();
    QWidget::leaveEvent(event);
}

bool PitrTimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = eventAt(help->pos());
        if (index >= 0) {
            const auto &e = m_data.events.at(index);
            QToolTip::showText(help->globalPos(),
                               tr("%1 at %2\n%3\ntransaction %4 — click to recover to just before it")
                                   .arg(e.title, timeText(e.timeUs, true), e.relations.isEmpty() ? tr("(relations unknown)") : e.relations)
                                   .arg(e.xid),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace lifeboat
