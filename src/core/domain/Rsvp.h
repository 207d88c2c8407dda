#pragma once

#include "domain/EventRecord.h"
#include "domain/Member.h"

#include <QString>

// A member's answer to an event (the payload of RsvpCreated / RsvpUpdated / RsvpDeleted).
struct Rsvp
{
    QString id;
    QString status; // yes, maybe, no (lower-cased); anything else kept as received
    QString updated;
    EventRecord event;
    Member member;
    // Identifies the instance of a recurring event the answer is for: the instance's
    // instance_index, else its starts_at; empty for the whole event.
    QString instanceKey;
    QString instanceStartsAt;
};
