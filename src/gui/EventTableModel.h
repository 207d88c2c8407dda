#pragma once

#include "BackgroundThread.h"
#include "EventListLoader.h"
#include "query/EventColumn.h"
#include "query/EventFilter.h"
#include "query/EventRow.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

class Database;

// The event table: one row per event the filter matches, in the chosen order, for a million
// events as for ten.
//
// The model holds only the matching rowids (8 bytes an event); an EventListLoader computes them
// on its own thread. Rows are read on demand from the GUI thread's own read-only connection, a
// page of PageSize rows by rowid at a time, and at most CachedPages pages are kept.
//
// Selection and scrolling survive every change of the list (filter, sort, refresh): the model
// announces it as a layout change and moves every persistent index to the row that now shows
// the same event (or invalidates it when the event is no longer shown). Selection models follow
// on their own; a view keeps its scroll position by holding a QPersistentModelIndex of its top
// row across layoutAboutToBeChanged()/layoutChanged() and scrolling back to it. rowForRowId()
// finds an event's row for anything else.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableModel)

public:
    enum Role {
        SortRole = Qt::UserRole, // the raw value the column sorts by
        RowIdRole,               // event_records.rowid (qint64): identity across reloads
        EventIdRole,             // the Mighty Networks event id
        IsNewRole,               // bool: arrived with a refresh and not seen yet
        UrlRole,                 // QUrl of the location when it is an http(s) link
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 128;
    static constexpr int CachedPages = 8;

    explicit EventTableModel(QString databasePath, QObject *parent = nullptr);
    ~EventTableModel() override;

    // Opens the read-only connection for reading rows and starts the first load. Returns false
    // and sets error (one line, for the user) when the store cannot be opened.
    bool open(QString *error);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Asynchronous: the rows move when the loader answers (layoutChanged).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Asynchronous, like sort(); the newest filter wins.
    void setFilter(const EventFilter &filter);
    EventFilter filter() const { return m_filter; }
    EventColumn sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Reads the list again after the store changed. Rows that were not shown before are marked
    // new. Coalesced: while a load runs, further refreshes become one more load after it, and
    // a refresh waits until as long as the previous one took has passed since it ended, so that
    // a stream of deliveries keeps the loader busy half the time at most.
    void refresh();
    // Counts every event by space, creator and type on a thread of its own (the counts read
    // whole indexes: hundreds of ms at a million events); facetsChanged() answers.
    void refreshFacets();

    bool isLoading() const { return m_loadingSerial != 0; }
    qint64 totalCount() const { return m_total; }

    // The event_records.rowid shown in row, or 0.
    qint64 rowIdAt(int row) const;
    // The row showing the event with this rowid, or -1 (a linear scan: ~1 ms a million rows).
    int rowForRowId(qint64 rowId) const;

    bool isNew(qint64 rowId) const { return m_newRowIds.contains(rowId); }
    qsizetype newCount() const { return m_newRowIds.size(); }
    void markSeen(qint64 rowId);
    void markAllSeen();

    // Rows currently held in memory (at most PageSize * CachedPages).
    qsizetype cachedRowCount() const;
    // What "now" is for the filter's time windows; the wall clock unless a test sets another.
    void setClock(std::function<QDateTime()> clock);
    // The clock's time now: what the filter's time windows are anchored at.
    QDateTime currentTime() const { return m_clock(); }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void countsChanged(qint64 shown, qint64 total);
    // A load failed; message is one line for the user. The table keeps what it showed.
    void loadFailed(const QString &message);
    void facetsChanged(const QList<FacetCount> &spaces, const QList<FacetCount> &creators,
                       const QList<FacetCount> &eventTypes);

private:
    struct Page
    {
        int index = 0;
        QList<EventRow> rows; // aligned with the rowids of the page; missing events stay empty
    };

    void startLoad(bool refresh);
    void applyResult(const EventListLoader::Result &result);
    void applyFailure(quint64 serial, const QString &message);
    void replaceRowIds(QList<qint64> rowIds);
    void setLoading(quint64 serial);
    const EventRow *rowAt(int row) const;
    const Page &page(int pageIndex) const;
    QList<EventRow> readPage(int pageIndex) const;

    QIcon cachedTypeIcon(const QString &eventType) const;
    QVariant fontFor(bool isNew, const EventRow &row) const;
    QVariant displayData(const EventRow &row, EventColumn column) const;
    QVariant sortData(const EventRow &row, EventColumn column) const;
    QVariant toolTipData(const EventRow &row, EventColumn column) const;

    QString m_databasePath;
    std::unique_ptr<Database> m_database;
    QThread m_thread;
    EventListLoader *m_loader = nullptr; // lives on m_thread, deleted when it finishes
    // Facets get their own thread, so that counting never delays the list.
    BackgroundThread m_facetThread;
    EventListLoader *m_facetLoader = nullptr; // lives on m_facetThread

    EventFilter m_filter;
    EventColumn m_sortColumn = EventColumn::Starts;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::function<QDateTime()> m_clock;

    QList<qint64> m_rowIds;
    qint64 m_total = 0;
    QSet<qint64> m_newRowIds;
    quint64 m_lastSerial = 0;
    quint64 m_loadingSerial = 0; // 0 when idle
    bool m_loadingIsRefresh = false;
    bool m_refreshPending = false;
    QTimer m_refreshDelay;
    QElapsedTimer m_refreshStarted;
    QElapsedTimer m_refreshEnded;
    qint64 m_lastRefreshMs = 0;

    mutable QList<Page> m_pages; // most recently used first
    mutable QHash<QString, QIcon> m_typeIcons;
    QFont m_newRowFont;
    QFont m_canceledFont;
    QFont m_newCanceledFont;
};
