#include "JsonCorpus.h"
#include "domain/DeliveryParser.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TstDeliveryParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refuses_data();
    void refuses();
    void accepts_data();
    void accepts();
    void classifies_data();
    void classifies();
    void classifiesFixtures_data();
    void classifiesFixtures();
    void isWebhookTypeName_data();
    void isWebhookTypeName();
    void agreesWithParseDocument_data();
    void agreesWithParseDocument();
};

namespace {

// A marker that must never come back in a refusal: the reason is for the sender, not an echo.
constexpr auto Secret = "s3cr3t-body-content";

QByteArray fixture(const QString &name)
{
    QFile file(QString::fromUtf8(EVENTWATCH_FIXTURES) % u'/' % name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString shapeName(PayloadShape shape)
{
    switch (shape) {
    case PayloadShape::Event:
        return u"event"_s;
    case PayloadShape::Rsvp:
        return u"rsvp"_s;
    case PayloadShape::Other:
        break;
    }
    return u"other"_s;
}

// A delivery whose payload holds `inner` at the given total depth (the envelope is level 1,
// the payload level 2).
QByteArray nestedDelivery(int depth)
{
    const int arrays = depth - 2;
    return R"({"event_id": "e1", "payload": {"deep": )" + QByteArray(arrays, '[')
           + QByteArray(arrays, ']') + "}}";
}

QByteArray delivery(const QByteArray &payload, const QByteArray &topLevelFields = {})
{
    const QByteArray fields = topLevelFields.isEmpty() ? QByteArray() : topLevelFields + ", ";
    return R"({"event_id": "e1", )" + fields + R"("payload": )" + payload + '}';
}

} // namespace

void TstDeliveryParser::refuses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    const QString tooDeep = u"JSON nests deeper than 64 levels"_s;
    const QString notObject = u"the body must be a JSON object"_s;
    const QString badEventId = u"event_id must be a non-empty string"_s;
    const QString badPayload = u"payload must be a JSON object"_s;
    const QByteArray secret(Secret);

    QTest::newRow("nesting 65 levels") << nestedDelivery(65) << tooDeep;
    QTest::newRow("nesting beyond Qt's own limit of 1024") << nestedDelivery(5000) << tooDeep;
    QTest::newRow("deep nesting refused before the JSON is checked")
        << QByteArray(100, '[') + "not json" << tooDeep;

    // Qt's own wording (6.4), which is what the sender reads.
    QTest::newRow("malformed: empty body")
        << QByteArray() << u"malformed JSON: illegal value at offset 0"_s;
    QTest::newRow("malformed: missing value")
        << QByteArray(R"({"event_id": })")
        << u"malformed JSON: object is missing after a comma at offset 14"_s;
    QTest::newRow("malformed: truncated") << QByteArray(R"({"event_id": ")" + secret)
                                          << u"malformed JSON: unterminated string at offset 34"_s;
    QTest::newRow("malformed: trailing garbage")
        << QByteArray(R"({"event_id": "e1"} )" + secret)
        << u"malformed JSON: garbage at the end of the document at offset 19"_s;
    QTest::newRow("malformed: single quotes")
        << QByteArray(R"({'event_id': 'e1'})")
        << u"malformed JSON: unterminated object at offset 2"_s;
    QTest::newRow("malformed: trailing comma")
        << QByteArray(R"({"event_id": "e1",})")
        << u"malformed JSON: object is missing after a comma at offset 19"_s;

    QTest::newRow("top-level array") << QByteArray(R"([{"event_id": "e1"}])") << notObject;

    QTest::newRow("event_id missing") << QByteArray(R"({"payload": {}})") << badEventId;
    QTest::newRow("event_id null") << QByteArray(R"({"event_id": null})") << badEventId;
    QTest::newRow("event_id a number") << QByteArray(R"({"event_id": 12345})") << badEventId;
    QTest::newRow("event_id empty") << QByteArray(R"({"event_id": ""})") << badEventId;
    QTest::newRow("event_id blank") << QByteArray(R"({"event_id": " \t\n"})") << badEventId;
    QTest::newRow("event_id an object")
        << QByteArray(R"({"event_id": {"id": ")" + secret + "\"}}") << badEventId;
    QTest::newRow("event_id an array") << QByteArray(R"({"event_id": ["e1"]})") << badEventId;

