#include "NotificationText.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

using Kind = EventNotification::Kind;

Q_DECLARE_METATYPE(EventNotification)

namespace {

EventNotification about(Kind kind, const std::function<void(EventNotification &)> &edit = {})
{
    EventNotification n;
    n.kind = kind;
    n.event.id = u"1"_s;
    n.event.title = u"Sourdough workshop"_s;
    n.event.startsAtUtc = QDateTime(QDate(2026, 12, 1), QTime(18, 0), QTimeZone::utc());
    n.event.spaceName = u"Bakers"_s;
    n.event.creatorName = u"Rosa Parks"_s;
    n.event.location = u"Town hall"_s;
    if (edit)
        edit(n);
    return n;
}

} // namespace

// The words of each kind of notification, as an English-speaking user reads them.
class TstNotificationText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryAndFirstLine_data();
    void summaryAndFirstLine();
    void bodyEndsWithStartSpaceAndCreator();
};

void TstNotificationText::summaryAndFirstLine_data()
{
    QTest::addColumn<EventNotification>("notification");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("firstLine"); // empty: the body starts with the start time

    QTest::newRow("new event") << about(Kind::NewEvent) << u"Sourdough workshop"_s << QString();
    QTest::newRow("untitled") << about(Kind::NewEvent, [](auto &n) { n.event.title = u" "_s; })
                              << u"Untitled event"_s << QString();
    QTest::newRow("moved in time")
        << about(Kind::Moved, [](auto &n) { n.changedFields = {u"starts_at"_s}; })
        << u"Sourdough workshop"_s << u"Moved to a new time"_s;
    QTest::newRow("moved in place") << about(Kind::Moved, [](auto &n) {
        n.changedFields = {u"starts_at"_s, u"location"_s};
    }) << u"Sourdough workshop"_s << u"Moved to Town hall"_s;
    QTest::newRow("canceled") << about(Kind::Canceled) << u"Sourdough workshop"_s << u"Canceled"_s;
    QTest::newRow("first yes") << about(Kind::RsvpMilestone, [](auto &n) { n.milestone = 1; })
                               << u"Sourdough workshop"_s << u"First “yes”"_s;
    QTest::newRow("ten yes") << about(Kind::RsvpMilestone, [](auto &n) { n.milestone = 10; })
                             << u"Sourdough workshop"_s << u"10 people said “yes”"_s;
    QTest::newRow("reminder") << about(Kind::Reminder, [](auto &n) { n.minutesBefore = 1; })
                              << u"Sourdough workshop"_s << u"Starts in 1 min"_s;
}

void TstNotificationText::summaryAndFirstLine()
{
    QFETCH(EventNotification, notification);
    QFETCH(QString, summary);
    QFETCH(QString, firstLine);
    QCOMPARE(NotificationText::summary(notification), summary);
    const QStringList lines = NotificationText::body(notification).split(u'\n');
    QCOMPARE(lines.size(), firstLine.isEmpty() ? 2 : 3);
    if (!firstLine.isEmpty())
        QCOMPARE(lines.first(), firstLine);
}

void TstNotificationText::bodyEndsWithStartSpaceAndCreator()
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    EventNotification n = about(Kind::NewEvent);
    const QDateTime local = n.event.startsAtUtc.toLocalTime();
    QCOMPARE(NotificationText::body(n, english),
             english.toString(local.date(), QLocale::LongFormat) + u", "_s
                 + english.toString(local.time(), QLocale::ShortFormat)
                 + u"\nIn Bakers · by Rosa Parks"_s);
    n.event.spaceName.clear();
    QCOMPARE(NotificationText::body(n, english).section(u'\n', 1), u"By Rosa Parks"_s);
    n.event.startsAtUtc = QDateTime();
    QCOMPARE(NotificationText::body(n, english).section(u'\n', 0, 0), u"No start time given"_s);

    EventNotification batch;
    batch.kind = Kind::NewEvents;
    batch.count = 12;
    batch.spaceCount = 3;
    QCOMPARE(NotificationText::summary(batch), u"12 new events in 3 spaces"_s);
    batch.spaceCount = 1;
    QCOMPARE(NotificationText::summary(batch), u"12 new events"_s);
}

QTEST_GUILESS_MAIN(TstNotificationText)
#include "tst_notificationtext.moc"
