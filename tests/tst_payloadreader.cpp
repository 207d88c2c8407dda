#include "domain/PayloadReader.h"
#include "domain/Timestamp.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;

class TstPayloadReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readText_data();
    void readText();
    void readId_data();
    void readId();
    void eventFromFixture_data();
    void eventFromFixture();
    void eventTolerance_data();
    void eventTolerance();
    void memberFields_data();
    void memberFields();
    void spaceFields_data();
    void spaceFields();
    void rsvpFromFixture_data();
    void rsvpFromFixture();
    void rsvpTolerance_data();
    void rsvpTolerance();
};

namespace {

const QString Unset = u"(unset)"_s;

QJsonObject objectFrom(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject fixturePayload(const QString &name)
{
    QFile file(QString::fromUtf8(EVENTWATCH_FIXTURES) % u'/' % name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return objectFrom(file.readAll()).value("payload"_L1).toObject();
}

template<typename T>
QString text(const std::optional<T> &value)
{
    if (!value)
        return Unset;
    if constexpr (std::is_same_v<T, bool>)
        return *value ? u"true"_s : u"false"_s;
    else
        return QString::number(*value);
}

// Fields by name, so that each table row can check one field and say which in its name.
QString memberField(const Member &member, const QString &field)
{
    using Reader = QString (*)(const Member &);
    static const QHash<QString, Reader> readers{
        {u"id"_s,
         [](const Member &m) {
             return m.id;
         }},
        {u"firstName"_s,
         [](const Member &m) {
             return m.firstName;
         }},
        {u"lastName"_s,
         [](const Member &m) {
             return m.lastName;
         }},
        {u"displayName"_s,
         [](const Member &m) {
             return m.displayName();
         }},
        {u"email"_s,
         [](const Member &m) {
             return m.email;
         }},
        {u"timeZone"_s,
         [](const Member &m) {
             return m.timeZone;
         }},
        {u"location"_s,
         [](const Member &m) {
             return m.location;
         }},
        {u"bio"_s,
         [](const Member &m) {
             return m.bio;
         }},
        {u"avatar"_s,
         [](const Member &m) {
             return m.avatar;
         }},
        {u"categories"_s,
         [](const Member &m) {
             return m.categories;
         }},
        {u"permalink"_s,
         [](const Member &m) {
             return m.permalink;
         }},
        {u"ambassadorLevel"_s,
         [](const Member &m) {
             return m.ambassadorLevel;
         }},
        {u"memberType"_s,
         [](const Member &m) {
             return m.memberType;
         }},
        {u"createdAt"_s,
         [](const Member &m) {
             return m.createdAt;
         }},
        {u"updatedAt"_s,
         [](const Member &m) {
             return m.updatedAt;
         }},
        {u"referralCount"_s,
         [](const Member &m) {
             return text(m.referralCount);
         }},
        {u"isEmpty"_s,
         [](const Member &m) {
             return text(std::optional<bool>(m.isEmpty()));
         }},
    };
    const Reader reader = readers.value(field);
    return reader ? reader(member) : u"(no such field)"_s;
}

QString spaceField(const Space &space, const QString &field)
{
    using Reader = QString (*)(const Space &);
    static const QHash<QString, Reader> readers{
        {u"id"_s,
         [](const Space &s) {
             return s.id;
         }},
        {u"name"_s,
         [](const Space &s) {
             return s.name;
         }},
        {u"collectionId"_s,
         [](const Space &s) {
             return s.collectionId;
         }},
        {u"createdAt"_s,
         [](const Space &s) {
             return s.createdAt;
         }},
        {u"updatedAt"_s,
         [](const Space &s) {
             return s.updatedAt;
         }},
        {u"isEmpty"_s,
         [](const Space &s) {
             return text(std::optional<bool>(s.isEmpty()));
         }},
    };
    const Reader reader = readers.value(field);
    return reader ? reader(space) : u"(no such field)"_s;
}

QString eventField(const EventRecord &event, const QString &field)
{
    if (field.startsWith("creator."_L1))
        return memberField(event.creator, field.mid(8));
    if (field.startsWith("space."_L1))
        return spaceField(event.space, field.mid(6));
    using Reader = QString (*)(const EventRecord &);
    static const QHash<QString, Reader> readers{
        {u"id"_s,
         [](const EventRecord &e) {
             return e.id;
         }},
        {u"title"_s,
         [](const EventRecord &e) {
             return e.title;
         }},
        {u"summary"_s,
         [](const EventRecord &e) {
             return e.summary;
         }},
        {u"postType"_s,
         [](const EventRecord &e) {
             return e.postType;
         }},
        {u"eventType"_s,
         [](const EventRecord &e) {
             return e.eventType;
         }},
        {u"startsAt"_s,
         [](const EventRecord &e) {
             return e.startsAt;
         }},
        {u"endsAt"_s,
         [](const EventRecord &e) {
             return e.endsAt;
         }},
        {u"timeZone"_s,
         [](const EventRecord &e) {
             return e.timeZone;
         }},
        {u"location"_s,
         [](const EventRecord &e) {
             return e.location;
         }},
        {u"recurrenceRule"_s,
         [](const EventRecord &e) {
             return e.recurrenceRule;
         }},
        {u"frequency"_s,
         [](const EventRecord &e) {
             return e.frequency;
         }},
        {u"interval"_s,
         [](const EventRecord &e) {
             return text(e.interval);
         }},
        {u"spaceId"_s,
         [](const EventRecord &e) {
             return e.spaceId;
         }},
        {u"creatorId"_s,
         [](const EventRecord &e) {
             return e.creatorId;
         }},
        {u"permalink"_s,
         [](const EventRecord &e) {
             return e.permalink;
         }},
        {u"images"_s,
         [](const EventRecord &e) {
             return e.images.join(" | "_L1);
         }},
        {u"imageCount"_s,
         [](const EventRecord &e) {
             return QString::number(e.images.size());
         }},
        {u"createdAt"_s,
         [](const EventRecord &e) {
             return e.createdAt;
         }},
        {u"updatedAt"_s,
         [](const EventRecord &e) {
             return e.updatedAt;
         }},
        {u"rsvpEnabled"_s,
         [](const EventRecord &e) {
             return text(e.rsvpEnabled);
         }},
        {u"rsvpClosed"_s,
         [](const EventRecord &e) {
             return text(e.rsvpClosed);
         }},
        {u"restrictedEvent"_s,
         [](const EventRecord &e) {
             return text(e.restrictedEvent);
         }},
        {u"postInFeed"_s,
         [](const EventRecord &e) {
             return text(e.postInFeed);
         }},
        {u"startsAtUtc"_s,
         [](const EventRecord &e) {
             return Timestamp::toIsoUtc(e.startsAtUtc);
         }},
        {u"endsAtUtc"_s,
         [](const EventRecord &e) {
             return Timestamp::toIsoUtc(e.endsAtUtc);
         }},
        {u"updatedAtUtc"_s,
         [](const EventRecord &e) {
             return Timestamp::toIsoUtc(e.updatedAtUtc);
         }},
    };
    const Reader reader = readers.value(field);
    return reader ? reader(event) : u"(no such field)"_s;
}

QString rsvpField(const Rsvp &rsvp, const QString &field)
{
    if (field.startsWith("event."_L1))
        return eventField(rsvp.event, field.mid(6));
    if (field.startsWith("member."_L1))
        return memberField(rsvp.member, field.mid(7));
    using Reader = QString (*)(const Rsvp &);
    static const QHash<QString, Reader> readers{
        {u"id"_s,
         [](const Rsvp &r) {
             return r.id;
         }},
        {u"status"_s,
         [](const Rsvp &r) {
             return r.status;
         }},
        {u"updated"_s,
         [](const Rsvp &r) {
             return r.updated;
         }},
        {u"instanceKey"_s,
         [](const Rsvp &r) {
             return r.instanceKey;
         }},
        {u"instanceStartsAt"_s,
         [](const Rsvp &r) {
             return r.instanceStartsAt;
         }},
    };
    const Reader reader = readers.value(field);
    return reader ? reader(rsvp) : u"(no such field)"_s;
}

void addFieldColumns(const char *sourceColumn)
{
    QTest::addColumn<QByteArray>(sourceColumn);
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
}

void addRow(const char *name, const QByteArray &source, const QString &field,
            const QString &expected)
{
    QTest::newRow(name) << source << field << expected;
}

} // namespace

void TstPayloadReader::readText_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("string as is, spaces kept")
        << QJsonValue(u" Coffee & Code "_s) << u" Coffee & Code "_s;
    QTest::newRow("placeholder string") << QJsonValue(u"<string>"_s) << u"<string>"_s;
    QTest::newRow("integer") << QJsonValue(42) << u"42"_s;
    QTest::newRow("integral double has no .0") << QJsonValue(2026.0) << u"2026"_s;
    QTest::newRow("negative integer") << QJsonValue(-7) << u"-7"_s;
    QTest::newRow("integer beyond double precision")
        << QJsonValue(qint64(9007199254740993)) << u"9007199254740993"_s;
    QTest::newRow("decimal") << QJsonValue(2.5) << u"2.5"_s;
    QTest::newRow("decimal without binary noise") << QJsonValue(0.1) << u"0.1"_s;
    QTest::newRow("integral but beyond qint64") << QJsonValue(1e300) << u"1e+300"_s;
    QTest::newRow("true is not text") << QJsonValue(true) << QString();
    QTest::newRow("null is not text") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("missing is not text") << QJsonValue(QJsonValue::Undefined) << QString();
    QTest::newRow("array is not text") << QJsonValue(QJsonArray{u"a"_s}) << QString();
    QTest::newRow("object is not text") << QJsonValue(QJsonObject{{u"a"_s, 1}}) << QString();
}

void TstPayloadReader::readText()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);

    QCOMPARE(PayloadReader::readText(value), expected);
}