    QTest::newRow("payload an array") << delivery("[]") << badPayload;
    QTest::newRow("payload a string") << delivery('"' + secret + '"') << badPayload;
    QTest::newRow("payload a number") << delivery("42") << badPayload;
    QTest::newRow("payload false") << delivery("false") << badPayload;
}

void TstDeliveryParser::refuses()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);

    const DeliveryParser::Result result = DeliveryParser::parse(body);

    QVERIFY(!result.envelope.has_value());
    QCOMPARE(result.error, error);
    QVERIFY(!result.error.contains(u'\n'));
    QVERIFY(!result.error.contains(QLatin1StringView(Secret)));
}

void TstDeliveryParser::accepts_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("eventId");
    QTest::addColumn<QString>("eventTimestamp");

    // Nesting: the limit counts real containers only.
    QTest::newRow("nesting exactly 64 levels") << nestedDelivery(64) << u"e1"_s << QString();
    QTest::newRow("deep brackets inside strings")
        << QByteArray(R"({"event_id": "e1", "payload": {"title": ")" + QByteArray(5000, '[')
                      + QByteArray(5000, '{') + "\"}}")
        << u"e1"_s << QString();
    QTest::newRow("escaped quotes and backslashes before brackets in strings")
        << QByteArray(R"({"event_id": "e1", "payload": {"a": "\\", "b": "\"[[[[", "c": "\\\"{{"}})")
        << u"e1"_s << QString();

    QTest::newRow("event_id trimmed")
        << QByteArray(R"({"event_id": "  6f1c2b7e \n"})") << u"6f1c2b7e"_s << QString();
    QTest::newRow("payload missing")
        << QByteArray(R"({"event_id": "e1", "event_timestamp": "2025-11-07T23:17:21+00:00"})")
        << u"e1"_s << u"2025-11-07T23:17:21+00:00"_s;
    QTest::newRow("payload null") << QByteArray(R"({"event_id": "e1", "payload": null})") << u"e1"_s
                                  << QString();
    QTest::newRow("event_timestamp as a number")
        << QByteArray(R"({"event_id": "e1", "event_timestamp": 1762557441})") << u"e1"_s
        << u"1762557441"_s;
    QTest::newRow("event_timestamp mistyped")
        << QByteArray(R"({"event_id": "e1", "event_timestamp": {"at": 1}})") << u"e1"_s
        << QString();
    QTest::newRow("old event_timestamp still accepted")
        << QByteArray(R"({"event_id": "e1", "event_timestamp": "2019-01-01T00:00:00Z"})") << u"e1"_s
        << u"2019-01-01T00:00:00Z"_s;
    QTest::newRow("unknown top-level fields tolerated")
        << QByteArray(R"({"event_id": "e1", "network_id": 5, "extra": [1, {"a": null}]})")
        << u"e1"_s << QString();
    QTest::newRow("placeholder event_id and event_timestamp")
        << QByteArray(R"({"event_id": "<string>", "event_timestamp": "<string>"})") << u"<string>"_s
        << u"<string>"_s;
}

void TstDeliveryParser::accepts()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, eventId);
    QFETCH(QString, eventTimestamp);

    const DeliveryParser::Result result = DeliveryParser::parse(body);

    QVERIFY2(result.envelope.has_value(), qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.envelope->eventId, eventId);
    QCOMPARE(result.envelope->eventTimestamp, eventTimestamp);
}

