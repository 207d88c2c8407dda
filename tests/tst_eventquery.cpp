#include "domain/Timestamp.h"
#include "query/EventOrder.h"
#include "query/EventQuery.h"
#include "store/Database.h"
#include "store/SqliteStatement.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <time.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int EventCount = 3000;
constexpr int RandomFilterRounds = 400;

// Wednesday, in a zone with summer time; the second anchor is the day Berlin skips an hour.
const QDateTime Now(QDate(2026, 11, 25), QTime(10, 15, 30, 250), Qt::UTC);
const QDateTime DstNow(QDate(2026, 3, 29), QTime(0, 30), Qt::UTC);

const QStringList Words = {
    u"Monthly"_s, u"community"_s, u"CALL"_s,     u"Café"_s,     u"café"_s,       u"Zürich"_s,
    u"Kraków"_s,  u"São"_s,       u"Paulo"_s,    u"Réunion"_s,  u"Straße"_s,     u"Ørsted"_s,
    u"naïve"_s,   u"Coffee"_s,    u"&"_s,        u"Code"_s,     u"O'Brien"_s,    u"C++"_s,
    u"Qt6"_s,     u"2026"_s,      u"meetup"_s,   u"Meet-up"_s,  u"東京"_s,       u"Ελληνικά"_s,
    u"Москва"_s,  u"yoga"_s,      u"YOGA"_s,     u"workshop"_s, u"work"_s,       u"Über"_s,
    u"ueber"_s,   u"Ångström"_s,  u"jalapeño"_s, u"Crème"_s,    u"brûlée"_s,     u"AMA"_s,
    u"a.m."_s,    u"NEAR"_s,      u"AND"_s,      u"or"_s,       u"title:code"_s, u"🎉"_s,
    u"Łódź"_s,
};
const QStringList Types = {u"local"_s,        u"live_chat"_s,    u"online_meeting"_s,
                           u"zoom_meeting"_s, u"zoom_webinar"_s, u"webinar"_s,
                           u"local_meetup"_s, u"other"_s};
const QStringList Statuses = {u"new"_s, u"updated"_s, u"canceled"_s};

struct SortKey
{
    bool null = true;
    QByteArray bytes;
    int number = 0;
};

// What the oracle knows about one stored event.
struct OracleEvent
{
    qint64 rowId = 0;
    QVariant title;
    QVariant summary;
    QVariant location;
    QVariant spaceId;
    QVariant spaceName;
    QVariant creatorId;
    QString creatorName;
    QVariant eventType;
    QString status;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime lastReceivedAt;
    int rsvpYes = 0;
    QList<QStringList> searchTokens; // per searchable column
    std::array<SortKey, size_t(EventColumn::Count)> keys;
};

// --- A brute-force model of what SQLite and FTS5 do ---------------------------------------

// unicode61 with remove_diacritics: letters and digits make tokens, lower case, and accents
// removed from Latin letters only (SQLite keeps Greek tonos, Cyrillic breve, ø and ł).
QString fold(const QString &token)
{
    const QString decomposed = token.normalized(QString::NormalizationForm_D);
    QString bare;
    QChar base;
    for (const QChar c : decomposed) {
        const bool mark = c.category() == QChar::Mark_NonSpacing;
        if (mark && base.isLetter() && base.unicode() < 0x80)
            continue;
        if (!mark)
            base = c;
        bare.append(c);
    }
    return bare.normalized(QString::NormalizationForm_C).toLower();
}

