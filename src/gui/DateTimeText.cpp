#include "DateTimeText.h"

#include <QRegularExpression>

QString DateTimeText::time(const QTime &time, const QLocale &locale)
{
    return locale.toString(time, minutesOnly(locale.timeFormat(QLocale::ShortFormat)));
}

QString DateTimeText::dateTime(const QDateTime &dateTime, const QLocale &locale)
{
    return locale.toString(dateTime, minutesOnly(locale.dateTimeFormat(QLocale::ShortFormat)));
}

QString DateTimeText::longDateTime(const QDateTime &dateTime, const QLocale &locale)
{
    return locale.toString(dateTime.date(), QLocale::LongFormat) + u' '
           + time(dateTime.time(), locale);
}

QString DateTimeText::minutesOnly(QString format)
{
    // "HH:mm:ss", "h.mm.ss AP", "HH:mm:ss t": the seconds follow the minutes with a separator.
    static const QRegularExpression seconds(QStringLiteral("[:.]s{1,2}(?:\\.z{1,3})?"));
    return format.remove(seconds);
}
