#include "EventListLoader.h"

#include "domain/Timestamp.h"
#include "query/EventOrder.h"
#include "query/EventQuery.h"
#include "store/Database.h"

#include <QHash>
#include <QMutexLocker>
#include <QSqlDatabase>

#include <algorithm>
#include <bit>
#include <functional>
#include <vector>

// A set of rowids as one bit each: a million events take 125 KB, a lookup is a shift and an
// intersection a pass over the words.
class EventListLoader::Bits
{
public:
    explicit Bits(qint64 maxRowId)
        : m_words(wordsFor(maxRowId), 0)
    {}
    // A copy that can hold rowids up to maxRowId.
    Bits(const Bits &other, qint64 maxRowId)
        : m_words(other.m_words)
    {
        m_words.resize(std::max(m_words.size(), wordsFor(maxRowId)), 0);
    }
    void insert(qint64 rowId)
    {
        if (rowId >= 0 && size_t(rowId / 64) < m_words.size())
            m_words[size_t(rowId / 64)] |= quint64(1) << (rowId % 64);
    }
    bool contains(qint64 rowId) const
    {
        return rowId >= 0 && size_t(rowId / 64) < m_words.size()
               && (m_words[size_t(rowId / 64)] >> (rowId % 64)) & 1;
    }
    void intersect(const Bits &other)
    {
        for (size_t i = 0; i < m_words.size(); ++i)
            m_words[i] &= i < other.m_words.size() ? other.m_words[i] : 0;
    }
    void subtract(const Bits &other)
    {
        for (size_t i = 0; i < std::min(m_words.size(), other.m_words.size()); ++i)
            m_words[i] &= ~other.m_words[i];
    }
    qsizetype count() const
    {
        qsizetype bits = 0;
        for (const quint64 word : m_words)
            bits += std::popcount(word);
        return bits;
    }

private:
    static size_t wordsFor(qint64 maxRowId)
    {
        return size_t(std::max<qint64>(maxRowId, 0) / 64 + 1);
    }

    std::vector<quint64> m_words;
};

namespace {

using Bits = EventListLoader::Bits;

// Rowids visited between looks at the cancel flag while narrowing a list in memory.
constexpr qsizetype CancelCheckInterval = 65536;

bool isCancelled(const std::atomic_bool &cancel)
{
    return cancel.load(std::memory_order_relaxed);
}

// Filter parts remembered between requests (a few hundred KB each at a million events).
constexpr qsizetype CachedParts = 8;

// One read transaction: everything read inside it sees the store at the same moment, so that
// the changes since a revision and the rows they are placed among agree.
class ReadSnapshot final
{
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

public:
    explicit ReadSnapshot(QSqlDatabase db)
        : m_db(std::move(db))
        , m_open(m_db.transaction())
    {}
    ~ReadSnapshot()
    {
        if (m_open)
            m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_open;
};

// The rowids of order (in its order) that are in set. Returns nullopt when cancelled.
std::optional<QList<qint64>> keepIf(const QList<qint64> &order, const Bits &set, bool wanted,
                                    qsizetype expected, const std::atomic_bool &cancel)
{
    QList<qint64> kept;
    kept.reserve(expected);
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i % CancelCheckInterval == 0 && isCancelled(cancel))
            return std::nullopt;
        const qint64 rowId = order.at(i);
        if (set.contains(rowId) == wanted)
            kept.append(rowId);
    }
    return kept;
}

