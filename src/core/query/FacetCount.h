#pragma once

#include <QString>

// One choice in a picker of the filter bar: a space, a creator or an event type, with how many
// events it has.
struct FacetCount
{
    QString id;    // space id, creator id or event_type value
    QString label; // space name, creator name, or the event_type value
    qint64 count = 0;
};
