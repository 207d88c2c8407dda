// eventwatch-bench: the event window's model and filters at scale, offscreen.
//
//   eventwatch-bench --events N --data-dir DIR
//
// Creates (or reuses) DIR/eventwatch.sqlite3 with N synthetic events, then drives the real
// EventTableModel / EventListLoader / EventQuery and prints one JSON object as its last line.
// See bench/README.md ("Window benchmark") for what each figure means.

#include "EventTableDelegate.h"
#include "EventTableModel.h"
#include "domain/DeliveryParser.h"
#include "domain/Timestamp.h"
#include "query/EventQuery.h"
#include "store/Database.h"
#include "store/DeliveryWriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <time.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// Synthetic ids are fixed-width numbers, so that text order is numeric order.
constexpr qint64 EventIdBase = 400000000;
constexpr qint64 LiveEventIdBase = 900000000; // events the live phase adds, removed afterwards
constexpr qint64 MemberIdBase = 1000000;
constexpr qint64 SpaceIdBase = 900000;
constexpr int MemberCount = 5000;
constexpr int SpaceCount = 300;
// The first events go through DeliveryWriter and DeliveryDeriver; the rest are written with the
// deriver's SQL in big transactions (the real path is far too slow for a million, see README).
constexpr int RealPathEvents = 10000;
constexpr int BulkTransactionRows = 50000;

// A small, fast, seedable generator: each event's values depend on its index only, so a store
// can be topped up and regenerated identically.
class SplitMix
{
public:
    explicit SplitMix(quint64 seed)
        : m_state(seed * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E5ULL)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int bound) { return int(next() % quint64(bound)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T, size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }

private:
    quint64 m_state;
};

const char16_t *const Cadences[] = {
    u"Monthly",   u"Weekly",     u"Quarterly",  u"Annual",     u"Friday",   u"Morning",
    u"Evening",   u"Late-night", u"Open",       u"Beginner's", u"Advanced", u"Virtual",
    u"Hybrid",    u"Summer",     u"Winter",     u"Spring",     u"Autumn",   u"Sunday",
    u"Lunchtime", u"Café",       u"Après-work", u"Größte",     u"Pequeño",  u"Première",
};
const char16_t *const Topics[] = {
    u"Community Call",
    u"Founders Office Hours",
    u"Watercolour",
    u"Product Roadmap",
    u"Neighbourhood",
    u"Accountability Sprint",
    u"Building in Public",
    u"Welcome",
    u"Book Club",
    u"Yoga",
    u"Photography Walk",
    u"Jazz Jam",
    u"Hackathon",
    u"Stammtisch",
    u"Réunion",
    u"Encuentro",
    u"Sketching",
    u"Pottery",
    u"Meditation",
    u"Marathon Training",
    u"Language Exchange",
    u"Startup Pitch",
    u"Investor",
    u"Coffee & Code",
    u"Design Critique",
    u"Writing Circle",
    u"Career Clinic",
    u"Parenting",
    u"Nutrition",
    u"Climate Action",
    u"Board Games",
    u"Chess Club",
    u"Film Night",
    u"Podcast Recording",
    u"Wine Tasting",
    u"Gardening",
    u"Ceramics",
    u"Crochet & Knitting",
    u"Rust Study Group",
    u"Qt & C++",
    u"Übungsgruppe",
    u"Círculo de Lectura",
    u"Fika",
    u"Smörgåsbord",
};
const char16_t *const Formats[] = {
    u"Live Demo", u"AMA",     u"Workshop", u"Q&A",     u"Meetup",  u"Masterclass", u"Roundtable",
    u"Social",    u"Kickoff", u"Retreat",  u"Webinar", u"Session", u"Sprint",      u"Panel",
};
const char16_t *const Cities[] = {
    u"Berlin", u"München", u"Zürich",   u"Kraków",  u"São Paulo", u"Montréal", u"Reykjavík",
    u"Malmö",  u"Köln",    u"Genève",   u"Córdoba", u"Bogotá",    u"Paris",    u"London",
    u"Lisbon", u"Austin",  u"Portland", u"Tokyo",   u"Nairobi",   u"Auckland",
};
const char16_t *const Venues[] = {
    u"Café Lumen",      u"The Hub",         u"Public Library", u"Studio Nord",
    u"Community Hall",  u"Brauhaus am Eck", u"Coworking Loft", u"Riverside Park",
    u"Gemeindezentrum", u"La Pâtisserie",   u"Makerspace",     u"Old Town Bookshop",
};
const char16_t *const Streets[] = {
    u"Valencia St", u"Hauptstraße", u"Rue de Rivoli", u"Baker Street", u"Avenida Paulista",
    u"Königsallee", u"Strøget",     u"Main Street",   u"Calle Mayor",  u"Bahnhofstrasse",
};
const char16_t *const Sentences[] = {
    u"Bring a laptop and a question.",
    u"We pair up for an hour and share what we learned.",
    u"Newcomers are welcome; no experience needed.",
    u"The session is recorded and the replay posted in the space.",
    u"Snacks and drinks are on us.",
    u"Expect short talks, open discussion and plenty of time to meet people.",
    u"Please RSVP so we can plan the room.",
    u"Wir sprechen Deutsch und Englisch.",
    u"On parle français et anglais.",
    u"Traiga su propio café.",
    u"This month's theme was chosen by the members.",
    u"Accessible venue with step-free entrance.",
};
const char16_t *const FirstNames[] = {
    u"Maya",   u"Priya", u"José",    u"Zoë",    u"Chloé",    u"Jürgen", u"Åsa",   u"Noah",
    u"Liam",   u"Amara", u"Hiroshi", u"Fatima", u"Mateus",   u"Inès",   u"Björn", u"Chen",
    u"Olivia", u"Kwame", u"Renée",   u"Dmitri", u"Sofía",    u"Ana",    u"Lucas", u"Yuki",
    u"Aroha",  u"Ngozi", u"Emeka",   u"Hélène", u"François", u"Ayşe",   u"Marek", u"Sven",
};
const char16_t *const LastNames[] = {
    u"Okafor", u"Müller",   u"García", u"Nguyen",  u"Schröder",  u"Dubois", u"Kowalczyk",
    u"Silva",  u"Tanaka",   u"Haddad", u"O'Brien", u"Johansson", u"Rossi",  u"Fernández",
    u"Kim",    u"Mensah",   u"Novák",  u"Brontë",  u"Lefèvre",   u"Yılmaz", u"Andersen",
    u"Patel",  u"Nakamura", u"Walker", u"Ortiz",   u"Çelik",     u"Jensen", u"Ferreira",
};
const char16_t *const TimeZones[] = {
    u"Europe/Berlin",     u"Europe/London",   u"America/New_York", u"America/Los_Angeles",
    u"America/Sao_Paulo", u"Asia/Tokyo",      u"Australia/Sydney", u"Europe/Zurich",
    u"Europe/Warsaw",     u"America/Chicago", u"Asia/Kolkata",     u"UTC",
};
const char16_t *const EventTypes[] = {
    u"local",        u"live_chat", u"online_meeting", u"zoom_meeting",
    u"zoom_webinar", u"webinar",   u"local_meetup",
};
const char16_t *const SpaceKinds[] = {
    u"Meetups", u"Founders", u"Studio", u"Club", u"Lounge", u"Circle", u"Guild", u"Collective",
};

