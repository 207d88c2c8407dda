#include "NotificationText.h"

#include "DateTimeText.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

using Kind = EventNotification::Kind;

QString NotificationText::summary(const EventNotification &notification)
{
    if (notification.kind == Kind::NewEvents) {
        // Always more than three events; the English source needs no singular.
        if (notification.spaceCount <= 1)
            return tr("%n new events", "more than three", notification.count);
        return tr("%1 in %2", "12 new events in 3 spaces")
            .arg(tr("%n new events", "more than three", notification.count),
                 tr("%n spaces", "two or more", notification.spaceCount));
    }
    const QString title = notification.event.title.trimmed();
    return title.isEmpty() ? tr("Untitled event") : title;
}

QString NotificationText::body(const EventNotification &notification, const QLocale &locale)
{
    if (notification.kind == Kind::NewEvents)
        return tr("They arrived together. Click to see them in Eventwatch.");
    QStringList lines;
    const QString happened = whatHappened(notification);
    if (!happened.isEmpty())
        lines << happened;
    lines << localStart(notification.event, locale);
    const QString where = spaceAndCreator(notification.event);
    if (!where.isEmpty())
        lines << where;
    return lines.join(u'\n');
}

QString NotificationText::localStart(const EventRow &event, const QLocale &locale)
{
    if (!event.startsAtUtc.isValid())
        return tr("No start time given");
    const QDateTime local = event.startsAtUtc.toLocalTime();
    return tr("%1, %2", "date, time")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
             DateTimeText::time(local.time(), locale));
}

QString NotificationText::whatHappened(const EventNotification &notification)
{
    const EventRow &event = notification.event;
    switch (notification.kind) {
    case Kind::NewEvent:
    case Kind::NewEvents:
        return {};
    case Kind::Moved:
        if (notification.changedFields.contains(u"location"_s) && !event.location.isEmpty())
            return tr("Moved to %1").arg(event.location);
        return tr("Moved to a new time");
    case Kind::Canceled:
        return tr("Canceled");
    case Kind::RsvpMilestone:
        if (notification.milestone <= 1)
            return tr("First “yes”");
        return tr("%n people said “yes”", "ten or more", notification.milestone);
    case Kind::Reminder:
        // "min" reads the same for one minute and for many.
        return tr("Starts in %n min", nullptr, notification.minutesBefore);
    }
    return {};
}

QString NotificationText::spaceAndCreator(const EventRow &event)
{
    const QString space = event.spaceName.trimmed();
    const QString creator = event.creatorName.trimmed();
    if (!space.isEmpty() && !creator.isEmpty())
        return tr("In %1 · by %2").arg(space, creator);
    if (!space.isEmpty())
        return tr("In %1").arg(space);
    if (!creator.isEmpty())
        return tr("By %1").arg(creator);
    return {};
}
