#include "JobCard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace lifeboat {

namespace {

// Mid-tone colours that read on light and dark palettes alike.
QColor levelColor(JobHealth::Level level)
{
    switch (level) {
    case JobHealth::Level::Good:
        return QColor(0x2e, 0x9d, 0x4f);
    case JobHealth::Level::Warning:
        return QColor(0xd9, 0x8c, 0x1a);
    case JobHealth::Level::Bad:
        return QColor(0xd3, 0x3a, 0x2f);
    }
    return {};
}

} // namespace

QString JobCard::headline(JobHealth::Level level)
{
    switch (level) {
    case JobHealth::Level::Good:
        return tr("Healthy");
    case JobHealth::Level::Warning:
        return tr("Needs attention");
    case JobHealth::Level::Bad:
        return tr("At risk");
    }
    return {};
}

JobCard::JobCard(const JobHealth &h, const QDateTime &now, QWidget *parent)
    : QFrame(parent)
    , m_backup(new QPushButton(tr("Back up now"), this))
{
    setObjectName(QStringLiteral("jobCard-") + h.job);
    m_backup->setObjectName(QStringLiteral("cardBackup-") + h.job);
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(330);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *strip = new QFrame(this);
    strip->setFixedWidth(6);
    strip->setAutoFillBackground(true);
    QPalette p = strip->palette();
    p.setColor(QPalette::Window, levelColor(h.level));
    strip->setPalette(p);

    auto *title = new QLabel(QStringLiteral("<b>%1</b> <span style='color:gray'>(%2)</span>").arg(h.job.toHtmlEscaped(), h.kind.toHtmlEscaped()), this);
    auto *state = new QLabel(QStringLiteral("<b style='color:%1'>%2</b>").arg(levelColor(h.level).name(), headline(h.level).toHtmlEscaped()), this);
    state->setObjectName(QStringLiteral("cardState-") + h.job);
    auto *head = new QHBoxLayout;
    head->addWidget(title, 1);
    head->addWidget(state);

    QStringList lines;
    if (h.lastSuccess.isValid())
        lines << (h.objectiveSeconds > 0 ? tr("Newest good backup: %1 ago (objective %2)").arg(JobHealth::humanDuration(h.ageSeconds), JobHealth::humanDuration(h.objectiveSeconds))
                                         : tr("Newest good backup: %1 ago").arg(JobHealth::humanDuration(h.ageSeconds)));
    else
        lines << tr("Newest good backup: none yet");
    if (h.nextRun.isValid())
        lines << tr("Next run: %1 (in %2)").arg(QLocale().toString(h.nextRun.toLocalTime(), QLocale::ShortFormat), JobHealth::humanDuration(now.secsTo(h.nextRun)));
    else
        lines << tr("Next run: not scheduled");
    if (h.verificationStatus.isEmpty())
        lines << tr("Verified: never");
    else
        lines << tr("Verified: %1 at level %2, %3 ago")
                     .arg(h.verificationStatus == QLatin1String("passed") ? tr("passed") : tr("FAILED"), h.verificationLevel,
                          JobHealth::humanDuration(h.verifiedAt.secsTo(now)));
    const QString free = h.repositoryFreeBytes >= 0 ? QLocale().formattedDataSize(h.repositoryFreeBytes) : tr("unknown");
    lines << tr("Repository %1: %2 free; %n backup(s) use %3", nullptr, h.backups).arg(h.repository, free, QLocale().formattedDataSize(h.storedBytes));
    if (h.forecastBytes > 0)
        lines << tr("Retention keeps about %1 backups: ~%2 at today's sizes").arg(h.keptAtSteadyState).arg(QLocale().formattedDataSize(h.forecastBytes));
    auto *facts = new QLabel(lines.join(QStringLiteral("<br>")), this);
    facts->setObjectName(QStringLiteral("cardFacts-") + h.job);
    facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *body = new QVBoxLayout;
    body->addLayout(head);
    body->addWidget(facts);
    if (!h.reasons.isEmpty()) {
        auto *why = new QLabel(QStringLiteral("• ") + h.reasons.join(QStringLiteral("<br>• ")), this);
        why->setObjectName(QStringLiteral("cardReasons-") + h.job);
        why->setWordWrap(true);
        body->addWidget(why);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_backup);
    body->addLayout(buttons);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 4);
    layout->addWidget(strip);
    layout->addLayout(body, 1);
    connect(m_backup, &QPushButton::clicked, this, [this, job = h.job] { emit backUpRequested(job); });
}

} // namespace lifeboat
