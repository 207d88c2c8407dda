#pragma once

#include "domain/DeliveryEnvelope.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Validates a delivery body and classifies it. Pure: no I/O, safe on any thread.
//
// Refuses (with a one-line reason meant for the sender) only what can never become acceptable:
// malformed JSON, a top level that is not an object, a missing or empty string event_id, a
// payload that is present but not an object, nesting deeper than MaxNesting. Everything else is
// tolerated and kept.
class DeliveryParser final
{
public:
    static constexpr int MaxNesting = 64;

    struct Result
    {
        std::optional<DeliveryEnvelope> envelope;
        QString error; // set when envelope is empty
    };

    // pathType is the <Type> segment of /webhooks/mighty-networks/<Type>, or empty.
    static Result parse(const QByteArray &body, const QString &pathType = {});
    // The same answer as parse(), always from a QJsonDocument of the whole body. parse() takes
    // this way only for bodies that are not plainly valid JSON (it explains what is wrong); tests
    // compare the two.
    static Result parseDocument(const QByteArray &body, const QString &pathType = {});

    // Whether a name may be a webhook type (EventCreated, RsvpDeleted, ...): ASCII letters only,
    // starting with an upper-case letter, at most 64 characters.
    static bool isWebhookTypeName(QStringView name);
};