QString text(const char16_t *literal)
{
    return QString::fromUtf16(literal);
}

// Anchors every synthetic time, so regenerating gives the same store; starts spread two years
// before to one year after it, deliveries arrive about one a minute before it.
QDateTime anchor()
{
    return QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
}

const QTimeZone &zoneNamed(const QString &name)
{
    static QHash<QString, QTimeZone> zones;
    auto it = zones.find(name);
    if (it == zones.end())
        it = zones.insert(name, QTimeZone(name.toUtf8()));
    return *it;
}

// A wall-clock time with its offset, the way Mighty Networks sends starts_at.
QString localText(const QDateTime &utc, const QString &timeZone)
{
    return utc.toTimeZone(zoneNamed(timeZone)).toString(Qt::ISODate);
}

struct SyntheticMember
{
    QString id;
    QString firstName;
    QString lastName;
    QString email;
    QString timeZone;

    QString displayName() const { return QString(firstName + u' ' + lastName).trimmed(); }
};

struct SyntheticSpace
{
    QString id;
    QString name;
};

SyntheticMember memberAt(int index)
{
    SplitMix random(quint64(index) + 77);
    SyntheticMember member;
    member.id = QString::number(MemberIdBase + index);
    member.firstName = text(random.pick(FirstNames));
    member.lastName = text(random.pick(LastNames));
    member.email = u"member"_s + QString::number(index) + u"@example.org"_s;
    member.timeZone = text(random.pick(TimeZones));
    return member;
}

SyntheticSpace spaceAt(int index)
{
    SplitMix random(quint64(index) + 4242);
    return {QString::number(SpaceIdBase + index), text(random.pick(Cities)) + u' '
                                                      + text(random.pick(SpaceKinds)) + u' '
                                                      + QString::number(index)};
}

struct SyntheticEvent
{
    QString id;
    QString title;
    QString summary;
    QString eventType;
    QDateTime startsUtc;
    QDateTime endsUtc;
    QString timeZone;
    QString location;
    int spaceIndex = 0;
    int creatorIndex = 0;
    QString status;
    int rsvpYes = 0;
    int rsvpMaybe = 0;
    int rsvpNo = 0;
    QDateTime receivedAt;
    QDateTime lastReceivedAt;
    QDateTime updatedAt;
};

QString locationFor(SplitMix &random, const QString &eventType)
{
    if (eventType.startsWith(u"local"_s))
        return text(random.pick(Venues)) + u", "_s + QString::number(1 + random.below(300)) + u' '
               + text(random.pick(Streets)) + u", "_s + text(random.pick(Cities));
    switch (random.below(5)) {
    case 0:
        return {};
    case 1:
        return u"https://meet.google.com/"_s + QString::number(100 + random.below(900)) + u"-xq-"_s
               + QString::number(random.below(1000));
    default:
        return u"https://us02web.zoom.us/j/"_s
               + QString::number(8000000000LL + qint64(random.next() % 999999999));
    }
}

QString titleFor(SplitMix &random)
{
    QString title = text(random.pick(Cadences)) + u' ' + text(random.pick(Topics)) + u' '
                    + text(random.pick(Formats));
    if (random.chance(30))
        title += u" — "_s + text(random.pick(Cities));
    else if (random.chance(20))
        title += u" #"_s + QString::number(1 + random.below(120));
    return title;
}

QString summaryFor(SplitMix &random)
{
    return u"<p>"_s + text(random.pick(Sentences)) + u' ' + text(random.pick(Sentences))
           + u"</p>"_s;
}

// Skewed counts: most events have a handful of answers, a few have hundreds.
int answers(SplitMix &random, int scale)
{
    const int bucket = random.below(100);
    if (bucket < 30)
        return 0;
    if (bucket < 90)
        return random.below(scale);
    return random.below(scale * 20);
}

SyntheticEvent eventAt(qint64 index)
{
    SplitMix random{quint64(index)};
    SyntheticEvent event;
    event.id = QString::number(EventIdBase + index);
    event.title = titleFor(random);
    event.summary = summaryFor(random);
    event.eventType = text(random.pick(EventTypes));
    event.timeZone = text(random.pick(TimeZones));
    if (!random.chance(2)) {
        const qint64 quarterHours = qint64(random.next() % (1095 * 96)) - 730 * 96;
        event.startsUtc = anchor().addSecs(quarterHours * 900);
        if (!random.chance(5))
            event.endsUtc = event.startsUtc.addSecs(1800 * (1 + random.below(6)));
    }
    event.location = locationFor(random, event.eventType);
    event.spaceIndex = random.below(SpaceCount);
    event.creatorIndex = random.below(MemberCount);
    const int statusBucket = random.below(100);
    event.status = statusBucket < 80 ? u"new"_s : statusBucket < 95 ? u"updated"_s : u"canceled"_s;
    event.rsvpYes = answers(random, 12);
    event.rsvpMaybe = answers(random, 5);
    event.rsvpNo = answers(random, 3);
    event.receivedAt = anchor().addSecs(-730LL * 86400 + index * 60);
    event.lastReceivedAt = event.status == u"new"_s
                               ? event.receivedAt
                               : event.receivedAt.addSecs(3600 + random.below(30 * 86400));
    event.updatedAt = event.lastReceivedAt;
    return event;
}

