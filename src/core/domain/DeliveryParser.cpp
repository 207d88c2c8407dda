#include "domain/DeliveryParser.h"

#include "domain/JsonNesting.h"
#include "domain/JsonSelectiveReader.h"
#include "domain/PayloadReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MaxTypeNameLength = 64;

// What classification reads of a delivery, and nothing else, however its body was read.
struct Members
{
    QJsonValue eventId;
    QJsonValue eventTimestamp;
    // The undocumented top-level type fields client libraries read, strongest first.
    std::array<QJsonValue, 3> typeFields;
    QJsonValue payload;
    // Of the payload:
    QJsonValue id;
    QJsonValue postType;
    QJsonValue startsAt;
    QJsonValue status;
    QJsonValue eventType;
    QJsonValue event;
    QJsonValue eventsId; // the id of the payload's event object
};

// Where JsonSelectiveReader puts each of them.
enum Slot {
    EventIdSlot,
    EventTimestampSlot,
    EventTypeFieldSlot,
    WebhookTypeFieldSlot,
    TypeFieldSlot,
    PayloadSlot,
    IdSlot,
    PostTypeSlot,
    StartsAtSlot,
    StatusSlot,
    EventTypeSlot,
    EventSlot,
    EventsIdSlot,
    SlotCount,
};

constexpr JsonSelection::Member EventMembers[] = {{"id"_L1, EventsIdSlot}};
constexpr JsonSelection EventSelection{EventMembers};
constexpr JsonSelection::Member PayloadMembers[] = {
    {"id"_L1, IdSlot},
    {"post_type"_L1, PostTypeSlot},
    {"starts_at"_L1, StartsAtSlot},
    {"status"_L1, StatusSlot},
    {"event_type"_L1, EventTypeSlot},
    {"event"_L1, EventSlot, &EventSelection},
};
constexpr JsonSelection PayloadSelection{PayloadMembers};
constexpr JsonSelection::Member RootMembers[] = {
    {"event_id"_L1, EventIdSlot},
    {"event_timestamp"_L1, EventTimestampSlot},
    {"event_type"_L1, EventTypeFieldSlot},
    {"webhook_type"_L1, WebhookTypeFieldSlot},
    {"type"_L1, TypeFieldSlot},
    {"payload"_L1, PayloadSlot, &PayloadSelection},
};
constexpr JsonSelection RootSelection{RootMembers};

Members membersOf(const std::array<JsonToken, SlotCount> &tokens)
{
    const auto value = [&tokens](Slot slot) {
        return tokens[slot].toValue();
    };
    return {value(EventIdSlot),
            value(EventTimestampSlot),
            {value(EventTypeFieldSlot), value(WebhookTypeFieldSlot), value(TypeFieldSlot)},
            value(PayloadSlot),
            value(IdSlot),
            value(PostTypeSlot),
            value(StartsAtSlot),
            value(StatusSlot),
            value(EventTypeSlot),
            value(EventSlot),
            value(EventsIdSlot)};
}

Members membersOf(const QJsonObject &root)
{
    // A missing or null payload reads as an empty object: kept, classified as other.
    const QJsonObject payload = root.value("payload"_L1).toObject();
    return {root.value("event_id"_L1),
            root.value("event_timestamp"_L1),
            {root.value("event_type"_L1), root.value("webhook_type"_L1), root.value("type"_L1)},
            root.value("payload"_L1),
            payload.value("id"_L1),
            payload.value("post_type"_L1),
            payload.value("starts_at"_L1),
            payload.value("status"_L1),
            payload.value("event_type"_L1),
            payload.value("event"_L1),
            payload.value("event"_L1).toObject().value("id"_L1)};
}

