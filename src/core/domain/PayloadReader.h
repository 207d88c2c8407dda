#pragma once

#include "domain/EventRecord.h"
#include "domain/Member.h"
#include "domain/Rsvp.h"
#include "domain/Space.h"

#include <QJsonObject>
#include <QJsonValue>

// Turns payload JSON into values. Never fails: a mistyped, null or missing field leaves the
// value empty. Ids given as numbers or numeric strings become the same text.
class PayloadReader final
{
public:
    static EventRecord readEvent(const QJsonObject &payload);
    static Member readMember(const QJsonObject &member);
    static Space readSpace(const QJsonObject &space);
    static Rsvp readRsvp(const QJsonObject &payload);

    // A JSON string as is, a number as its integer or decimal text, anything else empty.
    static QString readText(const QJsonValue &value);
    // An id: an integral number or a string, trimmed; anything else empty.
    static QString readId(const QJsonValue &value);
};
