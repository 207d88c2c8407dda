#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>

#include <utility>

// What the feed's builder answers one FeedRequest with; the server thread writes it out.
struct FeedAnswer
{
    quint64 ticket = 0;
    int status = 200;
    QByteArray contentType; // empty for 304, which has no body
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

Q_DECLARE_METATYPE(FeedAnswer)
