#include "DateTimeText.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TstDateTimeText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minutesOnly_data();
    void minutesOnly();
    void noLocaleShowsSeconds_data();
    void noLocaleShowsSeconds();
    void longDateTimeKeepsTheDate();
};

void TstDateTimeText::minutesOnly_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("C") << u"dd MMM yyyy HH:mm:ss"_s << u"dd MMM yyyy HH:mm"_s;
    QTest::newRow("dots") << u"h.mm.ss AP"_s << u"h.mm AP"_s;
    QTest::newRow("milliseconds") << u"HH:mm:ss.zzz t"_s << u"HH:mm t"_s;
    QTest::newRow("already minutes") << u"h:mm AP"_s << u"h:mm AP"_s;
    QTest::newRow("single s") << u"H:mm:s"_s << u"H:mm"_s;
}

void TstDateTimeText::minutesOnly()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    QCOMPARE(DateTimeText::minutesOnly(format), expected);
}

void TstDateTimeText::noLocaleShowsSeconds_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"C", "en_US", "en_GB", "de_DE", "fr_FR", "fi_FI", "ja_JP", "ar_EG"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TstDateTimeText::noLocaleShowsSeconds()
{
    QFETCH(QString, name);
    const QLocale locale(name);
    const QDateTime instant(QDate(2026, 12, 18), QTime(14, 30, 47));
    // 47 seconds would read as "47" (or in the locale's digits); minutes stay.
    const QString seconds = locale.toString(47);
    const QString minutes = locale.toString(30);
    const QString time = DateTimeText::time(instant.time(), locale);
    const QString dateTime = DateTimeText::dateTime(instant, locale);
    QVERIFY2(!time.contains(seconds) && time.contains(minutes), qPrintable(time));
    QVERIFY2(!dateTime.contains(seconds) && dateTime.contains(minutes), qPrintable(dateTime));
}

void TstDateTimeText::longDateTimeKeepsTheDate()
{
    const QLocale locale(u"en_GB"_s);
    const QDateTime instant(QDate(2026, 12, 18), QTime(14, 30, 47));
    QCOMPARE(DateTimeText::longDateTime(instant, locale), u"Friday, 18 December 2026 14:30"_s);
}

QTEST_GUILESS_MAIN(TstDateTimeText)
#include "tst_datetimetext.moc"