void TstPayloadReader::readId_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("integer") << QJsonValue(1234) << u"1234"_s;
    QTest::newRow("integral double") << QJsonValue(1234.0) << u"1234"_s;
    QTest::newRow("numeric string equals the number") << QJsonValue(u"1234"_s) << u"1234"_s;
    QTest::newRow("string is trimmed") << QJsonValue(u"  1234\n"_s) << u"1234"_s;
    QTest::newRow("non-numeric string kept") << QJsonValue(u"evt_9f2c"_s) << u"evt_9f2c"_s;
    QTest::newRow("large id keeps every digit")
        << QJsonValue(qint64(9007199254740993)) << u"9007199254740993"_s;
    QTest::newRow("fraction is not an id") << QJsonValue(12.5) << QString();
    QTest::newRow("bool is not an id") << QJsonValue(true) << QString();
    QTest::newRow("null is not an id") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("object is not an id") << QJsonValue(QJsonObject{{u"id"_s, 1}}) << QString();
}

void TstPayloadReader::readId()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);

    QCOMPARE(PayloadReader::readId(value), expected);
}

void TstPayloadReader::eventFromFixture_data()
{
    addFieldColumns("fixture");

    const QByteArray doc = "event-created-doc-example.json";
    addRow("doc example: string id", doc, u"id"_s, u"1234"_s);
    addRow("doc example: placeholder title kept", doc, u"title"_s, u"<string>"_s);
    addRow("doc example: placeholder starts_at kept as text", doc, u"startsAt"_s, u"<string>"_s);
    addRow("doc example: placeholder starts_at is no instant", doc, u"startsAtUtc"_s, QString());
    addRow("doc example: updated_at parsed", doc, u"updatedAtUtc"_s, u"2025-11-07T23:17:21.000Z"_s);
    addRow("doc example: creator_id beats creator.id", doc, u"creatorId"_s, u"123"_s);
    addRow("doc example: space_id beats space.id", doc, u"spaceId"_s, u"123"_s);
    addRow("doc example: creator read", doc, u"creator.id"_s, u"1234"_s);
    addRow("doc example: creator name", doc, u"creator.displayName"_s, u"<string> <string>"_s);
    addRow("doc example: categories as a string", doc, u"creator.categories"_s, u"<string>"_s);
    addRow("doc example: referral count", doc, u"creator.referralCount"_s, u"123"_s);
    addRow("doc example: space read", doc, u"space.id"_s, u"1234"_s);
    addRow("doc example: recurrence rule", doc, u"recurrenceRule"_s, u"<string>"_s);
    addRow("doc example: no interval", doc, u"interval"_s, Unset);
    addRow("doc example: boolean", doc, u"restrictedEvent"_s, u"true"_s);
    addRow("doc example: images", doc, u"images"_s, u"<string>"_s);

    const QByteArray created = "event-created.json";
    addRow("created: integer id", created, u"id"_s, u"48213377"_s);
    addRow("created: title", created, u"title"_s, u"Community Coffee & Code"_s);
    addRow("created: HTML summary verbatim", created, u"summary"_s,
           u"<p>Bring a laptop and a question. We pair up for an hour.</p>"_s);
    addRow("created: event type", created, u"eventType"_s, u"local_meetup"_s);
    addRow("created: offset starts_at to UTC", created, u"startsAtUtc"_s,
           u"2025-11-21T02:30:00.000Z"_s);
    addRow("created: offset ends_at to UTC", created, u"endsAtUtc"_s,
           u"2025-11-21T04:00:00.000Z"_s);
    addRow("created: false is false, not unset", created, u"rsvpClosed"_s, u"false"_s);
    addRow("created: integer space id", created, u"spaceId"_s, u"905112"_s);
    addRow("created: integer creator id", created, u"creatorId"_s, u"1733048"_s);
    addRow("created: both images", created, u"imageCount"_s, u"2"_s);
    addRow("created: category objects joined", created, u"creator.categories"_s,
           u"Hosts, Bay Area"_s);
    addRow("created: creator name", created, u"creator.displayName"_s, u"Maya Okafor"_s);
    addRow("created: masked email kept", created, u"creator.email"_s, u"m***@***.***"_s);
    addRow("created: member type", created, u"creator.memberType"_s, u"full"_s);
    addRow("created: space collection", created, u"space.collectionId"_s, u"77120"_s);
    addRow("created: space name", created, u"space.name"_s, u"Bay Area Meetups"_s);

    const QByteArray updated = "event-updated.json";
    addRow("updated: new title", updated, u"title"_s,
           u"Community Coffee & Code (moved to Thursday)"_s);
    addRow("updated: frequency", updated, u"frequency"_s, u"weekly"_s);
    addRow("updated: interval", updated, u"interval"_s, u"2"_s);
    addRow("updated: updated_at parsed", updated, u"updatedAtUtc"_s, u"2025-11-09T08:02:44.000Z"_s);
    addRow("updated: Z starts_at", updated, u"startsAtUtc"_s, u"2025-11-21T02:30:00.000Z"_s);
    addRow("updated: empty images", updated, u"imageCount"_s, u"0"_s);
    addRow("updated: post_in_feed false", updated, u"postInFeed"_s, u"false"_s);

    const QByteArray strings = "numeric-string-ids.json";
    addRow("string ids: id trimmed", strings, u"id"_s, u"48213399"_s);
    addRow("string ids: space id", strings, u"spaceId"_s, u"905112"_s);
    addRow("string ids: creator id", strings, u"creatorId"_s, u"1733048"_s);
    addRow("string ids: interval as text", strings, u"interval"_s, u"3"_s);
    addRow("string ids: referral count as text", strings, u"creator.referralCount"_s, u"12"_s);
    addRow("string ids: collection id", strings, u"space.collectionId"_s, u"77120"_s);
    addRow("string ids: +01:00 starts_at", strings, u"startsAtUtc"_s,
           u"2025-12-02T16:00:00.000Z"_s);

    const QByteArray noZone = "missing-time-zone.json";
    addRow("no time zone: empty", noZone, u"timeZone"_s, QString());
    addRow("no time zone: starts_at read as UTC", noZone, u"startsAtUtc"_s,
           u"2025-12-03T19:00:00.000Z"_s);
    addRow("no time zone: ends_at read as UTC", noZone, u"endsAtUtc"_s,
           u"2025-12-03T20:30:00.000Z"_s);

    const QByteArray dst = "dst-los-angeles.json";
    addRow("DST: text kept as received", dst, u"startsAt"_s, u"2025-11-01T10:00:00"_s);
    addRow("DST: starts in PDT (-07:00)", dst, u"startsAtUtc"_s, u"2025-11-01T17:00:00.000Z"_s);
    addRow("DST: ends in PST (-08:00)", dst, u"endsAtUtc"_s, u"2025-11-03T00:00:00.000Z"_s);

    const QByteArray post = "post-created.json";
    addRow("post: post type kept", post, u"postType"_s, u"post"_s);
    addRow("post: no start", post, u"startsAtUtc"_s, QString());
}

