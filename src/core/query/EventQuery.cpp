#include "query/EventQuery.h"

#include "domain/Timestamp.h"
#include "query/EventOrder.h"
#include "store/SqliteStatement.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// Rows stepped between looks at the cancel flag. Qt SQL gives no way to interrupt a running
// statement, so this is how soon a superseded query stops once it returns rows: a few thousand
// steps take a fraction of a millisecond.
constexpr int CancelCheckInterval = 4096;
// Rowids bound per statement when fetching rows: far below SQLite's variable limit.
constexpr int RowsPerStatement = 500;

// The columns rows() reads, in the order RowColumn names them.
const QString RowColumnsSql = u"SELECT rowid, id, title, starts_at, starts_at_utc, ends_at,"
                              " ends_at_utc, time_zone, event_type, location, space_id,"
                              " space_name, creator_id, creator_name, rsvp_yes, rsvp_maybe,"
                              " rsvp_no, status, first_received_at, last_received_at"
                              " FROM event_records"_s;

enum RowColumn {
    RowIdColumn,
    IdColumn,
    TitleColumn,
    StartsAtColumn,
    StartsAtUtcColumn,
    EndsAtColumn,
    EndsAtUtcColumn,
    TimeZoneColumn,
    EventTypeColumn,
    LocationColumn,
    SpaceIdColumn,
    SpaceNameColumn,
    CreatorIdColumn,
    CreatorNameColumn,
    RsvpYesColumn,
    RsvpMaybeColumn,
    RsvpNoColumn,
    StatusColumn,
    FirstReceivedColumn,
    LastReceivedColumn,
};

// A WHERE clause under construction: conditions ANDed, with their bound values in order.
struct Conditions
{
    QStringList clauses;
    QVariantList values;

    void add(const QString &clause, const QVariantList &clauseValues = {})
    {
        clauses.append(clause);
        values.append(clauseValues);
    }
    QString sql() const
    {
        return clauses.isEmpty() ? QString() : u" WHERE "_s + clauses.join(u" AND "_s);
    }
};

// One statement of a sorted read: most columns need one, Starts two (see sortSegments).
struct SortSegment
{
    QString condition; // extra WHERE condition, may be empty
    QString orderBy;
};

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Events without a start go last in both directions: "NULLS LAST" would make SQLite sort in a
// temporary b-tree, two index range reads do not.
QList<SortSegment> sortSegments(EventColumn column, Qt::SortOrder order)
{
    const QString direction = order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const QString byRowId = u"rowid"_s + direction;
    if (column == EventColumn::Starts)
        return {
            {u"starts_at_utc IS NOT NULL"_s, u"starts_at_utc"_s + direction + u", "_s + byRowId},
            {u"starts_at_utc IS NULL"_s, byRowId}};
    return {{QString(), EventOrder::sqlExpression(column) + direction + u", "_s + byRowId}};
}

QString isoUtc(const QDateTime &dateTime)
{
    return Timestamp::toIsoUtc(dateTime);
}

QDateTime localMidnight(const QDate &date)
{
    return QDateTime(date, QTime(0, 0));
}

// The [from, to) range of start instants a time window covers; an invalid end is open.
std::pair<QDateTime, QDateTime> windowRange(const EventFilter &filter, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    switch (filter.window) {
    case EventFilter::TimeWindow::Any:
        break;
    case EventFilter::TimeWindow::Upcoming:
        return {now, {}};
    case EventFilter::TimeWindow::Past:
        return {{}, now};
    case EventFilter::TimeWindow::Today:
        return {localMidnight(today), localMidnight(today.addDays(1))};
    case EventFilter::TimeWindow::ThisWeek: {
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        return {localMidnight(monday), localMidnight(monday.addDays(7))};
    }
    case EventFilter::TimeWindow::Custom:
        return {filter.from, filter.to};
    }
    return {};
}

QString placeholders(qsizetype count)
{
    QString text = u"?,"_s.repeated(count);
    text.chop(1);
    return text;
}

void addInList(Conditions &conditions, const QString &column, const QStringList &values)
{
    if (values.isEmpty())
        return;
    QVariantList bound;
    bound.reserve(values.size());
    for (const QString &value : values)
        bound.append(value);
    conditions.add(column + u" IN ("_s + placeholders(values.size()) + u')', bound);
}

