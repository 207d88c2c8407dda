#include "DateTimeText.h"
#include "EventListLoader.h"
#include "EventTableModel.h"
#include "domain/Timestamp.h"
#include "query/EventQuery.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <memory>
#include <time.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int EventCount = 2000;
const QDateTime Now(QDate(2026, 11, 25), QTime(10, 15), Qt::UTC);

const QStringList Words = {u"Monthly"_s, u"community"_s, u"call"_s,   u"Café"_s, u"Zürich"_s,
                           u"yoga"_s,    u"workshop"_s,  u"coffee"_s, u"code"_s, u"meetup"_s,
                           u"Kraków"_s,  u"jazz"_s,      u"book"_s,   u"club"_s, u"sprint"_s};
const QStringList Types = {u"local"_s,        u"live_chat"_s,    u"online_meeting"_s,
                           u"zoom_meeting"_s, u"zoom_webinar"_s, u"webinar"_s,
                           u"local_meetup"_s};

QString randomTitle(QRandomGenerator &random)
{
    QStringList words;
    for (int i = 0, count = 1 + random.bounded(3); i < count; ++i)
        words << Words.at(random.bounded(Words.size()));
    return words.join(u' ');
}

QString iso(const QDateTime &dateTime)
{
    return Timestamp::toIsoUtc(dateTime);
}

