#pragma once

#include <QByteArray>
#include <QDateTime>

// HTTP's date format (RFC 9110 IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT"), for
// Last-Modified and If-Modified-Since.
class HttpDate final
{
public:
    static QByteArray format(const QDateTime &instant);
    // An invalid QDateTime when text is not an IMF-fixdate.
    static QDateTime parse(QByteArrayView text);
};