QStringList tokenize(const QString &text)
{
    QStringList tokens;
    QString current;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        if (QChar::isLetterOrNumber(char32_t(codePoint))) {
            const char32_t character = char32_t(codePoint);
            current.append(QString::fromUcs4(&character, 1));
        } else if (!current.isEmpty()) {
            tokens.append(fold(current));
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens.append(fold(current));
    return tokens;
}

bool phraseMatches(const QStringList &document, const QStringList &phrase)
{
    for (qsizetype start = 0; start + phrase.size() <= document.size(); ++start) {
        bool all = true;
        for (qsizetype i = 0; all && i < phrase.size(); ++i) {
            const QString &token = document.at(start + i);
            all = i + 1 == phrase.size() ? token.startsWith(phrase.at(i)) : token == phrase.at(i);
        }
        if (all)
            return true;
    }
    return false;
}

// The words of a search as FTS5 phrases; nullopt when it searches for nothing at all.
std::optional<QList<QStringList>> searchPhrases(const QString &search)
{
    QList<QStringList> phrases;
    if (search.trimmed().isEmpty())
        return phrases;
    for (const QString &word : search.simplified().split(u' ')) {
        const QStringList phrase = tokenize(word);
        if (!phrase.isEmpty())
            phrases.append(phrase);
    }
    if (phrases.isEmpty())
        return std::nullopt; // only punctuation: nothing matches
    return phrases;
}

bool searchMatches(const OracleEvent &event, const std::optional<QList<QStringList>> &phrases)
{
    if (!phrases)
        return false;
    return std::all_of(phrases->cbegin(), phrases->cend(), [&event](const QStringList &phrase) {
        return std::any_of(
            event.searchTokens.cbegin(), event.searchTokens.cend(),
            [&phrase](const QStringList &column) { return phraseMatches(column, phrase); });
    });
}

QDate mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

bool windowMatches(const OracleEvent &event, const EventFilter &filter, const QDateTime &now)
{
    using Window = EventFilter::TimeWindow;
    if (filter.window == Window::Any)
        return true;
    if (!event.startsAt.isValid())
        return false;
    const QDate day = event.startsAt.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    switch (filter.window) {
    case Window::Any:
        return true;
    case Window::Upcoming:
        return event.startsAt >= now;
    case Window::Past:
        return event.startsAt < now;
    case Window::Today:
        return day == today;
    case Window::ThisWeek:
        return mondayOf(day) == mondayOf(today);
    case Window::Custom:
        return (!filter.from.isValid() || event.startsAt >= filter.from)
               && (!filter.to.isValid() || event.startsAt < filter.to);
    }
    return false;
}

bool inList(const QStringList &list, const QVariant &value)
{
    return list.isEmpty() || (!value.isNull() && list.contains(value.toString()));
}

bool matches(const OracleEvent &event, const EventFilter &filter,
             const std::optional<QList<QStringList>> &phrases, const QDateTime &now)
{
    return searchMatches(event, phrases) && inList(filter.spaceIds, event.spaceId)
           && inList(filter.creatorIds, event.creatorId)
           && inList(filter.eventTypes, event.eventType) && windowMatches(event, filter, now)
           && (!filter.receivedAfter.isValid()
               || (event.lastReceivedAt.isValid() && event.lastReceivedAt > filter.receivedAfter))
           && (filter.lastRowId == 0
               || (event.rowId >= filter.firstRowId && event.rowId <= filter.lastRowId));
}

QVariant instant(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(Timestamp::toIsoUtc(dateTime)) : QVariant();
}

// SQLite compares text as UTF-8 bytes; NOCASE folds ASCII letters only. NULL sorts first.
SortKey textKey(const QVariant &value, bool noCase)
{
    if (value.isNull())
        return {};
    const QByteArray bytes = value.toString().toUtf8();
    return {false, noCase ? bytes.toLower() : bytes, 0}; // QByteArray::toLower: ASCII only
}

SortKey keyOf(const OracleEvent &event, EventColumn column)
{
    switch (column) {
    case EventColumn::Title:
        return textKey(event.title, true);
    case EventColumn::Starts:
        return textKey(instant(event.startsAt), false);
    case EventColumn::Ends:
        return textKey(instant(event.endsAt), false);
    case EventColumn::Type:
        return textKey(event.eventType, false);
    case EventColumn::Location:
        return textKey(event.location, true);
    case EventColumn::Space:
        return textKey(event.spaceName, true);
    case EventColumn::Creator:
        return textKey(event.creatorName, true);
    case EventColumn::Rsvps:
        return {false, {}, event.rsvpYes};
    case EventColumn::Status:
        return textKey(event.status, false);
    case EventColumn::Received:
        return textKey(instant(event.lastReceivedAt), false);
    case EventColumn::Count:
        break;
    }
    return {};
}

int compareKeys(const SortKey &a, const SortKey &b)
{
    if (a.null || b.null)
        return int(b.null) - int(a.null);
    if (a.number != b.number)
        return a.number < b.number ? -1 : 1;
    return a.bytes < b.bytes ? -1 : (b.bytes < a.bytes ? 1 : 0);
}

QList<qint64> oracleRowIds(const QList<OracleEvent> &events, const EventFilter &filter,
                           EventColumn column, Qt::SortOrder order, const QDateTime &now)
{
    QList<const OracleEvent *> kept;
    const std::optional<QList<QStringList>> phrases = searchPhrases(filter.search);
    for (const OracleEvent &event : events) {
        if (matches(event, filter, phrases, now))
            kept.append(&event);
    }
    const bool descending = order == Qt::DescendingOrder;
    std::sort(kept.begin(), kept.end(), [&](const OracleEvent *a, const OracleEvent *b) {
        // Events without a start go last in both directions.
        if (column == EventColumn::Starts && a->startsAt.isValid() != b->startsAt.isValid())
            return a->startsAt.isValid();
        int result = compareKeys(a->keys[size_t(column)], b->keys[size_t(column)]);
        if (result == 0)
            result = a->rowId < b->rowId ? -1 : (a->rowId > b->rowId ? 1 : 0);
        return descending ? result > 0 : result < 0;
    });
    QList<qint64> rowIds;
    for (const OracleEvent *event : std::as_const(kept))
        rowIds.append(event->rowId);
    return rowIds;
}

// --- Random events ---------------------------------------------------------------------

QString randomWords(QRandomGenerator &random, int most)
{
    QStringList words;
    const int count = 1 + random.bounded(most);
    for (int i = 0; i < count; ++i)
        words.append(Words.at(random.bounded(Words.size())));
    return words.join(u' ');
}

QVariant sometimesNull(QRandomGenerator &random, int nullPercent, const QVariant &value)
{
    return random.bounded(100) < nullPercent ? QVariant() : value;
}

QDateTime randomInstant(QRandomGenerator &random, int daysAround)
{
    const qint64 range = qint64(daysAround) * 2 * 86400;
    return Now.addSecs(qint64(random.bounded(quint64(range))) - range / 2)
        .addMSecs(random.bounded(4) * 250);
}

QVariant randomLocation(QRandomGenerator &random)
{
    switch (random.bounded(4)) {
    case 0:
        return QVariant();
    case 1:
        return u"https://zoom.us/j/%1"_s.arg(random.bounded(1000));
    default:
        return randomWords(random, 3);
    }
}

OracleEvent randomEvent(QRandomGenerator &random, int index)
{
    OracleEvent event;
    event.title = random.bounded(100) < 2 ? QVariant(QString(u""_s))
                                          : sometimesNull(random, 3, randomWords(random, 4));
    event.summary = sometimesNull(random, 20, randomWords(random, 6));
    event.location = randomLocation(random);
    const int space = random.bounded(12);
    event.spaceId = sometimesNull(random, 3, u"space-%1"_s.arg(space));
    event.spaceName = event.spaceId.isNull()
                          ? QVariant()
                          : sometimesNull(random, 10, QString(Words.at(space) + u" Space"_s));
    const int creator = random.bounded(20);
    event.creatorId = sometimesNull(random, 3, u"member-%1"_s.arg(creator));
    event.creatorName = event.creatorId.isNull() ? QString() : Words.at(creator + 10);
    event.eventType = sometimesNull(random, 3, Types.at(random.bounded(Types.size())));
    event.status = Statuses.at(random.bounded(Statuses.size()));
    if (random.bounded(100) >= 5)
        event.startsAt = randomInstant(random, 20);
    if (event.startsAt.isValid() && random.bounded(100) >= 10)
        event.endsAt = event.startsAt.addSecs(1800 * (1 + random.bounded(6)));
    if (random.bounded(100) >= 3)
        event.lastReceivedAt = randomInstant(random, 30);
    event.rsvpYes = random.bounded(15);
    Q_UNUSED(index);
    for (const QVariant &text :
         {event.title, event.summary, event.location, event.spaceName, QVariant(event.creatorName)})
        event.searchTokens.append(tokenize(text.toString()));
    for (int column = 0; column < int(EventColumn::Count); ++column)
        event.keys[size_t(column)] = keyOf(event, EventColumn(column));
    return event;
}

bool insertEvents(QSqlDatabase db, QList<OracleEvent> &events, QString *error)
{
    QSqlQuery insert(db);
    if (!db.transaction()
        || !insert.prepare(u"INSERT INTO event_records (id, title, summary, location, space_id,"
                           " space_name, creator_id, creator_name, event_type, status,"
                           " starts_at_utc, ends_at_utc, last_received_at, rsvp_yes)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, ?, ?, ?)"_s)) {
        *error = insert.lastError().text();
        return false;
    }
    for (qsizetype i = 0; i < events.size(); ++i) {
        OracleEvent &event = events[i];
        for (const QVariant &value :
             {QVariant(u"event-%1"_s.arg(i)), event.title, event.summary, event.location,
              event.spaceId, event.spaceName, event.creatorId, QVariant(event.creatorName),
              event.eventType, QVariant(event.status), instant(event.startsAt),
              instant(event.endsAt), instant(event.lastReceivedAt), QVariant(event.rsvpYes)})
            insert.addBindValue(value);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
        event.rowId = insert.lastInsertId().toLongLong();
    }
    return db.commit();
}

// A search as someone types it: a prefix of a word, sometimes upper-cased or without accents,
// sometimes two words.
QString randomSearch(QRandomGenerator &random)
{
    QStringList parts;
    const int words = 1 + random.bounded(2);
    for (int i = 0; i < words; ++i) {
        QString word = Words.at(random.bounded(Words.size()));
        word.truncate(1 + random.bounded(word.size()));
        switch (random.bounded(4)) {
        case 0:
            word = word.toUpper();
            break;
        case 1:
            word = fold(word);
            break;
        default:
            break;
        }
        parts.append(word);
    }
    return parts.join(u' ');
}

QStringList randomSubset(QRandomGenerator &random, const QString &pattern, int count)
{
    QStringList subset;
    const int size = 1 + random.bounded(3);
    for (int i = 0; i < size; ++i)
        subset.append(pattern.arg(random.bounded(count)));
    return subset;
}

EventFilter randomFilter(QRandomGenerator &random)
{
    EventFilter filter;
    if (random.bounded(100) < 60)
        filter.search = randomSearch(random);
    if (random.bounded(100) < 25)
        filter.spaceIds = randomSubset(random, u"space-%1"_s, 13);
    if (random.bounded(100) < 25)
        filter.creatorIds = randomSubset(random, u"member-%1"_s, 21);
    if (random.bounded(100) < 25)
        filter.eventTypes = {Types.at(random.bounded(Types.size())),
                             Types.at(random.bounded(Types.size()))};
    filter.window = EventFilter::TimeWindow(random.bounded(6));
    if (filter.window == EventFilter::TimeWindow::Custom) {
        if (random.bounded(4) > 0)
            filter.from = randomInstant(random, 20);
        if (random.bounded(4) > 0)
            filter.to = randomInstant(random, 20);
    }
    if (random.bounded(100) < 20)
        filter.receivedAfter = randomInstant(random, 30);
    if (random.bounded(100) < 15) {
        filter.firstRowId = random.bounded(1, EventCount);
        filter.lastRowId = filter.firstRowId + random.bounded(EventCount / 4);
    }
    return filter;
}

QString describe(const EventFilter &filter, EventColumn column, Qt::SortOrder order)
{
    return u"search '%1' spaces %2 creators %3 types %4 window %5 from %6 to %7 after %8"
           " column %9 order %10"_s
               .arg(filter.search, filter.spaceIds.join(u','), filter.creatorIds.join(u','),
                    filter.eventTypes.join(u','))
               .arg(int(filter.window))
               .arg(Timestamp::toIsoUtc(filter.from), Timestamp::toIsoUtc(filter.to),
                    Timestamp::toIsoUtc(filter.receivedAfter))
               .arg(int(column))
               .arg(int(order));
}

} // namespace

class TstEventQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sortsEveryColumnLikeTheOracle_data();
    void sortsEveryColumnLikeTheOracle();
    void unfilteredSortsWalkAnIndex_data();
    void unfilteredSortsWalkAnIndex();
    void timeWindowsMatchTheOracle_data();
    void timeWindowsMatchTheOracle();
    void searchMatchesWordPrefixes_data();
    void searchMatchesWordPrefixes();
    void randomFiltersMatchTheOracle();
    void matchingRowIdsAreTheSortedSet();
    void partsIntersectToTheFilter();
    void partsReadOnlyAnIndex();
    void windowBoundsFollowLocalTime();
    void sortValueIsTheIndexedValue();
    void eventOrderSortsLikeTheStore_data();
    void eventOrderSortsLikeTheStore();
    void partsAmongRowIdsAreTheIntersection();
    void changesAreNumberedUpwards();
    void ftsSyntaxIsNeverPassedThrough_data();
    void ftsSyntaxIsNeverPassedThrough();
    void ftsQueryQuotesEveryWord_data();
    void ftsQueryQuotesEveryWord();
    void rowsComeInTheRequestedOrder();
    void cancelStopsTheQuery();
    void collectorGathersASetAndStopsWhenCancelled();
    void facetsCountOverAllEvents();

