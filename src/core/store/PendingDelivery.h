#pragma once

#include "domain/DeliveryEnvelope.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

// An accepted request on its way to disk. The ticket lets the server match the outcome to the
// waiting connection.
struct PendingDelivery
{
    quint64 ticket = 0;
    DeliveryEnvelope envelope;
    QByteArray body;
    QDateTime receivedAt;
    QString remoteAddress;
};
