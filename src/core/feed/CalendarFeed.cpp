#include "feed/CalendarFeed.h"

#include "Logging.h"
#include "export/CalendarExporter.h"
#include "http/HttpAnswer.h"
#include "http/HttpDate.h"
#include "store/Database.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// Enough calendars kept for a handful of subscribed spaces; beyond that they are built again.
constexpr std::size_t MaxBuiltCalendars = 16;

constexpr QByteArrayView CalendarType("text/calendar; charset=utf-8");

FeedAnswer errorAnswer(quint64 ticket, int status, const QString &reason)
{
    FeedAnswer answer;
    answer.ticket = ticket;
    answer.status = status;
    answer.contentType = "application/json";
    answer.body = HttpAnswer::errorBody(reason) + '\n';
    if (status == 503)
        answer.headers = {{"Retry-After", "30"}};
    return answer;
}

// If-None-Match compares weakly (RFC 9110 8.8.3.2): W/ prefixes do not count.
QByteArrayView opaqueTag(QByteArrayView tag)
{
    tag = tag.trimmed();
    return tag.startsWith("W/") ? tag.sliced(2) : tag;
}

bool matchesAnyTag(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    for (const QByteArray &candidate : ifNoneMatch.split(',')) {
        if (candidate.trimmed() == "*" || opaqueTag(candidate) == opaqueTag(etag))
            return true;
    }
    return false;
}

QDateTime startOfUtcDay(const QDateTime &now)
{
    return QDateTime(now.toUTC().date(), QTime(0, 0), QTimeZone::utc());
}

QDateTime parseStoredTime(const QVariant &value)
{
    QDateTime instant = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return instant.isValid() ? instant.toUTC() : QDateTime();
}

} // namespace

