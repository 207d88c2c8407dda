#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// Webhook bodies for tests that drive the real receiver: events, updates, cancellations and
// RSVPs in the shape Mighty Networks sends them.
namespace TestDeliveries {

struct Event
{
    int id = 1;
    QString title = QStringLiteral("Sourdough workshop");
    QDateTime startsAt = QDateTime(QDate(2026, 12, 1), QTime(18, 0), QTimeZone::utc());
    QString location = QStringLiteral("Town hall");
    int spaceId = 3;
    QString spaceName = QStringLiteral("Bakers");
    QDateTime updatedAt = QDateTime(QDate(2025, 11, 1), QTime(12, 0), QTimeZone::utc());
    QString frequency; // daily, weekly, monthly or yearly (every time); empty: it does not repeat
};

// The body of an EventCreated or EventUpdated delivery (the type goes in the path).
QByteArray event(const QString &deliveryId, const Event &event);
// The body of an EventCanceled delivery.
QByteArray cancellation(const QString &deliveryId, int eventId);
// The body of an RsvpCreated delivery: member memberId answers status for event.
QByteArray rsvp(const QString &deliveryId, const Event &event, int memberId, const QString &status,
                const QDateTime &updated);

// Posts body to the receiver on port, to /webhooks/mighty-networks/<type> when type is given;
// the HTTP status, or 0 when no answer came.
int post(quint16 port, const QByteArray &token, const QByteArray &body, const QString &type = {});

} // namespace TestDeliveries