void addTimeWindow(Conditions &conditions, const EventFilter &filter, const QDateTime &now)
{
    if (filter.window == EventFilter::TimeWindow::Any)
        return;
    const auto [from, to] = windowRange(filter, now);
    // ISO 8601 UTC text with milliseconds sorts like the instants it names.
    if (from.isValid())
        conditions.add(u"starts_at_utc >= ?"_s, {isoUtc(from)});
    if (to.isValid())
        conditions.add(u"starts_at_utc < ?"_s, {isoUtc(to)});
    // A window open at both ends still asks for events that have a start.
    if (!from.isValid() && !to.isValid())
        conditions.add(u"starts_at_utc IS NOT NULL"_s);
}

void addSearch(Conditions &conditions, const EventFilter &filter)
{
    const QString match = EventQuery::ftsQuery(filter.search);
    if (!match.isEmpty())
        conditions.add(u"rowid IN (SELECT rowid FROM event_search WHERE event_search MATCH ?)"_s,
                       {match});
    else if (!filter.search.trimmed().isEmpty())
        conditions.add(u"0"_s); // only punctuation typed: nothing can match it
}

void addPart(Conditions &conditions, const EventFilter &filter, EventQuery::FilterPart part,
             const QDateTime &now)
{
    using Part = EventQuery::FilterPart;
    switch (part) {
    case Part::Search:
        addSearch(conditions, filter);
        break;
    case Part::Spaces:
        addInList(conditions, u"space_id"_s, filter.spaceIds);
        break;
    case Part::Creators:
        addInList(conditions, u"creator_id"_s, filter.creatorIds);
        break;
    case Part::EventTypes:
        addInList(conditions, u"event_type"_s, filter.eventTypes);
        break;
    case Part::TimeWindow:
        addTimeWindow(conditions, filter, now);
        break;
    case Part::ReceivedAfter:
        if (filter.receivedAfter.isValid())
            conditions.add(u"last_received_at > ?"_s, {isoUtc(filter.receivedAfter)});
        break;
    case Part::RowRange:
        if (filter.lastRowId > 0)
            conditions.add(u"rowid BETWEEN ? AND ?"_s, {filter.firstRowId, filter.lastRowId});
        break;
    }
}

Conditions filterConditions(const EventFilter &filter, const QDateTime &now)
{
    Conditions conditions;
    for (const EventQuery::FilterPart part : EventQuery::filterParts(filter))
        addPart(conditions, filter, part, now);
    return conditions;
}

// The statement that reads one part's rowids from a single index.
QString partSql(const EventFilter &filter, EventQuery::FilterPart part, const QDateTime &now,
                QVariantList *values)
{
    if (part == EventQuery::FilterPart::Search) {
        const QString match = EventQuery::ftsQuery(filter.search);
        if (match.isEmpty())
            return u"SELECT rowid FROM event_records WHERE 0"_s;
        *values = {match};
        // The content rows are not needed: FTS5 knows the rowids of what it matches.
        return u"SELECT rowid FROM event_search WHERE event_search MATCH ?"_s;
    }
    Conditions conditions;
    addPart(conditions, filter, part, now);
    *values = conditions.values;
    return u"SELECT rowid FROM event_records"_s + conditions.sql();
}

QString rowIdSql(Conditions conditions, const SortSegment &segment)
{
    if (!segment.condition.isEmpty())
        conditions.add(segment.condition);
    return u"SELECT rowid FROM event_records"_s + conditions.sql() + u" ORDER BY "_s
           + segment.orderBy;
}

bool prepareAndExec(QSqlQuery &query, const QString &sql, const QVariantList &values,
                    QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        setError(error, query.lastError().text());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        setError(error, query.lastError().text());
        return false;
    }
    return true;
}

// Runs a single-column rowid statement and appends what it returns, looking at cancel every
// few thousand rows. Read with SQLite's own API: a million rowids through Qt SQL (a QVariant
// each) take longer than SQLite's walk of the index.
bool appendRowIds(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                  QList<qint64> &rowIds, const std::atomic_bool *cancel, QString *error)
{
    SqliteStatement statement(db, sql.toUtf8());
    if (!statement.isValid() || !statement.bind(values)) {
        setError(error, statement.errorText());
        return false;
    }
    int sinceCheck = 0;
    for (;;) {
        switch (statement.step()) {
        case SqliteStatement::Step::Row:
            rowIds.append(statement.integer(0));
            if (++sinceCheck < CancelCheckInterval)
                continue;
            sinceCheck = 0;
            if (isCancelled(cancel))
                return false;
            continue;
        case SqliteStatement::Step::Done:
            return !isCancelled(cancel);
        case SqliteStatement::Step::Error:
            setError(error, statement.errorText());
            return false;
        }
    }
}

