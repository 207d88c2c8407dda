#pragma once

// What a delivery's payload looks like, per the shape rules of the webhook reference.
enum class PayloadShape {
    Event,
    Rsvp,
    Other,
};