// Inserts one event with the given columns; returns its rowid (0 on failure).
qint64 insertEvent(QSqlDatabase db, const QVariantMap &columns)
{
    QSqlQuery query(db);
    const QStringList names = columns.keys();
    query.prepare(u"INSERT INTO event_records (%1) VALUES (%2)"_s.arg(
        names.join(u','), QStringList(names.size(), u"?"_s).join(u',')));
    for (const QString &name : names)
        query.addBindValue(columns.value(name));
    if (!query.exec()) {
        qWarning("insert failed: %s", qPrintable(query.lastError().text()));
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

QVariantMap randomEvent(QRandomGenerator &random, int index)
{
    const QDateTime starts = Now.addSecs(qint64(random.bounded(40 * 86400)) - 20 * 86400);
    return {
        {u"id"_s, u"event-%1"_s.arg(index)},
        {u"title"_s, randomTitle(random)},
        {u"event_type"_s, Types.at(random.bounded(Types.size()))},
        {u"starts_at_utc"_s, iso(starts)},
        {u"ends_at_utc"_s, iso(starts.addSecs(3600))},
        {u"time_zone"_s, u"Europe/Berlin"_s},
        {u"space_id"_s, u"space-%1"_s.arg(random.bounded(5))},
        {u"space_name"_s, QString(Words.at(random.bounded(Words.size())) + u" Space"_s)},
        {u"creator_id"_s, u"member-%1"_s.arg(random.bounded(9))},
        {u"creator_name"_s, Words.at(random.bounded(Words.size()))},
        {u"rsvp_yes"_s, random.bounded(10)},
        {u"status"_s, u"new"_s},
        {u"last_received_at"_s, iso(Now.addSecs(-random.bounded(86400 * 30)))},
    };
}

// Waits, without sleeping, until the model has applied its newest request.
bool waitUntilLoaded(EventTableModel &model)
{
    QSignalSpy loading(&model, &EventTableModel::loadingChanged);
    while (model.isLoading()) {
        if (!loading.wait(10000))
            return false;
    }
    return true;
}

// Refreshes and waits until the model applied it: a refresh soon after another may be delayed
// (by as long as the last one took), so the model is not loading yet when refresh() returns.
bool refreshAndWait(EventTableModel &model)
{
    QSignalSpy counts(&model, &EventTableModel::countsChanged);
    model.refresh();
    return (counts.wait(10000) || !counts.isEmpty()) && waitUntilLoaded(model);
}

// Gives the event at rowId the values of another random event (its id stays).
bool updateEvent(QSqlDatabase db, qint64 rowId, QVariantMap columns)
{
    columns.remove(u"id"_s);
    QStringList assignments;
    for (const QString &name : columns.keys())
        assignments << name + u" = ?"_s;
    QSqlQuery query(db);
    query.prepare(u"UPDATE event_records SET %1 WHERE rowid = ?"_s.arg(assignments.join(u',')));
    for (const QVariant &value : columns)
        query.addBindValue(value);
    query.addBindValue(rowId);
    if (!query.exec()) {
        qWarning("update failed: %s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

// The newest answer of a loader's loaded() signal.
EventListLoader::Result lastResult(const QSignalSpy &loaded)
{
    return loaded.last().at(0).value<EventListLoader::Result>();
}

QList<qint64> shownRowIds(const EventTableModel &model)
{
    QList<qint64> rowIds;
    for (int row = 0; row < model.rowCount(); ++row)
        rowIds.append(model.rowIdAt(row));
    return rowIds;
}

} // namespace

class TstEventTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void passesTheModelTesterThroughFilterSortAndRefresh();
    void showsWhatTheQueryReturns_data();
    void showsWhatTheQueryReturns();
    void newestRequestWins();
    void pagingHoldsOnlyTheCachedPages();
    void displaysReadableValues_data();
    void displaysReadableValues();
    void rolesCarryIdentityAndRawValues();
    void newRowsAreMarkedUntilSeen();
    void refreshKeepsTheSelectionOnTheSameEvent();
    void filterKeepsTheSelectionWhileTheEventIsShown();
    void viewFollowsRowCountChanges();
    void viewKeepsItsTopRowWithAnAnchor();
    void refreshesAreCoalesced();
    void refreshPlacesChangedEventsWhereTheySort_data();
    void refreshPlacesChangedEventsWhereTheySort();
    void refreshReadsEverythingAfterManyChanges();
    void liveEventsShowWhereTheyBelong();
    void facetsAreCountedOffTheGuiThread();
    void unreadableStoreFailsToOpen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_writer;
    std::unique_ptr<EventTableModel> m_model;
    qint64 m_knownRowId = 0;
};

void TstEventTableModel::initTestCase()
{
    qputenv("TZ", "UTC");
    tzset();
    QVERIFY(m_dir.isValid());
    m_writer = std::make_unique<Database>(Database::pathIn(m_dir.path()));
    QString error;
    QVERIFY2(m_writer->open(&error), qPrintable(error));
    QSqlDatabase db = m_writer->connection();
    QVERIFY(db.transaction());
    QRandomGenerator random(1125);
    for (int i = 0; i < EventCount; ++i)
        QVERIFY(insertEvent(db, randomEvent(random, i)) > 0);
    m_knownRowId = insertEvent(db, {{u"id"_s, u"known"_s},
                                    {u"title"_s, u"Quarterly Roadmap AMA"_s},
                                    {u"event_type"_s, u"zoom_webinar"_s},
                                    {u"starts_at"_s, u"2026-12-01T18:00:00+01:00"_s},
                                    {u"starts_at_utc"_s, u"2026-12-01T17:00:00.000Z"_s},
                                    {u"ends_at_utc"_s, u"2026-12-01T18:30:00.000Z"_s},
                                    {u"time_zone"_s, u"Europe/Berlin"_s},
                                    {u"location"_s, u"https://us02web.zoom.us/j/84512093377"_s},
                                    {u"space_id"_s, u"space-9"_s},
                                    {u"space_name"_s, u"Founders"_s},
                                    {u"creator_id"_s, u"member-9"_s},
                                    {u"creator_name"_s, u"Maya Okafor"_s},
                                    {u"rsvp_yes"_s, 3},
                                    {u"rsvp_maybe"_s, 1},
                                    {u"rsvp_no"_s, 0},
                                    {u"status"_s, u"canceled"_s},
                                    {u"last_received_at"_s, u"2026-11-20T08:00:00.000Z"_s}});
    QVERIFY(m_knownRowId > 0);
    QVERIFY(db.commit());
}

void TstEventTableModel::init()
{
    m_model = std::make_unique<EventTableModel>(Database::pathIn(m_dir.path()));
    m_model->setClock([] { return Now; });
    QString error;
    QVERIFY2(m_model->open(&error), qPrintable(error));
    QVERIFY(waitUntilLoaded(*m_model));
}

void TstEventTableModel::cleanup()
{
    m_model.reset();
    // Events a test added go, so that every test starts from the same store.
    QSqlQuery query(m_writer->connection());
    QVERIFY(query.exec(u"DELETE FROM event_records WHERE id LIKE 'added-%'"_s));
}

void TstEventTableModel::passesTheModelTesterThroughFilterSortAndRefresh()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowCount(), EventCount + 1);
    EventFilter filter;
    filter.search = u"caf"_s;
    m_model->setFilter(filter);
    QVERIFY(waitUntilLoaded(*m_model));
    QVERIFY(m_model->rowCount() > 0);
    QVERIFY(m_model->rowCount() < EventCount);
    for (int column = 0; column < int(EventColumn::Count); ++column) {
        m_model->sort(column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
        QVERIFY(waitUntilLoaded(*m_model));
        QVERIFY(!QTest::currentTestFailed());
    }
    QVERIFY(insertEvent(
        m_writer->connection(),
        {{u"id"_s, u"added-1"_s}, {u"title"_s, u"Café added"_s}, {u"starts_at_utc"_s, iso(Now)}}));
    m_model->refresh();
    QVERIFY(waitUntilLoaded(*m_model));
    m_model->setFilter({});
    QVERIFY(waitUntilLoaded(*m_model));
    QCOMPARE(m_model->rowCount(), EventCount + 2);
    filter.search = u"no such word"_s;
    m_model->setFilter(filter);
    QVERIFY(waitUntilLoaded(*m_model));
    QCOMPARE(m_model->rowCount(), 0);
}

void TstEventTableModel::showsWhatTheQueryReturns_data()
{
    QTest::addColumn<EventFilter>("filter");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    EventFilter none;
    EventFilter search;
    search.search = u"zur co"_s;
    EventFilter spaces;
    spaces.spaceIds = {u"space-1"_s, u"space-3"_s};
    spaces.window = EventFilter::TimeWindow::Upcoming;
    EventFilter types;
    types.eventTypes = {u"webinar"_s};
    types.creatorIds = {u"member-2"_s, u"member-4"_s};
    types.window = EventFilter::TimeWindow::ThisWeek;
    EventFilter received;
    received.receivedAfter = Now.addDays(-3);
    received.search = u"y"_s;
    QTest::newRow("everything by title") << none << int(EventColumn::Title) << Qt::AscendingOrder;
    QTest::newRow("everything by start, descending")
        << none << int(EventColumn::Starts) << Qt::DescendingOrder;
    QTest::newRow("search by space") << search << int(EventColumn::Space) << Qt::AscendingOrder;
    QTest::newRow("spaces upcoming by RSVPs")
        << spaces << int(EventColumn::Rsvps) << Qt::DescendingOrder;
    QTest::newRow("types and creators this week by creator")
        << types << int(EventColumn::Creator) << Qt::AscendingOrder;
    QTest::newRow("received lately by received")
        << received << int(EventColumn::Received) << Qt::DescendingOrder;
    // Sorted by start, time windows are runs of the order, found by bisection.
    using Window = EventFilter::TimeWindow;
    for (const auto &[name, window] :
         {std::pair{"upcoming", Window::Upcoming}, std::pair{"past", Window::Past},
          std::pair{"today", Window::Today}, std::pair{"this week", Window::ThisWeek},
          std::pair{"custom", Window::Custom}}) {
        EventFilter filter;
        filter.window = window;
        filter.from = Now.addDays(-2).addSecs(7);
        filter.to = Now.addDays(3);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
            QTest::addRow("%s by start, %s", name,
                          order == Qt::AscendingOrder ? "ascending" : "descending")
                << filter << int(EventColumn::Starts) << order;
        filter.search = u"co"_s;
        QTest::addRow("%s and a search by start", name)
            << filter << int(EventColumn::Starts) << Qt::AscendingOrder;
    }
    EventFilter customOpenEnd;
    customOpenEnd.window = Window::Custom;
    customOpenEnd.from = Now;
    QTest::newRow("custom from now on, by start")
        << customOpenEnd << int(EventColumn::Starts) << Qt::DescendingOrder;
}

// The loader narrows the cached sort order in memory; EventQuery::rowIds does all of it in SQL
// (and is checked against a brute-force oracle in tst_eventquery): both must agree.
void TstEventTableModel::showsWhatTheQueryReturns()
{
    QFETCH(EventFilter, filter);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    m_model->sort(column, order);
    m_model->setFilter(filter);
    QVERIFY(waitUntilLoaded(*m_model));
    const std::optional<QList<qint64>> expected =
        EventQuery(m_writer->connection()).rowIds(filter, EventColumn(column), order, Now);
    QVERIFY(expected);
    QVERIFY(!expected->isEmpty());
    QCOMPARE(shownRowIds(*m_model), *expected);
    QCOMPARE(m_model->totalCount(), EventCount + 1);
    // Reversing a sort reverses the cached order instead of reading it again.
    m_model->sort(column, order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
    QVERIFY(waitUntilLoaded(*m_model));
    QCOMPARE(shownRowIds(*m_model),
             *EventQuery(m_writer->connection())
                  .rowIds(filter, EventColumn(column), m_model->sortOrder(), Now));
}

void TstEventTableModel::newestRequestWins()
{
    QSignalSpy loading(m_model.get(), &EventTableModel::loadingChanged);
    QSignalSpy counts(m_model.get(), &EventTableModel::countsChanged);
    QSignalSpy layouts(m_model.get(), &QAbstractItemModel::layoutChanged);
    const QString typed = u"monthly c"_s;
    EventFilter filter;
    for (qsizetype length = 1; length <= typed.size(); ++length) {
        filter.search = typed.left(length);
        m_model->setFilter(filter);
    }
    m_model->sort(int(EventColumn::Received), Qt::DescendingOrder);
    QVERIFY(waitUntilLoaded(*m_model));
    QCOMPARE(loading.size(), 2); // on once, off once: requests in between only replace each other
    QCOMPARE(counts.size(), 1);
    QVERIFY(layouts.size() <= 1);
    QCOMPARE(shownRowIds(*m_model),
             *EventQuery(m_writer->connection())
                  .rowIds(filter, EventColumn::Received, Qt::DescendingOrder, Now));
    QCOMPARE(counts.first().at(0).toLongLong(), m_model->rowCount());
    QCOMPARE(counts.first().at(1).toLongLong(), EventCount + 1);
}

void TstEventTableModel::pagingHoldsOnlyTheCachedPages()
{
    const qsizetype limit = EventTableModel::PageSize * EventTableModel::CachedPages;
    QVERIFY(m_model->rowCount() > limit);
    const EventQuery query(m_writer->connection());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString title = m_model->index(row, int(EventColumn::Title)).data().toString();
        QVERIFY(m_model->cachedRowCount() <= limit);
        if (row % 97 == 0)
            QCOMPARE(title, query.rows({m_model->rowIdAt(row)}).value(0).title);
    }
    // Every page is cached now; the last one is short.
    QVERIFY(m_model->cachedRowCount() > limit - EventTableModel::PageSize);
    // Jumping back and forth reads each page once while it stays among the recent ones.
    for (int row = m_model->rowCount() - 1; row >= 0; row -= 300)
        QVERIFY(m_model->index(row, 0).data().isValid());
    QVERIFY(m_model->cachedRowCount() <= limit);
    QVERIFY(m_model->index(m_model->rowCount() - 1, 0).data(EventTableModel::SortRole).isValid());
}

void TstEventTableModel::displaysReadableValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("toolTip");
    const QLocale locale;
    const QDateTime starts(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC);
    const QString startsLocal = DateTimeText::dateTime(starts.toLocalTime(), locale);
    const QString startsThere =
        locale.toString(starts.toTimeZone(QTimeZone("Europe/Berlin")), u"ddd d MMM yyyy, HH:mm"_s)
        + u" (Europe/Berlin)"_s;
    QTest::newRow("title") << int(EventColumn::Title) << u"Quarterly Roadmap AMA"_s
                           << u"Quarterly Roadmap AMA"_s;
    QTest::newRow("starts") << int(EventColumn::Starts) << startsLocal << startsThere;
    QTest::newRow("ends as a duration")
        << int(EventColumn::Ends) << u"1 h 30 min"_s
        << QString(locale.toString(starts.addSecs(5400).toTimeZone(QTimeZone("Europe/Berlin")),
                                   u"ddd d MMM yyyy, HH:mm"_s)
                   + u" (Europe/Berlin)"_s);
    QTest::newRow("type") << int(EventColumn::Type) << u"Zoom webinar"_s << u"Zoom webinar"_s;
    QTest::newRow("location") << int(EventColumn::Location)
                              << u"https://us02web.zoom.us/j/84512093377"_s
                              << u"https://us02web.zoom.us/j/84512093377"_s;
    QTest::newRow("space") << int(EventColumn::Space) << u"Founders"_s << u"Founders"_s;
    QTest::newRow("creator") << int(EventColumn::Creator) << u"Maya Okafor"_s << u"Maya Okafor"_s;
    QTest::newRow("rsvps") << int(EventColumn::Rsvps) << u"3 / 1 / 0"_s
                           << u"3 yes, 1 maybe, 0 no"_s;
    QTest::newRow("status") << int(EventColumn::Status) << u"Canceled"_s << u"Canceled"_s;
    const QDateTime received(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
    QTest::newRow("received") << int(EventColumn::Received)
                              << DateTimeText::dateTime(received.toLocalTime(), locale)
                              << DateTimeText::dateTime(received.toLocalTime(), locale);
}

void TstEventTableModel::displaysReadableValues()
{
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QString, toolTip);
    const int row = m_model->rowForRowId(m_knownRowId);
    QVERIFY(row >= 0);
    const QModelIndex index = m_model->index(row, column);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), toolTip);
    const QVariant icon = index.data(Qt::DecorationRole);
    QCOMPARE(icon.isValid(), column == int(EventColumn::Type));
    if (icon.isValid())
        QVERIFY(!icon.value<QIcon>().isNull());
}