QString textOf(const QSqlQuery &query, int column)
{
    return query.value(column).toString();
}

QDateTime instantOf(const QSqlQuery &query, int column)
{
    const QVariant value = query.value(column);
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

EventRow readRow(const QSqlQuery &query)
{
    EventRow row;
    row.rowId = query.value(RowIdColumn).toLongLong();
    row.id = textOf(query, IdColumn);
    row.title = textOf(query, TitleColumn);
    row.startsAt = textOf(query, StartsAtColumn);
    row.startsAtUtc = instantOf(query, StartsAtUtcColumn);
    row.endsAt = textOf(query, EndsAtColumn);
    row.endsAtUtc = instantOf(query, EndsAtUtcColumn);
    row.timeZone = textOf(query, TimeZoneColumn);
    row.eventType = textOf(query, EventTypeColumn);
    row.location = textOf(query, LocationColumn);
    row.spaceId = textOf(query, SpaceIdColumn);
    row.spaceName = textOf(query, SpaceNameColumn);
    row.creatorId = textOf(query, CreatorIdColumn);
    row.creatorName = textOf(query, CreatorNameColumn);
    row.rsvpYes = query.value(RsvpYesColumn).toInt();
    row.rsvpMaybe = query.value(RsvpMaybeColumn).toInt();
    row.rsvpNo = query.value(RsvpNoColumn).toInt();
    row.status = textOf(query, StatusColumn);
    row.firstReceivedAt = instantOf(query, FirstReceivedColumn);
    row.lastReceivedAt = instantOf(query, LastReceivedColumn);
    return row;
}

// Reads rows by rowid into byRowId; the caller puts them in order.
bool readRows(const QSqlDatabase &db, QList<qint64>::const_iterator begin,
              QList<qint64>::const_iterator end, QHash<qint64, EventRow> &byRowId)
{
    QSqlQuery query(db);
    QVariantList values(begin, end);
    const QString sql = RowColumnsSql + u" WHERE rowid IN ("_s + placeholders(values.size()) + u')';
    if (!prepareAndExec(query, sql, values, nullptr))
        return false;
    while (query.next()) {
        EventRow row = readRow(query);
        const qint64 rowId = row.rowId;
        byRowId.insert(rowId, std::move(row));
    }
    return true;
}

QList<FacetCount> readFacets(const QSqlDatabase &db, const QString &sql)
{
    QList<FacetCount> facets;
    QSqlQuery query(db);
    if (!prepareAndExec(query, sql, {}, nullptr))
        return facets;
    while (query.next())
        facets.append({textOf(query, 0), textOf(query, 1), query.value(2).toLongLong()});
    return facets;
}

bool hasLetterOrDigit(const QString &word)
{
    const QList<uint> codePoints = word.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(),
                       [](uint codePoint) { return QChar::isLetterOrNumber(char32_t(codePoint)); });
}

// The rowids a statement selects, as a set: SQLite collects them itself (collect_integers()),
// without returning for each row, which matters for a search that matches most events.
std::optional<QList<qint64>> collectRowIds(const QSqlDatabase &db, const QString &sql,
                                           const QVariantList &values,
                                           const std::atomic_bool *cancel, QString *error)
{
    SqliteStatement::addCollectFunction(db);
    SqliteStatement statement(
        db, (u"SELECT collect_integers(rowid, ?) FROM ("_s + sql + u')').toUtf8());
    SqliteStatement::Collector collector;
    collector.cancel = cancel;
    if (!statement.isValid() || !statement.bindCollector(1, &collector)
        || !statement.bind(values, 2) || statement.step() != SqliteStatement::Step::Row) {
        if (!isCancelled(cancel))
            setError(error, statement.errorText());
        return std::nullopt;
    }
    return std::move(collector.values);
}

// The rowids from start that one statement binds.
QVariantList chunkOf(const QList<qint64> &rowIds, qsizetype start)
{
    return QVariantList(rowIds.cbegin() + start,
                        rowIds.cbegin() + std::min(rowIds.size(), start + RowsPerStatement));
}