// The first position in [0, count) where predicate, false before and true from there on,
// becomes true.
qsizetype partitionPoint(qsizetype count, const std::function<bool(qsizetype)> &predicate)
{
    qsizetype low = 0;
    qsizetype high = count;
    while (low < high) {
        const qsizetype middle = low + (high - low) / 2;
        if (predicate(middle))
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

qint64 maxOf(const QList<qint64> &rowIds)
{
    return rowIds.isEmpty() ? 0 : *std::max_element(rowIds.cbegin(), rowIds.cend());
}

Bits bitsOf(const QList<qint64> &rowIds, qint64 maxRowId)
{
    Bits bits(maxRowId);
    for (const qint64 rowId : rowIds)
        bits.insert(rowId);
    return bits;
}

// The rows of shown now that were not shown before: marked as new in the table.
std::optional<QList<qint64>> notIn(const QList<qint64> &now, const QList<qint64> &before,
                                   const std::atomic_bool &cancel)
{
    if (before.isEmpty())
        return now;
    return keepIf(now, bitsOf(before, std::max(maxOf(before), maxOf(now))), false, 0, cancel);
}

} // namespace

EventListLoader::EventListLoader(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{}

// Runs on the loader's thread (deleted when the thread finishes): the connection is closed by
// the thread that opened it.
EventListLoader::~EventListLoader()
{
    m_query.reset();
    m_database.reset();
}

void EventListLoader::request(Request request)
{
    auto flag = std::make_shared<std::atomic_bool>(false);
    {
        QMutexLocker locker(&m_mutex);
        if (m_latest)
            m_latest->store(true);
        m_latest = flag;
    }
    QMetaObject::invokeMethod(
        this, [this, request = std::move(request), flag] { run(request, *flag); },
        Qt::QueuedConnection);
}

void EventListLoader::cancel()
{
    QMutexLocker locker(&m_mutex);
    if (m_latest)
        m_latest->store(true);
}

void EventListLoader::requestFacets()
{
    if (m_facetsQueued.exchange(true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_facetsQueued = false;
            QString error;
            if (!ensureOpen(&error)) {
                Q_EMIT failed(0, error);
                return;
            }
            Q_EMIT facetsLoaded({m_query->spaces(), m_query->creators(), m_query->eventTypes()});
        },
        Qt::QueuedConnection);
}

bool EventListLoader::ensureOpen(QString *error)
{
    if (m_query)
        return true;
    auto database = std::make_unique<Database>(m_databasePath, Database::Mode::ReadOnly);
    if (!database->open(error))
        return false;
    m_query = std::make_unique<EventQuery>(database->connection());
    m_database = std::move(database);
    return true;
}

void EventListLoader::run(const Request &request, const std::atomic_bool &cancel)
{
    if (isCancelled(cancel))
        return; // a newer request is queued behind this one
    QString error;
    std::optional<QList<qint64>> rowIds;
    qsizetype placed = -1;
    if (ensureOpen(&error)) {
        const ReadSnapshot snapshot(m_database->connection());
        if (ensureOrder(request, cancel, &error, &placed))
            rowIds = filtered(request, cancel, &error);
    }
    std::optional<QList<qint64>> added;
    if (rowIds && request.refresh)
        added = notIn(*rowIds, request.shown, cancel);
    if (isCancelled(cancel))
        return;
    if (!rowIds || (request.refresh && !added)) {
        Q_EMIT failed(request.serial, error);
        return;
    }
    Q_EMIT loaded({request.serial, *std::move(rowIds), m_order.size(),
                   added.value_or(QList<qint64>()), placed});
}

// Every rowid in sort order: read again when the sort changed, brought up to date when the
// store changed.
bool EventListLoader::ensureOrder(const Request &request, const std::atomic_bool &cancel,
                                  QString *error, qsizetype *placed)
{
    const bool sameColumn = m_orderColumn == request.sortColumn;
    const bool sameOrder = sameColumn && m_orderDirection == request.sortOrder;
    if (sameOrder && !request.refresh)
        return true;
    if (sameOrder) {
        switch (applyChanges(cancel, error, placed)) {
        case Update::Applied:
            return true;
        case Update::Failed:
            return false;
        case Update::ReadAgain:
            break;
        }
    } else if (!request.refresh && sameColumn && request.sortColumn != EventColumn::Starts) {
        // Ties are broken by rowid in the sort's direction, so the other direction is the exact
        // reverse, except for Starts, where events without a start stay last either way.
        std::reverse(m_order.begin(), m_order.end());
        m_orderDirection = request.sortOrder;
        return true;
    }
    return readOrder(request, cancel, error);
}

bool EventListLoader::readOrder(const Request &request, const std::atomic_bool &cancel,
                                QString *error)
{
    // Reading the store again may find changed rows: what the parts matched is stale too.
    forgetStoreReads();
    m_orderColumn = EventColumn::Count;
    // In the same snapshot as the order: the next refresh reads the changes after it.
    const std::optional<qint64> revision = m_query->latestRevision(error);
    if (!revision)
        return false;
    std::optional<QList<qint64>> order =
        m_query->rowIds({}, request.sortColumn, request.sortOrder, request.now, &cancel, error);
    if (!order)
        return false;
    m_order = *std::move(order);
    m_maxRowId = maxOf(m_order);
    m_revision = *revision;
    m_orderColumn = request.sortColumn;
    m_orderDirection = request.sortOrder;
    return true;
}

// Takes the events changed since m_revision out of the order and puts those that still exist
// back where they sort now; the cached filter parts learn what those events match now.
EventListLoader::Update EventListLoader::applyChanges(const std::atomic_bool &cancel,
                                                      QString *error, qsizetype *placed)
{
    qint64 latest = m_revision;
    const std::optional<QList<EventQuery::Change>> changes =
        m_query->changesSince(m_revision, MaxPlacedChanges, &latest, error);
    if (!changes)
        return Update::Failed;
    if (changes->size() > MaxPlacedChanges)
        return Update::ReadAgain;
    if (changes->isEmpty()) {
        *placed = 0;
        return Update::Applied;
    }
    qint64 maxRowId = m_maxRowId;
    QList<qint64> changed; // the changed events that still exist
    for (const EventQuery::Change &change : *changes) {
        maxRowId = std::max(maxRowId, change.rowId);
        if (!change.deleted)
            changed.append(change.rowId);
    }
    Bits touched(maxRowId);
    for (const EventQuery::Change &change : *changes)
        touched.insert(change.rowId);
    const std::optional<QList<qint64>> remaining =
        keepIf(m_order, touched, false, m_order.size(), cancel);
    if (!remaining)
        return Update::Failed;
    std::optional<QList<qint64>> order = placeChanged(*remaining, changed, cancel, error);
    if (!order)
        return Update::Failed;
    std::optional<QList<CachedPart>> parts = updatedParts(touched, changed, maxRowId, error);
    if (!parts || isCancelled(cancel))
        return Update::Failed;
    m_order = *std::move(order);
    m_maxRowId = maxRowId;
    m_parts = *std::move(parts);
    m_startsCount = -1;
    m_revision = latest;
    *placed = changes->size();
    return Update::Applied;
}

// remaining (in order) with the changed events inserted where they sort. The changed events
// are sorted first, so each bisection starts where the previous one ended; the values of the
// remaining events are read as the bisections visit them.
std::optional<QList<qint64>> EventListLoader::placeChanged(const QList<qint64> &remaining,
                                                           const QList<qint64> &changed,
                                                           const std::atomic_bool &cancel,
                                                           QString *error)
{
    const EventOrder order(m_orderColumn, m_orderDirection);
    const auto values = m_query->sortValues(changed, m_orderColumn, error);
    if (!values)
        return std::nullopt;
    QList<EventOrder::Key> keys;
    keys.reserve(values->size());
    for (const auto &[rowId, value] : *values)
        keys.append(order.key(rowId, value));
    const auto before = [&order](const EventOrder::Key &a, const EventOrder::Key &b) {
        return order.before(a, b);
    };
    std::sort(keys.begin(), keys.end(), before);
    QHash<qsizetype, EventOrder::Key> visited;
    const auto keyAt = [&](qsizetype i) {
        auto found = visited.constFind(i);
        if (found == visited.cend())
            found = visited.insert(
                i, order.key(remaining.at(i), m_query->sortValue(remaining.at(i), m_orderColumn)));
        return *found;
    };
    QList<qsizetype> positions;
    positions.reserve(keys.size());
    qsizetype low = 0;
    for (const EventOrder::Key &key : std::as_const(keys)) {
        if (isCancelled(cancel))
            return std::nullopt;
        low += partitionPoint(remaining.size() - low,
                              [&](qsizetype i) { return before(key, keyAt(low + i)); });
        positions.append(low);
    }
    QList<qint64> result(remaining.size() + keys.size());
    auto out = result.begin();
    qsizetype next = 0;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        out = std::copy(remaining.cbegin() + next, remaining.cbegin() + positions.at(i), out);
        *out++ = keys.at(i).rowId;
        next = positions.at(i);
    }
    std::copy(remaining.cbegin() + next, remaining.cend(), out);
    return result;
}

// The cached parts with what the changed events match now.
std::optional<QList<EventListLoader::CachedPart>>
EventListLoader::updatedParts(const Bits &touched, const QList<qint64> &changed, qint64 maxRowId,
                              QString *error)
{
    QList<CachedPart> parts;
    parts.reserve(m_parts.size());
    for (const CachedPart &cached : std::as_const(m_parts)) {
        const std::optional<QList<qint64>> matching = m_query->partRowIdsAmong(
            cached.filter, EventQuery::FilterPart(cached.part), cached.now, changed, error);
        if (!matching)
            return std::nullopt;
        auto bits = std::make_shared<Bits>(*cached.bits, maxRowId);
        bits->subtract(touched);
        for (const qint64 rowId : *matching)
            bits->insert(rowId);
        CachedPart part = cached;
        part.bits = std::move(bits);
        parts.append(std::move(part));
    }
    return parts;
}

// The sort order narrowed to the rows every part of the filter matches.
std::optional<QList<qint64>>
EventListLoader::filtered(const Request &request, const std::atomic_bool &cancel, QString *error)
{
    const QList<EventQuery::FilterPart> parts = EventQuery::filterParts(request.filter);
    if (parts.isEmpty())
        return m_order;
    std::shared_ptr<const Bits> matching;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const std::shared_ptr<const Bits> bits = partBits(request, int(parts.at(i)), cancel, error);
        if (!bits)
            return std::nullopt;
        if (!matching) {
            matching = bits;
            continue;
        }
        auto both = std::make_shared<Bits>(*matching);
        both->intersect(*bits);
        matching = std::move(both);
    }
    return keepIf(m_order, *matching, true, matching->count(), cancel);
}

