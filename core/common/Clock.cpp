#include "Clock.h"

#include <atomic>

namespace lifeboat {

namespace {
const SystemClock systemClock;
std::atomic<const Clock *> current{&systemClock};
} // namespace

const Clock &Clock::instance()
{
    return *current.load();
}

void Clock::setInstance(const Clock *clock)
{
    current.store(clock ? clock : &systemClock);
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace lifeboat