// A full-text index of a few rows, private to the connection (TEMP works on a read-only one),
// tokenized exactly as event_search is (see SchemaMigrations), so that a search matches these
// rows as it matches them in the store.
const QString ChangedSearchSql =
    u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.changed_search USING fts5("
    " title, summary, location, space_name, creator_name,"
    " tokenize = 'unicode61 remove_diacritics 2')"_s;

std::optional<QList<qint64>> searchAmong(const QSqlDatabase &db, const QString &match,
                                         const QList<qint64> &rowIds, QString *error)
{
    QList<qint64> matching;
    if (match.isEmpty() || rowIds.isEmpty())
        return matching;
    QSqlQuery query(db);
    if (!prepareAndExec(query, ChangedSearchSql, {}, error)
        || !prepareAndExec(query, u"DELETE FROM temp.changed_search"_s, {}, error))
        return std::nullopt;
    for (qsizetype start = 0; start < rowIds.size(); start += RowsPerStatement) {
        const QVariantList bound = chunkOf(rowIds, start);
        if (!prepareAndExec(query,
                            u"INSERT INTO temp.changed_search"
                            " (rowid, title, summary, location, space_name, creator_name)"
                            " SELECT rowid, title, summary, location, space_name, creator_name"
                            " FROM event_records WHERE rowid IN ("_s
                                + placeholders(bound.size()) + u')',
                            bound, error))
            return std::nullopt;
    }
    if (!appendRowIds(db,
                      u"SELECT rowid FROM temp.changed_search WHERE changed_search MATCH ?"
                      " ORDER BY rowid"_s,
                      {match}, matching, nullptr, error))
        return std::nullopt;
    return matching;
}

} // namespace

EventQuery::EventQuery(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString EventQuery::filterSql(const EventFilter &filter, const QDateTime &now, QVariantList *values)
{
    const Conditions conditions = filterConditions(filter, now);
    *values = conditions.values;
    return conditions.clauses.join(u" AND "_s);
}

QString EventQuery::ftsQuery(const QString &typed)
{
    QStringList terms;
    const QStringList words = typed.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!hasLetterOrDigit(word))
            continue;
        // Inside double quotes FTS5 reads only text (a doubled quote is a quote), which the
        // tokenizer splits exactly as it split the documents; * makes its last token a prefix.
        QString escaped = word;
        escaped.replace(u'"', u"\"\""_s);
        terms.append(u'"' + escaped + u"\"*"_s);
    }
    return terms.join(u' ');
}

std::optional<QList<qint64>> EventQuery::rowIds(const EventFilter &filter, EventColumn sortColumn,
                                                Qt::SortOrder order, const QDateTime &now,
                                                const std::atomic_bool *cancel,
                                                QString *error) const
{
    const Conditions conditions = filterConditions(filter, now);
    QList<qint64> result;
    for (const SortSegment &segment : sortSegments(sortColumn, order)) {
        if (isCancelled(cancel))
            return std::nullopt;
        if (!appendRowIds(m_db, rowIdSql(conditions, segment), conditions.values, result, cancel,
                          error))
            return std::nullopt;
    }
    return result;
}

std::optional<QList<qint64>> EventQuery::matchingRowIds(const EventFilter &filter,
                                                        const QDateTime &now,
                                                        const std::atomic_bool *cancel,
                                                        QString *error) const
{
    const Conditions conditions = filterConditions(filter, now);
    QList<qint64> result;
    const QString sql = u"SELECT rowid FROM event_records"_s + conditions.sql();
    if (!appendRowIds(m_db, sql, conditions.values, result, cancel, error))
        return std::nullopt;
    // Usually in rowid order already; an index-driven plan may not be.
    if (!std::is_sorted(result.cbegin(), result.cend()))
        std::sort(result.begin(), result.end());
    return result;
}

QList<EventRow> EventQuery::rows(const QList<qint64> &rowIds) const
{
    QHash<qint64, EventRow> byRowId;
    byRowId.reserve(rowIds.size());
    for (qsizetype start = 0; start < rowIds.size(); start += RowsPerStatement) {
        const auto begin = rowIds.cbegin() + start;
        const auto end = rowIds.cbegin() + std::min(rowIds.size(), start + RowsPerStatement);
        if (!readRows(m_db, begin, end, byRowId))
            return {};
    }
    QList<EventRow> ordered;
    ordered.reserve(byRowId.size());
    for (const qint64 rowId : rowIds) {
        const auto it = byRowId.constFind(rowId);
        if (it != byRowId.cend())
            ordered.append(*it);
    }
    return ordered;
}

