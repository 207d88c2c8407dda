#include "store/NotificationLedger.h"

#include "Logging.h"
#include "domain/Timestamp.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"eventwatch-ledger-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QString cursorName(NotificationLedger::Cursor which)
{
    switch (which) {
    case NotificationLedger::Cursor::Events:
        return u"events"_s;
    case NotificationLedger::Cursor::Changes:
        return u"changes"_s;
    case NotificationLedger::Cursor::Deliveries:
        return u"deliveries"_s;
    }
    Q_UNREACHABLE();
}

const QStringList &schema()
{
    static const QStringList statements = {
        u"CREATE TABLE IF NOT EXISTS cursors (name TEXT PRIMARY KEY, value INTEGER NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS milestones (event_id TEXT PRIMARY KEY,"
        " yes INTEGER NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS reminders (event_id TEXT NOT NULL,"
        " starts_at_utc TEXT NOT NULL, fired_at TEXT NOT NULL,"
        " PRIMARY KEY (event_id, starts_at_utc))"_s,
    };
    return statements;
}

} // namespace

NotificationLedger::NotificationLedger(QString filePath)
    : m_filePath(std::move(filePath))
    , m_connectionName(uniqueConnectionName())
{}

NotificationLedger::~NotificationLedger()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString NotificationLedger::pathIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(fileName());
}

bool NotificationLedger::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_filePath);
    if (!db.open()) {
        if (error)
            *error = QCoreApplication::translate("NotificationLedger", "cannot open %1: %2")
                         .arg(m_filePath, db.lastError().text());
        return false;
    }
    // Losing the last few entries to a power cut costs a repeated notification at worst.
    QStringList statements = {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
                              u"PRAGMA busy_timeout = 2000"_s};
    statements += schema();
    for (const QString &statement : std::as_const(statements)) {
        QString reason;
        if (!exec(statement, {}, &reason)) {
            if (error)
                *error = QCoreApplication::translate("NotificationLedger", "cannot prepare %1: %2")
                             .arg(m_filePath, reason);
            return false;
        }
    }
    return true;
}

std::optional<qint64> NotificationLedger::cursor(Cursor which) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT value FROM cursors WHERE name = ?"_s);
    query.addBindValue(cursorName(which));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool NotificationLedger::setCursor(Cursor which, qint64 value)
{
    return exec(u"INSERT INTO cursors (name, value) VALUES (?, ?)"
                " ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s,
                {cursorName(which), value});
}

std::optional<int> NotificationLedger::milestone(const QString &eventId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT yes FROM milestones WHERE event_id = ?"_s);
    query.addBindValue(eventId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

bool NotificationLedger::setMilestone(const QString &eventId, int yes)
{
    return exec(u"INSERT INTO milestones (event_id, yes) VALUES (?, ?)"
                " ON CONFLICT (event_id) DO UPDATE SET yes = excluded.yes"_s,
                {eventId, yes});
}

bool NotificationLedger::reminderFired(const QString &eventId, const QDateTime &startsAtUtc) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT 1 FROM reminders WHERE event_id = ? AND starts_at_utc = ?"_s);
    query.addBindValue(eventId);
    query.addBindValue(Timestamp::toIsoUtc(startsAtUtc));
    return query.exec() && query.next();
}

bool NotificationLedger::markReminderFired(const QString &eventId, const QDateTime &startsAtUtc,
                                           const QDateTime &firedAt)
{
    return exec(u"INSERT OR REPLACE INTO reminders (event_id, starts_at_utc, fired_at)"
                " VALUES (?, ?, ?)"_s,
                {eventId, Timestamp::toIsoUtc(startsAtUtc), Timestamp::toIsoUtc(firedAt)});
}

bool NotificationLedger::forgetRemindersBefore(const QDateTime &instant)
{
    return exec(u"DELETE FROM reminders WHERE starts_at_utc < ?"_s, {Timestamp::toIsoUtc(instant)});
}

bool NotificationLedger::exec(const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.prepare(sql)) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
    }
    qCWarning(lcNotify).noquote() << "notification ledger:" << query.lastError().text();
    if (error)
        *error = query.lastError().text();
    return false;
}