private:
    QList<qint64> checkedRowIds(const EventFilter &filter, EventColumn column, Qt::SortOrder order,
                                const QDateTime &now);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EventQuery> m_query;
    QList<OracleEvent> m_events;
};

void TstEventQuery::initTestCase()
{
    // Local time is part of what is tested ("Today", "This week"): pin it.
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<Database>(Database::pathIn(m_dir.path()));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    QRandomGenerator random(20261125);
    m_events.reserve(EventCount);
    for (int i = 0; i < EventCount; ++i)
        m_events.append(randomEvent(random, i));
    QVERIFY2(insertEvents(m_database->connection(), m_events, &error), qPrintable(error));
    m_query = std::make_unique<EventQuery>(m_database->connection());
}

void TstEventQuery::cleanupTestCase()
{
    m_query.reset();
    m_database.reset();
}

QList<qint64> TstEventQuery::checkedRowIds(const EventFilter &filter, EventColumn column,
                                           Qt::SortOrder order, const QDateTime &now)
{
    QString error;
    const std::optional<QList<qint64>> rowIds =
        m_query->rowIds(filter, column, order, now, nullptr, &error);
    if (!rowIds)
        qWarning("rowIds failed: %s", qPrintable(error));
    return rowIds.value_or(QList<qint64>{-1});
}

void TstEventQuery::sortsEveryColumnLikeTheOracle_data()
{
    QTest::addColumn<EventColumn>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = 0; column < int(EventColumn::Count); ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QByteArray name = "column " + QByteArray::number(column)
                                    + (order == Qt::AscendingOrder ? " ascending" : " descending");
            QTest::newRow(name.constData()) << EventColumn(column) << order;
        }
    }
}

void TstEventQuery::sortsEveryColumnLikeTheOracle()
{
    QFETCH(EventColumn, column);
    QFETCH(Qt::SortOrder, order);
    const QList<qint64> expected = oracleRowIds(m_events, {}, column, order, Now);
    QCOMPARE(expected.size(), EventCount);
    QCOMPARE(checkedRowIds({}, column, order, Now), expected);
    // The same with a filter, which SQLite may plan differently.
    EventFilter filter;
    filter.search = u"c"_s;
    filter.window = EventFilter::TimeWindow::Upcoming;
    QCOMPARE(checkedRowIds(filter, column, order, Now),
             oracleRowIds(m_events, filter, column, order, Now));
}

void TstEventQuery::unfilteredSortsWalkAnIndex_data()
{
    sortsEveryColumnLikeTheOracle_data();
}

void TstEventQuery::unfilteredSortsWalkAnIndex()
{
    QFETCH(EventColumn, column);
    QFETCH(Qt::SortOrder, order);
    const QStringList plan = m_query->queryPlan({}, column, order, Now);
    QVERIFY(!plan.isEmpty());
    const QString text = plan.join(u'\n');
    QVERIFY2(!text.contains(u"TEMP B-TREE"_s), qPrintable(text));
    QVERIFY2(text.contains(u"COVERING INDEX"_s), qPrintable(text));
}

void TstEventQuery::timeWindowsMatchTheOracle_data()
{
    QTest::addColumn<EventFilter::TimeWindow>("window");
    QTest::addColumn<QDateTime>("now");
    using Window = EventFilter::TimeWindow;
    const std::pair<const char *, Window> windows[] = {
        {"upcoming", Window::Upcoming}, {"today", Window::Today},   {"this week", Window::ThisWeek},
        {"past", Window::Past},         {"custom", Window::Custom},
    };
    for (const auto &[name, window] : windows) {
        QTest::addRow("%s", name) << window << Now;
        QTest::addRow("%s, on the day summer time starts", name) << window << DstNow;
    }
}

void TstEventQuery::timeWindowsMatchTheOracle()
{
    QFETCH(EventFilter::TimeWindow, window);
    QFETCH(QDateTime, now);
    EventFilter filter;
    filter.window = window;
    if (window == EventFilter::TimeWindow::Custom) {
        filter.from = Now.addDays(-3);
        filter.to = Now.addDays(4).addMSecs(250);
    }
    const QList<qint64> expected =
        oracleRowIds(m_events, filter, EventColumn::Starts, Qt::AscendingOrder, now);
    if (now == Now)
        QVERIFY(!expected.isEmpty());
    QCOMPARE(checkedRowIds(filter, EventColumn::Starts, Qt::AscendingOrder, now), expected);
}

