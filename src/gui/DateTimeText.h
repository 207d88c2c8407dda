#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>

// Dates and times as the user's locale writes them, to the minute. Webhook times carry no
// meaningful seconds, yet some locales' formats (C, POSIX, a few others) show them.
class DateTimeText final
{
public:
    // A time of day, e.g. "14:30" or "2:30 PM".
    static QString time(const QTime &time, const QLocale &locale = QLocale());
    // A short date and time, e.g. "18/12/2026 14:30", in the viewer's time zone.
    static QString dateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());
    // A long date and a time, e.g. "Friday, 18 December 2026 14:30".
    static QString longDateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());

    // The locale's time format with its seconds (and their separator) removed.
    static QString minutesOnly(QString format);
};
