#pragma once

#include "query/EventColumn.h"
#include "query/EventFilter.h"
#include "query/EventRow.h"
#include "query/FacetCount.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <atomic>
#include <optional>

// The window's questions to the store, answered in SQL with indexes and FTS5. Works on any
// connection (each thread has its own); never holds more than one page of rows.
class EventQuery final
{
public:
    explicit EventQuery(QSqlDatabase db);

    // The rowids of the events matching filter, in the requested order (ties broken by rowid).
    // now anchors the time windows. Returns nullopt on error or when cancel became true.
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

private:
    QSqlDatabase m_db;
};