std::shared_ptr<const EventListLoader::Bits>
EventListLoader::partBits(const Request &request, int part, const std::atomic_bool &cancel,
                          QString *error)
{
    const auto filterPart = EventQuery::FilterPart(part);
    const QString key = EventQuery::partKey(request.filter, filterPart, request.now);
    const auto cached = std::find_if(m_parts.cbegin(), m_parts.cend(),
                                     [&key](const CachedPart &p) { return p.key == key; });
    if (cached != m_parts.cend()) {
        CachedPart hit = *cached;
        m_parts.erase(cached);
        remember(hit);
        return hit.bits;
    }
    std::shared_ptr<const Bits> bits;
    if (filterPart == EventQuery::FilterPart::TimeWindow && hasStartOrder()) {
        bits = windowBits(request, cancel);
    } else {
        const std::optional<QList<qint64>> rowIds =
            m_query->partRowIds(request.filter, filterPart, request.now, &cancel, error);
        if (rowIds)
            bits = std::make_shared<const Bits>(bitsOf(*rowIds, m_maxRowId));
    }
    if (bits)
        remember({key, bits, request.filter, part, request.now});
    return bits;
}

// "Upcoming" or "Past" is most of a million events: reading it from the index costs more than
// a frame, bisecting the start order a few dozen point reads.
std::shared_ptr<const EventListLoader::Bits>
EventListLoader::windowBits(const Request &request, const std::atomic_bool &cancel)
{
    const auto [from, to] = EventQuery::windowBounds(request.filter, request.now);
    const auto startOf = [this](qsizetype i) {
        return m_query->sortValue(m_order.at(i), EventColumn::Starts).toString();
    };
    // The first position whose start is at or after bound (ascending), or before it
    // (descending): the runs on either side of an instant.
    const auto boundary = [&](const QDateTime &bound, qsizetype open) {
        if (!bound.isValid())
            return open;
        const QString text = Timestamp::toIsoUtc(bound);
        return partitionPoint(m_startsCount, [&](qsizetype i) {
            return m_startsDescending ? startOf(i) < text : startOf(i) >= text;
        });
    };
    const qsizetype first = m_startsDescending ? boundary(to, 0) : boundary(from, 0);
    const qsizetype last =
        m_startsDescending ? boundary(from, m_startsCount) : boundary(to, m_startsCount);
    auto bits = std::make_shared<Bits>(m_maxRowId);
    for (qsizetype i = first; i < last; ++i)
        bits->insert(m_order.at(i));
    if (isCancelled(cancel))
        return nullptr;
    return bits;
}

// When sorting by Starts, the order is the start order: events without a start come last in
// either direction, the others are found by bisection.
bool EventListLoader::hasStartOrder()
{
    if (m_orderColumn != EventColumn::Starts)
        return false;
    if (m_startsCount < 0) {
        m_startsDescending = m_orderDirection == Qt::DescendingOrder;
        m_startsCount = partitionPoint(m_order.size(), [this](qsizetype i) {
            return m_query->sortValue(m_order.at(i), EventColumn::Starts).isNull();
        });
    }
    return true;
}

// Whatever was read from the store before it changed (or before the order was read again).
void EventListLoader::forgetStoreReads()
{
    m_parts.clear();
    m_startsCount = -1;
}

void EventListLoader::remember(CachedPart part)
{
    m_parts.prepend(std::move(part));
    if (m_parts.size() > CachedParts)
        m_parts.removeLast();
}
