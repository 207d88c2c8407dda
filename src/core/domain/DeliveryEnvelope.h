#pragma once

#include "domain/ClassificationSource.h"
#include "domain/PayloadShape.h"

#include <QString>

// The part of a webhook delivery the receiver needs before it can answer: validated, not yet
// derived into events, members and spaces.
struct DeliveryEnvelope
{
    QString eventId;        // the idempotency key; retries reuse it
    QString eventTimestamp; // when the thing happened, as received (may be empty)
    // The webhook type (EventCreated, RsvpUpdated, PostCreated, ...). Empty when only the shape is
    // known and the store must decide (EventCreated vs EventUpdated depends on what it holds).
    QString type;
    ClassificationSource classifiedBy = ClassificationSource::Shape;
    PayloadShape shape = PayloadShape::Other;
    // The Mighty Networks event this delivery is about: the payload's id for events, the
    // embedded event's id for RSVPs; empty for other deliveries.
    QString subjectId;
};