void TstPayloadReader::eventFromFixture()
{
    QFETCH(QByteArray, fixture);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    const QJsonObject payload = fixturePayload(QString::fromUtf8(fixture));
    QVERIFY2(!payload.isEmpty(), fixture.constData());

    QCOMPARE(eventField(PayloadReader::readEvent(payload), field), expected);
}

void TstPayloadReader::eventTolerance_data()
{
    addFieldColumns("payload");

    addRow("empty payload: no id", "{}", u"id"_s, QString());
    addRow("empty payload: no images", "{}", u"imageCount"_s, u"0"_s);
    addRow("empty payload: booleans unset", "{}", u"rsvpEnabled"_s, Unset);
    addRow("empty payload: no creator", "{}", u"creator.isEmpty"_s, u"true"_s);
    addRow("title as number", R"({"title": 42})", u"title"_s, u"42"_s);
    addRow("title as object", R"({"title": {"en": "Hi"}})", u"title"_s, QString());
    addRow("images as string", R"({"images": "https://example.com/a.png"})", u"imageCount"_s,
           u"0"_s);
    addRow("images with non-strings skipped", R"({"images": ["a.png", 1, null, {}, "b.png"]})",
           u"images"_s, u"a.png | b.png"_s);
    addRow("creator as null", R"({"creator": null})", u"creator.isEmpty"_s, u"true"_s);
    addRow("creator as array", R"({"creator": [{"id": 7}]})", u"creator.id"_s, QString());
    addRow("creator_id missing falls back to creator.id", R"({"creator": {"id": 7}})",
           u"creatorId"_s, u"7"_s);
    addRow("creator_id null falls back to creator.id",
           R"({"creator_id": null, "creator": {"id": "7"}})", u"creatorId"_s, u"7"_s);
    addRow("space_id missing falls back to space.id", R"({"space": {"id": 9}})", u"spaceId"_s,
           u"9"_s);
    addRow("space as string", R"({"space": "Meetups"})", u"space.isEmpty"_s, u"true"_s);
    addRow("boolean false", R"({"rsvp_enabled": false})", u"rsvpEnabled"_s, u"false"_s);
    addRow("boolean as string", R"({"rsvp_enabled": "true"})", u"rsvpEnabled"_s, Unset);
    addRow("boolean as number", R"({"post_in_feed": 1})", u"postInFeed"_s, Unset);
    addRow("interval as number", R"({"interval": 3})", u"interval"_s, u"3"_s);
    addRow("interval as padded string", R"({"interval": " 4 "})", u"interval"_s, u"4"_s);
    addRow("interval as words", R"({"interval": "every 2"})", u"interval"_s, Unset);
    addRow("interval with a fraction", R"({"interval": 1.5})", u"interval"_s, Unset);
    addRow("interval beyond int", R"({"interval": 1e12})", u"interval"_s, Unset);
    addRow("RRULE kept verbatim", R"({"recurrence_rule": "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"})",
           u"recurrenceRule"_s, u"FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"_s);
    addRow("starts_at as unix seconds: text", R"({"starts_at": 1762557441})", u"startsAt"_s,
           u"1762557441"_s);
    addRow("starts_at as unix seconds: instant", R"({"starts_at": 1762557441})", u"startsAtUtc"_s,
           u"2025-11-07T23:17:21.000Z"_s);
    addRow("ends_at missing", R"({"starts_at": "2025-11-07T23:17:21Z"})", u"endsAtUtc"_s,
           QString());
    addRow("updated_at without offset uses time_zone",
           R"({"updated_at": "2025-11-07 15:17:21", "time_zone": "America/Los_Angeles"})",
           u"updatedAtUtc"_s, u"2025-11-07T23:17:21.000Z"_s);
    addRow("unknown time zone: starts_at as UTC",
           R"({"starts_at": "2025-11-07T23:17:21", "time_zone": "Atlantis/Capital"})",
           u"startsAtUtc"_s, u"2025-11-07T23:17:21.000Z"_s);
}