void TstEventQuery::searchMatchesWordPrefixes_data()
{
    QTest::addColumn<QString>("search");
    QTest::newRow("one letter") << u"c"_s;
    QTest::newRow("prefix") << u"comm"_s;
    QTest::newRow("upper case") << u"YOG"_s;
    QTest::newRow("accent typed, accent stored") << u"Café"_s;
    QTest::newRow("no accent typed, accent stored") << u"cafe"_s;
    QTest::newRow("accent typed, no accent stored") << u"Ueber"_s;
    QTest::newRow("umlaut") << u"zur"_s;
    QTest::newRow("two words") << u"monthly co"_s;
    QTest::newRow("apostrophe") << u"O'Br"_s;
    QTest::newRow("hyphenated") << u"meet-u"_s;
    QTest::newRow("cyrillic") << u"моск"_s;
    QTest::newRow("greek") << u"ελλ"_s;
    QTest::newRow("greek without its tonos") << u"ελληνικα"_s;
    QTest::newRow("letters SQLite does not fold") << u"orsted lodz"_s;
    QTest::newRow("cjk") << u"東"_s;
    QTest::newRow("digits") << u"202"_s;
    QTest::newRow("in a url") << u"zoom"_s;
    QTest::newRow("space name") << u"space"_s;
    QTest::newRow("nothing matches") << u"xylophone"_s;
    QTest::newRow("surrounding blanks") << u"  \tyoga \n"_s;
}

void TstEventQuery::searchMatchesWordPrefixes()
{
    QFETCH(QString, search);
    EventFilter filter;
    filter.search = search;
    const QList<qint64> expected =
        oracleRowIds(m_events, filter, EventColumn::Title, Qt::AscendingOrder, Now);
    QCOMPARE(checkedRowIds(filter, EventColumn::Title, Qt::AscendingOrder, Now), expected);
    if (!search.startsWith(u'x') && !search.contains(u"ελληνικα"_s) && !search.contains(u"lodz"_s))
        QVERIFY(!expected.isEmpty());
}