void TstDeliveryParser::classifies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("pathType");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("classifiedBy");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("subjectId");

    const QString none;
    const QByteArray event =
        R"({"id": 42, "post_type": "event", "starts_at": "2025-11-20T18:30:00-08:00"})";
    const QByteArray rsvp = R"({"id": 7, "status": "yes", "event": {"id": "42"}})";

    // Path, then field, then shape.
    QTest::newRow("path type") << delivery(event) << u"EventUpdated"_s << u"EventUpdated"_s
                               << u"path"_s << u"event"_s << u"42"_s;
    QTest::newRow("path type beats field type")
        << delivery("{}", R"("event_type": "EventCreated")") << u"RsvpDeleted"_s << u"RsvpDeleted"_s
        << u"path"_s << u"other"_s << none;
    QTest::newRow("field event_type") << delivery(event, R"("event_type": "EventCreated")") << none
                                      << u"EventCreated"_s << u"field"_s << u"event"_s << u"42"_s;
    QTest::newRow("field webhook_type")
        << delivery(rsvp, R"("webhook_type": "RsvpUpdated")") << none << u"RsvpUpdated"_s
        << u"field"_s << u"rsvp"_s << u"42"_s;
    QTest::newRow("field type") << delivery(R"({"id": 9})", R"("type": "PostCreated")") << none
                                << u"PostCreated"_s << u"field"_s << u"other"_s << none;
    QTest::newRow("event_type wins over type")
        << delivery("{}", R"("type": "PostCreated", "event_type": "EventCreated")") << none
        << u"EventCreated"_s << u"field"_s << u"other"_s << none;
    QTest::newRow("field not a type name falls through to the next field")
        << delivery("{}", R"("event_type": "event.created", "type": "EventCreated")") << none
        << u"EventCreated"_s << u"field"_s << u"other"_s << none;
    QTest::newRow("field not a type name: shape")
        << delivery(event, R"("event_type": "local")") << none << none << u"shape"_s << u"event"_s
        << u"42"_s;
    QTest::newRow("field type not a string: shape")
        << delivery(rsvp, R"("type": 3)") << none << none << u"shape"_s << u"rsvp"_s << u"42"_s;
    QTest::newRow("placeholder everywhere: shape")
        << delivery(R"({"id": "<string>", "post_type": "<string>", "event_type": "<string>",
                        "starts_at": "<string>"})",
                    R"("event_type": "<string>", "type": "<string>")")
        << none << none << u"shape"_s << u"event"_s << u"<string>"_s;

    // Shape rules: the store decides EventCreated or EventUpdated, so no type is set.
    QTest::newRow("shape: starts_at and post_type event")
        << delivery(event) << none << none << u"shape"_s << u"event"_s << u"42"_s;
    QTest::newRow("shape: starts_at and event_type")
        << delivery(R"({"id": "43", "event_type": "webinar", "starts_at": 1})") << none << none
        << u"shape"_s << u"event"_s << u"43"_s;
    QTest::newRow("shape: starts_at alone is other")
        << delivery(R"({"id": 44, "starts_at": "2025-11-20T18:30:00Z"})") << none << none
        << u"shape"_s << u"other"_s << none;
    QTest::newRow("shape: a post with starts_at is other")
        << delivery(R"({"id": 45, "post_type": "post", "starts_at": "2025"})") << none << none
        << u"shape"_s << u"other"_s << none;
    QTest::newRow("shape: null starts_at is other")
        << delivery(R"({"id": 46, "post_type": "event", "starts_at": null})") << none << none
        << u"shape"_s << u"other"_s << none;
    QTest::newRow("shape: event without an id has no subject")
        << delivery(R"({"post_type": "event", "starts_at": "2025"})") << none << none << u"shape"_s
        << u"event"_s << none;
    QTest::newRow("shape: rsvp") << delivery(rsvp) << none << none << u"shape"_s << u"rsvp"_s
                                 << u"42"_s;
    QTest::newRow("shape: status without an event object is other")
        << delivery(R"({"status": "yes", "event": 42})") << none << none << u"shape"_s << u"other"_s
        << none;
    QTest::newRow("shape: event object without status is other")
        << delivery(R"({"event": {"id": 42}})") << none << none << u"shape"_s << u"other"_s << none;
    QTest::newRow("shape: missing payload is other")
        << QByteArray(R"({"event_id": "e1"})") << none << none << u"shape"_s << u"other"_s << none;

    // An explicit type fills in what the shape rules cannot see.
    QTest::newRow("EventCanceled with only an id")
        << delivery(R"({"id": 42})") << u"EventCanceled"_s << u"EventCanceled"_s << u"path"_s
        << u"event"_s << u"42"_s;
    QTest::newRow("EventInstanceCanceled from a field")
        << delivery(R"({"id": "42"})", R"("type": "EventInstanceCanceled")") << none
        << u"EventInstanceCanceled"_s << u"field"_s << u"event"_s << u"42"_s;
    QTest::newRow("EventCanceled without an id keeps the shape")
        << delivery(R"({"reason": "weather"})") << u"EventCanceled"_s << u"EventCanceled"_s
        << u"path"_s << u"other"_s << none;
    QTest::newRow("RsvpDeleted without status")
        << delivery(R"({"id": 7, "event": {"id": 42}})") << u"RsvpDeleted"_s << u"RsvpDeleted"_s
        << u"path"_s << u"rsvp"_s << u"42"_s;
    QTest::newRow("RsvpDeleted without an event object keeps the shape")
        << delivery(R"({"id": 7})") << u"RsvpDeleted"_s << u"RsvpDeleted"_s << u"path"_s
        << u"other"_s << none;
    QTest::newRow("other type with an empty payload")
        << delivery("{}") << u"MemberJoined"_s << u"MemberJoined"_s << u"path"_s << u"other"_s
        << none;
}