void TstPayloadReader::eventTolerance()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    QCOMPARE(eventField(PayloadReader::readEvent(objectFrom(payload)), field), expected);
}

void TstPayloadReader::memberFields_data()
{
    addFieldColumns("member");

    addRow("id as number", R"({"id": 1733048})", u"id"_s, u"1733048"_s);
    addRow("no id: empty member", R"({"first_name": "Ada"})", u"isEmpty"_s, u"true"_s);
    addRow("categories as string", R"({"categories": "Hosts"})", u"categories"_s, u"Hosts"_s);
    addRow("categories as objects",
           R"({"categories": [{"id": 1, "title": "Hosts"}, {"id": 2, "title": "Bay Area"}]})",
           u"categories"_s, u"Hosts, Bay Area"_s);
    addRow("categories as strings", R"({"categories": ["Hosts", "Bay Area"]})", u"categories"_s,
           u"Hosts, Bay Area"_s);
    addRow("categories mixed, untitled and bare ids skipped",
           R"({"categories": [{"id": 1}, "Hosts", 5, null, {"title": ""}, {"title": "Bay Area"}]})",
           u"categories"_s, u"Hosts, Bay Area"_s);
    addRow("categories null", R"({"categories": null})", u"categories"_s, QString());
    addRow("categories as number", R"({"categories": 3})", u"categories"_s, QString());
    addRow("referral count", R"({"referral_count": 12})", u"referralCount"_s, u"12"_s);
    addRow("referral count zero is set", R"({"referral_count": 0})", u"referralCount"_s, u"0"_s);
    addRow("referral count as text", R"({"referral_count": "12"})", u"referralCount"_s, u"12"_s);
    addRow("referral count placeholder", R"({"referral_count": "<string>"})", u"referralCount"_s,
           Unset);
    addRow("referral count fraction", R"({"referral_count": 1.5})", u"referralCount"_s, Unset);
    addRow("display name: first and last", R"({"first_name": "Ada", "last_name": "Lovelace"})",
           u"displayName"_s, u"Ada Lovelace"_s);
    addRow("display name: trimmed", R"({"first_name": "  Ada ", "last_name": " Lovelace  "})",
           u"displayName"_s, u"Ada Lovelace"_s);
    addRow("display name: first only", R"({"first_name": "Priya", "last_name": ""})",
           u"displayName"_s, u"Priya"_s);
    addRow("display name: last only", R"({"first_name": " ", "last_name": "Lovelace"})",
           u"displayName"_s, u"Lovelace"_s);
    addRow("display name: neither", R"({"email": "a***@***.***"})", u"displayName"_s, QString());
    addRow("names as numbers", R"({"first_name": 7, "last_name": null})", u"displayName"_s, u"7"_s);
    addRow("masked email", R"({"email": "a***@***.***"})", u"email"_s, u"a***@***.***"_s);
    addRow("member type", R"({"member_type": "limited"})", u"memberType"_s, u"limited"_s);
    addRow("ambassador level", R"({"ambassador_level": "Gold"})", u"ambassadorLevel"_s, u"Gold"_s);
    addRow("bio", R"({"bio": "Organiser"})", u"bio"_s, u"Organiser"_s);
}