void TstEventQuery::randomFiltersMatchTheOracle()
{
    QRandomGenerator random(7);
    int nonEmpty = 0;
    for (int round = 0; round < RandomFilterRounds; ++round) {
        const EventFilter filter = randomFilter(random);
        const auto column = EventColumn(random.bounded(int(EventColumn::Count)));
        const auto order = random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder;
        const QList<qint64> expected = oracleRowIds(m_events, filter, column, order, Now);
        const QList<qint64> actual = checkedRowIds(filter, column, order, Now);
        if (actual != expected)
            QFAIL(
                qPrintable(describe(filter, column, order)
                           + u": %1 rows, expected %2"_s.arg(actual.size()).arg(expected.size())));
        nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    // The random filters must not be so narrow that they prove nothing.
    QVERIFY2(nonEmpty > RandomFilterRounds / 4, qPrintable(QString::number(nonEmpty)));
}

void TstEventQuery::matchingRowIdsAreTheSortedSet()
{
    QRandomGenerator random(11);
    for (int round = 0; round < 100; ++round) {
        const EventFilter filter = randomFilter(random);
        QList<qint64> expected =
            oracleRowIds(m_events, filter, EventColumn::Title, Qt::AscendingOrder, Now);
        std::sort(expected.begin(), expected.end());
        const std::optional<QList<qint64>> actual = m_query->matchingRowIds(filter, Now);
        QVERIFY(actual);
        if (*actual != expected)
            QFAIL(
                qPrintable(describe(filter, EventColumn::Title, Qt::AscendingOrder)
                           + u": %1 rows, expected %2"_s.arg(actual->size()).arg(expected.size())));
    }
}

// Each part alone selects what the oracle selects for a filter of that part only, and the parts
// together select what the whole filter does.
void TstEventQuery::partsIntersectToTheFilter()
{
    QRandomGenerator random(13);
    int checkedParts = 0;
    for (int round = 0; round < 150; ++round) {
        const EventFilter filter = randomFilter(random);
        QList<qint64> intersection;
        bool first = true;
        for (const EventQuery::FilterPart part : EventQuery::filterParts(filter)) {
            std::optional<QList<qint64>> rowIds = m_query->partRowIds(filter, part, Now);
            QVERIFY(rowIds);
            std::sort(rowIds->begin(), rowIds->end());
            EventFilter only;
            switch (part) {
            case EventQuery::FilterPart::Search:
                only.search = filter.search;
                break;
            case EventQuery::FilterPart::Spaces:
                only.spaceIds = filter.spaceIds;
                break;
            case EventQuery::FilterPart::Creators:
                only.creatorIds = filter.creatorIds;
                break;
            case EventQuery::FilterPart::EventTypes:
                only.eventTypes = filter.eventTypes;
                break;
            case EventQuery::FilterPart::TimeWindow:
                only.window = filter.window;
                only.from = filter.from;
                only.to = filter.to;
                break;
            case EventQuery::FilterPart::ReceivedAfter:
                only.receivedAfter = filter.receivedAfter;
                break;
            case EventQuery::FilterPart::RowRange:
                only.firstRowId = filter.firstRowId;
                only.lastRowId = filter.lastRowId;
                break;
            }
            QList<qint64> expected =
                oracleRowIds(m_events, only, EventColumn::Title, Qt::AscendingOrder, Now);
            std::sort(expected.begin(), expected.end());
            QCOMPARE(*rowIds, expected);
            QCOMPARE(EventQuery::partKey(filter, part, Now), EventQuery::partKey(only, part, Now));
            if (first)
                intersection = *rowIds;
            else
                intersection.removeIf([&](qint64 rowId) {
                    return !std::binary_search(rowIds->cbegin(), rowIds->cend(), rowId);
                });
            first = false;
            ++checkedParts;
        }
        if (!first)
            QCOMPARE(intersection, *m_query->matchingRowIds(filter, Now));
    }
    QVERIFY(checkedParts > 150);
}

void TstEventQuery::partsReadOnlyAnIndex()
{
    EventFilter filter;
    filter.search = u"yoga caf"_s;
    filter.spaceIds = {u"space-1"_s, u"space-2"_s};
    filter.creatorIds = {u"member-3"_s};
    filter.eventTypes = {u"webinar"_s};
    filter.window = EventFilter::TimeWindow::ThisWeek;
    filter.receivedAfter = Now.addDays(-2);
    const QList<EventQuery::FilterPart> parts = EventQuery::filterParts(filter);
    QCOMPARE(parts.size(), 6);
    for (const EventQuery::FilterPart part : parts) {
        const QString plan = m_query->partPlan(filter, part, Now).join(u'\n');
        const bool indexOnly =
            plan.contains(u"COVERING INDEX"_s)
            || (part == EventQuery::FilterPart::Search && plan.contains(u"VIRTUAL TABLE"_s)
                && !plan.contains(u"event_records"_s));
        QVERIFY2(indexOnly, qPrintable(plan));
    }
}

void TstEventQuery::windowBoundsFollowLocalTime()
{
    // Wednesday 25 November 2026, 11:15 in Berlin.
    EventFilter filter;
    filter.window = EventFilter::TimeWindow::ThisWeek;
    auto [from, to] = EventQuery::windowBounds(filter, Now);
    QCOMPARE(from, QDateTime(QDate(2026, 11, 22), QTime(23, 0), Qt::UTC)); // Monday 00:00 CET
    QCOMPARE(to, QDateTime(QDate(2026, 11, 29), QTime(23, 0), Qt::UTC));
    filter.window = EventFilter::TimeWindow::Today;
    std::tie(from, to) = EventQuery::windowBounds(filter, DstNow);
    // The day summer time starts has 23 hours.
    QCOMPARE(from, QDateTime(QDate(2026, 3, 28), QTime(23, 0), Qt::UTC));
    QCOMPARE(from.secsTo(to), 23 * 3600);
    filter.window = EventFilter::TimeWindow::Upcoming;
    std::tie(from, to) = EventQuery::windowBounds(filter, Now);
    QCOMPARE(from, Now);
    QVERIFY(!to.isValid());
    filter.window = EventFilter::TimeWindow::Any;
    std::tie(from, to) = EventQuery::windowBounds(filter, Now);
    QVERIFY(!from.isValid() && !to.isValid());
}

void TstEventQuery::sortValueIsTheIndexedValue()
{
    const OracleEvent &event = m_events.at(99);
    QCOMPARE(m_query->sortValue(event.rowId, EventColumn::Starts), instant(event.startsAt));
    QCOMPARE(m_query->sortValue(event.rowId, EventColumn::Rsvps).toInt(), event.rsvpYes);
    QCOMPARE(m_query->sortValue(event.rowId, EventColumn::Title).toString(),
             event.title.toString());
    QVERIFY(m_query->sortValue(999999, EventColumn::Title).isNull());
}

void TstEventQuery::eventOrderSortsLikeTheStore_data()
{
    sortsEveryColumnLikeTheOracle_data();
}

// What a refresh relies on to place a changed event: EventOrder compares as SQLite sorts,
// collations, NULLs, ties and all.
void TstEventQuery::eventOrderSortsLikeTheStore()
{
    QFETCH(EventColumn, column);
    QFETCH(Qt::SortOrder, order);
    QList<qint64> all;
    for (const OracleEvent &event : std::as_const(m_events))
        all.append(event.rowId);
    const auto values = m_query->sortValues(all, column);
    QVERIFY(values);
    QCOMPARE(values->size(), EventCount);
    const EventOrder eventOrder(column, order);
    QList<EventOrder::Key> keys;
    for (const auto &[rowId, value] : *values)
        keys.append(eventOrder.key(rowId, value));
    std::sort(keys.begin(), keys.end(), [&](const EventOrder::Key &a, const EventOrder::Key &b) {
        return eventOrder.before(a, b);
    });
    QList<qint64> sorted;
    for (const EventOrder::Key &key : std::as_const(keys))
        sorted.append(key.rowId);
    QCOMPARE(sorted, checkedRowIds({}, column, order, Now));
    // A strict order: nothing comes before itself.
    QVERIFY(!eventOrder.before(keys.first(), keys.first()));
}

void TstEventQuery::partsAmongRowIdsAreTheIntersection()
{
    QRandomGenerator random(17);
    int matched = 0;
    for (int round = 0; round < 120; ++round) {
        const EventFilter filter = randomFilter(random);
        QList<qint64> among;
        for (int i = 0; i < 1 + random.bounded(600); ++i)
            among.append(m_events.at(random.bounded(EventCount)).rowId);
        among.append(999999); // not stored
        for (const EventQuery::FilterPart part : EventQuery::filterParts(filter)) {
            const std::optional<QList<qint64>> all = m_query->partRowIds(filter, part, Now);
            QVERIFY(all);
            QList<qint64> expected;
            for (const qint64 rowId : std::as_const(among)) {
                if (all->contains(rowId) && !expected.contains(rowId))
                    expected.append(rowId);
            }
            std::sort(expected.begin(), expected.end());
            QString error;
            const std::optional<QList<qint64>> actual =
                m_query->partRowIdsAmong(filter, part, Now, among, &error);
            QVERIFY2(actual, qPrintable(error));
            if (*actual != expected)
                QFAIL(qPrintable(describe(filter, EventColumn::Title, Qt::AscendingOrder)
                                 + u" part %1: %2 rows, expected %3"_s.arg(int(part))
                                       .arg(actual->size())
                                       .arg(expected.size())));
            matched += expected.isEmpty() ? 0 : 1;
        }
    }
    QVERIFY2(matched > 50, qPrintable(QString::number(matched)));
}

// Inserts, updates and deletes each give the event a new revision; a read sees each changed
// event once, and deleted ones as such.
void TstEventQuery::changesAreNumberedUpwards()
{
    QTemporaryDir dir;
    Database database(Database::pathIn(dir.path()));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    const EventQuery query(database.connection());
    QCOMPARE(query.latestRevision(), 0);
    QSqlQuery sql(database.connection());
    for (int i = 0; i < 5; ++i)
        QVERIFY(sql.exec(u"INSERT INTO event_records (id, title) VALUES ('e%1', 'x')"_s.arg(i)));
    const std::optional<qint64> afterInserts = query.latestRevision();
    QVERIFY(afterInserts && *afterInserts >= 5);
    qint64 latest = -1;
    auto changes = query.changesSince(0, 100, &latest);
    QVERIFY(changes);
    QCOMPARE(changes->size(), 5);
    QCOMPARE(latest, *afterInserts);
    QVERIFY(sql.exec(u"UPDATE event_records SET title = 'y' WHERE id = 'e1'"_s));
    QVERIFY(sql.exec(u"UPDATE event_records SET rsvp_yes = 3 WHERE id = 'e1'"_s));
    QVERIFY(sql.exec(u"DELETE FROM event_records WHERE id = 'e3'"_s));
    QVERIFY(sql.exec(u"INSERT INTO event_records (id) VALUES ('e5')"_s));
    changes = query.changesSince(*afterInserts, 100, &latest);
    QVERIFY(changes);
    QCOMPARE(changes->size(), 3); // e1 once, however often it changed
    QCOMPARE(changes->at(0).rowId, 2);
    QVERIFY(!changes->at(0).deleted);
    QCOMPARE(changes->at(1).rowId, 4);
    QVERIFY(changes->at(1).deleted);
    QCOMPARE(changes->at(2).rowId, 6);
    QCOMPARE(latest, *query.latestRevision());
    QVERIFY(latest > *afterInserts);
    // A revision is never handed out twice, even when the newest change is replaced.
    QVERIFY(sql.exec(u"UPDATE event_records SET title = 'z' WHERE id = 'e5'"_s));
    qint64 newer = -1;
    changes = query.changesSince(latest, 100, &newer);
    QVERIFY(changes);
    QCOMPARE(changes->size(), 1);
    QVERIFY(newer > latest);
    // Beyond the limit, one more than it is read: the caller knows there were more.
    changes = query.changesSince(0, 2, &latest);
    QVERIFY(changes);
    QCOMPARE(changes->size(), 3);
    changes = query.changesSince(newer, 100, &latest);
    QVERIFY(changes && changes->isEmpty());
    QCOMPARE(latest, newer);
}

void TstEventQuery::ftsSyntaxIsNeverPassedThrough_data()
{
    QTest::addColumn<QString>("search");
    const char *const attempts[] = {
        "\"",
        "\"\"",
        "\"code",
        "co\"de",
        "*",
        "code*",
        "* code",
        "NEAR(",
        "NEAR(code",
        "NEAR(a b, 2)",
        "-",
        "-code",
        "code -yoga",
        ":",
        "title:",
        "title:code",
        "{title}: c",
        "^code",
        "code OR yoga",
        "AND",
        "NOT yoga",
        "(",
        ")",
        "(code",
        "'",
        "''",
        "\\",
        "%",
        "_",
        "+",
        "c++",
        "a.m.",
        "🎉",
        "🎉 code",
        "co\u00adde",
        "\"\" OR \"\"",
        "\"*\"",
        "NEAR",
        "near(\"yoga\")",
    };
    for (const char *attempt : attempts)
        QTest::newRow(attempt) << QString::fromUtf8(attempt);
}

void TstEventQuery::ftsSyntaxIsNeverPassedThrough()
{
    QFETCH(QString, search);
    EventFilter filter;
    filter.search = search;
    QString error;
    const std::optional<QList<qint64>> rowIds =
        m_query->rowIds(filter, EventColumn::Starts, Qt::DescendingOrder, Now, nullptr, &error);
    QVERIFY2(rowIds, qPrintable(error));
    QCOMPARE(*rowIds,
             oracleRowIds(m_events, filter, EventColumn::Starts, Qt::DescendingOrder, Now));
    QVERIFY(m_query->matchingRowIds(filter, Now));
}

void TstEventQuery::ftsQueryQuotesEveryWord_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << u""_s << u""_s;
    QTest::newRow("blank") << u" \t "_s << u""_s;
    QTest::newRow("one word") << u"yoga"_s << u"\"yoga\"*"_s;
    QTest::newRow("two words") << u"  yoga   café "_s << u"\"yoga\"* \"café\"*"_s;
    QTest::newRow("quote doubled") << u"o\"brien"_s << u"\"o\"\"brien\"*"_s;
    QTest::newRow("operators are words") << u"a OR b"_s << u"\"a\"* \"OR\"* \"b\"*"_s;
    QTest::newRow("punctuation only dropped") << u"- * :"_s << u""_s;
    QTest::newRow("column filter is a phrase") << u"title:x"_s << u"\"title:x\"*"_s;
}

