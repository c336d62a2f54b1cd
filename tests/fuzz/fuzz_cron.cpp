// The 5-field cron parser and the next-time search it feeds (the scheduler calls both).
#include "schedule/CronExpression.h"

#include <QDateTime>
#include <QTimeZone>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto cron = lifeboat::CronExpression::parse(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (cron)
        (void)cron->next(QDateTime(QDate(2026, 3, 29), QTime(0, 30), QTimeZone::utc()), QTimeZone("Europe/Berlin")); // a DST change
    return 0;
}
