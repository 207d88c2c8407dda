#include "EventTableModel.h"

#include "DateTimeText.h"
#include "EventTypeText.h"
#include "query/EventQuery.h"
#include "store/Database.h"

#include <QApplication>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QStyle>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ColumnCount = int(EventColumn::Count);
// Durations up to this long show in the Ends column instead of the end time.
constexpr qint64 LongestDurationSecs = 24 * 3600;

QString localText(const QDateTime &utc)
{
    return DateTimeText::dateTime(utc.toLocalTime());
}

// "Tue 1 Dec 2026, 18:00 (Europe/Berlin)": the time as the event's own community reads it.
QString zoneText(const QDateTime &utc, const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    const bool known = !timeZone.isEmpty() && zone.isValid();
    const QDateTime there = known ? utc.toTimeZone(zone) : utc.toUTC();
    return QLocale().toString(there, u"ddd d MMM yyyy, HH:mm"_s) + u" ("_s
           + (known ? timeZone : u"UTC"_s) + u')';
}

QString durationText(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 rest = minutes % 60;
    if (hours == 0)
        return EventTableModel::tr("%1 min").arg(rest);
    if (rest == 0)
        return EventTableModel::tr("%1 h").arg(hours);
    return EventTableModel::tr("%1 h %2 min").arg(hours).arg(rest);
}

QString endText(const EventRow &row)
{
    if (!row.endsAtUtc.isValid())
        return row.endsAt;
    if (row.startsAtUtc.isValid()) {
        const qint64 seconds = row.startsAtUtc.secsTo(row.endsAtUtc);
        if (seconds >= 0 && seconds <= LongestDurationSecs)
            return durationText(seconds);
    }
    return localText(row.endsAtUtc);
}

QString statusLabel(const QString &status)
{
    if (status == u"new"_s)
        return EventTableModel::tr("New");
    if (status == u"updated"_s)
        return EventTableModel::tr("Updated");
    if (status == u"canceled"_s)
        return EventTableModel::tr("Canceled");
    return status;
}

QUrl linkOf(const QString &location)
{
    const QUrl url(location.trimmed(), QUrl::StrictMode);
    const bool web = url.scheme() == u"https"_s || url.scheme() == u"http"_s;
    return url.isValid() && web && !url.host().isEmpty() ? url : QUrl();
}

} // namespace

EventTableModel::EventTableModel(QString databasePath, QObject *parent)
    : QAbstractTableModel(parent)
    , m_databasePath(std::move(databasePath))
    , m_loader(new EventListLoader(m_databasePath))
    , m_facetLoader(new EventListLoader(m_databasePath))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_newRowFont.setBold(true);
    m_canceledFont.setStrikeOut(true);
    m_newCanceledFont = m_newRowFont;
    m_newCanceledFont.setStrikeOut(true);
    m_refreshDelay.setSingleShot(true);
    connect(&m_refreshDelay, &QTimer::timeout, this, &EventTableModel::refresh);
    qRegisterMetaType<EventListLoader::Result>();
    qRegisterMetaType<EventListLoader::Facets>();
    m_thread.setObjectName(u"eventwatch-event-list"_s);
    m_facetThread.setObjectName(u"eventwatch-event-facets"_s);
    for (const auto &[thread, loader] :
         {std::pair<QThread *, EventListLoader *>{&m_thread, m_loader},
          {&m_facetThread, m_facetLoader}}) {
        loader->moveToThread(thread);
        connect(thread, &QThread::finished, loader, &QObject::deleteLater);
    }
    connect(m_loader, &EventListLoader::loaded, this, &EventTableModel::applyResult);
    connect(m_loader, &EventListLoader::failed, this, &EventTableModel::applyFailure);
    connect(m_facetLoader, &EventListLoader::failed, this,
            [this](quint64, const QString &message) { Q_EMIT loadFailed(message); });
    connect(m_facetLoader, &EventListLoader::facetsLoaded, this,
            [this](const EventListLoader::Facets &facets) {
                Q_EMIT facetsChanged(facets.spaces, facets.creators, facets.eventTypes);
            });
}

