#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

// What Eventwatch has already told the user, kept in notifications.sqlite3 beside the event
// store: how far it has looked at events, changes and RSVPs, the RSVP milestone each event last
// reached, and which reminders fired. A restart starts where the last run stopped, so nothing is
// announced twice and nothing that arrived while the window was closed is missed.
//
// A file of its own rather than tables in the store: the receiver's writer never waits for it.
// Owned by the thread that opened it, like every connection.
class NotificationLedger final
{
    Q_DISABLE_COPY_MOVE(NotificationLedger)

public:
    enum class Cursor {
        Events,     // the last event_records rowid looked at
        Changes,    // the last event_changes id looked at
        Deliveries, // the last derived delivery id whose RSVPs were looked at
    };

    explicit NotificationLedger(QString filePath);
    ~NotificationLedger();

    static QString fileName() { return QStringLiteral("notifications.sqlite3"); }
    static QString pathIn(const QString &dataDir);

    // Creates the file when needed; false with a one-line reason otherwise.
    bool open(QString *error);

    std::optional<qint64> cursor(Cursor which) const;
    bool setCursor(Cursor which, qint64 value);

    // The "yes" count of the last milestone told for the event; nullopt if none was.
    std::optional<int> milestone(const QString &eventId) const;
    bool setMilestone(const QString &eventId, int yes);

    // Reminders are keyed by the start they were for: an event moved to a later time gets a
    // reminder for its new start.
    bool reminderFired(const QString &eventId, const QDateTime &startsAtUtc) const;
    bool markReminderFired(const QString &eventId, const QDateTime &startsAtUtc,
                           const QDateTime &firedAt);
    // Forgets reminders for starts before instant: they can never be due again.
    bool forgetRemindersBefore(const QDateTime &instant);

private:
    bool exec(const QString &sql, const QVariantList &values = {}, QString *error = nullptr);

    QString m_filePath;
    QString m_connectionName;
};