void TstEventTableModel::rolesCarryIdentityAndRawValues()
{
    const int row = m_model->rowForRowId(m_knownRowId);
    QVERIFY(row >= 0);
    const QModelIndex title = m_model->index(row, int(EventColumn::Title));
    QCOMPARE(title.data(EventTableModel::RowIdRole).toLongLong(), m_knownRowId);
    QCOMPARE(title.data(EventTableModel::EventIdRole).toString(), u"known"_s);
    QCOMPARE(title.data(EventTableModel::UrlRole).toUrl(),
             QUrl(u"https://us02web.zoom.us/j/84512093377"_s));
    QCOMPARE(m_model->index(row, int(EventColumn::Starts)).data(EventTableModel::SortRole),
             QVariant(QDateTime(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC)));
    QCOMPARE(m_model->index(row, int(EventColumn::Rsvps)).data(EventTableModel::SortRole), 3);
    QCOMPARE(title.data(EventTableModel::IsNewRole).toBool(), false);
    // Canceled, so struck through; seen, so not bold.
    const QFont font = title.data(Qt::FontRole).value<QFont>();
    QVERIFY(font.strikeOut());
    QVERIFY(!font.bold());
    // A location that is not a web link has no URL.
    const int other = m_model->rowForRowId(1);
    QVERIFY(!m_model->index(other, 0).data(Qt::FontRole).isValid());
    QVERIFY(!m_model->index(other, 0).data(EventTableModel::UrlRole).isValid());
    QCOMPARE(m_model->rowIdAt(-1), 0);
    QCOMPARE(m_model->rowForRowId(-5), -1);
    QCOMPARE(m_model->headerData(int(EventColumn::Rsvps), Qt::Horizontal).toString(), u"RSVPs"_s);
}

