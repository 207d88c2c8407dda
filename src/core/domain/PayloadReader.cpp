#include "domain/PayloadReader.h"

#include "domain/Timestamp.h"

#include <QJsonArray>
#include <QLocale>

#include <limits>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

// A JSON number that is a whole qint64 (ids arrive as 1234 or 1234.0 alike).
std::optional<qint64> integralNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
    const qint64 number = value.toInteger(sentinel);
    if (number == sentinel && value.toDouble() != static_cast<double>(sentinel))
        return std::nullopt;
    return number;
}

// A count given as a whole number or as its text ("2").
std::optional<qint64> readCount(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(number) : std::nullopt;
    }
    return integralNumber(value);
}

std::optional<int> readInt(const QJsonValue &value)
{
    const std::optional<qint64> count = readCount(value);
    if (!count || *count < std::numeric_limits<int>::min()
        || *count > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(*count);
}

std::optional<bool> readBool(const QJsonValue &value)
{
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

QString textField(const QJsonObject &object, QLatin1StringView key)
{
    return PayloadReader::readText(object.value(key));
}

QString idField(const QJsonObject &object, QLatin1StringView key)
{
    return PayloadReader::readId(object.value(key));
}

// An id given beside its object (creator_id) and inside it (creator.id): the field wins.
QString readIdOrFallback(const QJsonObject &object, QLatin1StringView key, const QString &fallback)
{
    const QString id = idField(object, key);
    return id.isEmpty() ? fallback : id;
}

QStringList readStrings(const QJsonValue &value)
{
    QStringList strings;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            strings.append(item.toString());
    }
    return strings;
}

// Typed as a string in the reference but described as [{id, title}]: both arrive, and plain
// arrays of names are the obvious third form. Bare numbers are ids, not titles: skipped.
QString readCategories(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    QStringList titles;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QString title =
            item.isObject() ? textField(item.toObject(), "title"_L1) : item.toString();
        if (!title.isEmpty())
            titles.append(title);
    }
    return titles.join(", "_L1);
}

QString readStatus(const QJsonValue &value)
{
    const QString status = PayloadReader::readText(value);
    const QString normalised = status.trimmed().toLower();
    const bool known = normalised == "yes"_L1 || normalised == "maybe"_L1 || normalised == "no"_L1;
    return known ? normalised : status;
}

void readEventTimes(const QJsonObject &payload, EventRecord &event)
{
    event.startsAt = textField(payload, "starts_at"_L1);
    event.endsAt = textField(payload, "ends_at"_L1);
    event.timeZone = textField(payload, "time_zone"_L1);
    event.createdAt = textField(payload, "created_at"_L1);
    event.updatedAt = textField(payload, "updated_at"_L1);
    event.startsAtUtc = Timestamp::parse(payload.value("starts_at"_L1), event.timeZone);
    event.endsAtUtc = Timestamp::parse(payload.value("ends_at"_L1), event.timeZone);
    event.updatedAtUtc = Timestamp::parse(payload.value("updated_at"_L1), event.timeZone);
}

void readEventFlags(const QJsonObject &payload, EventRecord &event)
{
    event.rsvpEnabled = readBool(payload.value("rsvp_enabled"_L1));
    event.rsvpClosed = readBool(payload.value("rsvp_closed"_L1));
    event.restrictedEvent = readBool(payload.value("restricted_event"_L1));
    event.postInFeed = readBool(payload.value("post_in_feed"_L1));
}

void readEventRecurrence(const QJsonObject &payload, EventRecord &event)
{
    event.recurrenceRule = textField(payload, "recurrence_rule"_L1);
    event.frequency = textField(payload, "frequency"_L1);
    event.interval = readInt(payload.value("interval"_L1));
}

void readEventPeople(const QJsonObject &payload, EventRecord &event)
{
    event.creator = PayloadReader::readMember(payload.value("creator"_L1).toObject());
    event.space = PayloadReader::readSpace(payload.value("space"_L1).toObject());
    event.creatorId = readIdOrFallback(payload, "creator_id"_L1, event.creator.id);
    event.spaceId = readIdOrFallback(payload, "space_id"_L1, event.space.id);
}

} // namespace

EventRecord PayloadReader::readEvent(const QJsonObject &payload)
{
    EventRecord event;
    event.id = idField(payload, "id"_L1);
    event.title = textField(payload, "title"_L1);
    event.summary = textField(payload, "summary"_L1);
    event.postType = textField(payload, "post_type"_L1);
    event.eventType = textField(payload, "event_type"_L1);
    event.location = textField(payload, "location"_L1);
    event.permalink = textField(payload, "permalink"_L1);
    event.images = readStrings(payload.value("images"_L1));
    readEventTimes(payload, event);
    readEventFlags(payload, event);
    readEventRecurrence(payload, event);
    readEventPeople(payload, event);
    return event;
}

Member PayloadReader::readMember(const QJsonObject &member)
{
    Member result;
    result.id = idField(member, "id"_L1);
    result.firstName = textField(member, "first_name"_L1);
    result.lastName = textField(member, "last_name"_L1);
    result.email = textField(member, "email"_L1);
    result.timeZone = textField(member, "time_zone"_L1);
    result.location = textField(member, "location"_L1);
    result.bio = textField(member, "bio"_L1);
    result.avatar = textField(member, "avatar"_L1);
    result.categories = readCategories(member.value("categories"_L1));
    result.permalink = textField(member, "permalink"_L1);
    result.ambassadorLevel = textField(member, "ambassador_level"_L1);
    result.memberType = textField(member, "member_type"_L1);
    result.createdAt = textField(member, "created_at"_L1);
    result.updatedAt = textField(member, "updated_at"_L1);
    result.referralCount = readCount(member.value("referral_count"_L1));
    return result;
}

Space PayloadReader::readSpace(const QJsonObject &space)
{
    Space result;
    result.id = idField(space, "id"_L1);
    result.name = textField(space, "name"_L1);
    result.collectionId = idField(space, "collection_id"_L1);
    result.createdAt = textField(space, "created_at"_L1);
    result.updatedAt = textField(space, "updated_at"_L1);
    return result;
}

Rsvp PayloadReader::readRsvp(const QJsonObject &payload)
{
    Rsvp rsvp;
    rsvp.id = idField(payload, "id"_L1);
    rsvp.status = readStatus(payload.value("status"_L1));
    rsvp.updated = textField(payload, "updated"_L1);
    rsvp.event = readEvent(payload.value("event"_L1).toObject());
    rsvp.member = readMember(payload.value("member"_L1).toObject());
    const QJsonObject instance = payload.value("event_instance"_L1).toObject();
    rsvp.instanceStartsAt = textField(instance, "starts_at"_L1);
    const QString index = textField(instance, "instance_index"_L1);
    rsvp.instanceKey = index.isEmpty() ? rsvp.instanceStartsAt : index;
    return rsvp;
}

QString PayloadReader::readText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (!value.isDouble())
        return {};
    if (const std::optional<qint64> number = integralNumber(value))
        return QString::number(*number);
    // The shortest text that reads back as the same double: 0.1, not 0.10000000000000001.
    return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
}

QString PayloadReader::readId(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (const std::optional<qint64> number = integralNumber(value))
        return QString::number(*number);
    return {};
}
