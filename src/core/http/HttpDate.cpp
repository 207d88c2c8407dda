#include "http/HttpDate.h"

#include <QLocale>
#include <QTimeZone>

namespace {

// English names whatever the user's language: the format is for machines.
constexpr QLatin1StringView Pattern("ddd, dd MMM yyyy HH:mm:ss 'GMT'");

} // namespace

QByteArray HttpDate::format(const QDateTime &instant)
{
    return QLocale::c().toString(instant.toUTC(), Pattern).toLatin1();
}

QDateTime HttpDate::parse(QByteArrayView text)
{
    QDateTime instant = QLocale::c().toDateTime(QString::fromLatin1(text.trimmed()), Pattern);
    if (!instant.isValid())
        return {};
    instant.setTimeZone(QTimeZone::utc());
    return instant;
}