void TstEventTableModel::newRowsAreMarkedUntilSeen()
{
    QSqlDatabase db = m_writer->connection();
    const qint64 first = insertEvent(db, {{u"id"_s, u"added-1"_s}, {u"title"_s, u"New one"_s}});
    const qint64 second = insertEvent(db, {{u"id"_s, u"added-2"_s}, {u"title"_s, u"New two"_s}});
    QVERIFY(first > 0 && second > 0);
    QSignalSpy counts(m_model.get(), &EventTableModel::countsChanged);
    m_model->refresh();
    QVERIFY(waitUntilLoaded(*m_model));
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.first().at(1).toLongLong(), EventCount + 3);
    QCOMPARE(m_model->newCount(), 2);
    const QModelIndex firstIndex = m_model->index(m_model->rowForRowId(first), 0);
    QVERIFY(firstIndex.data(EventTableModel::IsNewRole).toBool());
    QVERIFY(firstIndex.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!m_model->index(m_model->rowForRowId(m_knownRowId), 0)
                 .data(EventTableModel::IsNewRole)
                 .toBool());

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->markSeen(first);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), firstIndex.row());
    QVERIFY(!firstIndex.data(EventTableModel::IsNewRole).toBool());
    QVERIFY(m_model->isNew(second));
    // A refresh with nothing added marks nothing more.
    QVERIFY(refreshAndWait(*m_model));
    QCOMPARE(m_model->newCount(), 1);
    m_model->markAllSeen();
    QCOMPARE(m_model->newCount(), 0);
    QVERIFY(!m_model->isNew(second));
}