QJsonObject memberJson(const SyntheticMember &member)
{
    return {{u"id"_s, member.id.toLongLong()}, {u"first_name"_s, member.firstName},
            {u"last_name"_s, member.lastName}, {u"email"_s, member.email},
            {u"time_zone"_s, member.timeZone}, {u"member_type"_s, u"full"_s}};
}

QJsonObject eventPayload(const SyntheticEvent &event, const QString &title)
{
    const SyntheticSpace space = spaceAt(event.spaceIndex);
    const SyntheticMember creator = memberAt(event.creatorIndex);
    QJsonObject payload = {
        {u"id"_s, event.id.toLongLong()},
        {u"created_at"_s, Timestamp::toIsoUtc(event.receivedAt)},
        {u"updated_at"_s, Timestamp::toIsoUtc(event.updatedAt)},
        {u"post_type"_s, u"event"_s},
        {u"space_id"_s, space.id.toLongLong()},
        {u"creator_id"_s, creator.id.toLongLong()},
        {u"title"_s, title},
        {u"summary"_s, event.summary},
        {u"event_type"_s, event.eventType},
        {u"time_zone"_s, event.timeZone},
        {u"location"_s, event.location},
        {u"rsvp_enabled"_s, true},
        {u"rsvp_closed"_s, false},
        {u"restricted_event"_s, false},
        {u"post_in_feed"_s, true},
        {u"creator"_s, memberJson(creator)},
        {u"space"_s, QJsonObject{{u"id"_s, space.id.toLongLong()}, {u"name"_s, space.name}}},
        {u"images"_s,
         QJsonArray{QString(u"https://assets.example.org/events/"_s + event.id + u".jpg"_s)}},
        {u"permalink"_s, QString(u"https://example.mn.co/events/"_s + event.id)},
    };
    if (event.startsUtc.isValid())
        payload.insert(u"starts_at"_s, localText(event.startsUtc, event.timeZone));
    if (event.endsUtc.isValid())
        payload.insert(u"ends_at"_s, localText(event.endsUtc, event.timeZone));
    return payload;
}

