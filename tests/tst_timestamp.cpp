#include "domain/Timestamp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

class TstTimestamp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseText_data();
    void parseText();
    void parseJsonValue_data();
    void parseJsonValue();
    void toIsoUtc_data();
    void toIsoUtc();
};

void TstTimestamp::parseText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<QString>("expected"); // empty: invalid

    const QString la = u"America/Los_Angeles"_s;
    const QString noZone;

    // The forms the reference lists.
    QTest::newRow("documented +00:00 offset")
        << u"2025-11-07T23:17:21+00:00"_s << noZone << u"2025-11-07T23:17:21.000Z"_s;
    QTest::newRow("Z suffix") << u"2025-11-07T23:17:21Z"_s << noZone
                              << u"2025-11-07T23:17:21.000Z"_s;
    QTest::newRow("negative offset converts to UTC")
        << u"2025-11-07T15:17:21-08:00"_s << noZone << u"2025-11-07T23:17:21.000Z"_s;
    QTest::newRow("half-hour offset")
        << u"2025-11-08T04:47:21+05:30"_s << noZone << u"2025-11-07T23:17:21.000Z"_s;
    QTest::newRow("offset crossing midnight")
        << u"2025-11-08T01:17:21+02:00"_s << noZone << u"2025-11-07T23:17:21.000Z"_s;
    QTest::newRow("milliseconds") << u"2025-11-07T23:17:21.123Z"_s << noZone
                                  << u"2025-11-07T23:17:21.123Z"_s;
    QTest::newRow("one fraction digit is tenths")
        << u"2025-11-07T23:17:21.5Z"_s << noZone << u"2025-11-07T23:17:21.500Z"_s;
    QTest::newRow("microseconds are truncated")
        << u"2025-11-07T23:17:21.123456Z"_s << noZone << u"2025-11-07T23:17:21.123Z"_s;
    QTest::newRow("long fraction truncated, not rounded into the next day")
        << u"2025-11-07T23:59:59.99999Z"_s << noZone << u"2025-11-07T23:59:59.999Z"_s;
    QTest::newRow("microseconds with an offset")
        << u"2025-11-08T00:17:21.987654+01:00"_s << noZone << u"2025-11-07T23:17:21.987Z"_s;
    QTest::newRow("space instead of T")
        << u"2025-11-07 23:17:21"_s << noZone << u"2025-11-07T23:17:21.000Z"_s;
    QTest::newRow("space instead of T with offset")
        << u"2025-11-07 15:17:21-08:00"_s << noZone << u"2025-11-07T23:17:21.000Z"_s;
    QTest::newRow("surrounding whitespace")
        << u"  2025-11-07T23:17:21Z\n"_s << noZone << u"2025-11-07T23:17:21.000Z"_s;

    // Without an offset the payload's zone decides.
    QTest::newRow("no offset, no zone: UTC")
        << u"2025-11-07T23:17:21"_s << noZone << u"2025-11-07T23:17:21.000Z"_s;
    QTest::newRow("no offset, Los Angeles in summer (PDT)")
        << u"2025-07-01T09:00:00"_s << la << u"2025-07-01T16:00:00.000Z"_s;
    QTest::newRow("no offset, Los Angeles in winter (PST)")
        << u"2025-12-01T09:00:00"_s << la << u"2025-12-01T17:00:00.000Z"_s;
    QTest::newRow("no offset, day before the fall-back change")
        << u"2025-11-01T10:00:00"_s << la << u"2025-11-01T17:00:00.000Z"_s;
    QTest::newRow("no offset, day of the fall-back change")
        << u"2025-11-02T16:00:00"_s << la << u"2025-11-03T00:00:00.000Z"_s;
    QTest::newRow("repeated hour is its first occurrence")
        << u"2025-11-02T01:30:00"_s << la << u"2025-11-02T08:30:00.000Z"_s;
    QTest::newRow("skipped hour uses the offset before the gap")
        << u"2025-03-09T02:30:00"_s << la << u"2025-03-09T10:30:00.000Z"_s;
    QTest::newRow("no offset, Berlin")
        << u"2025-12-02T17:00:00"_s << u"Europe/Berlin"_s << u"2025-12-02T16:00:00.000Z"_s;
    QTest::newRow("no offset, legacy zone link")
        << u"2025-12-01T09:00:00"_s << u"US/Pacific"_s << u"2025-12-01T17:00:00.000Z"_s;
    QTest::newRow("no offset, fraction kept in the zone")
        << u"2025-12-01T09:00:00.250"_s << la << u"2025-12-01T17:00:00.250Z"_s;
    QTest::newRow("no offset, unknown zone: UTC")
        << u"2025-12-01T09:00:00"_s << u"Mars/Olympus_Mons"_s << u"2025-12-01T09:00:00.000Z"_s;
    QTest::newRow("no offset, placeholder zone: UTC")
        << u"2025-12-01T09:00:00"_s << u"<string>"_s << u"2025-12-01T09:00:00.000Z"_s;
    QTest::newRow("no offset, POSIX rule is not an IANA name: UTC")
        << u"2025-12-01T09:00:00"_s << u"<-03>3"_s << u"2025-12-01T09:00:00.000Z"_s;
    QTest::newRow("zone name with surrounding spaces")
        << u"2025-12-01T09:00:00"_s << u" America/Los_Angeles "_s << u"2025-12-01T17:00:00.000Z"_s;
    QTest::newRow("an offset beats the zone")
        << u"2025-11-07T23:17:21+01:00"_s << la << u"2025-11-07T22:17:21.000Z"_s;
    QTest::newRow("Z beats the zone")
        << u"2025-11-07T23:17:21Z"_s << la << u"2025-11-07T23:17:21.000Z"_s;
    QTest::newRow("date only: midnight UTC")
        << u"2025-11-07"_s << noZone << u"2025-11-07T00:00:00.000Z"_s;
    QTest::newRow("date only: midnight in the zone")
        << u"2025-11-07"_s << la << u"2025-11-07T08:00:00.000Z"_s;

    // Unix time in a string.
    QTest::newRow("unix seconds as text") << u"1762557441"_s << la << u"2025-11-07T23:17:21.000Z"_s;
    QTest::newRow("unix milliseconds as text")
        << u"1762557441123"_s << noZone << u"2025-11-07T23:17:21.123Z"_s;
    QTest::newRow("unix seconds with a fraction as text")
        << u"1762557441.5"_s << noZone << u"2025-11-07T23:17:21.500Z"_s;

    // Refused.
    QTest::newRow("documentation placeholder") << u"<string>"_s << noZone << QString();
    QTest::newRow("empty") << QString() << noZone << QString();
    QTest::newRow("blank") << u"   "_s << la << QString();
    QTest::newRow("words") << u"next Tuesday"_s << noZone << QString();
    QTest::newRow("month 13") << u"2025-13-07T23:17:21Z"_s << noZone << QString();
    QTest::newRow("February 30th") << u"2025-02-30"_s << noZone << QString();
    QTest::newRow("offset and Z") << u"2025-11-07T23:17:21+00:00Z"_s << noZone << QString();
    QTest::newRow("date followed by junk") << u"2025-11-07 tea time"_s << noZone << QString();
    QTest::newRow("digits followed by junk") << u"1762557441s"_s << noZone << QString();
    QTest::newRow("unix seconds past year 9999") << u"99999999999999999"_s << noZone << QString();
}

