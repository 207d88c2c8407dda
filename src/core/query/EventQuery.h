#pragma once

#include "query/EventColumn.h"
#include "query/EventFilter.h"
#include "query/EventRow.h"
#include "query/FacetCount.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <atomic>
#include <optional>
#include <utility>

// The window's questions to the store, answered in SQL with indexes and FTS5. Works on any
// connection (each thread has its own); never holds more than one page of rows.
class EventQuery final
{
public:
    explicit EventQuery(QSqlDatabase db);

    // The rowids of the events matching filter, in the requested order (ties broken by rowid;
    // sorted by Starts, events without a start come last in both directions), each order read
    // from the column's index. now anchors the time windows. Returns nullopt on error or when
    // cancel became true (looked at every few thousand rows).
    std::optional<QList<qint64>> rowIds(const EventFilter &filter, EventColumn sortColumn,
                                        Qt::SortOrder order, const QDateTime &now,
                                        const std::atomic_bool *cancel = nullptr,
                                        QString *error = nullptr) const;
    // The rows with these rowids, in the same order (missing ones are skipped).
    QList<EventRow> rows(const QList<qint64> &rowIds) const;
    qint64 totalCount() const;

    // Choices for the filter bar's pickers, with counts over all events, biggest first.
    QList<FacetCount> spaces() const;
    QList<FacetCount> creators() const;
    QList<FacetCount> eventTypes() const;

    // The rowids matching filter, ascending: what a caller that already holds every rowid in
    // sort order needs to narrow it without sorting again. Returns nullopt on error or when
    // cancel became true. An empty filter matches every event.
    std::optional<QList<qint64>> matchingRowIds(const EventFilter &filter, const QDateTime &now,
                                                const std::atomic_bool *cancel = nullptr,
                                                QString *error = nullptr) const;

    // The parts of a filter that select events independently of each other: matchingRowIds()
    // is the intersection of the rowids of every part the filter sets.
    enum class FilterPart {
        Search,
        Spaces,
        Creators,
        EventTypes,
        TimeWindow,
        ReceivedAfter,
        RowRange,
    };
    static QList<FilterPart> filterParts(const EventFilter &filter);
    // What identifies the result of partRowIds() for these arguments, for a cache.
    static QString partKey(const EventFilter &filter, FilterPart part, const QDateTime &now);
    // The rowids one part of filter selects, in no particular order, read from that part's
    // index (or from the FTS5 index alone) and never from the event rows, so the cost follows
    // the size of the answer, not of the table.
    std::optional<QList<qint64>> partRowIds(const EventFilter &filter, FilterPart part,
                                            const QDateTime &now,
                                            const std::atomic_bool *cancel = nullptr,
                                            QString *error = nullptr) const;
    // The instants [from, to) a filter's time window covers, anchored at now (invalid ends are
    // open; both invalid for TimeWindow::Any). Compared with the ISO text of starts_at_utc.
    static std::pair<QDateTime, QDateTime> windowBounds(const EventFilter &filter,
                                                        const QDateTime &now);
    // The value a column sorts by for one event (starts_at_utc as text, title, ...); null when
    // the event has none or is gone.
    QVariant sortValue(qint64 rowId, EventColumn column) const;

    // Which of rowIds one part of filter selects, ascending: what a caller that holds a part's
    // rowids needs to bring them up to date after these events changed. The cost follows the
    // number of rowids: the search matches their text in a small temporary full-text index of
    // this connection (the store's own index would seek every prefix term for every rowid).
    std::optional<QList<qint64>> partRowIdsAmong(const EventFilter &filter, FilterPart part,
                                                 const QDateTime &now, const QList<qint64> &rowIds,
                                                 QString *error = nullptr) const;
    // The values the column sorts by (see sortValue()) of the events with these rowids that
    // exist, as (rowid, value) pairs in no particular order.
    std::optional<QList<std::pair<qint64, QVariant>>>
    sortValues(const QList<qint64> &rowIds, EventColumn column, QString *error = nullptr) const;

    // Every insert, update or delete of an event is a new revision, numbered upwards.
    struct Change
    {
        qint64 rowId = 0;
        bool deleted = false;
    };
    // The newest revision, 0 for a store that never held an event; nullopt on error.
    std::optional<qint64> latestRevision(QString *error = nullptr) const;
    // The events that changed after revision (each once, in the order of their last change),
    // and in *latest the newest revision among them (revision when nothing changed). Reads at
    // most limit + 1 changes: more than limit tells the caller to read everything again.
    std::optional<QList<Change>> changesSince(qint64 revision, qsizetype limit, qint64 *latest,
                                              QString *error = nullptr) const;

    // EXPLAIN QUERY PLAN of partRowIds().
    QStringList partPlan(const EventFilter &filter, FilterPart part, const QDateTime &now) const;
    // The largest rowid in the store (0 when empty): rowids only grow, so a caller can size a
    // bitmap by it.
    qint64 maxRowId() const;

    // EXPLAIN QUERY PLAN of what rowIds() runs, one line per step, for tests and diagnostics.
    QStringList queryPlan(const EventFilter &filter, EventColumn sortColumn, Qt::SortOrder order,
                          const QDateTime &now) const;

    // The conditions filter puts on event_records rowid and columns, ANDed, for a statement of
    // another reader (the exporter) to add to its own WHERE; values receives what they bind, in
    // order. Empty (and no values) for an empty filter.
    static QString filterSql(const EventFilter &filter, const QDateTime &now, QVariantList *values);

    // The FTS5 query for text as typed: every whitespace-separated word becomes a quoted
    // prefix term ("word"*), ANDed; words without a letter or digit are dropped. Empty when
    // nothing is left to search for. Never passes the user's own FTS5 syntax through.
    static QString ftsQuery(const QString &typed);

private:
    QSqlDatabase m_db;
    // sortValue() is called a few dozen times per bisection: prepared once per column.
    mutable std::optional<QSqlQuery> m_sortValueQuery;
    mutable EventColumn m_sortValueColumn = EventColumn::Count;
};