void TstDeliveryParser::classifies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, pathType);
    QFETCH(QString, type);
    QFETCH(QString, classifiedBy);
    QFETCH(QString, shape);
    QFETCH(QString, subjectId);

    const DeliveryParser::Result result = DeliveryParser::parse(body, pathType);

    QVERIFY2(result.envelope.has_value(), qPrintable(result.error));
    QCOMPARE(result.envelope->type, type);
    QCOMPARE(classificationSourceName(result.envelope->classifiedBy), classifiedBy);
    QCOMPARE(shapeName(result.envelope->shape), shape);
    QCOMPARE(result.envelope->subjectId, subjectId);
}

void TstDeliveryParser::classifiesFixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("eventId");
    QTest::addColumn<QString>("eventTimestamp");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("subjectId");

    QTest::newRow("documentation example, placeholders and all")
        << u"event-created-doc-example.json"_s << u"3c90c3cc-0d44-4b50-8888-8dd25736052a"_s
        << u"<string>"_s << u"event"_s << u"1234"_s;
    QTest::newRow("EventCreated") << u"event-created.json"_s
                                  << u"6f1c2b7e-5a43-4d2e-9a41-0c7d2f8e91b3"_s
                                  << u"2025-11-07T23:17:21+00:00"_s << u"event"_s << u"48213377"_s;
    QTest::newRow("EventUpdated") << u"event-updated.json"_s
                                  << u"a2d94f10-3b7c-4e58-8f06-1e9b55c0d7aa"_s
                                  << u"2025-11-09T08:02:44+00:00"_s << u"event"_s << u"48213377"_s;
    QTest::newRow("RSVP with an instance")
        << u"rsvp-with-instance.json"_s << u"0b8e6a4c-92f1-4c3d-b7e2-5d1a9f03c6e8"_s
        << u"2025-11-10T14:25:03+00:00"_s << u"rsvp"_s << u"48213377"_s;
    QTest::newRow("RSVP without an instance")
        << u"rsvp-without-instance.json"_s << u"7d3f0e21-6c59-4a8b-9e14-b2c8d5f7a019"_s
        << u"2025-11-11T19:40:12+00:00"_s << u"rsvp"_s << u"48213377"_s;
    QTest::newRow("PostCreated is another delivery")
        << u"post-created.json"_s << u"c5e7a913-0f2d-4b86-a3c1-8e4d6b2f7a50"_s
        << u"2025-11-12T10:05:00+00:00"_s << u"other"_s << QString();
    QTest::newRow("numeric string ids")
        << u"numeric-string-ids.json"_s << u"e91f4a27-83b5-4c0d-a6e2-7f1b9c3d5e84"_s
        << u"2025-11-13T16:20:00+00:00"_s << u"event"_s << u"48213399"_s;
    QTest::newRow("mistyped fields, numeric event_timestamp")
        << u"mistyped-fields.json"_s << u"3a6b9d12-4e7f-4c21-8b35-9d0e2f6a1c47"_s << u"1762819200"_s
        << u"rsvp"_s << u"48213412"_s;
    QTest::newRow("missing time zone")
        << u"missing-time-zone.json"_s << u"5c0d8e3f-1a92-4b7e-b6d4-2e8f0a7c9b13"_s
        << u"2025-11-14T09:00:00+00:00"_s << u"event"_s << u"48213420"_s;
    QTest::newRow("DST change in Los Angeles")
        << u"dst-los-angeles.json"_s << u"8e2a5f71-d4c6-4093-a1b8-6f3e9c0d2b75"_s
        << u"2025-10-28T21:10:00+00:00"_s << u"event"_s << u"48213431"_s;
}