void TstEventTableModel::refreshKeepsTheSelectionOnTheSameEvent()
{
    m_model->sort(int(EventColumn::Title), Qt::AscendingOrder);
    QVERIFY(waitUntilLoaded(*m_model));
    QItemSelectionModel selection(m_model.get());
    const int row = m_model->rowForRowId(m_knownRowId);
    selection.setCurrentIndex(m_model->index(row, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QPersistentModelIndex anchor = m_model->index(row + 5, 2);
    // Rows that sort before it push it down.
    QSqlDatabase db = m_writer->connection();
    for (int i = 0; i < 3; ++i)
        QVERIFY(insertEvent(db, {{u"id"_s, u"added-%1"_s.arg(i)}, {u"title"_s, u"AAA"_s}}));
    m_model->refresh();
    QVERIFY(waitUntilLoaded(*m_model));
    const int moved = m_model->rowForRowId(m_knownRowId);
    QCOMPARE(moved, row + 3);
    QCOMPARE(selection.currentIndex().row(), moved);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().data(EventTableModel::RowIdRole).toLongLong(),
             m_knownRowId);
    QCOMPARE(anchor.row(), row + 5 + 3);
    QCOMPARE(anchor.column(), 2);
}

void TstEventTableModel::filterKeepsTheSelectionWhileTheEventIsShown()
{
    QItemSelectionModel selection(m_model.get());
    selection.select(m_model->index(m_model->rowForRowId(m_knownRowId), 0),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    EventFilter filter;
    filter.search = u"roadmap"_s;
    m_model->setFilter(filter);
    QVERIFY(waitUntilLoaded(*m_model));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().row(), 0);
    filter.search = u"qu"_s;
    m_model->setFilter(filter);
    QVERIFY(waitUntilLoaded(*m_model));
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().data(EventTableModel::RowIdRole).toLongLong(),
             m_knownRowId);
    filter.search = u"yoga"_s;
    m_model->setFilter(filter);
    QVERIFY(waitUntilLoaded(*m_model));
    QVERIFY(m_model->rowCount() > 1);
    QVERIFY(selection.selectedRows().isEmpty());
}