qint64 EventQuery::totalCount() const
{
    QSqlQuery query(m_db);
    if (!prepareAndExec(query, u"SELECT count(*) FROM event_records"_s, {}, nullptr)
        || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

qint64 EventQuery::maxRowId() const
{
    QSqlQuery query(m_db);
    if (!prepareAndExec(query, u"SELECT coalesce(max(rowid), 0) FROM event_records"_s, {}, nullptr)
        || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

// Each facet counts over its own index first and looks names up only for the few groups:
// reading a name from every event row would visit the whole table.
QList<FacetCount> EventQuery::spaces() const
{
    return readFacets(m_db, u"SELECT c.space_id, coalesce(nullif(s.name, ''), c.space_id), c.n"
                            " FROM (SELECT space_id, count(*) AS n FROM event_records"
                            "       WHERE space_id IS NOT NULL GROUP BY space_id) c"
                            " LEFT JOIN spaces s ON s.id = c.space_id"
                            " ORDER BY c.n DESC, 2 COLLATE NOCASE, 1"_s);
}

QList<FacetCount> EventQuery::creators() const
{
    return readFacets(
        m_db,
        u"SELECT c.creator_id,"
        " coalesce(nullif(trim(coalesce(m.first_name, '') || ' ' || coalesce(m.last_name, '')),"
        "          ''), c.creator_id), c.n"
        " FROM (SELECT creator_id, count(*) AS n FROM event_records"
        "       WHERE creator_id IS NOT NULL GROUP BY creator_id) c"
        " LEFT JOIN members m ON m.id = c.creator_id"
        " ORDER BY c.n DESC, 2 COLLATE NOCASE, 1"_s);
}

QList<FacetCount> EventQuery::eventTypes() const
{
    return readFacets(m_db, u"SELECT event_type, event_type, count(*) FROM event_records"
                            " WHERE event_type IS NOT NULL GROUP BY event_type"
                            " ORDER BY 3 DESC, 1"_s);
}

QStringList EventQuery::queryPlan(const EventFilter &filter, EventColumn sortColumn,
                                  Qt::SortOrder order, const QDateTime &now) const
{
    const Conditions conditions = filterConditions(filter, now);
    QStringList plan;
    for (const SortSegment &segment : sortSegments(sortColumn, order)) {
        QSqlQuery query(m_db);
        const QString sql = u"EXPLAIN QUERY PLAN "_s + rowIdSql(conditions, segment);
        if (!prepareAndExec(query, sql, conditions.values, nullptr))
            return {};
        while (query.next())
            plan.append(textOf(query, 3));
    }
    return plan;
}

QList<EventQuery::FilterPart> EventQuery::filterParts(const EventFilter &filter)
{
    QList<FilterPart> parts;
    if (!filter.search.trimmed().isEmpty())
        parts.append(FilterPart::Search);
    if (!filter.spaceIds.isEmpty())
        parts.append(FilterPart::Spaces);
    if (!filter.creatorIds.isEmpty())
        parts.append(FilterPart::Creators);
    if (!filter.eventTypes.isEmpty())
        parts.append(FilterPart::EventTypes);
    if (filter.window != EventFilter::TimeWindow::Any)
        parts.append(FilterPart::TimeWindow);
    if (filter.receivedAfter.isValid())
        parts.append(FilterPart::ReceivedAfter);
    if (filter.lastRowId > 0)
        parts.append(FilterPart::RowRange);
    return parts;
}

QString EventQuery::partKey(const EventFilter &filter, FilterPart part, const QDateTime &now)
{
    QVariantList values;
    const QString sql = partSql(filter, part, now, &values);
    QStringList key = {sql};
    for (const QVariant &value : std::as_const(values))
        key.append(value.toString());
    return key.join(u'\n');
}

std::optional<QList<qint64>> EventQuery::partRowIds(const EventFilter &filter, FilterPart part,
                                                    const QDateTime &now,
                                                    const std::atomic_bool *cancel,
                                                    QString *error) const
{
    QVariantList values;
    const QString sql = partSql(filter, part, now, &values);
    if (isCancelled(cancel))
        return std::nullopt;
    return collectRowIds(m_db, sql, values, cancel, error);
}

QStringList EventQuery::partPlan(const EventFilter &filter, FilterPart part,
                                 const QDateTime &now) const
{
    QVariantList values;
    const QString sql = u"EXPLAIN QUERY PLAN "_s + partSql(filter, part, now, &values);
    QSqlQuery query(m_db);
    QStringList plan;
    if (!prepareAndExec(query, sql, values, nullptr))
        return plan;
    while (query.next())
        plan.append(textOf(query, 3));
    return plan;
}

std::pair<QDateTime, QDateTime> EventQuery::windowBounds(const EventFilter &filter,
                                                         const QDateTime &now)
{
    return windowRange(filter, now);
}

QVariant EventQuery::sortValue(qint64 rowId, EventColumn column) const
{
    if (!m_sortValueQuery || m_sortValueColumn != column) {
        m_sortValueQuery.emplace(m_db);
        m_sortValueQuery->setForwardOnly(true);
        m_sortValueColumn = column;
        if (!m_sortValueQuery->prepare(u"SELECT "_s + EventOrder::sqlExpression(column)
                                       + u" FROM event_records WHERE rowid = ?"_s)) {
            m_sortValueQuery.reset();
            return {};
        }
    }
    QSqlQuery &query = *m_sortValueQuery;
    query.bindValue(0, rowId);
    QVariant value;
    if (query.exec() && query.next())
        value = query.value(0);
    // A statement left stepping would hold this connection's read snapshot open.
    query.finish();
    return value;
}

std::optional<QList<std::pair<qint64, QVariant>>>
EventQuery::sortValues(const QList<qint64> &rowIds, EventColumn column, QString *error) const
{
    QList<std::pair<qint64, QVariant>> values;
    values.reserve(rowIds.size());
    for (qsizetype start = 0; start < rowIds.size(); start += RowsPerStatement) {
        const QVariantList bound = chunkOf(rowIds, start);
        QSqlQuery query(m_db);
        const QString sql = u"SELECT rowid, "_s + EventOrder::sqlExpression(column)
                            + u" FROM event_records WHERE rowid IN ("_s + placeholders(bound.size())
                            + u')';
        if (!prepareAndExec(query, sql, bound, error))
            return std::nullopt;
        while (query.next())
            values.append({query.value(0).toLongLong(), query.value(1)});
        if (query.lastError().isValid()) {
            setError(error, query.lastError().text());
            return std::nullopt;
        }
    }
    return values;
}

std::optional<QList<qint64>> EventQuery::partRowIdsAmong(const EventFilter &filter, FilterPart part,
                                                         const QDateTime &now,
                                                         const QList<qint64> &rowIds,
                                                         QString *error) const
{
    if (part == FilterPart::Search)
        return searchAmong(m_db, ftsQuery(filter.search), rowIds, error);
    Conditions conditions;
    addPart(conditions, filter, part, now);
    QList<qint64> matching;
    for (qsizetype start = 0; start < rowIds.size(); start += RowsPerStatement) {
        Conditions chunk = conditions;
        const QVariantList bound = chunkOf(rowIds, start);
        chunk.clauses.prepend(u"rowid IN ("_s + placeholders(bound.size()) + u')');
        chunk.values = bound + chunk.values;
        if (!appendRowIds(m_db, u"SELECT rowid FROM event_records"_s + chunk.sql(), chunk.values,
                          matching, nullptr, error))
            return std::nullopt;
    }
    std::sort(matching.begin(), matching.end());
    return matching;
}

std::optional<qint64> EventQuery::latestRevision(QString *error) const
{
    QSqlQuery query(m_db);
    if (!prepareAndExec(query, u"SELECT coalesce(max(revision), 0) FROM event_revisions"_s, {},
                        error))
        return std::nullopt;
    if (!query.next()) {
        setError(error, query.lastError().text());
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::optional<QList<EventQuery::Change>>
EventQuery::changesSince(qint64 revision, qsizetype limit, qint64 *latest, QString *error) const
{
    QSqlQuery query(m_db);
    if (!prepareAndExec(query,
                        u"SELECT revision, event_rowid, deleted FROM event_revisions"
                        " WHERE revision > ? ORDER BY revision LIMIT ?"_s,
                        {revision, limit + 1}, error))
        return std::nullopt;
    QList<Change> changes;
    qint64 newest = revision;
    while (query.next()) {
        newest = query.value(0).toLongLong();
        changes.append({query.value(1).toLongLong(), query.value(2).toBool()});
    }
    if (query.lastError().isValid()) {
        setError(error, query.lastError().text());
        return std::nullopt;
    }
    if (latest)
        *latest = newest;
    return changes;
}