void TstEventQuery::ftsQueryQuotesEveryWord()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QCOMPARE(EventQuery::ftsQuery(typed), expected);
}

void TstEventQuery::rowsComeInTheRequestedOrder()
{
    const QList<qint64> wanted = {m_events.at(42).rowId, 999999, m_events.at(7).rowId,
                                  m_events.at(2999).rowId, m_events.at(7).rowId};
    const QList<EventRow> rows = m_query->rows(wanted);
    QCOMPARE(rows.size(), 4); // the missing one is skipped, the repeated one repeated
    QCOMPARE(rows.at(0).rowId, m_events.at(42).rowId);
    QCOMPARE(rows.at(1).rowId, m_events.at(7).rowId);
    QCOMPARE(rows.at(2).rowId, m_events.at(2999).rowId);
    QCOMPARE(rows.at(3).rowId, m_events.at(7).rowId);
    const OracleEvent &event = m_events.at(42);
    QCOMPARE(rows.at(0).title, event.title.toString());
    QCOMPARE(rows.at(0).startsAtUtc, event.startsAt);
    QCOMPARE(rows.at(0).lastReceivedAt, event.lastReceivedAt);
    QCOMPARE(rows.at(0).rsvpYes, event.rsvpYes);
    QCOMPARE(rows.at(0).status, event.status);
    QCOMPARE(rows.at(0).id, u"event-42"_s);
    // More than one statement's worth of rowids.
    QList<qint64> all;
    for (const OracleEvent &e : std::as_const(m_events))
        all.prepend(e.rowId);
    const QList<EventRow> everything = m_query->rows(all);
    QCOMPARE(everything.size(), all.size());
    QCOMPARE(everything.last().rowId, all.last());
    QCOMPARE(m_query->totalCount(), EventCount);
    QCOMPARE(m_query->maxRowId(), m_events.last().rowId);
}

