#pragma once

#include "notify/EventNotification.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// The words of a desktop notification: the event's title as the summary; the body says what
// happened (for anything but a new event), when the event starts in the viewer's time, its
// space and its creator.
class NotificationText final
{
    Q_DECLARE_TR_FUNCTIONS(NotificationText)

public:
    static QString summary(const EventNotification &notification);
    static QString body(const EventNotification &notification, const QLocale &locale = {});

    // When an event starts, in the viewer's time zone: "Tuesday, 1 December 2026, 19:00".
    static QString localStart(const EventRow &event, const QLocale &locale = {});

private:
    static QString whatHappened(const EventNotification &notification);
    static QString spaceAndCreator(const EventRow &event);
};
