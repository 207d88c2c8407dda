#include "TestDeliveries.h"

#include "HttpTestClient.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace TestDeliveries {

namespace {

QString iso(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODate);
}

QJsonObject payloadOf(const Event &event)
{
    QJsonObject payload{
        {u"id"_s, event.id},
        {u"post_type"_s, u"event"_s},
        {u"title"_s, event.title},
        {u"event_type"_s, u"local_meetup"_s},
        {u"starts_at"_s, iso(event.startsAt)},
        {u"time_zone"_s, u"Europe/Berlin"_s},
        {u"location"_s, event.location},
        {u"updated_at"_s, iso(event.updatedAt)},
        {u"space"_s, QJsonObject{{u"id"_s, event.spaceId}, {u"name"_s, event.spaceName}}},
        {u"creator"_s,
         QJsonObject{{u"id"_s, 4}, {u"first_name"_s, u"Rosa"_s}, {u"last_name"_s, u"Parks"_s}}},
    };
    if (!event.frequency.isEmpty()) {
        payload.insert(u"frequency"_s, event.frequency);
        payload.insert(u"interval"_s, 1);
    }
    return payload;
}

QByteArray envelope(const QString &deliveryId, const QJsonObject &payload)
{
    return QJsonDocument(QJsonObject{{u"event_id"_s, deliveryId}, {u"payload"_s, payload}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray event(const QString &deliveryId, const Event &event)
{
    return envelope(deliveryId, payloadOf(event));
}

QByteArray cancellation(const QString &deliveryId, int eventId)
{
    return envelope(deliveryId, {{u"id"_s, eventId}});
}

QByteArray rsvp(const QString &deliveryId, const Event &event, int memberId, const QString &status,
                const QDateTime &updated)
{
    return envelope(deliveryId,
                    {{u"id"_s, QString::number(event.id * 1000 + memberId)},
                     {u"status"_s, status},
                     {u"updated"_s, iso(updated)},
                     {u"event"_s, payloadOf(event)},
                     {u"member"_s, QJsonObject{{u"id"_s, memberId},
                                               {u"first_name"_s, u"Member %1"_s.arg(memberId)}}}});
}

int post(quint16 port, const QByteArray &token, const QByteArray &body, const QString &type)
{
    QByteArray path = "/webhooks/mighty-networks";
    if (!type.isEmpty())
        path += '/' + type.toLatin1();
    const auto response =
        HttpTestClient::exchange(port, HttpTestClient::delivery(body, token, path));
    return response ? response->status : 0;
}

} // namespace TestDeliveries