void TstPayloadReader::memberFields()
{
    QFETCH(QByteArray, member);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    QCOMPARE(memberField(PayloadReader::readMember(objectFrom(member)), field), expected);
}

void TstPayloadReader::spaceFields_data()
{
    addFieldColumns("space");

    addRow("id as number", R"({"id": 905112})", u"id"_s, u"905112"_s);
    addRow("id as padded string", R"({"id": " 905112 "})", u"id"_s, u"905112"_s);
    addRow("collection id as number", R"({"collection_id": 77120})", u"collectionId"_s, u"77120"_s);
    addRow("collection id missing", R"({"id": 1})", u"collectionId"_s, QString());
    addRow("name", R"({"name": "Bay Area Meetups"})", u"name"_s, u"Bay Area Meetups"_s);
    addRow("name as number", R"({"name": 2025})", u"name"_s, u"2025"_s);
    addRow("timestamps as text", R"({"updated_at": "2025-09-18T08:45:33+00:00"})", u"updatedAt"_s,
           u"2025-09-18T08:45:33+00:00"_s);
}

void TstPayloadReader::spaceFields()
{
    QFETCH(QByteArray, space);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    QCOMPARE(spaceField(PayloadReader::readSpace(objectFrom(space)), field), expected);
}

void TstPayloadReader::rsvpFromFixture_data()
{
    addFieldColumns("fixture");

    const QByteArray withInstance = "rsvp-with-instance.json";
    addRow("instance: id", withInstance, u"id"_s, u"99120455"_s);
    addRow("instance: status lower-cased", withInstance, u"status"_s, u"yes"_s);
    addRow("instance: updated", withInstance, u"updated"_s, u"2025-11-10T14:25:03+00:00"_s);
    addRow("instance: key is the index", withInstance, u"instanceKey"_s, u"2"_s);
    addRow("instance: starts_at kept", withInstance, u"instanceStartsAt"_s,
           u"2025-12-05T02:30:00Z"_s);
    addRow("instance: event id", withInstance, u"event.id"_s, u"48213377"_s);
    addRow("instance: event interval", withInstance, u"event.interval"_s, u"2"_s);
    addRow("instance: member name", withInstance, u"member.displayName"_s, u"Jonas Lindqvist"_s);
    addRow("instance: member category strings", withInstance, u"member.categories"_s,
           u"Newcomers, Backend"_s);
    addRow("instance: member referral count zero", withInstance, u"member.referralCount"_s, u"0"_s);

    const QByteArray without = "rsvp-without-instance.json";
    addRow("no instance: string id", without, u"id"_s, u"99120871"_s);
    addRow("no instance: status", without, u"status"_s, u"maybe"_s);
    addRow("no instance: empty key", without, u"instanceKey"_s, QString());
    addRow("no instance: no instance start", without, u"instanceStartsAt"_s, QString());
    addRow("no instance: string event id", without, u"event.id"_s, u"48213377"_s);
    addRow("no instance: member with first name only", without, u"member.displayName"_s,
           u"Priya"_s);

    const QByteArray mistyped = "mistyped-fields.json";
    addRow("mistyped: status upper-case", mistyped, u"status"_s, u"no"_s);
    addRow("mistyped: title as number", mistyped, u"event.title"_s, u"2026"_s);
    addRow("mistyped: summary null", mistyped, u"event.summary"_s, QString());
    addRow("mistyped: images as string", mistyped, u"event.imageCount"_s, u"0"_s);
    addRow("mistyped: creator null", mistyped, u"event.creator.isEmpty"_s, u"true"_s);
    addRow("mistyped: no creator id anywhere", mistyped, u"event.creatorId"_s, QString());
    addRow("mistyped: space as string", mistyped, u"event.space.id"_s, QString());
    addRow("mistyped: boolean as string", mistyped, u"event.rsvpEnabled"_s, Unset);
    addRow("mistyped: interval with fraction", mistyped, u"event.interval"_s, Unset);
    addRow("mistyped: ends_at null", mistyped, u"event.endsAtUtc"_s, QString());
    addRow("mistyped: starts_at still read", mistyped, u"event.startsAtUtc"_s,
           u"2026-01-15T18:00:00.000Z"_s);
    addRow("mistyped: category objects, untitled skipped", mistyped, u"member.categories"_s,
           u"Hosts, Bay Area"_s);
    addRow("mistyped: referral count placeholder", mistyped, u"member.referralCount"_s, Unset);
    addRow("mistyped: instance without index keyed by start", mistyped, u"instanceKey"_s,
           u"2026-01-22T18:00:00.000Z"_s);
}

