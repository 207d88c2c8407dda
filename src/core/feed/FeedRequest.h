#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// One authorized GET (or HEAD) of the calendar feed, handed from the server thread to the
// thread that builds the feed. Holds no token: it was checked before.
struct FeedRequest
{
    quint64 ticket = 0;
    QString space;              // a space's name (any case) or id; empty: every space
    QByteArray ifNoneMatch;     // the request's If-None-Match, as sent
    QByteArray ifModifiedSince; // the request's If-Modified-Since, as sent
};

Q_DECLARE_METATYPE(FeedRequest)
