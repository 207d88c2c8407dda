#pragma once

#include "query/EventColumn.h"
#include "query/EventFilter.h"
#include "query/FacetCount.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class Database;
class EventQuery;

// Computes which events the table shows, in which order, away from the GUI thread.
//
// Lives on a worker QThread with its own read-only connection. request() may be called from any
// thread; the newest request wins: it cancels whatever older request is queued or running.
//
// It keeps every rowid in the current sort order (read from the sort column's covering index)
// and narrows that list with the rowids the filter matches. Each part of the filter (search,
// spaces, creators, types, time window, received after) is read from its own index or from FTS5
// alone, as a bitmap, and kept until the store changes: typing in the search box reads only the
// search part again and never sorts, changing the sort never searches. Sorted by start, a time
// window is a run of the order, found by bisection. Until a refresh, what it read may lag
// behind the store a little (a row updated since shows at its old place).
//
// A refresh reads only what changed: every insert, update and delete of an event has a
// revision (EventQuery::changesSince()), and the events changed since the last read are taken
// out of the order and put back where their new value sorts, by bisection; the cached filter
// parts are brought up to date for those events alone. Only when many events changed at once
// does it read everything again. Newest-wins applies to a refresh as to any request, so the
// caller coalesces refreshes (EventTableModel does).
class EventListLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventListLoader)

public:
    struct Request
    {
        quint64 serial = 0; // echoed in the result; the caller keeps the newest
        EventFilter filter;
        EventColumn sortColumn = EventColumn::Starts;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        QDateTime now; // anchors the filter's time window
        // The store changed: read everything again, and report which rows are not in shown.
        bool refresh = false;
        QList<qint64> shown;
    };

    struct Result
    {
        quint64 serial = 0;
        QList<qint64> rowIds;    // what to show, in order
        qint64 total = 0;        // events in the store
        QList<qint64> newRowIds; // for a refresh: rows in rowIds that were not in Request::shown
        // For a refresh: how many changed events were placed one by one (0 when nothing
        // changed), or -1 when every rowid was read again.
        qsizetype placed = -1;
    };

    // The filter bar's choices with their counts over every event.
    struct Facets
    {
        QList<FacetCount> spaces;
        QList<FacetCount> creators;
        QList<FacetCount> eventTypes;
    };

    // Changed events a refresh places one by one (a bisection of point reads each); beyond
    // this, reading the whole order again is quicker.
    static constexpr qsizetype MaxPlacedChanges = 2000;

    class Bits; // a set of rowids, one bit each (an implementation detail, in the .cpp)

    explicit EventListLoader(QString databasePath, QObject *parent = nullptr);
    ~EventListLoader() override;

    // Thread-safe. Runs on the loader's thread after every earlier request was answered or
    // cancelled.
    void request(Request request);
    // Thread-safe: cancels the queued or running request, if any.
    void cancel();
    // Thread-safe. Counts every event by space, creator and type, which reads whole indexes
    // (a few hundred ms at a million events); requests made while one waits are merged into it.
    void requestFacets();

Q_SIGNALS:
    void loaded(const EventListLoader::Result &result);
    void failed(quint64 serial, const QString &message);
    void facetsLoaded(const EventListLoader::Facets &facets);

private:
    using CancelFlag = std::shared_ptr<std::atomic_bool>;

    // What one part of a filter (EventQuery::FilterPart) matched, kept while the store does not
    // change: typing in the search box reads only the search part again.
    struct CachedPart
    {
        QString key;
        std::shared_ptr<const Bits> bits;
        // What it was read for, to bring it up to date when events change.
        EventFilter filter;
        int part = 0; // EventQuery::FilterPart
        QDateTime now;
    };

    enum class Update {
        Applied,
        ReadAgain, // too many changes to place one by one
        Failed,    // an error, or cancelled
    };

    bool ensureOpen(QString *error);
    void run(const Request &request, const std::atomic_bool &cancel);
    bool ensureOrder(const Request &request, const std::atomic_bool &cancel, QString *error,
                     qsizetype *placed);
    bool readOrder(const Request &request, const std::atomic_bool &cancel, QString *error);
    Update applyChanges(const std::atomic_bool &cancel, QString *error, qsizetype *placed);
    std::optional<QList<qint64>> placeChanged(const QList<qint64> &remaining,
                                              const QList<qint64> &changed,
                                              const std::atomic_bool &cancel, QString *error);
    std::optional<QList<CachedPart>> updatedParts(const Bits &touched, const QList<qint64> &changed,
                                                  qint64 maxRowId, QString *error);
    std::optional<QList<qint64>> filtered(const Request &request, const std::atomic_bool &cancel,
                                          QString *error);
    std::shared_ptr<const Bits> partBits(const Request &request, int part,
                                         const std::atomic_bool &cancel, QString *error);
    std::shared_ptr<const Bits> windowBits(const Request &request, const std::atomic_bool &cancel);
    bool hasStartOrder();
    void forgetStoreReads();
    void remember(CachedPart part);

    QString m_databasePath;
    // On the loader's thread only.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EventQuery> m_query;
    QList<qint64> m_order; // every rowid, sorted by m_orderColumn / m_orderDirection
    qint64 m_maxRowId = 0; // the largest rowid in m_order
    qint64 m_revision = 0; // the store's revision m_order and m_parts reflect
    EventColumn m_orderColumn = EventColumn::Count;
    Qt::SortOrder m_orderDirection = Qt::AscendingOrder;
    QList<CachedPart> m_parts; // most recently used first
    // Sorted by Starts, m_order is the start order, and a time window a run of it.
    qsizetype m_startsCount = -1; // events with a start, at the front of m_order; -1: not known
    bool m_startsDescending = false;

    QMutex m_mutex;
    CancelFlag m_latest; // guarded by m_mutex: the flag of the newest request
    std::atomic_bool m_facetsQueued = false;
};