QByteArray delivery(const QString &deliveryId, const QDateTime &at, const QJsonObject &payload)
{
    return QJsonDocument(QJsonObject{{u"event_id"_s, deliveryId},
                                     {u"event_timestamp"_s, Timestamp::toIsoUtc(at)},
                                     {u"payload"_s, payload}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

namespace {

// Writes the synthetic store: the first events as raw deliveries through the real writer and
// deriver, the rest as the rows the deriver would have written (see bench/README.md).
// A full-text index that also knows one-character prefixes: the first keystroke in the search
// box otherwise merges the lists of every word that starts with that letter. Proposed to the
// schema's owner; applied only with --proposed-schema, to measure it.
const QStringList ProposedSchema = {
    u"DROP TABLE event_search"_s,
    u"CREATE VIRTUAL TABLE event_search USING fts5("
    " title, summary, location, space_name, creator_name,"
    " content = 'event_records', content_rowid = 'rowid',"
    " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"_s,
    u"INSERT INTO event_search (event_search) VALUES ('rebuild')"_s,
};

bool hasProposedSchema(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(u"SELECT sql FROM sqlite_master WHERE name = 'event_search'"_s)
           && query.next() && query.value(0).toString().contains(u"'1 2 3'"_s);
}

class StoreGenerator final
{
    Q_DISABLE_COPY_MOVE(StoreGenerator)

public:
    explicit StoreGenerator(QString databasePath)
        : m_databasePath(std::move(databasePath))
    {}

    bool run(qint64 target, bool proposedSchema, bool vacuum, QString *error);

private:
    bool applyProposedSchema(QSqlDatabase db, QString *error);
    bool compact(QSqlDatabase db, QString *error);
    bool removeLiveEvents(QSqlDatabase db, QString *error);
    bool writeThroughDeliveries(qint64 from, qint64 to, QString *error);
    bool writeBulk(QSqlDatabase db, qint64 from, qint64 to, QString *error);
    bool writePeople(QSqlDatabase db, QString *error);

    QString m_databasePath;
};

qint64 countEvents(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(u"SELECT count(*) FROM event_records"_s) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

bool execAll(QSqlDatabase db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = statement + u": "_s + query.lastError().text();
            return false;
        }
    }
    return true;
}

void progress(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

// The deliveries one synthetic event arrives as: created, maybe updated and canceled, and a few
// RSVPs, each with the webhook type its URL would carry.
QList<std::pair<QString, QByteArray>> deliveriesFor(qint64 index, const SyntheticEvent &event)
{
    QList<std::pair<QString, QByteArray>> result;
    SyntheticEvent created = event;
    created.updatedAt = event.receivedAt;
    result.append({u"EventCreated"_s, delivery(u"c-"_s + event.id, event.receivedAt,
                                               eventPayload(created, event.title))});
    if (event.status != u"new"_s)
        result.append(
            {u"EventUpdated"_s, delivery(u"u-"_s + event.id, event.lastReceivedAt,
                                         eventPayload(event, event.title + u" (moved)"_s))});
    if (event.status == u"canceled"_s)
        result.append(
            {u"EventCanceled"_s, delivery(u"x-"_s + event.id, event.lastReceivedAt,
                                          QJsonObject{{u"id"_s, event.id.toLongLong()}})});
    const std::pair<const char16_t *, int> answers[] = {
        {u"yes", std::min(event.rsvpYes, 3)},
        {u"maybe", std::min(event.rsvpMaybe, 2)},
        {u"no", std::min(event.rsvpNo, 1)},
    };
    int member = int(index % MemberCount);
    for (const auto &[status, count] : answers) {
        for (int i = 0; i < count; ++i, member = (member + 7) % MemberCount) {
            const QJsonObject payload = {
                {u"id"_s, QString(event.id + u'-' + QString::number(member))},
                {u"updated"_s, Timestamp::toIsoUtc(event.receivedAt.addSecs(600))},
                {u"status"_s, text(status)},
                {u"event"_s, QJsonObject{{u"id"_s, event.id.toLongLong()}}},
                {u"member"_s, memberJson(memberAt(member))},
            };
            result.append(
                {u"RsvpCreated"_s, delivery(u"r-"_s + event.id + u'-' + QString::number(member),
                                            event.receivedAt.addSecs(600), payload)});
        }
    }
    return result;
}

bool StoreGenerator::applyProposedSchema(QSqlDatabase db, QString *error)
{
    if (hasProposedSchema(db))
        return true;
    progress(u"applying the proposed schema (rebuilds the full-text index)"_s);
    if (!db.transaction() || !execAll(db, ProposedSchema, error))
        return false;
    return db.commit();
}

bool StoreGenerator::run(qint64 target, bool proposedSchema, bool vacuum, QString *error)
{
    Database database(m_databasePath);
    if (!database.open(error))
        return false;
    QSqlDatabase db = database.connection();
    if (!removeLiveEvents(db, error))
        return false;
    const qint64 existing = countEvents(db);
    if (existing > target) {
        *error = u"%1 already holds %2 events, more than %3: use another --data-dir"_s.arg(
            m_databasePath, QString::number(existing), QString::number(target));
        return false;
    }
    if (proposedSchema && !applyProposedSchema(db, error))
        return false;
    if (existing == target) {
        progress(u"reusing %1 (%2 events)"_s.arg(m_databasePath, QString::number(existing)));
        return !vacuum || compact(db, error);
    }
    const qint64 realEnd = std::min<qint64>(target, RealPathEvents);
    if (existing < realEnd && !writeThroughDeliveries(existing, realEnd, error))
        return false;
    return writeBulk(db, std::max(existing, realEnd), target, error)
           && execAll(db, {u"PRAGMA optimize"_s}, error) && (!vacuum || compact(db, error));
}

// Rewrites the file so that every index lies in order on disk: a store that grew by inserts
// has each index spread over the whole file, and reading one from a cold cache is then random
// I/O instead of sequential reads (see README).
bool StoreGenerator::compact(QSqlDatabase db, QString *error)
{
    progress(u"compacting %1 (VACUUM)"_s.arg(m_databasePath));
    return execAll(db, {u"VACUUM"_s, u"PRAGMA wal_checkpoint(TRUNCATE)"_s}, error);
}

bool StoreGenerator::removeLiveEvents(QSqlDatabase db, QString *error)
{
    const QString live = QString::number(LiveEventIdBase);
    return execAll(db,
                   {u"DELETE FROM event_records WHERE id >= '%1'"_s.arg(live),
                    u"DELETE FROM deliveries WHERE subject_id >= '%1'"_s.arg(live),
                    u"DELETE FROM rsvps WHERE event_id >= '%1'"_s.arg(live),
                    u"DELETE FROM event_changes WHERE event_id >= '%1'"_s.arg(live)},
                   error);
}

bool StoreGenerator::writeThroughDeliveries(qint64 from, qint64 to, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    DeliveryWriter writer(m_databasePath, 1000);
    if (!writer.open(error))
        return false;
    quint64 ticket = 0;
    qint64 deliveries = 0;
    for (qint64 index = from; index < to; ++index) {
        const SyntheticEvent event = eventAt(index);
        for (const auto &[type, body] : deliveriesFor(index, event)) {
            const DeliveryParser::Result parsed = DeliveryParser::parse(body, type);
            if (!parsed.envelope) {
                *error = parsed.error;
                return false;
            }
            writer.enqueue({++ticket, *parsed.envelope, body, event.receivedAt, u"127.0.0.1"_s});
            ++deliveries;
        }
        if (index % 1000 == 999 || index + 1 == to) {
            writer.flushNow();
            writer.deriveAll();
        }
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    progress(u"real path: %1 events from %2 deliveries in %3 s (%4 events/s)"_s.arg(
        QString::number(to - from), QString::number(deliveries), QString::number(seconds, 'f', 1),
        QString::number(double(to - from) / seconds, 'f', 0)));
    return true;
}

bool StoreGenerator::writePeople(QSqlDatabase db, QString *error)
{
    QSqlQuery space(db);
    QSqlQuery member(db);
    space.prepare(u"INSERT OR IGNORE INTO spaces (id, name) VALUES (?, ?)"_s);
    member.prepare(u"INSERT OR IGNORE INTO members (id, first_name, last_name, email, time_zone)"
                   " VALUES (?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < SpaceCount; ++i) {
        const SyntheticSpace s = spaceAt(i);
        space.addBindValue(s.id);
        space.addBindValue(s.name);
        if (!space.exec()) {
            *error = space.lastError().text();
            return false;
        }
    }
    for (int i = 0; i < MemberCount; ++i) {
        const SyntheticMember m = memberAt(i);
        for (const QString &value : {m.id, m.firstName, m.lastName, m.email, m.timeZone})
            member.addBindValue(value);
        if (!member.exec()) {
            *error = member.lastError().text();
            return false;
        }
    }
    return true;
}

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant isoOrNull(const QDateTime &value)
{
    return value.isValid() ? QVariant(Timestamp::toIsoUtc(value)) : QVariant();
}

// The row the deriver ends up with for the event's deliveries (insertEvent, then copyNames,
// refreshDeliveryCounts and refreshRsvpCounts), written in one statement.
QVariantList bulkRow(const SyntheticEvent &event)
{
    const SyntheticSpace space = spaceAt(event.spaceIndex);
    const SyntheticMember creator = memberAt(event.creatorIndex);
    return {event.id,
            event.title,
            event.summary,
            event.eventType,
            event.startsUtc.isValid() ? QVariant(localText(event.startsUtc, event.timeZone))
                                      : QVariant(),
            event.endsUtc.isValid() ? QVariant(localText(event.endsUtc, event.timeZone))
                                    : QVariant(),
            event.timeZone,
            textOrNull(event.location),
            space.id,
            QString(u"https://example.mn.co/events/"_s + event.id),
            isoOrNull(event.startsUtc),
            isoOrNull(event.endsUtc),
            creator.id,
            QString(u"[\"https://assets.example.org/events/"_s + event.id + u".jpg\"]"_s),
            1,
            0,
            0,
            1,
            Timestamp::toIsoUtc(event.receivedAt),
            Timestamp::toIsoUtc(event.updatedAt),
            Timestamp::toIsoUtc(event.updatedAt),
            space.name,
            creator.displayName(),
            creator.email,
            event.status,
            event.rsvpYes,
            event.rsvpMaybe,
            event.rsvpNo,
            event.status == u"new"_s ? 1 : 2,
            Timestamp::toIsoUtc(event.receivedAt),
            Timestamp::toIsoUtc(event.lastReceivedAt)};
}

bool StoreGenerator::writeBulk(QSqlDatabase db, qint64 from, qint64 to, QString *error)
{
    if (from >= to)
        return true;
    QElapsedTimer timer;
    timer.start();
    // For generation only: nothing here needs to survive a crash.
    if (!execAll(db, {u"PRAGMA synchronous = OFF"_s, u"PRAGMA cache_size = -1048576"_s}, error)
        || !db.transaction() || !writePeople(db, error))
        return false;
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO event_records (id, title, summary, event_type, starts_at, ends_at,"
                   " time_zone, location, space_id, permalink, starts_at_utc, ends_at_utc,"
                   " creator_id, images, rsvp_enabled, rsvp_closed, restricted_event,"
                   " post_in_feed, created_at, updated_at, updated_at_utc, space_name,"
                   " creator_name, creator_email, status, rsvp_yes, rsvp_maybe, rsvp_no,"
                   " delivery_count, first_received_at, last_received_at)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                   " ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qint64 index = from; index < to; ++index) {
        const QVariantList values = bulkRow(eventAt(index));
        for (const QVariant &value : values)
            insert.addBindValue(value);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            db.rollback();
            return false;
        }
        if ((index + 1) % BulkTransactionRows == 0 || index + 1 == to) {
            if (!db.commit() || (index + 1 < to && !db.transaction())) {
                *error = db.lastError().text();
                return false;
            }
            progress(u"bulk: %1 of %2 events (%3 s)"_s.arg(
                QString::number(index + 1), QString::number(to),
                QString::number(double(timer.elapsed()) / 1000.0, 'f', 1)));
        }
    }
    return execAll(db, {u"PRAGMA synchronous = FULL"_s}, error);
}

} // namespace

namespace {

constexpr int ViewWidth = 1280;
constexpr int ViewHeight = 800;
constexpr int FeedIntervalMs = 10;
constexpr int StallTimerMs = 1;

// One monotonic clock for every thread of the bench.
qint64 nowMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(fraction * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// CPU time the calling thread has used, in ms: tells a stall the GUI thread spent working from
// one it spent waiting for a core.
double threadCpuMs()
{
    timespec time{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
    return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
}

// The longest time the GUI thread's event loop went without running a 1 ms timer, and how much
// of that the thread itself was busy.
class StallMeter final
{
    Q_DISABLE_COPY_MOVE(StallMeter)

public:
    struct Stall
    {
        qint64 wallMs = 0;
        double busyMs = 0; // the GUI thread's own CPU time during the longest stall
    };

    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(StallTimerMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_longest = {};
        m_last = nowMs();
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    Stall stop()
    {
        tick();
        m_timer.stop();
        return m_longest;
    }

private:
    void tick()
    {
        const qint64 now = nowMs();
        const double cpu = threadCpuMs();
        if (now - m_last > m_longest.wallMs)
            m_longest = {now - m_last, std::round((cpu - m_lastCpu) * 10) / 10};
        m_last = now;
        m_lastCpu = cpu;
    }

    QTimer m_timer;
    qint64 m_last = 0;
    double m_lastCpu = 0;
    Stall m_longest;
};

// Waits on the event loop (not a sleep: the loader answers through it) until the model applied
// its newest request, then paints the view once, which reads the rows it shows.
qint64 settle(EventTableModel &model, QTableView &view, qint64 startedMs)
{
    if (model.isLoading()) {
        QEventLoop loop;
        QObject::connect(&model, &EventTableModel::loadingChanged, &loop, [&loop](bool loading) {
            if (!loading)
                loop.quit();
        });
        QTimer::singleShot(60000, &loop, [&loop] { loop.exit(1); });
        if (loop.exec() != 0) {
            progress(u"the model did not answer within 60 s"_s);
            std::exit(1);
        }
    }
    view.viewport()->repaint();
    return nowMs() - startedMs;
}

// The live phase's deliveries: new events, and RSVPs and updates to events it created before.
class LiveFeed final
{
    Q_DISABLE_COPY_MOVE(LiveFeed)

public:
    // Sends perSecond deliveries a second; the events it creates are numbered from firstIndex.
    LiveFeed(DeliveryWriter *writer, int perSecond, qint64 firstIndex)
        : m_writer(writer)
        , m_perSecond(perSecond)
        , m_firstIndex(firstIndex)
        , m_created(firstIndex)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(FeedIntervalMs);
        m_timer.moveToThread(&m_thread);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { feed(); });
        m_thread.setObjectName(u"bench-feed"_s);
    }
    ~LiveFeed() { stop(); }

    void start()
    {
        m_thread.start();
        QMetaObject::invokeMethod(&m_timer, qOverload<>(&QTimer::start), Qt::QueuedConnection);
    }
    void stop()
    {
        if (!m_thread.isRunning())
            return;
        QMetaObject::invokeMethod(&m_timer, &QTimer::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    qint64 delivered() const { return m_delivered.loadRelaxed(); }
    // After stop().
    qint64 created() const { return m_created - m_firstIndex; }
    // Created events not seen yet: event id -> when it was sent.
    QHash<QString, qint64> takeSent()
    {
        QMutexLocker locker(&m_mutex);
        return std::exchange(m_sent, {});
    }

private:
    void feed()
    {
        // Rates below one delivery a tick accumulate over the ticks.
        m_due += double(m_perSecond) * FeedIntervalMs / 1000.0;
        for (; m_due >= 1.0; m_due -= 1.0)
            send(int(m_delivered.loadRelaxed() % 10));
    }
    void send(int kind)
    {
        const qint64 index = m_created;
        SyntheticEvent event = eventAt(index);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString type = u"EventCreated"_s;
        QJsonObject payload;
        if (kind == 9 && index > m_firstIndex) {
            // An RSVP to an event this phase created.
            event.id = QString::number(LiveEventIdBase + index - 1);
            type = u"RsvpCreated"_s;
            payload = {
                {u"id"_s, QString(u"live-rsvp-"_s + QString::number(m_delivered.loadRelaxed()))},
                {u"updated"_s, Timestamp::toIsoUtc(now)},
                {u"status"_s, u"yes"_s},
                {u"event"_s, QJsonObject{{u"id"_s, event.id.toLongLong()}}},
                {u"member"_s, memberJson(memberAt(int(index % MemberCount)))}};
        } else {
            event.id = QString::number(LiveEventIdBase + index);
            event.receivedAt = now;
            event.updatedAt = now;
            payload = eventPayload(event, event.title);
            ++m_created;
            QMutexLocker locker(&m_mutex);
            m_sent.insert(event.id, nowMs());
        }
        const QByteArray body = delivery(u"live-"_s + QString::number(m_delivered.loadRelaxed())
                                             + u'-' + QString::number(nowMs()),
                                         now, payload);
        const DeliveryParser::Result parsed = DeliveryParser::parse(body, type);
        if (parsed.envelope)
            m_writer->enqueue({quint64(m_delivered.loadRelaxed()) + 1, *parsed.envelope, body, now,
                               u"127.0.0.1"_s});
        m_delivered.fetchAndAddRelaxed(1);
    }

    DeliveryWriter *m_writer;
    int m_perSecond;
    qint64 m_firstIndex;
    QThread m_thread;
    QTimer m_timer; // lives on m_thread
    qint64 m_created;
    double m_due = 0; // on m_thread
    QAtomicInteger<qint64> m_delivered = 0;
    QMutex m_mutex;
    QHash<QString, qint64> m_sent; // guarded by m_mutex
};

// Drives the real model, loader and queries the way the window does, and times it.
class ModelBench final
{
    Q_DISABLE_COPY_MOVE(ModelBench)

public:
    explicit ModelBench(QString databasePath)
        : m_databasePath(std::move(databasePath))
    {}

    bool run(QJsonObject &figures, QString *error);

private:
    bool open(QJsonObject &figures, QString *error);
    void filter(QJsonObject &figures);
    void sort(QJsonObject &figures);
    void scroll(QJsonObject &figures);
    void pages(QJsonObject &figures);
    struct LivePhase
    {
        QString prefix; // of its figures' keys
        int perSecond = 0;
        int seconds = 0;
        qint64 firstIndex = 0; // of the events it creates
    };
    bool live(QJsonObject &figures, QString *error);
    bool livePhase(const LivePhase &phase, QJsonObject &figures, QString *error);
    qint64 timeFilter(const EventFilter &filter);

    QString m_databasePath;
    std::unique_ptr<EventTableModel> m_model;
    std::unique_ptr<QTableView> m_view;
};

bool ModelBench::run(QJsonObject &figures, QString *error)
{
    if (!open(figures, error))
        return false;
    filter(figures);
    sort(figures);
    scroll(figures);
    return live(figures, error);
}

bool ModelBench::open(QJsonObject &figures, QString *error)
{
    const qint64 started = nowMs();
    m_model = std::make_unique<EventTableModel>(m_databasePath);
    if (!m_model->open(error))
        return false;
    m_view = std::make_unique<QTableView>();
    m_view->resize(ViewWidth, ViewHeight);
    m_view->setModel(m_model.get());
    // As the window shows it.
    EventTableDelegate::install(m_view.get());
    m_view->show();
    const qint64 elapsed = settle(*m_model, *m_view, started);
    figures.insert(u"events"_s, m_model->totalCount());
    figures.insert(u"open_ms"_s, elapsed);
    progress(u"open: %1 ms, %2 rows"_s.arg(elapsed).arg(m_model->rowCount()));
    return true;
}

qint64 ModelBench::timeFilter(const EventFilter &filter)
{
    const qint64 started = nowMs();
    m_model->setFilter(filter);
    return settle(*m_model, *m_view, started);
}

// Someone types into the search box (one request per keystroke, each waited for: the slowest
// way to type) and changes the other filters in between.
void ModelBench::filter(QJsonObject &figures)
{
    QList<std::pair<QString, EventFilter>> steps;
    EventFilter filter;
    auto type = [&](const QString &text) {
        for (qsizetype length = 1; length <= text.size(); ++length) {
            filter.search = text.left(length);
            steps.append({u"type '%1'"_s.arg(filter.search), filter});
        }
    };
    auto change = [&](const QString &what) {
        steps.append({what, filter});
    };
    type(u"monthly comm"_s);
    filter.search.chop(1);
    change(u"backspace"_s);
    filter.search.chop(1);
    change(u"backspace"_s);
    filter.window = EventFilter::TimeWindow::Upcoming;
    change(u"upcoming"_s);
    filter.spaceIds = {QString::number(SpaceIdBase + 7), QString::number(SpaceIdBase + 42)};
    change(u"two spaces"_s);
    filter.eventTypes = {u"zoom_meeting"_s, u"webinar"_s};
    change(u"two types"_s);
    filter.search.clear();
    change(u"clear search"_s);
    type(u"zür"_s);
    filter.window = EventFilter::TimeWindow::Past;
    change(u"past"_s);
    filter = {};
    filter.window = EventFilter::TimeWindow::ThisWeek;
    change(u"only this week"_s);
    filter = {};
    change(u"clear all"_s);

    QList<double> times;
    StallMeter stalls;
    stalls.start();
    for (const auto &[what, step] : std::as_const(steps)) {
        const qint64 elapsed = timeFilter(step);
        times.append(double(elapsed));
        progress(u"filter %1: %2 ms, %3 rows"_s.arg(what).arg(elapsed).arg(m_model->rowCount()));
    }
    const StallMeter::Stall stall = stalls.stop();
    figures.insert(u"filter_steps"_s, steps.size());
    figures.insert(u"filter_p95_ms"_s, percentile(times, 0.95));
    figures.insert(u"filter_max_ms"_s, percentile(times, 1.0));
    figures.insert(u"max_stall_ms_while_filtering"_s, stall.wallMs);
}

void ModelBench::sort(QJsonObject &figures)
{
    qint64 slowest = 0;
    QString slowestName;
    for (int column = 0; column < int(EventColumn::Count); ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const qint64 started = nowMs();
            m_view->sortByColumn(column, order);
            const qint64 elapsed = settle(*m_model, *m_view, started);
            const QString name =
                m_model->headerData(column, Qt::Horizontal).toString()
                + (order == Qt::AscendingOrder ? u" ascending"_s : u" descending"_s);
            progress(u"sort %1: %2 ms"_s.arg(name).arg(elapsed));
            if (elapsed > slowest) {
                slowest = elapsed;
                slowestName = name;
            }
        }
    }
    figures.insert(u"sort_ms_max"_s, slowest);
    figures.insert(u"sort_slowest"_s, slowestName);
}

// Jumps as a scroll bar drag does, to rows whose pages are not cached, and paints a screenful.
void ModelBench::scroll(QJsonObject &figures)
{
    const int rows = m_model->rowCount();
    qint64 middle = 0;
    qint64 slowest = 0;
    for (const double fraction : {0.5, 0.25, 0.75, 0.999, 0.1}) {
        const int row = int(double(rows - 1) * fraction);
        const qint64 started = nowMs();
        m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
        m_view->viewport()->repaint();
        const qint64 elapsed = nowMs() - started;
        if (fraction == 0.5)
            middle = elapsed;
        slowest = std::max(slowest, elapsed);
        progress(u"scroll to row %1: %2 ms"_s.arg(row).arg(elapsed));
    }
    figures.insert(u"scroll_ms"_s, middle);
    figures.insert(u"scroll_ms_max"_s, slowest);
    pages(figures);
}

// What data() pays when a view needs a page that is not cached: one read of PageSize rows by
// rowid, on a connection of the GUI thread, at places spread over the list.
void ModelBench::pages(QJsonObject &figures)
{
    Database database(m_databasePath, Database::Mode::ReadOnly);
    QString error;
    if (!database.open(&error))
        return;
    const EventQuery query(database.connection());
    QList<double> times;
    const int rows = m_model->rowCount();
    for (int i = 0; i < 40; ++i) {
        const int first = int(qint64(rows - EventTableModel::PageSize) * (i * 37 % 40) / 40);
        QList<qint64> rowIds;
        for (int row = first; row < first + EventTableModel::PageSize; ++row)
            rowIds.append(m_model->rowIdAt(row));
        QElapsedTimer timer;
        timer.start();
        const QList<EventRow> page = query.rows(rowIds);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        Q_ASSERT(page.size() == rowIds.size());
    }
    const double p50 = std::round(percentile(times, 0.5) * 10) / 10;
    const double slowest = std::round(percentile(times, 1.0) * 10) / 10;
    figures.insert(u"page_ms_p50"_s, p50);
    figures.insert(u"page_ms_max"_s, slowest);
    progress(u"page of %1 rows: p50 %2 ms, max %3 ms"_s.arg(EventTableModel::PageSize)
                 .arg(p50)
                 .arg(slowest));
}

// Deliveries arriving through the real writer and deriver on their own thread while the model
// refreshes whenever events were derived, as the window does, sorted newest first: first a
// steady trickle such as a busy community sends (how soon a new event shows), then a flood of
// 1,000 a second (whether the window stays responsive; derivation falls behind it).
bool ModelBench::live(QJsonObject &figures, QString *error)
{
    return livePhase({u"trickle_"_s, 20, 5, 0}, figures, error)
           && livePhase({QString(), 1000, 10, 1000000}, figures, error);
}

bool ModelBench::livePhase(const LivePhase &phase, QJsonObject &figures, QString *error)
{
    m_view->sortByColumn(int(EventColumn::Received), Qt::DescendingOrder);
    settle(*m_model, *m_view, nowMs());
    m_view->scrollToTop();
    QThread writerThread;
    writerThread.setObjectName(u"bench-writer"_s);
    auto *writer = new DeliveryWriter(m_databasePath, 1000);
    writer->moveToThread(&writerThread);
    QObject::connect(&writerThread, &QThread::finished, writer, &QObject::deleteLater);
    writerThread.start();
    bool opened = false;
    QMetaObject::invokeMethod(
        writer, [&] { opened = writer->open(error); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        writerThread.quit();
        writerThread.wait();
        return false;
    }
    // How long a derived change waits until the table shows it: from the first derived() (as the
    // GUI thread receives it) after a refresh started until the next refresh is applied.
    qint64 firstDerived = -1;
    qint64 refreshDerived = -1;
    QList<double> derivedToShown;
    QObject::connect(writer, &DeliveryWriter::derived, m_view.get(), [&] {
        if (firstDerived < 0)
            firstDerived = nowMs();
    });
    QObject::connect(writer, &DeliveryWriter::derived, m_model.get(), &EventTableModel::refresh);
    // However slowly the writer derives, the table reads the store again every 100 ms: the
    // GUI thread applies as many refreshes as the loader can compute.
    QTimer refreshes;
    refreshes.setInterval(100);
    QObject::connect(&refreshes, &QTimer::timeout, m_model.get(), &EventTableModel::refresh);
    // The filter bar's counts, as the window reads them after deliveries.
    QTimer facets;
    facets.setInterval(1500);
    QObject::connect(&facets, &QTimer::timeout, m_model.get(), &EventTableModel::refreshFacets);
    qint64 refreshStarted = 0;
    QList<double> refreshTimes;
    QObject::connect(m_model.get(), &EventTableModel::loadingChanged, &refreshes,
                     [&](bool loading) {
                         if (loading) {
                             refreshStarted = nowMs();
                             refreshDerived = std::exchange(firstDerived, -1);
                             return;
                         }
                         refreshTimes.append(double(nowMs() - refreshStarted));
                         if (refreshDerived >= 0)
                             derivedToShown.append(double(nowMs() - refreshDerived));
                         refreshDerived = -1;
                     });

    QList<double> latencies;
    QHash<QString, qint64> waiting;
    LiveFeed feed(writer, phase.perSecond, phase.firstIndex);
    auto collect = [&] {
        waiting.insert(feed.takeSent());
        // What a view at the top shows: the newest rows.
        const int top = std::min(m_model->rowCount(), m_view->rowAt(m_view->viewport()->height()));
        for (int row = 0; row < top && !waiting.isEmpty(); ++row) {
            const QString id = m_model->index(row, 0).data(EventTableModel::EventIdRole).toString();
            const auto found = waiting.constFind(id);
            if (found != waiting.cend()) {
                latencies.append(double(nowMs() - *found));
                waiting.erase(found);
            }
        }
    };
    const QMetaObject::Connection shown =
        QObject::connect(m_model.get(), &EventTableModel::countsChanged, collect);
    StallMeter stalls;
    stalls.start();
    feed.start();
    refreshes.start();
    facets.start();
    QEventLoop loop;
    QTimer::singleShot(phase.seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    feed.stop();
    refreshes.stop();
    facets.stop();
    const StallMeter::Stall stall = stalls.stop();
    QObject::disconnect(shown);
    writerThread.quit();
    writerThread.wait();

    const auto figure = [&](const QString &key, const QJsonValue &value) {
        figures.insert(phase.prefix + key, value);
    };
    figure(u"per_second"_s, phase.perSecond);
    figure(u"max_stall_ms"_s, stall.wallMs);
    figure(u"max_stall_busy_ms"_s, stall.busyMs);
    figure(u"live_deliveries"_s, feed.delivered());
    figure(u"live_events_sent"_s, feed.created());
    figure(u"live_events_shown"_s, latencies.size());
    figure(u"live_show_ms_p50"_s, percentile(latencies, 0.5));
    figure(u"live_show_ms_p95"_s, percentile(latencies, 0.95));
    figure(u"live_show_ms_max"_s, percentile(latencies, 1.0));
    figure(u"live_refreshes"_s, refreshTimes.size());
    figure(u"live_refresh_ms_p50"_s, percentile(refreshTimes, 0.5));
    figure(u"live_refresh_ms_p95"_s, percentile(refreshTimes, 0.95));
    figure(u"live_derived_to_shown_ms_p50"_s, percentile(derivedToShown, 0.5));
    figure(u"live_derived_to_shown_ms_p95"_s, percentile(derivedToShown, 0.95));
    figure(u"live_derived_to_shown_ms_max"_s, percentile(derivedToShown, 1.0));
    progress(u"live, %1 a second: %2 deliveries in %3 s, %4 of %5 new events shown (p50 %6 ms,"
             " p95 %7 ms), stall %8 ms, %9 refreshes, derived to shown p95 %10 ms"_s
                 .arg(QString::number(phase.perSecond), QString::number(feed.delivered()),
                      QString::number(phase.seconds), QString::number(latencies.size()),
                      QString::number(feed.created()), QString::number(percentile(latencies, 0.5)),
                      QString::number(percentile(latencies, 0.95)), QString::number(stall.wallMs),
                      QString::number(refreshTimes.size()))
                 .arg(percentile(derivedToShown, 0.95)));
    return true;
}

// The store is prepared in a child process, so that generating it does not count towards the
// peak memory of the process that measures.
bool prepareStore(qint64 events, const QString &dir, bool proposedSchema, bool vacuum)
{
    QStringList arguments = {u"--prepare"_s, u"--events"_s, QString::number(events),
                             u"--data-dir"_s, dir};
    if (proposedSchema)
        arguments << u"--proposed-schema"_s;
    if (vacuum)
        arguments << u"--vacuum"_s;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    return child.waitForFinished(-1) && child.exitStatus() == QProcess::NormalExit
           && child.exitCode() == 0;
}

int prepare(qint64 events, const QString &dir, bool proposedSchema, bool vacuum)
{
    QDir().mkpath(dir);
    QString error;
    StoreGenerator generator(Database::pathIn(dir));
    if (!generator.run(events, proposedSchema, vacuum, &error)) {
        progress(error);
        return 1;
    }
    return 0;
}

int measure(qint64 events, const QString &dir, bool proposedSchema, bool vacuum)
{
    if (!prepareStore(events, dir, proposedSchema, vacuum)) {
        progress(u"could not prepare the store in %1"_s.arg(dir));
        return 1;
    }
    QJsonObject figures;
    {
        Database database(Database::pathIn(dir), Database::Mode::ReadOnly);
        QString error;
        figures.insert(u"proposed_schema"_s,
                       database.open(&error) && hasProposedSchema(database.connection()));
    }
    {
        ModelBench bench(Database::pathIn(dir));
        QString error;
        if (!bench.run(figures, &error)) {
            progress(error);
            return 1;
        }
        figures.insert(u"peak_rss_mb"_s, std::round(peakRssMb() * 10) / 10);
    }
    // The live phase's events go again, so that the next run finds exactly N events.
    if (!prepareStore(events, dir, false, false))
        return 1;
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the event window's model at scale, offscreen."_s);
    parser.addHelpOption();
    parser.addOptions(
        {{u"events"_s, u"Number of events in the store (default 1000000)."_s, u"N"_s, u"1000000"_s},
         {u"data-dir"_s, u"Directory of the store (created or reused)."_s, u"DIR"_s},
         {u"proposed-schema"_s,
          u"Apply the schema change this benchmark proposes to the store first (see README)."_s},
         {u"vacuum"_s, u"Compact the store (VACUUM) before measuring (see README)."_s},
         {u"prepare"_s, u"Only create or top up the store (internal)."_s}});
    parser.parse(arguments);
    const qint64 events = parser.value(u"events"_s).toLongLong();
    const QString dir = parser.value(u"data-dir"_s);
    const bool proposedSchema = parser.isSet(u"proposed-schema"_s);
    const bool vacuum = parser.isSet(u"vacuum"_s);
    if (parser.isSet(u"help"_s) || dir.isEmpty() || events <= 0) {
        std::fprintf(stderr, "%s", qPrintable(parser.helpText()));
        return parser.isSet(u"help"_s) ? 0 : 2;
    }
    if (parser.isSet(u"prepare"_s)) {
        QCoreApplication app(argc, argv);
        return prepare(events, dir, proposedSchema, vacuum);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return measure(events, dir, proposedSchema, vacuum);
}
