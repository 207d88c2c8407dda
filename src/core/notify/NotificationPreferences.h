#pragma once

#include <QStringList>
#include <QTime>

// What the user wants to be told about, as set on the Notifications page of the settings.
struct NotificationPreferences
{
    // The longest reminder lead offered: one week.
    static constexpr int MaxReminderMinutes = 7 * 24 * 60;

    bool enabled = true;
    bool newEvents = true;
    bool moves = true; // updates that move an event's time or place
    bool cancellations = true;
    bool rsvpMilestones = true;
    QStringList mutedSpaceIds;
    bool quietHours = false;
    QTime quietFrom = QTime(22, 0);
    QTime quietUntil = QTime(7, 0);
    int reminderMinutes = 0; // before an event starts; 0: no reminders

    // Whether localTime falls in the quiet hours; they may span midnight (22:00 to 07:00).
    bool isQuietAt(const QTime &localTime) const
    {
        if (!quietHours || quietFrom == quietUntil)
            return false;
        if (quietFrom < quietUntil)
            return quietFrom <= localTime && localTime < quietUntil;
        return localTime >= quietFrom || localTime < quietUntil;
    }

    friend bool operator==(const NotificationPreferences &,
                           const NotificationPreferences &) = default;
};