void TstEventQuery::cancelStopsTheQuery()
{
    const std::atomic_bool cancelled(true);
    QVERIFY(!m_query->rowIds({}, EventColumn::Title, Qt::AscendingOrder, Now, &cancelled));
    QVERIFY(!m_query->matchingRowIds({}, Now, &cancelled));
    const std::atomic_bool running(false);
    QVERIFY(m_query->rowIds({}, EventColumn::Title, Qt::AscendingOrder, Now, &running));
}

void TstEventQuery::collectorGathersASetAndStopsWhenCancelled()
{
    const QSqlDatabase db = m_database->connection();
    QVERIFY(SqliteStatement::addCollectFunction(db));
    const QByteArray sql = "WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n"
                           " WHERE i < 10000) SELECT collect_integers(i, ?) FROM n";
    for (const bool cancel : {false, true}) {
        const std::atomic_bool flag(cancel);
        SqliteStatement::Collector collector;
        collector.cancel = &flag;
        SqliteStatement statement(db, sql);
        QVERIFY2(statement.isValid(), qPrintable(statement.errorText()));
        QVERIFY(statement.bind({5}) && statement.bindCollector(2, &collector));
        if (cancel) {
            QCOMPARE(statement.step(), SqliteStatement::Step::Error);
            QCOMPARE(statement.errorText(), u"cancelled"_s);
            QVERIFY(collector.values.size() < 10000);
            continue;
        }
        QCOMPARE(statement.step(), SqliteStatement::Step::Row);
        QCOMPARE(collector.values.size(), 9996);
        QCOMPARE(collector.values.first(), 5);
        QCOMPARE(collector.values.last(), 10000);
    }
    // Without a collector bound, the statement fails instead of writing anywhere.
    SqliteStatement unbound(db, "SELECT collect_integers(1, ?)");
    QCOMPARE(unbound.step(), SqliteStatement::Step::Error);
}

void TstEventQuery::facetsCountOverAllEvents()
{
    QHash<QString, qint64> spaces;
    QHash<QString, qint64> types;
    for (const OracleEvent &event : std::as_const(m_events)) {
        if (!event.spaceId.isNull())
            ++spaces[event.spaceId.toString()];
        if (!event.eventType.isNull())
            ++types[event.eventType.toString()];
    }
    const QList<FacetCount> spaceFacets = m_query->spaces();
    QCOMPARE(spaceFacets.size(), spaces.size());
    for (qsizetype i = 0; i < spaceFacets.size(); ++i) {
        QCOMPARE(spaceFacets.at(i).count, spaces.value(spaceFacets.at(i).id));
        if (i > 0)
            QVERIFY(spaceFacets.at(i - 1).count >= spaceFacets.at(i).count);
    }
    const QList<FacetCount> typeFacets = m_query->eventTypes();
    QCOMPARE(typeFacets.size(), types.size());
    for (const FacetCount &facet : typeFacets) {
        QCOMPARE(facet.count, types.value(facet.id));
        QCOMPARE(facet.label, facet.id);
    }
    // No members table rows in this store: the id is the label.
    const QList<FacetCount> creators = m_query->creators();
    QCOMPARE(creators.size(), 20);
    QCOMPARE(creators.first().label, creators.first().id);
}

QTEST_MAIN(TstEventQuery)
#include "tst_eventquery.moc"
