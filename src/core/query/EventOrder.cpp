#include "query/EventOrder.h"

#include <QMetaType>

using namespace Qt::Literals::StringLiterals;

EventOrder::EventOrder(EventColumn column, Qt::SortOrder order)
    : m_column(column)
    , m_order(order)
{}

QString EventOrder::sqlExpression(EventColumn column)
{
    switch (column) {
    case EventColumn::Title:
        return u"title COLLATE NOCASE"_s;
    case EventColumn::Starts:
        return u"starts_at_utc"_s;
    case EventColumn::Ends:
        return u"ends_at_utc"_s;
    case EventColumn::Type:
        return u"event_type"_s;
    case EventColumn::Location:
        return u"location COLLATE NOCASE"_s;
    case EventColumn::Space:
        return u"space_name COLLATE NOCASE"_s;
    case EventColumn::Creator:
        return u"creator_name COLLATE NOCASE"_s;
    case EventColumn::Rsvps:
        return u"rsvp_yes"_s;
    case EventColumn::Status:
        return u"status"_s;
    case EventColumn::Received:
        return u"last_received_at"_s;
    case EventColumn::Count:
        break;
    }
    return u"rowid"_s;
}

bool EventOrder::foldsCase(EventColumn column)
{
    return sqlExpression(column).endsWith(u" COLLATE NOCASE"_s);
}

EventOrder::Key EventOrder::key(qint64 rowId, const QVariant &value) const
{
    Key key;
    key.rowId = rowId;
    if (value.isNull())
        return key;
    const int type = value.metaType().id();
    if (type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::ULongLong
        || type == QMetaType::UInt) {
        key.kind = Key::Kind::Number;
        key.number = value.toLongLong();
        return key;
    }
    key.kind = Key::Kind::Text;
    // SQLite compares text as UTF-8 bytes; NOCASE folds ASCII letters only.
    key.text = value.toString().toUtf8();
    if (foldsCase(m_column)) {
        for (char &c : key.text) {
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
        }
    }
    return key;
}

int EventOrder::compareValues(const Key &a, const Key &b)
{
    if (a.kind != b.kind)
        return a.kind < b.kind ? -1 : 1;
    switch (a.kind) {
    case Key::Kind::Null:
        return 0;
    case Key::Kind::Number:
        return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
    case Key::Kind::Text:
        return a.text.compare(b.text);
    }
    return 0;
}

bool EventOrder::before(const Key &a, const Key &b) const
{
    const bool ascending = m_order == Qt::AscendingOrder;
    // Sorted by Starts, events without one come last whichever the direction.
    if (m_column == EventColumn::Starts
        && (a.kind == Key::Kind::Null) != (b.kind == Key::Kind::Null))
        return b.kind == Key::Kind::Null;
    int compared = compareValues(a, b);
    if (compared == 0)
        compared = a.rowId < b.rowId ? -1 : a.rowId > b.rowId ? 1 : 0;
    return ascending ? compared < 0 : compared > 0;
}