// The list changes length inside a layout change: a real view must follow it.
void TstEventTableModel::viewFollowsRowCountChanges()
{
    QTableView view;
    view.setModel(m_model.get());
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectRow(10);
    const qint64 selected = m_model->rowIdAt(10);
    EventFilter filter;
    filter.search = u"c"_s;
    m_model->setFilter(filter);
    QVERIFY(waitUntilLoaded(*m_model));
    QCOMPARE(view.verticalHeader()->count(), m_model->rowCount());
    QCOMPARE(view.model()->rowCount(), m_model->rowCount());
    view.scrollToBottom();
    QVERIFY(view.indexAt(QPoint(5, view.viewport()->height() - 5)).isValid()
            || m_model->rowCount() * view.verticalHeader()->defaultSectionSize()
                   < view.viewport()->height());
    m_model->setFilter({});
    QVERIFY(waitUntilLoaded(*m_model));
    QCOMPARE(view.verticalHeader()->count(), EventCount + 1);
    const QModelIndexList rows = view.selectionModel()->selectedRows();
    if (m_model->rowForRowId(selected) >= 0 && !rows.isEmpty())
        QCOMPARE(rows.first().data(EventTableModel::RowIdRole).toLongLong(), selected);
}

// How a view keeps its scroll position across a refresh: a persistent index of its top row,
// taken before the layout changes, follows the event; scrolling back to it keeps the view still.
void TstEventTableModel::viewKeepsItsTopRowWithAnAnchor()
{
    m_model->sort(int(EventColumn::Title), Qt::AscendingOrder);
    QVERIFY(waitUntilLoaded(*m_model));
    QTableView view;
    view.setModel(m_model.get());
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.scrollTo(m_model->index(500, 0), QAbstractItemView::PositionAtTop);
    const qint64 top = view.indexAt(QPoint(1, 1)).data(EventTableModel::RowIdRole).toLongLong();
    QPersistentModelIndex anchor;
    connect(m_model.get(), &QAbstractItemModel::layoutAboutToBeChanged, &view,
            [&] { anchor = view.indexAt(QPoint(1, 1)); });
    connect(m_model.get(), &QAbstractItemModel::layoutChanged, &view,
            [&] { view.scrollTo(anchor, QAbstractItemView::PositionAtTop); });
    for (int i = 0; i < 4; ++i)
        QVERIFY(insertEvent(m_writer->connection(),
                            {{u"id"_s, u"added-%1"_s.arg(i)}, {u"title"_s, u"AAA first"_s}}));
    m_model->refresh();
    QVERIFY(waitUntilLoaded(*m_model));
    QCOMPARE(anchor.data(EventTableModel::RowIdRole).toLongLong(), top);
    QCOMPARE(view.indexAt(QPoint(1, 1)).data(EventTableModel::RowIdRole).toLongLong(), top);
    QCOMPARE(view.indexAt(QPoint(1, 1)).row(), m_model->rowForRowId(top));
}

void TstEventTableModel::refreshesAreCoalesced()
{
    QSignalSpy counts(m_model.get(), &EventTableModel::countsChanged);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(insertEvent(m_writer->connection(),
                            {{u"id"_s, u"added-%1"_s.arg(i)}, {u"title"_s, u"burst"_s}}));
        m_model->refresh();
    }
    // The first refresh runs, the other four become one more after it (which waits as long as
    // the first took).
    while (counts.size() < 2)
        QVERIFY(counts.wait(10000));
    QVERIFY(waitUntilLoaded(*m_model));
    QCOMPARE(counts.size(), 2);
    QCOMPARE(m_model->rowCount(), EventCount + 6);
    QCOMPARE(m_model->newCount(), 5);
}

void TstEventTableModel::refreshPlacesChangedEventsWhereTheySort_data()
{
    QTest::addColumn<EventFilter>("filter");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    using Window = EventFilter::TimeWindow;
    EventFilter none;
    EventFilter search;
    search.search = u"caf co"_s;
    EventFilter spaces;
    spaces.spaceIds = {u"space-1"_s, u"space-3"_s};
    spaces.window = Window::Upcoming;
    EventFilter types;
    types.eventTypes = {u"webinar"_s, u"local"_s};
    types.creatorIds = {u"member-2"_s, u"member-4"_s, u"member-5"_s};
    types.window = Window::ThisWeek;
    EventFilter received;
    received.receivedAfter = Now.addDays(-10);
    received.search = u"y"_s;
    EventFilter past;
    past.window = Window::Past;
    QTest::newRow("everything by title") << none << int(EventColumn::Title) << Qt::AscendingOrder;
    QTest::newRow("everything by start, descending")
        << none << int(EventColumn::Starts) << Qt::DescendingOrder;
    QTest::newRow("everything newest first")
        << none << int(EventColumn::Received) << Qt::DescendingOrder;
    QTest::newRow("everything by type") << none << int(EventColumn::Type) << Qt::AscendingOrder;
    QTest::newRow("search by start") << search << int(EventColumn::Starts) << Qt::AscendingOrder;
    QTest::newRow("spaces upcoming by RSVPs")
        << spaces << int(EventColumn::Rsvps) << Qt::DescendingOrder;
    QTest::newRow("types and creators this week by creator")
        << types << int(EventColumn::Creator) << Qt::AscendingOrder;
    QTest::newRow("received lately and a search by space")
        << received << int(EventColumn::Space) << Qt::DescendingOrder;
    QTest::newRow("past by start") << past << int(EventColumn::Starts) << Qt::AscendingOrder;
}

