#include "domain/Timestamp.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>
#include <QTimeZone>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

// Numbers above this are milliseconds: as seconds they would lie past the year 5000.
constexpr double MillisecondsThreshold = 1e11;
// 9999-12-31T23:59:59.999Z: anything further out is not a timestamp but noise.
constexpr double LatestMilliseconds = 253402300799999.0;

QDateTime fromUnixNumber(double number)
{
    const double milliseconds = std::abs(number) > MillisecondsThreshold ? number : number * 1000.0;
    if (!std::isfinite(milliseconds) || std::abs(milliseconds) > LatestMilliseconds)
        return {};
    return QDateTime::fromMSecsSinceEpoch(std::llround(milliseconds), Qt::UTC);
}

QDateTime fromUnixText(const QString &text)
{
    static const QRegularExpression number(u"^-?\\d+(\\.\\d+)?$"_s);
    if (!number.match(text).hasMatch())
        return {};
    return fromUnixNumber(text.toDouble());
}

// Qt 6.4 rounds fractions beyond milliseconds (23:59:59.9999 becomes the next day); cutting
// them keeps the instant inside the second that was written.
QString truncateFraction(QString text)
{
    static const QRegularExpression longFraction(u"(:\\d\\d[.,]\\d{3})\\d+"_s);
    return text.replace(longFraction, u"\\1"_s);
}

// Only IANA-style names count: Qt's TZ backend would otherwise take any text, the "<string>"
// placeholder included, as a POSIX rule and call it a valid zone.
QTimeZone zoneNamed(const QString &name)
{
    static const QRegularExpression ianaName(u"^[A-Za-z0-9_+:/-]+$"_s);
    if (!ianaName.match(name).hasMatch())
        return QTimeZone(0);
    const QTimeZone zone(name.toUtf8());
    return zone.isValid() ? zone : QTimeZone(0);
}

// Reads a wall-clock time the way RFC 5545 does: a repeated time is its first occurrence, a
// skipped time uses the offset from before the gap. Qt 6.4 returns an invalid QDateTime in a
// gap and the later occurrence in an overlap.
QDateTime fromWallClock(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const QDateTime wall(date, time, Qt::UTC);
    const int before = zone.offsetFromUtc(wall.addDays(-1));
    const int after = zone.offsetFromUtc(wall.addDays(1));
    for (const int offset : {before, after}) {
        const QDateTime instant = wall.addSecs(-offset);
        if (zone.offsetFromUtc(instant) == offset)
            return instant;
    }
    return wall.addSecs(-before);
}

// The date and time as written, ignoring that no offset was given.
QDateTime wallClockOf(const QString &text)
{
    const QDateTime asUtc = QDateTime::fromString(text % u'Z', Qt::ISODateWithMs);
    if (asUtc.isValid())
        return asUtc;
    // QDate::fromString accepts trailing text after the date, so the length is checked here.
    const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
}

QDateTime fromIsoText(const QString &text, const QString &timeZone)
{
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (parsed.isValid() && parsed.timeSpec() != Qt::LocalTime)
        return parsed.toUTC();
    // Without an offset Qt reads the text in the machine's zone; the payload's zone is meant.
    const QDateTime wall = wallClockOf(text);
    if (!wall.isValid())
        return {};
    return fromWallClock(wall.date(), wall.time(), zoneNamed(timeZone.trimmed()));
}

} // namespace

QDateTime Timestamp::parse(const QJsonValue &value, const QString &timeZone)
{
    if (value.isString())
        return parse(value.toString(), timeZone);
    if (value.isDouble())
        return fromUnixNumber(value.toDouble());
    return {};
}

QDateTime Timestamp::parse(const QString &text, const QString &timeZone)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QDateTime epoch = fromUnixText(trimmed);
    if (epoch.isValid())
        return epoch;
    return fromIsoText(truncateFraction(trimmed), timeZone);
}

QString Timestamp::toIsoUtc(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime utc = dateTime.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (date.year() < 1 || date.year() > 9999)
        return utc.toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
    // Written digit by digit: every stored delivery needs one, and a format string is parsed
    // anew each time.
    QString text(24, Qt::Uninitialized);
    QChar *out = text.data();
    const auto put = [&out](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            out[i] = QChar(u'0' + value % 10);
        out += digits;
    };
    const auto separator = [&out](char16_t c) {
        *out++ = QChar(c);
    };
    put(date.year(), 4);
    separator(u'-');
    put(date.month(), 2);
    separator(u'-');
    put(date.day(), 2);
    separator(u'T');
    put(time.hour(), 2);
    separator(u':');
    put(time.minute(), 2);
    separator(u':');
    put(time.second(), 2);
    separator(u'.');
    put(time.msec(), 3);
    separator(u'Z');
    return text;
}
