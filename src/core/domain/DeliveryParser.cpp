#include "domain/DeliveryParser.h"

#include "domain/JsonNesting.h"
#include "domain/JsonSelectiveReader.h"
#include "domain/PayloadReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MaxTypeNameLength = 64;

// Every member the functions below read, and nothing else: a body that is plainly valid JSON is
// classified from these alone, without a QJsonDocument of the whole body.
constexpr JsonSelection::Member EventMembers[] = {{"id"_L1}};
constexpr JsonSelection EventSelection{EventMembers};
constexpr JsonSelection::Member PayloadMembers[] = {
    {"id"_L1},     {"post_type"_L1},  {"starts_at"_L1},
    {"status"_L1}, {"event_type"_L1}, {"event"_L1, &EventSelection},
};
constexpr JsonSelection PayloadSelection{PayloadMembers};
constexpr JsonSelection::Member RootMembers[] = {
    {"event_id"_L1},   {"event_timestamp"_L1},
    {"event_type"_L1}, {"webhook_type"_L1},
    {"type"_L1},       {"payload"_L1, &PayloadSelection},
};
constexpr JsonSelection RootSelection{RootMembers};

DeliveryParser::Result refuse(const QString &reason)
{
    return {std::nullopt, reason};
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// The value is there and says something: a null counts as absent.
bool has(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return !value.isUndefined() && !value.isNull();
}

// The undocumented top-level type fields client libraries read; a value that is not a type
// name (e.g. "event.created") is someone else's convention and is ignored.
QString typeFromFields(const QJsonObject &root)
{
    for (const QLatin1StringView key : {"event_type"_L1, "webhook_type"_L1, "type"_L1}) {
        const QString value = root.value(key).toString();
        if (DeliveryParser::isWebhookTypeName(value))
            return value;
    }
    return {};
}

// The reference's shape rules, for when nothing names the type.
PayloadShape shapeOf(const QJsonObject &payload)
{
    const bool isEventPost = payload.value("post_type"_L1).toString() == "event"_L1;
    if (has(payload, "starts_at"_L1) && (isEventPost || has(payload, "event_type"_L1)))
        return PayloadShape::Event;
    if (has(payload, "status"_L1) && payload.value("event"_L1).isObject())
        return PayloadShape::Rsvp;
    return PayloadShape::Other;
}

// An explicit type is stronger evidence than the shape rules, which need fields that an
// EventCanceled or RsvpDeleted payload may lack; it still needs what the store keys on.
PayloadShape shapeFor(const QString &type, const QJsonObject &payload)
{
    if (type.startsWith("Event"_L1) && !PayloadReader::readId(payload.value("id"_L1)).isEmpty())
        return PayloadShape::Event;
    if (type.startsWith("Rsvp"_L1) && payload.value("event"_L1).isObject())
        return PayloadShape::Rsvp;
    return shapeOf(payload);
}

QString subjectIdFor(PayloadShape shape, const QJsonObject &payload)
{
    switch (shape) {
    case PayloadShape::Event:
        return PayloadReader::readId(payload.value("id"_L1));
    case PayloadShape::Rsvp:
        return PayloadReader::readId(payload.value("event"_L1).toObject().value("id"_L1));
    case PayloadShape::Other:
        break;
    }
    return {};
}

void classify(DeliveryEnvelope &envelope, const QJsonObject &root, const QJsonObject &payload,
              const QString &pathType)
{
    if (!pathType.isEmpty()) {
        envelope.type = pathType;
        envelope.classifiedBy = ClassificationSource::Path;
    } else {
        envelope.type = typeFromFields(root);
        envelope.classifiedBy =
            envelope.type.isEmpty() ? ClassificationSource::Shape : ClassificationSource::Field;
    }
    envelope.shape = shapeFor(envelope.type, payload);
    envelope.subjectId = subjectIdFor(envelope.shape, payload);
}

// The reason for the sender: Qt's own description and where, never the body's content.
QString malformedReason(const QJsonParseError &error)
{
    return u"malformed JSON: %1 at offset %2"_s.arg(error.errorString(),
                                                    QString::number(error.offset));
}

// Why an object can never become a delivery, or empty when it can.
QString envelopeProblem(const QJsonObject &root)
{
    const QJsonValue eventId = root.value("event_id"_L1);
    if (!eventId.isString() || eventId.toString().trimmed().isEmpty())
        return u"event_id must be a non-empty string"_s;
    const QJsonValue payload = root.value("payload"_L1);
    if (!payload.isUndefined() && !payload.isNull() && !payload.isObject())
        return u"payload must be a JSON object"_s;
    return {};
}

} // namespace

DeliveryParser::Result DeliveryParser::parse(const QByteArray &body, const QString &pathType)
{
    // The whole body is still checked; only the members classification reads are kept.
    if (const std::optional<QJsonObject> root =
            JsonSelectiveReader::read(body, RootSelection, MaxNesting))
        return fromRoot(*root, pathType);
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
    return fromRoot(document.object(), pathType);
}

DeliveryParser::Result DeliveryParser::fromRoot(const QJsonObject &root, const QString &pathType)
{
    if (const QString problem = envelopeProblem(root); !problem.isEmpty())
        return refuse(problem);

    DeliveryEnvelope envelope;
    envelope.eventId = root.value("event_id"_L1).toString().trimmed();
    envelope.eventTimestamp = PayloadReader::readText(root.value("event_timestamp"_L1));
    // A missing or null payload reads as an empty object: kept, classified as other.
    classify(envelope, root, root.value("payload"_L1).toObject(), pathType);
    return {std::move(envelope), {}};
}

bool DeliveryParser::isWebhookTypeName(QStringView name)
{
    if (name.isEmpty() || name.size() > MaxTypeNameLength || !name.front().isUpper())
        return false;
    return std::all_of(name.begin(), name.end(), isAsciiLetter);
}