// Inserted, updated and deleted events are placed in the order the loader holds, without
// reading it again, exactly where a full read would put them.
void TstEventTableModel::refreshPlacesChangedEventsWhereTheySort()
{
    QFETCH(EventFilter, filter);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    EventListLoader loader(Database::pathIn(m_dir.path()));
    QSignalSpy loaded(&loader, &EventListLoader::loaded);
    EventListLoader::Request request;
    request.serial = 1;
    request.filter = filter;
    request.sortColumn = EventColumn(column);
    request.sortOrder = order;
    request.now = Now;
    loader.request(request);
    QVERIFY(loaded.wait(10000));
    // Events added in one round are deleted in the next, updates touch the random events.
    QSqlDatabase db = m_writer->connection();
    QRandomGenerator random(column * 2 + int(order));
    QList<qint64> added;
    qint64 total = EventCount + 1;
    for (int round = 0; round < 4; ++round) {
        QVERIFY(db.transaction());
        qsizetype changes = 0;
        for (const qint64 rowId : std::as_const(added)) {
            QSqlQuery query(db);
            QVERIFY(query.exec(u"DELETE FROM event_records WHERE rowid = %1"_s.arg(rowId)));
            ++changes;
            --total;
        }
        added.clear();
        for (int i = 0; i < 6; ++i) {
            QVariantMap event = randomEvent(random, 0);
            event.insert(u"id"_s, u"added-%1-%2"_s.arg(round).arg(i));
            if (i == 0)
                event.remove(u"starts_at_utc"_s); // no start: last by start, either way
            added.append(insertEvent(db, event));
            QVERIFY(added.last() > 0);
            ++changes;
            ++total;
        }
        // Ties on the sort value are broken by rowid: copy an existing event's values.
        QVariantMap twin = randomEvent(random, 0);
        const qint64 original = 1 + random.bounded(EventCount);
        QVERIFY(updateEvent(db, original, twin));
        twin.insert(u"id"_s, u"added-%1-twin"_s.arg(round));
        added.append(insertEvent(db, twin));
        changes += 2;
        ++total;
        for (int i = 0; i < 5; ++i) {
            QVERIFY(updateEvent(db, 1 + random.bounded(EventCount), randomEvent(random, 0)));
            ++changes; // at most: the same event may change twice
        }
        QVERIFY(db.commit());
        request.serial += 1;
        request.refresh = true;
        request.shown = lastResult(loaded).rowIds;
        loader.request(request);
        QVERIFY(loaded.wait(10000));
        const EventListLoader::Result result = lastResult(loaded);
        QCOMPARE(result.serial, request.serial);
        QVERIFY2(result.placed > 0 && result.placed <= changes,
                 qPrintable(QString::number(result.placed)));
        const auto expected =
            EventQuery(db).rowIds(filter, EventColumn(column), order, Now, nullptr, nullptr);
        QVERIFY(expected);
        QCOMPARE(result.rowIds, *expected);
        QCOMPARE(result.total, total);
        for (const qint64 rowId : result.newRowIds)
            QVERIFY(!request.shown.contains(rowId));
        // Nothing changed: nothing to place, and the same rows.
        request.serial += 1;
        request.shown = result.rowIds;
        loader.request(request);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(lastResult(loaded).placed, 0);
        QCOMPARE(lastResult(loaded).rowIds, *expected);
        QVERIFY(lastResult(loaded).newRowIds.isEmpty());
    }
}

void TstEventTableModel::refreshReadsEverythingAfterManyChanges()
{
    EventListLoader loader(Database::pathIn(m_dir.path()));
    QSignalSpy loaded(&loader, &EventListLoader::loaded);
    EventListLoader::Request request;
    request.serial = 1;
    request.sortColumn = EventColumn::Title;
    request.now = Now;
    loader.request(request);
    QVERIFY(loaded.wait(10000));
    QSqlDatabase db = m_writer->connection();
    QVERIFY(db.transaction());
    QRandomGenerator random(99);
    for (qsizetype i = 0; i <= EventListLoader::MaxPlacedChanges; ++i) {
        QVariantMap event = randomEvent(random, 0);
        event.insert(u"id"_s, u"added-%1"_s.arg(i));
        QVERIFY(insertEvent(db, event) > 0);
    }
    QVERIFY(db.commit());
    request.serial = 2;
    request.refresh = true;
    request.shown = lastResult(loaded).rowIds;
    loader.request(request);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(lastResult(loaded).placed, -1);
    QCOMPARE(lastResult(loaded).rowIds,
             *EventQuery(db).rowIds({}, EventColumn::Title, Qt::AscendingOrder, Now));
    QCOMPARE(lastResult(loaded).newRowIds.size(), EventListLoader::MaxPlacedChanges + 1);
    // Read again, it carries on placing changes from there.
    QVERIFY(updateEvent(db, 7, {{u"title"_s, u"AAAA first now"_s}}));
    request.serial = 3;
    loader.request(request);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(lastResult(loaded).placed, 1);
    QCOMPARE(lastResult(loaded).rowIds.first(), 7);
}