void TstPayloadReader::rsvpFromFixture()
{
    QFETCH(QByteArray, fixture);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    const QJsonObject payload = fixturePayload(QString::fromUtf8(fixture));
    QVERIFY2(!payload.isEmpty(), fixture.constData());

    QCOMPARE(rsvpField(PayloadReader::readRsvp(payload), field), expected);
}

void TstPayloadReader::rsvpTolerance_data()
{
    addFieldColumns("payload");

    addRow("status Maybe", R"({"status": "Maybe"})", u"status"_s, u"maybe"_s);
    addRow("status padded", R"({"status": " NO "})", u"status"_s, u"no"_s);
    addRow("unknown status kept as received", R"({"status": "Interested"})", u"status"_s,
           u"Interested"_s);
    addRow("status null", R"({"status": null})", u"status"_s, QString());
    addRow("index zero is a key", R"({"event_instance": {"instance_index": 0}})", u"instanceKey"_s,
           u"0"_s);
    addRow("index as text", R"({"event_instance": {"instance_index": "3"}})", u"instanceKey"_s,
           u"3"_s);
    addRow("index beats starts_at",
           R"({"event_instance": {"instance_index": 4, "starts_at": "2025-12-05T02:30:00Z"}})",
           u"instanceKey"_s, u"4"_s);
    addRow("null index falls back to starts_at",
           R"({"event_instance": {"instance_index": null, "starts_at": "2025-12-05T02:30:00Z"}})",
           u"instanceKey"_s, u"2025-12-05T02:30:00Z"_s);
    addRow("instance null", R"({"event_instance": null})", u"instanceKey"_s, QString());
    addRow("instance as array", R"({"event_instance": [1]})", u"instanceKey"_s, QString());
    addRow("event missing", R"({"status": "yes"})", u"event.id"_s, QString());
    addRow("event as id only", R"({"event": 48213377})", u"event.id"_s, QString());
    addRow("event read fully", R"({"event": {"id": 5, "starts_at": "2025-11-07T23:17:21Z"}})",
           u"event.startsAtUtc"_s, u"2025-11-07T23:17:21.000Z"_s);
    addRow("member missing", R"({"status": "yes"})", u"member.isEmpty"_s, u"true"_s);
}

void TstPayloadReader::rsvpTolerance()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    QCOMPARE(rsvpField(PayloadReader::readRsvp(objectFrom(payload)), field), expected);
}

QTEST_GUILESS_MAIN(TstPayloadReader)
#include "tst_payloadreader.moc"