EventTableModel::~EventTableModel()
{
    m_loader->cancel();
    for (const auto &[thread, loader] :
         {std::pair<QThread *, EventListLoader *>{&m_thread, m_loader},
          {&m_facetThread, m_facetLoader}}) {
        if (thread->isRunning()) {
            thread->quit();
            thread->wait();
        } else {
            delete loader; // never started: finished() will not delete it
        }
    }
    m_pages.clear();
    m_database.reset();
}

// Looked up once per type: a view asks for the icon of every visible row on every paint.
QIcon EventTableModel::cachedTypeIcon(const QString &eventType) const
{
    auto found = m_typeIcons.constFind(eventType);
    if (found == m_typeIcons.cend())
        found = m_typeIcons.insert(eventType, EventTypeText::icon(eventType));
    return *found;
}

bool EventTableModel::open(QString *error)
{
    auto database = std::make_unique<Database>(m_databasePath, Database::Mode::ReadOnly);
    if (!database->open(error))
        return false;
    m_database = std::move(database);
    m_thread.start();
    m_facetThread.start();
    startLoad(false);
    return true;
}

void EventTableModel::refreshFacets()
{
    if (m_database)
        m_facetLoader->requestFacets();
}

void EventTableModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowIds.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && EventColumn(section) == EventColumn::Rsvps)
        return tr("Answers: yes / maybe / no");
    if (role != Qt::DisplayRole)
        return {};
    switch (EventColumn(section)) {
    case EventColumn::Title:
        return tr("Title");
    case EventColumn::Starts:
        return tr("Starts");
    case EventColumn::Ends:
        return tr("Ends");
    case EventColumn::Type:
        return tr("Type");
    case EventColumn::Location:
        return tr("Location");
    case EventColumn::Space:
        return tr("Space");
    case EventColumn::Creator:
        return tr("Creator");
    case EventColumn::Rsvps:
        return tr("RSVPs");
    case EventColumn::Status:
        return tr("Status");
    case EventColumn::Received:
        return tr("Received");
    case EventColumn::Count:
        break;
    }
    return {};
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 rowId = m_rowIds.at(index.row());
    // What the rowid alone answers needs no read.
    switch (role) {
    case RowIdRole:
        return rowId;
    case IsNewRole:
        return isNew(rowId);
    default:
        break;
    }
    const EventRow *row = rowAt(index.row());
    if (!row)
        return role == Qt::FontRole && isNew(rowId) ? QVariant(m_newRowFont) : QVariant();
    if (role == Qt::FontRole)
        return fontFor(isNew(rowId), *row);
    const auto column = EventColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*row, column);
    case Qt::ToolTipRole:
        return toolTipData(*row, column);
    case Qt::DecorationRole:
        return column == EventColumn::Type ? QVariant(cachedTypeIcon(row->eventType)) : QVariant();
    case SortRole:
        return sortData(*row, column);
    case EventIdRole:
        return row->id;
    case UrlRole: {
        const QUrl url = linkOf(row->location);
        return url.isValid() ? QVariant(url) : QVariant();
    }
    default:
        return {};
    }
}

QVariant EventTableModel::displayData(const EventRow &row, EventColumn column) const
{
    switch (column) {
    case EventColumn::Title:
        return row.title;
    case EventColumn::Starts:
        return row.startsAtUtc.isValid() ? localText(row.startsAtUtc) : row.startsAt;
    case EventColumn::Ends:
        return endText(row);
    case EventColumn::Type:
        return EventTypeText::label(row.eventType);
    case EventColumn::Location:
        return row.location;
    case EventColumn::Space:
        return row.spaceName.isEmpty() ? row.spaceId : row.spaceName;
    case EventColumn::Creator:
        return row.creatorName;
    case EventColumn::Rsvps:
        return tr("%1 / %2 / %3").arg(row.rsvpYes).arg(row.rsvpMaybe).arg(row.rsvpNo);
    case EventColumn::Status:
        return statusLabel(row.status);
    case EventColumn::Received:
        return row.lastReceivedAt.isValid() ? localText(row.lastReceivedAt) : QString();
    case EventColumn::Count:
        break;
    }
    return {};
}