void TstDeliveryParser::classifiesFixtures()
{
    QFETCH(QString, fixture);
    QFETCH(QString, eventId);
    QFETCH(QString, eventTimestamp);
    QFETCH(QString, shape);
    QFETCH(QString, subjectId);

    const QByteArray body = ::fixture(fixture);
    QVERIFY2(!body.isEmpty(), qPrintable(fixture));

    const DeliveryParser::Result result = DeliveryParser::parse(body);

    QVERIFY2(result.envelope.has_value(), qPrintable(result.error));
    QCOMPARE(result.envelope->eventId, eventId);
    QCOMPARE(result.envelope->eventTimestamp, eventTimestamp);
    // No type is given in any of them: the store decides between EventCreated and EventUpdated.
    QCOMPARE(result.envelope->type, QString());
    QCOMPARE(result.envelope->classifiedBy, ClassificationSource::Shape);
    QCOMPARE(shapeName(result.envelope->shape), shape);
    QCOMPARE(result.envelope->subjectId, subjectId);
}

void TstDeliveryParser::isWebhookTypeName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("expected");

    QTest::newRow("EventCreated") << u"EventCreated"_s << true;
    QTest::newRow("EventInstanceCanceled") << u"EventInstanceCanceled"_s << true;
    QTest::newRow("one capital letter") << u"A"_s << true;
    QTest::newRow("64 letters") << (u"A"_s + QString(63, u'b')) << true;
    QTest::newRow("65 letters") << (u"A"_s + QString(64, u'b')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("lower-case start") << u"eventCreated"_s << false;
    QTest::newRow("underscore") << u"Event_Created"_s << false;
    QTest::newRow("dot") << u"event.created"_s << false;
    QTest::newRow("space") << u"Event Created"_s << false;
    QTest::newRow("digit") << u"Event2"_s << false;
    QTest::newRow("trailing newline") << u"EventCreated\n"_s << false;
    QTest::newRow("non-ASCII capital") << u"\u00c9vent"_s << false;
    QTest::newRow("non-ASCII letter inside") << u"Ev\u00e9nement"_s << false;
    QTest::newRow("path traversal") << u"../etc"_s << false;
    QTest::newRow("placeholder") << u"<string>"_s << false;
}

void TstDeliveryParser::isWebhookTypeName()
{
    QFETCH(QString, name);
    QFETCH(bool, expected);

    QCOMPARE(DeliveryParser::isWebhookTypeName(name), expected);
}

void TstDeliveryParser::agreesWithParseDocument_data()
{
    QTest::addColumn<QString>("pathType");

    QTest::newRow("no type in the path") << QString();
    QTest::newRow("type in the path") << u"EventCanceled"_s;
}

// parse() classifies plainly valid bodies from a few members it reads without a QJsonDocument;
// whatever the body, the answer must be the one a QJsonDocument of the whole body gives.
void TstDeliveryParser::agreesWithParseDocument()
{
    QFETCH(QString, pathType);

    const QList<QByteArray> bodies =
        JsonCorpus::bodies(QString::fromUtf8(EVENTWATCH_FIXTURES), 2000, 10000);
    int accepted = 0;
    for (const QByteArray &body : bodies) {
        const DeliveryParser::Result fast = DeliveryParser::parse(body, pathType);
        const DeliveryParser::Result full = DeliveryParser::parseDocument(body, pathType);
        const QByteArray context = "body: " + body.toPercentEncoding(" {}[]\":,");
        QVERIFY2(fast.error == full.error, qPrintable(fast.error + u" / "_s + full.error + u' '
                                                      + QString::fromLatin1(context)));
        QVERIFY2(fast.envelope.has_value() == full.envelope.has_value(), context.constData());
        if (!fast.envelope)
            continue;
        ++accepted;
        QVERIFY2(fast.envelope->eventId == full.envelope->eventId, context.constData());
        QVERIFY2(fast.envelope->eventTimestamp == full.envelope->eventTimestamp,
                 context.constData());
        QVERIFY2(fast.envelope->type == full.envelope->type, context.constData());
        QVERIFY2(fast.envelope->classifiedBy == full.envelope->classifiedBy, context.constData());
        QVERIFY2(fast.envelope->shape == full.envelope->shape, context.constData());
        QVERIFY2(fast.envelope->subjectId == full.envelope->subjectId, context.constData());
    }
    QVERIFY2(accepted > bodies.size() / 10, qPrintable(QString::number(accepted)));
}

QTEST_GUILESS_MAIN(TstDeliveryParser)
#include "tst_deliveryparser.moc"
