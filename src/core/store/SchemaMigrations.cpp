#include "store/SchemaMigrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

// Each step is a list of statements run in one transaction. Never edit a released step: add one.
const QList<QStringList> &steps()
{
    static const QList<QStringList> all = {
        // 1: deliveries, refusals and what is derived from them.
        {
            // One row per webhook event_id. body is the raw request body, kept losslessly.
            QStringLiteral(R"(CREATE TABLE deliveries (
                id INTEGER PRIMARY KEY,
                event_id TEXT NOT NULL UNIQUE,
                event_timestamp TEXT,
                type TEXT NOT NULL,
                classified_by TEXT NOT NULL,
                subject_id TEXT,
                received_at TEXT NOT NULL,
                last_received_at TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 1,
                remote_address TEXT,
                body BLOB NOT NULL,
                derived INTEGER NOT NULL DEFAULT 0))"), // 0 pending, 1 done, 2 failed (kept raw)
            QStringLiteral("CREATE INDEX deliveries_subject ON deliveries(subject_id, type)"),
            QStringLiteral("CREATE INDEX deliveries_pending ON deliveries(id) WHERE derived = 0"),
            // Attempts that were refused: no body, bounded in number.
            QStringLiteral(R"(CREATE TABLE refusals (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                status INTEGER NOT NULL,
                reason TEXT NOT NULL,
                method TEXT,
                path TEXT,
                remote_address TEXT))"),
            QStringLiteral(R"(CREATE TABLE spaces (
                id TEXT PRIMARY KEY,
                name TEXT,
                collection_id TEXT,
                created_at TEXT,
                updated_at TEXT))"),
            QStringLiteral(R"(CREATE TABLE members (
                id TEXT PRIMARY KEY,
                first_name TEXT,
                last_name TEXT,
                email TEXT,
                time_zone TEXT,
                location TEXT,
                bio TEXT,
                avatar TEXT,
                categories TEXT,
                permalink TEXT,
                ambassador_level TEXT,
                member_type TEXT,
                referral_count INTEGER,
                created_at TEXT,
                updated_at TEXT))"),
            // Timestamps as received, plus *_utc (ISO 8601 UTC) for ordering and filtering.
            // Names, counts and receive times are copied in (and kept current by the deriver)
            // so that the window can sort and search a million events by any column with an
            // index instead of a join or a subquery.
            QStringLiteral(R"(CREATE TABLE event_records (
                id TEXT PRIMARY KEY,
                title TEXT,
                summary TEXT,
                event_type TEXT,
                starts_at TEXT,
                ends_at TEXT,
                starts_at_utc TEXT,
                ends_at_utc TEXT,
                time_zone TEXT,
                location TEXT,
                recurrence_rule TEXT,
                frequency TEXT,
                recurrence_interval INTEGER,
                space_id TEXT,
                space_name TEXT,
                creator_id TEXT,
                creator_name TEXT NOT NULL DEFAULT '',
                creator_email TEXT,
                permalink TEXT,
                images TEXT,
                rsvp_enabled INTEGER,
                rsvp_closed INTEGER,
                restricted_event INTEGER,
                post_in_feed INTEGER,
                created_at TEXT,
                updated_at TEXT,
                updated_at_utc TEXT,
                status TEXT NOT NULL DEFAULT 'new',
                rsvp_yes INTEGER NOT NULL DEFAULT 0,
                rsvp_maybe INTEGER NOT NULL DEFAULT 0,
                rsvp_no INTEGER NOT NULL DEFAULT 0,
                delivery_count INTEGER NOT NULL DEFAULT 0,
                first_received_at TEXT,
                last_received_at TEXT,
                last_delivery_id INTEGER))"),
            QStringLiteral("CREATE INDEX event_records_starts ON event_records(starts_at_utc)"),
            QStringLiteral("CREATE INDEX event_records_ends ON event_records(ends_at_utc)"),
            QStringLiteral(
                "CREATE INDEX event_records_title ON event_records(title COLLATE NOCASE)"),
            QStringLiteral("CREATE INDEX event_records_type ON event_records(event_type)"),
            QStringLiteral(
                "CREATE INDEX event_records_location ON event_records(location COLLATE NOCASE)"),
            QStringLiteral("CREATE INDEX event_records_space ON event_records(space_id)"),
            QStringLiteral("CREATE INDEX event_records_space_name ON event_records(space_name "
                           "COLLATE NOCASE)"),
            QStringLiteral("CREATE INDEX event_records_creator ON event_records(creator_id)"),
            QStringLiteral("CREATE INDEX event_records_creator_name"
                           " ON event_records(creator_name COLLATE NOCASE)"),
            QStringLiteral("CREATE INDEX event_records_rsvp_yes ON event_records(rsvp_yes)"),
            QStringLiteral("CREATE INDEX event_records_status ON event_records(status)"),
            QStringLiteral(
                "CREATE INDEX event_records_received ON event_records(last_received_at)"),
            // Full-text search over what a manager types into the search box, kept in step
            // with event_records by triggers.
            QStringLiteral(R"(CREATE VIRTUAL TABLE event_search USING fts5(
                title, summary, location, space_name, creator_name,
                content = 'event_records', content_rowid = 'rowid',
                tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'))"),
            QStringLiteral(R"(CREATE TRIGGER event_records_search_insert
                AFTER INSERT ON event_records BEGIN
                INSERT INTO event_search (rowid, title, summary, location, space_name,
                                          creator_name)
                VALUES (new.rowid, new.title, new.summary, new.location, new.space_name,
                        new.creator_name);
                END)"),
            QStringLiteral(R"(CREATE TRIGGER event_records_search_delete
                AFTER DELETE ON event_records BEGIN
                INSERT INTO event_search (event_search, rowid, title, summary, location,
                                          space_name, creator_name)
                VALUES ('delete', old.rowid, old.title, old.summary, old.location,
                        old.space_name, old.creator_name);
                END)"),
            QStringLiteral(R"(CREATE TRIGGER event_records_search_update
                AFTER UPDATE OF title, summary, location, space_name, creator_name
                ON event_records BEGIN
                INSERT INTO event_search (event_search, rowid, title, summary, location,
                                          space_name, creator_name)
                VALUES ('delete', old.rowid, old.title, old.summary, old.location,
                        old.space_name, old.creator_name);
                INSERT INTO event_search (rowid, title, summary, location, space_name,
                                          creator_name)
                VALUES (new.rowid, new.title, new.summary, new.location, new.space_name,
                        new.creator_name);
                END)"),
            // When each event row last changed (inserted, updated or deleted), so that the window
            // reads only what changed since it last looked instead of a million rowids again.
            // AUTOINCREMENT: a revision is never handed out twice, even after the newest row was
            // replaced; REPLACE keeps one row per event.
            QStringLiteral(R"(CREATE TABLE event_revisions (
                revision INTEGER PRIMARY KEY AUTOINCREMENT,
                event_rowid INTEGER NOT NULL UNIQUE,
                deleted INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral(R"(CREATE TRIGGER event_records_revision_insert
                AFTER INSERT ON event_records BEGIN
                INSERT OR REPLACE INTO event_revisions (event_rowid) VALUES (new.rowid);
                END)"),
            QStringLiteral(R"(CREATE TRIGGER event_records_revision_update
                AFTER UPDATE ON event_records BEGIN
                INSERT OR REPLACE INTO event_revisions (event_rowid) VALUES (new.rowid);
                END)"),
            QStringLiteral(R"(CREATE TRIGGER event_records_revision_delete
                AFTER DELETE ON event_records BEGIN
                INSERT OR REPLACE INTO event_revisions (event_rowid, deleted)
                VALUES (old.rowid, 1);
                END)"),
            // What each EventUpdated changed: one row per field.
            QStringLiteral(R"(CREATE TABLE event_changes (
                id INTEGER PRIMARY KEY,
                event_id TEXT NOT NULL,
                delivery_id INTEGER NOT NULL,
                changed_at TEXT,
                field TEXT NOT NULL,
                old_value TEXT,
                new_value TEXT))"),
            QStringLiteral("CREATE INDEX event_changes_event ON event_changes(event_id)"),
            // The current answer per (event, member, instance); deleted answers are kept, marked.
            QStringLiteral(R"(CREATE TABLE rsvps (
                event_id TEXT NOT NULL,
                member_id TEXT NOT NULL,
                instance_key TEXT NOT NULL DEFAULT '',
                instance_starts_at TEXT,
                rsvp_id TEXT,
                status TEXT,
                deleted INTEGER NOT NULL DEFAULT 0,
                updated TEXT,
                updated_utc TEXT,
                delivery_id INTEGER,
                PRIMARY KEY (event_id, member_id, instance_key)))"),
            // The documented interface for users and exports: one row per event.
            QStringLiteral(R"(CREATE VIEW events AS
                SELECT id, title, starts_at, ends_at, time_zone, event_type, location, space_id,
                       space_name, creator_id, creator_name, creator_email, permalink, rsvp_yes,
                       rsvp_maybe, rsvp_no, delivery_count, first_received_at, last_received_at,
                       status
                FROM event_records)"),
        },
        // 2: the events that repeat, by first start, for the calendar feed, which keeps them
        // after their first start has long passed. Only repeating events are in it.
        {
            QStringLiteral("CREATE INDEX event_records_repeating ON event_records(starts_at_utc)"
                           " WHERE frequency IS NOT NULL OR recurrence_rule IS NOT NULL"),
        },
    };
    return all;
}

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

int SchemaMigrations::latestVersion()
{
    return int(steps().size());
}

bool SchemaMigrations::migrate(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("PRAGMA user_version"), error) || !query.next())
        return false;
    const int current = query.value(0).toInt();
    if (current > latestVersion()) {
        if (error)
            *error = QCoreApplication::translate(
                         "SchemaMigrations",
                         "the database was written by a newer Eventwatch (schema %1)")
                         .arg(current);
        return false;
    }
    for (int version = current + 1; version <= latestVersion(); ++version) {
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        bool ok = true;
        for (const QString &statement : steps().at(version - 1)) {
            if (!exec(query, statement, error)) {
                ok = false;
                break;
            }
        }
        ok = ok && exec(query, QStringLiteral("PRAGMA user_version = %1").arg(version), error);
        if (!ok || !db.commit()) {
            if (ok && error)
                *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}
