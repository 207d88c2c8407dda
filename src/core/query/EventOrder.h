#pragma once

#include "query/EventColumn.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

// How the event table orders its rows by one column, in SQL and in C++ alike.
//
// EventQuery::rowIds() sorts in SQLite, walking the column's index: by the column's value (text
// with BINARY or NOCASE collation, or an integer; NULL first), ties broken by rowid, everything
// in the chosen direction; sorted by Starts, events without a start come last in both
// directions. before() compares two events exactly so, which lets a caller that holds a sorted
// list place a changed event in it without sorting again.
class EventOrder final
{
public:
    // One event's place in the order: its rowid and the value it sorts by.
    struct Key
    {
        enum class Kind {
            Null, // sorts before numbers, numbers before text, as in SQLite
            Number,
            Text,
        };
        qint64 rowId = 0;
        Kind kind = Kind::Null;
        qint64 number = 0;
        QByteArray text; // UTF-8, ASCII letters folded when the column sorts NOCASE
    };

    EventOrder(EventColumn column, Qt::SortOrder order);

    // The expression the column's index is on (e.g. "title COLLATE NOCASE"), written exactly
    // as the index is, so that SQLite walks the index instead of sorting.
    static QString sqlExpression(EventColumn column);

    // The key of an event whose sort value (what sqlExpression() selects) is value.
    Key key(qint64 rowId, const QVariant &value) const;
    // Whether a comes before b.
    bool before(const Key &a, const Key &b) const;

    EventColumn column() const { return m_column; }
    Qt::SortOrder order() const { return m_order; }

private:
    static bool foldsCase(EventColumn column);
    static int compareValues(const Key &a, const Key &b);

    EventColumn m_column;
    Qt::SortOrder m_order;
};
