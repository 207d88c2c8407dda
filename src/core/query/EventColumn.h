#pragma once

// The columns of the event table, in their default order. The store sorts by each of them
// with an index.
enum class EventColumn {
    Title,
    Starts,
    Ends,
    Type,
    Location,
    Space,
    Creator,
    Rsvps,
    Status,
    Received,
    Count, // not a column: the number of columns
};
