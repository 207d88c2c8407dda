#pragma once

#include <QtGlobal>

// What one answer of the calendar feed may hold: a calendar application polls it, so it stays
// small and quick to build however many events are stored.
struct FeedLimits
{
    // Events that started up to this many days ago are still in the feed.
    int recentDays = 30;
    qint64 maxEvents = 5000;
    qint64 maxBytes = 8 * 1024 * 1024;
    // Requests waiting for the builder; more are answered 503 at once.
    int maxWaiting = 8;
};