CalendarFeed::CalendarFeed(QString databasePath, FeedLimits limits, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_limits(limits)
{
    qRegisterMetaType<FeedRequest>();
    qRegisterMetaType<FeedAnswer>();
}

CalendarFeed::~CalendarFeed() = default;

bool CalendarFeed::open(QString *error)
{
    m_database = std::make_unique<Database>(m_databasePath, Database::Mode::ReadOnly);
    return m_database->open(error);
}

void CalendarFeed::build(const FeedRequest &request)
{
    QElapsedTimer clock;
    clock.start();
    FeedAnswer answer = answerFor(request);
    answer.ticket = request.ticket;
    // The space is a name the user chose, not a secret; the token never reaches this thread.
    qCInfo(lcHttp).noquote() << "calendar feed" << answer.status
                             << (request.space.isEmpty() ? u"(every space)"_s : request.space)
                             << answer.body.size() << "bytes in" << clock.elapsed() << "ms";
    Q_EMIT answered(answer);
}

FeedAnswer CalendarFeed::answerFor(const FeedRequest &request)
{
    if (!m_database)
        return errorAnswer(request.ticket, 503, u"the calendar cannot be read"_s);
    bool failed = false;
    const std::optional<QStringList> spaces = spaceIds(request.space, &failed);
    if (failed)
        return errorAnswer(request.ticket, 503, u"the calendar cannot be read"_s);
    if (!spaces)
        return errorAnswer(request.ticket, 404, u"no event is in that space"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::optional<Version> version = versionOf(*spaces, now);
    if (!version)
        return errorAnswer(request.ticket, 503, u"the calendar cannot be read"_s);

    FeedAnswer answer;
    answer.headers = {{"ETag", version->etag},
                      {"Last-Modified", HttpDate::format(version->lastModified)},
                      {"Cache-Control", "private, no-cache"}};
    if (isFresh(request, *version)) {
        answer.status = 304;
        return answer;
    }
    const QString key = request.space.toCaseFolded();
    auto built = m_built.find(key);
    if (built == m_built.end() || built->second.etag != version->etag) {
        QString error;
        QByteArray body = calendar(*spaces, now, &error);
        if (body.isEmpty()) {
            qCWarning(lcHttp).noquote() << "calendar feed not built:" << error;
            return errorAnswer(request.ticket, 503, u"the calendar cannot be read"_s);
        }
        if (built == m_built.end() && m_built.size() >= MaxBuiltCalendars)
            m_built.clear();
        built = m_built.insert_or_assign(key, Built{version->etag, std::move(body)}).first;
    }
    answer.body = built->second.body;
    answer.contentType = CalendarType.toByteArray();
    answer.headers.append(std::pair<QByteArray, QByteArray>("Content-Disposition",
                                                            "inline; filename=\"eventwatch.ics\""));
    return answer;
}

std::optional<QStringList> CalendarFeed::spaceIds(const QString &space, bool *failed) const
{
    if (space.isEmpty())
        return QStringList();
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    // Both columns have an index; a space's name is matched in any case, as the export does.
    if (!query.prepare(u"SELECT DISTINCT space_id FROM event_records"
                       " WHERE space_id = ? OR space_name = ? COLLATE NOCASE"_s)) {
        *failed = true;
        return std::nullopt;
    }
    query.addBindValue(space);
    query.addBindValue(space);
    if (!query.exec()) {
        qCWarning(lcHttp).noquote() << "calendar feed:" << query.lastError().text();
        *failed = true;
        return std::nullopt;
    }
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    if (ids.isEmpty())
        return std::nullopt;
    return ids;
}

std::optional<CalendarFeed::Version> CalendarFeed::versionOf(const QStringList &spaceIds,
                                                             const QDateTime &now) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    // Both are read from an index's end: as cheap with a million events as with ten.
    if (!query.exec(u"SELECT (SELECT max(revision) FROM event_revisions),"
                    " (SELECT max(last_received_at) FROM event_records)"_s)
        || !query.next()) {
        qCWarning(lcHttp).noquote() << "calendar feed:" << query.lastError().text();
        return std::nullopt;
    }
    const qint64 revision = query.value(0).toLongLong();
    const QDateTime day = startOfUtcDay(now);
    const QByteArray key =
        QByteArray::number(revision) + '/' + day.date().toString(Qt::ISODate).toLatin1() + '/'
        + spaceIds.join(u',').toUtf8() + '/' + QByteArray::number(m_limits.recentDays) + '/'
        + QByteArray::number(m_limits.maxEvents) + '/' + QByteArray::number(m_limits.maxBytes);
    const QByteArray digest =
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).first(12).toHex();
    // Weak: DTSTAMP, the time of building, differs between two calendars of one version.
    Version version{"W/\"" + digest + '"', day};
    const QDateTime received = parseStoredTime(query.value(1));
    if (received.isValid() && received > day)
        version.lastModified = received;
    // HTTP dates have whole seconds.
    version.lastModified.setMSecsSinceEpoch(version.lastModified.toMSecsSinceEpoch() / 1000 * 1000);
    return version;
}

QByteArray CalendarFeed::calendar(const QStringList &spaceIds, const QDateTime &now,
                                  QString *error) const
{
    ExportOptions options;
    options.now = now;
    options.filter.spaceIds = spaceIds;
    options.filter.window = EventFilter::TimeWindow::Custom;
    options.filter.from = startOfUtcDay(now).addDays(-m_limits.recentDays);
    // A weekly call that began months ago still has its next repetitions to show.
    options.repeatingFromBefore = true;
    options.maxEvents = m_limits.maxEvents;
    options.maxBytes = m_limits.maxBytes;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CalendarExporter::Counts counts;
    if (!CalendarExporter::write(m_database->connection(), options, &buffer, error, &counts))
        return {};
    if (counts.truncated)
        qCInfo(lcHttp) << "calendar feed: left out the events after the first" << counts.written
                       << "(limits" << m_limits.maxEvents << "events," << m_limits.maxBytes
                       << "bytes)";
    return bytes;
}

bool CalendarFeed::isFresh(const FeedRequest &request, const Version &version)
{
    // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 13.2.2).
    if (!request.ifNoneMatch.isEmpty())
        return matchesAnyTag(request.ifNoneMatch, version.etag);
    if (request.ifModifiedSince.isEmpty())
        return false;
    const QDateTime since = HttpDate::parse(request.ifModifiedSince);
    return since.isValid() && version.lastModified <= since;
}