void TstTimestamp::parseText()
{
    QFETCH(QString, text);
    QFETCH(QString, timeZone);
    QFETCH(QString, expected);

    const QDateTime parsed = Timestamp::parse(text, timeZone);

    QCOMPARE(parsed.isValid(), !expected.isEmpty());
    QCOMPARE(Timestamp::toIsoUtc(parsed), expected);
    if (parsed.isValid())
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
}

void TstTimestamp::parseJsonValue_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<QString>("expected"); // empty: invalid

    const QString la = u"America/Los_Angeles"_s;

    QTest::newRow("string with offset")
        << QJsonValue(u"2025-11-07T23:17:21+00:00"_s) << la << u"2025-11-07T23:17:21.000Z"_s;
    QTest::newRow("string without offset uses the zone")
        << QJsonValue(u"2025-11-20T18:30:00"_s) << la << u"2025-11-21T02:30:00.000Z"_s;
    QTest::newRow("unix seconds as a number")
        << QJsonValue(1762557441) << la << u"2025-11-07T23:17:21.000Z"_s;
    QTest::newRow("unix milliseconds as a number")
        << QJsonValue(qint64(1762557441123)) << QString() << u"2025-11-07T23:17:21.123Z"_s;
    QTest::newRow("unix seconds with a fraction")
        << QJsonValue(1762557441.25) << QString() << u"2025-11-07T23:17:21.250Z"_s;
    QTest::newRow("1e11 is still seconds")
        << QJsonValue(1e11) << QString() << u"5138-11-16T09:46:40.000Z"_s;
    QTest::newRow("just above 1e11 is milliseconds")
        << QJsonValue(qint64(100000000001)) << QString() << u"1973-03-03T09:46:40.001Z"_s;
    QTest::newRow("zero is the epoch")
        << QJsonValue(0) << QString() << u"1970-01-01T00:00:00.000Z"_s;
    QTest::newRow("huge number") << QJsonValue(1e300) << QString() << QString();
    QTest::newRow("placeholder string") << QJsonValue(u"<string>"_s) << la << QString();
    QTest::newRow("empty string") << QJsonValue(QString()) << la << QString();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << la << QString();
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << la << QString();
    QTest::newRow("true") << QJsonValue(true) << la << QString();
    QTest::newRow("false") << QJsonValue(false) << la << QString();
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"date"_s, u"2025-11-07"_s}}) << la
                            << QString();
    QTest::newRow("array") << QJsonValue(QJsonArray{u"2025-11-07T23:17:21Z"_s}) << la << QString();
}