QVariant EventTableModel::sortData(const EventRow &row, EventColumn column) const
{
    switch (column) {
    case EventColumn::Title:
        return row.title;
    case EventColumn::Starts:
        return row.startsAtUtc;
    case EventColumn::Ends:
        return row.endsAtUtc;
    case EventColumn::Type:
        return row.eventType;
    case EventColumn::Location:
        return row.location;
    case EventColumn::Space:
        return row.spaceName;
    case EventColumn::Creator:
        return row.creatorName;
    case EventColumn::Rsvps:
        return row.rsvpYes;
    case EventColumn::Status:
        return row.status;
    case EventColumn::Received:
        return row.lastReceivedAt;
    case EventColumn::Count:
        break;
    }
    return {};
}

QVariant EventTableModel::toolTipData(const EventRow &row, EventColumn column) const
{
    switch (column) {
    case EventColumn::Starts:
        return row.startsAtUtc.isValid() ? zoneText(row.startsAtUtc, row.timeZone) : row.startsAt;
    case EventColumn::Ends:
        return row.endsAtUtc.isValid() ? zoneText(row.endsAtUtc, row.timeZone) : row.endsAt;
    case EventColumn::Rsvps:
        return tr("%1 yes, %2 maybe, %3 no").arg(row.rsvpYes).arg(row.rsvpMaybe).arg(row.rsvpNo);
    default:
        return displayData(row, column);
    }
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (EventColumn(column) == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = EventColumn(column);
    m_sortOrder = order;
    if (m_database)
        startLoad(false);
}

void EventTableModel::setFilter(const EventFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (m_database)
        startLoad(false);
}

void EventTableModel::refresh()
{
    if (!m_database || m_refreshDelay.isActive())
        return;
    if (isLoading()) {
        m_refreshPending = true;
        return;
    }
    const qint64 wait = m_refreshEnded.isValid() ? m_lastRefreshMs - m_refreshEnded.elapsed() : 0;
    if (wait > 0)
        m_refreshDelay.start(int(wait));
    else
        startLoad(true);
}

void EventTableModel::startLoad(bool refresh)
{
    // A refresh that a newer request cancels still has to happen, after it.
    if (!refresh && isLoading() && m_loadingIsRefresh)
        m_refreshPending = true;
    if (refresh)
        m_refreshPending = false;
    EventListLoader::Request request;
    request.serial = ++m_lastSerial;
    request.filter = m_filter;
    request.sortColumn = m_sortColumn;
    request.sortOrder = m_sortOrder;
    request.now = m_clock();
    request.refresh = refresh;
    if (refresh)
        request.shown = m_rowIds; // shared, not copied
    m_loadingIsRefresh = refresh;
    if (refresh)
        m_refreshStarted.start();
    setLoading(request.serial);
    m_loader->request(std::move(request));
}

void EventTableModel::setLoading(quint64 serial)
{
    const bool was = isLoading();
    m_loadingSerial = serial;
    if (was != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

void EventTableModel::applyResult(const EventListLoader::Result &result)
{
    if (result.serial != m_loadingSerial)
        return; // superseded while it was on its way
    for (const qint64 rowId : result.newRowIds)
        m_newRowIds.insert(rowId);
    m_total = result.total;
    replaceRowIds(result.rowIds);
    if (m_loadingIsRefresh) {
        m_lastRefreshMs = m_refreshStarted.elapsed();
        m_refreshEnded.start();
    }
    setLoading(0);
    Q_EMIT countsChanged(m_rowIds.size(), m_total);
    if (std::exchange(m_refreshPending, false))
        refresh();
}

void EventTableModel::applyFailure(quint64 serial, const QString &message)
{
    if (serial != m_loadingSerial)
        return;
    setLoading(0);
    Q_EMIT loadFailed(message);
}

// Every change of the list is a layout change: persistent indexes (selections, the current
// index, a view's scroll anchor) move to the row that shows the same event.
void EventTableModel::replaceRowIds(QList<qint64> rowIds)
{
    m_pages.clear();
    if (rowIds == m_rowIds) {
        // Same rows in the same order; their values may have changed.
        if (!m_rowIds.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    if (m_rowIds.isEmpty() || rowIds.isEmpty()) {
        beginResetModel();
        m_rowIds = std::move(rowIds);
        endResetModel();
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Views and selection models make their persistent indexes in layoutAboutToBeChanged.
    const QModelIndexList before = persistentIndexList();
    QList<qint64> beforeRowIds;
    beforeRowIds.reserve(before.size());
    QHash<qint64, int> newRows;
    newRows.reserve(before.size());
    for (const QModelIndex &index : before) {
        beforeRowIds.append(m_rowIds.at(index.row()));
        newRows.insert(beforeRowIds.last(), -1);
    }
    m_rowIds = std::move(rowIds);
    qsizetype unplaced = newRows.size();
    for (qsizetype row = 0; unplaced > 0 && row < m_rowIds.size(); ++row) {
        const auto it = newRows.find(m_rowIds.at(row));
        if (it != newRows.end() && *it < 0) {
            *it = int(row);
            --unplaced;
        }
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = newRows.value(beforeRowIds.at(i), -1);
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

qint64 EventTableModel::rowIdAt(int row) const
{
    return row >= 0 && row < m_rowIds.size() ? m_rowIds.at(row) : 0;
}

int EventTableModel::rowForRowId(qint64 rowId) const
{
    const qsizetype row = m_rowIds.indexOf(rowId);
    return int(row);
}

// New rows are bold until seen; a canceled event is struck through, so it still reads but
// plainly does not take place.
QVariant EventTableModel::fontFor(bool isNew, const EventRow &row) const
{
    const bool canceled = row.status == u"canceled"_s;
    if (canceled)
        return isNew ? m_newCanceledFont : m_canceledFont;
    return isNew ? QVariant(m_newRowFont) : QVariant();
}

void EventTableModel::markSeen(qint64 rowId)
{
    if (!m_newRowIds.remove(rowId))
        return;
    const int row = rowForRowId(rowId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::FontRole, IsNewRole});
}

void EventTableModel::markAllSeen()
{
    if (m_newRowIds.isEmpty())
        return;
    m_newRowIds.clear();
    if (!m_rowIds.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::FontRole, IsNewRole});
}

qsizetype EventTableModel::cachedRowCount() const
{
    qsizetype rows = 0;
    for (const Page &page : m_pages)
        rows += page.rows.size();
    return rows;
}

const EventRow *EventTableModel::rowAt(int row) const
{
    const EventRow &found = page(row / PageSize).rows.at(row % PageSize);
    return found.rowId == 0 ? nullptr : &found;
}

// The page, read if it is not cached; the least recently used page makes room.
const EventTableModel::Page &EventTableModel::page(int pageIndex) const
{
    const auto cached = std::find_if(m_pages.begin(), m_pages.end(), [pageIndex](const Page &page) {
        return page.index == pageIndex;
    });
    if (cached != m_pages.begin() && cached != m_pages.end())
        std::rotate(m_pages.begin(), cached, cached + 1);
    if (cached == m_pages.end()) {
        if (m_pages.size() >= CachedPages)
            m_pages.removeLast();
        m_pages.prepend({pageIndex, readPage(pageIndex)});
    }
    return m_pages.first();
}

QList<EventRow> EventTableModel::readPage(int pageIndex) const
{
    const QList<qint64> rowIds = m_rowIds.mid(qsizetype(pageIndex) * PageSize, PageSize);
    const QList<EventRow> found = EventQuery(m_database->connection()).rows(rowIds);
    // rows() skips events that are gone: keep the page aligned with the rowids.
    QList<EventRow> aligned(rowIds.size());
    qsizetype next = 0;
    for (qsizetype i = 0; i < rowIds.size() && next < found.size(); ++i) {
        if (found.at(next).rowId == rowIds.at(i))
            aligned[i] = found.at(next++);
    }
    return aligned;
}