// What the window sees while deliveries arrive: the new event that matches the filter shows
// where it sorts (newest first here), marked new; the one that does not match stays out; the
// selection and the view's top row stay on their events.
void TstEventTableModel::liveEventsShowWhereTheyBelong()
{
    EventFilter filter;
    filter.search = u"jazz"_s;
    m_model->setFilter(filter);
    m_model->sort(int(EventColumn::Received), Qt::DescendingOrder);
    QVERIFY(waitUntilLoaded(*m_model));
    const int shownBefore = m_model->rowCount();
    QVERIFY(shownBefore > 10);
    QItemSelectionModel selection(m_model.get());
    const qint64 selected = m_model->rowIdAt(5);
    selection.setCurrentIndex(m_model->index(5, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSqlDatabase db = m_writer->connection();
    const QString newest = iso(Now.addSecs(60));
    const qint64 matching = insertEvent(db, {{u"id"_s, u"added-jazz"_s},
                                             {u"title"_s, u"Late jazz jam"_s},
                                             {u"last_received_at"_s, newest}});
    const qint64 other = insertEvent(
        db, {{u"id"_s, u"added-yoga"_s}, {u"title"_s, u"Yoga"_s}, {u"last_received_at"_s, newest}});
    QVERIFY(matching > 0 && other > 0);
    QVERIFY(refreshAndWait(*m_model));
    QCOMPARE(m_model->rowCount(), shownBefore + 1);
    QCOMPARE(m_model->rowIdAt(0), matching);
    QVERIFY(m_model->index(0, 0).data(EventTableModel::IsNewRole).toBool());
    QCOMPARE(m_model->rowForRowId(other), -1);
    QCOMPARE(m_model->newCount(), 1);
    QCOMPARE(m_model->totalCount(), EventCount + 3);
    QCOMPARE(selection.currentIndex().row(), 6);
    QCOMPARE(selection.currentIndex().data(EventTableModel::RowIdRole).toLongLong(), selected);
    QCOMPARE(selection.selectedRows().size(), 1);
    // An update that makes an event match shows it too; one that makes it not match hides it.
    QVERIFY(updateEvent(db, other, {{u"title"_s, u"Yoga and jazz"_s}}));
    QVERIFY(updateEvent(db, selected,
                        {{u"title"_s, u"Nothing to hear"_s},
                         {u"space_name"_s, u"Quiet Space"_s},
                         {u"creator_name"_s, u"Nobody"_s}}));
    QVERIFY(refreshAndWait(*m_model));
    QCOMPARE(m_model->rowCount(), shownBefore + 1);
    QVERIFY(m_model->rowForRowId(other) >= 0);
    QCOMPARE(m_model->rowForRowId(selected), -1);
    QVERIFY(!selection.currentIndex().isValid());
    QCOMPARE(shownRowIds(*m_model),
             *EventQuery(db).rowIds(filter, EventColumn::Received, Qt::DescendingOrder, Now));
}

void TstEventTableModel::facetsAreCountedOffTheGuiThread()
{
    QSignalSpy facets(m_model.get(), &EventTableModel::facetsChanged);
    m_model->refreshFacets();
    m_model->refreshFacets(); // merged into the first while it waits, or answered once more
    QVERIFY(facets.wait(10000));
    const EventQuery query(m_writer->connection());
    const auto spaces = facets.first().at(0).value<QList<FacetCount>>();
    const auto creators = facets.first().at(1).value<QList<FacetCount>>();
    const auto types = facets.first().at(2).value<QList<FacetCount>>();
    QCOMPARE(spaces.size(), query.spaces().size());
    QCOMPARE(spaces.first().count, query.spaces().first().count);
    QCOMPARE(creators.size(), query.creators().size());
    QCOMPARE(types.size(), query.eventTypes().size());
    qint64 total = 0;
    for (const FacetCount &type : types)
        total += type.count;
    QCOMPARE(total, EventCount + 1);
    QVERIFY(facets.size() <= 2);
}

void TstEventTableModel::unreadableStoreFailsToOpen()
{
    EventTableModel model(m_dir.filePath(u"missing/eventwatch.sqlite3"_s));
    QString error;
    QVERIFY(!model.open(&error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TstEventTableModel)
#include "tst_eventtablemodel.moc"