void TstTimestamp::parseJsonValue()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, timeZone);
    QFETCH(QString, expected);

    const QDateTime parsed = Timestamp::parse(value, timeZone);

    QCOMPARE(parsed.isValid(), !expected.isEmpty());
    QCOMPARE(Timestamp::toIsoUtc(parsed), expected);
}

void TstTimestamp::toIsoUtc_data()
{
    QTest::addColumn<QDateTime>("dateTime");
    QTest::addColumn<QString>("expected");

    const QDate date(2025, 11, 7);
    QTest::newRow("UTC with zero milliseconds")
        << QDateTime(date, QTime(23, 17, 21), Qt::UTC) << u"2025-11-07T23:17:21.000Z"_s;
    QTest::newRow("milliseconds are zero-padded")
        << QDateTime(date, QTime(23, 17, 21, 7), Qt::UTC) << u"2025-11-07T23:17:21.007Z"_s;
    QTest::newRow("offset converted to UTC")
        << QDateTime(date, QTime(1, 0), Qt::OffsetFromUTC, 2 * 3600)
        << u"2025-11-06T23:00:00.000Z"_s;
    QTest::newRow("zone converted to UTC")
        << QDateTime(date, QTime(15, 17, 21), QTimeZone("America/Los_Angeles"))
        << u"2025-11-07T23:17:21.000Z"_s;
    QTest::newRow("invalid is empty") << QDateTime() << QString();
}

void TstTimestamp::toIsoUtc()
{
    QFETCH(QDateTime, dateTime);
    QFETCH(QString, expected);

    QCOMPARE(Timestamp::toIsoUtc(dateTime), expected);
}

QTEST_GUILESS_MAIN(TstTimestamp)
#include "tst_timestamp.moc"