DeliveryParser::Result refuse(const QString &reason)
{
    return {std::nullopt, reason};
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// The value is there and says something: a null counts as absent.
bool has(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull();
}

// A value of a type field that is not a type name (e.g. "event.created") is someone else's
// convention and is ignored.
QString typeFromFields(const Members &members)
{
    for (const QJsonValue &field : members.typeFields) {
        const QString value = field.toString();
        if (DeliveryParser::isWebhookTypeName(value))
            return value;
    }
    return {};
}

// The reference's shape rules, for when nothing names the type.
PayloadShape shapeOf(const Members &members)
{
    const bool isEventPost = members.postType.toString() == "event"_L1;
    if (has(members.startsAt) && (isEventPost || has(members.eventType)))
        return PayloadShape::Event;
    if (has(members.status) && members.event.isObject())
        return PayloadShape::Rsvp;
    return PayloadShape::Other;
}

// An explicit type is stronger evidence than the shape rules, which need fields that an
// EventCanceled or RsvpDeleted payload may lack; it still needs what the store keys on.
PayloadShape shapeFor(const QString &type, const Members &members)
{
    if (type.startsWith("Event"_L1) && !PayloadReader::readId(members.id).isEmpty())
        return PayloadShape::Event;
    if (type.startsWith("Rsvp"_L1) && members.event.isObject())
        return PayloadShape::Rsvp;
    return shapeOf(members);
}

QString subjectIdFor(PayloadShape shape, const Members &members)
{
    switch (shape) {
    case PayloadShape::Event:
        return PayloadReader::readId(members.id);
    case PayloadShape::Rsvp:
        return PayloadReader::readId(members.eventsId);
    case PayloadShape::Other:
        break;
    }
    return {};
}

void classify(DeliveryEnvelope &envelope, const Members &members, const QString &pathType)
{
    if (!pathType.isEmpty()) {
        envelope.type = pathType;
        envelope.classifiedBy = ClassificationSource::Path;
    } else {
        envelope.type = typeFromFields(members);
        envelope.classifiedBy =
            envelope.type.isEmpty() ? ClassificationSource::Shape : ClassificationSource::Field;
    }
    envelope.shape = shapeFor(envelope.type, members);
    envelope.subjectId = subjectIdFor(envelope.shape, members);
}

// The reason for the sender: Qt's own description and where, never the body's content.
QString malformedReason(const QJsonParseError &error)
{
    return u"malformed JSON: %1 at offset %2"_s.arg(error.errorString(),
                                                    QString::number(error.offset));
}

// Why an object can never become a delivery, or empty when it can.
QString envelopeProblem(const Members &members)
{
    if (!members.eventId.isString() || members.eventId.toString().trimmed().isEmpty())
        return u"event_id must be a non-empty string"_s;
    if (has(members.payload) && !members.payload.isObject())
        return u"payload must be a JSON object"_s;
    return {};
}

DeliveryParser::Result fromMembers(const Members &members, const QString &pathType)
{
    if (const QString problem = envelopeProblem(members); !problem.isEmpty())
        return refuse(problem);

    DeliveryEnvelope envelope;
    envelope.eventId = members.eventId.toString().trimmed();
    envelope.eventTimestamp = PayloadReader::readText(members.eventTimestamp);
    classify(envelope, members, pathType);
    return {std::move(envelope), {}};
}

} // namespace

DeliveryParser::Result DeliveryParser::parse(const QByteArray &body, const QString &pathType)
{
    // The whole body is still checked; only the members classification reads are converted.
    std::array<JsonToken, SlotCount> tokens;
    if (JsonSelectiveReader::read(body, RootSelection, MaxNesting, tokens))
        return fromMembers(membersOf(tokens), pathType);
    return parseDocument(body, pathType);
}

DeliveryParser::Result DeliveryParser::parseDocument(const QByteArray &body,
                                                     const QString &pathType)
{
    // Measured first: the parser recurses, and a hostile body could nest a million levels.
    if (JsonNesting::depth(body, MaxNesting) > MaxNesting)
        return refuse(u"JSON nests deeper than %1 levels"_s.arg(MaxNesting));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return refuse(malformedReason(error));
    if (!document.isObject())
        return refuse(u"the body must be a JSON object"_s);
    return fromMembers(membersOf(document.object()), pathType);
}

bool DeliveryParser::isWebhookTypeName(QStringView name)
{
    if (name.isEmpty() || name.size() > MaxTypeNameLength || !name.front().isUpper())
        return false;
    return std::all_of(name.begin(), name.end(), isAsciiLetter);
}
