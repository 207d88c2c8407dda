#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

// Reads the timestamps Mighty Networks sends, tolerantly.
class Timestamp final
{
public:
    // Accepts ISO 8601 with Z, with an offset, with fractional seconds, or without an offset
    // (then read in timeZone, an IANA name; UTC if that is empty or unknown), and Unix seconds
    // as a number or a numeric string. Returns an invalid QDateTime for anything else, including
    // the documentation's "<string>" placeholder. A valid result is in UTC.
    static QDateTime parse(const QJsonValue &value, const QString &timeZone = {});
    static QDateTime parse(const QString &text, const QString &timeZone = {});

    // ISO 8601 in UTC with milliseconds, e.g. 2025-11-07T23:17:21.000Z; empty for invalid.
    static QString toIsoUtc(const QDateTime &dateTime);
};
