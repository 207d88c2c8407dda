#include "export/CalendarExporter.h"

#include "Logging.h"
#include "export/ExportConditions.h"
#include "export/HtmlText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileDevice>
#include <QIODevice>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cstdlib>
#include <libical/ical.h>
#include <map>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

// The columns one VEVENT is made of, in the order EventColumns reads them.
enum Column {
    IdColumn,
    TitleColumn,
    SummaryColumn,
    StartsColumn,
    EndsColumn,
    TimeZoneColumn,
    LocationColumn,
    PermalinkColumn,
    CreatorIdColumn,
    CreatorNameColumn,
    CreatorEmailColumn,
    SpaceNameColumn,
    StatusColumn,
    FrequencyColumn,
    IntervalColumn,
    RecurrenceRuleColumn,
    ReceivedColumn,
    SequenceColumn,
};

// An update delivery raises SEQUENCE once, whatever number of fields it changed.
const QString EventColumns =
    u"id, title, summary, starts_at_utc, ends_at_utc, time_zone, location, permalink,"
    " creator_id, creator_name, creator_email, space_name, status, frequency,"
    " recurrence_interval, recurrence_rule, last_received_at,"
    " (SELECT count(DISTINCT delivery_id) FROM event_changes"
    "  WHERE event_changes.event_id = event_records.id)"_s;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString readError(const QSqlDatabase &db, const QSqlError &sqlError)
{
    const QString reason = sqlError.databaseText().isEmpty() ? sqlError.text().simplified()
                                                             : sqlError.databaseText().simplified();
    return u"cannot read the events from %1: %2"_s.arg(db.databaseName(), reason);
}

QString writeError(const QIODevice *out)
{
    const QString reason = out->errorString();
    return u"cannot write the export: %1"_s.arg(reason.isEmpty() ? u"unknown error"_s : reason);
}

// The filter's conditions joined to condition (both may be empty) as a WHERE clause.
QString whereClause(const QString &condition, const QString &filterSql)
{
    QStringList parts;
    if (!condition.isEmpty())
        parts << condition;
    if (!filterSql.isEmpty())
        parts << u'(' + filterSql + u')';
    return parts.isEmpty() ? QString() : u" WHERE "_s + parts.join(u" AND "_s);
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

QByteArray utf8(const QVariant &value)
{
    return value.toString().toUtf8();
}

// A libical string the caller owns, as bytes.
QByteArray takeString(char *text)
{
    QByteArray bytes(text);
    std::free(text);
    return bytes;
}

icaltimetype utcTime(const QVariant &isoText)
{
    const QDateTime instant = QDateTime::fromString(isoText.toString(), Qt::ISODateWithMs);
    if (!instant.isValid())
        return icaltime_null_time();
    return icaltime_from_timet_with_zone(time_t(instant.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

// The zones libical knows by IANA name, each with a VTIMEZONE named by that same name:
// libical's own TZIDs carry a vendor prefix that calendars show to people.
class TimeZones final
{
    Q_DISABLE_COPY_MOVE(TimeZones)

public:
    TimeZones() = default;

    // Looks up every name; unknown ones stay out (their events are written in UTC).
    void load(const QStringList &names)
    {
        for (const QString &name : names) {
            const QByteArray ianaName = name.toUtf8();
            icaltimezone *zone = icaltimezone_get_builtin_timezone(ianaName.constData());
            if (!zone || m_zones.count(ianaName))
                continue;
            Component definition(icalcomponent_new_clone(icaltimezone_get_component(zone)));
            icalproperty *tzid =
                icalcomponent_get_first_property(definition.get(), ICAL_TZID_PROPERTY);
            if (tzid)
                icalproperty_set_tzid(tzid, ianaName.constData());
            m_zones.emplace(ianaName, Zone{zone, std::move(definition)});
        }
    }

    icaltimezone *find(const QByteArray &name) const
    {
        const auto found = m_zones.find(name);
        return found == m_zones.end() ? nullptr : found->second.zone;
    }

    void addDefinitionsTo(icalcomponent *calendar) const
    {
        for (const auto &[name, zone] : m_zones)
            icalcomponent_add_component(calendar, icalcomponent_new_clone(zone.definition.get()));
    }

private:
    struct Zone
    {
        icaltimezone *zone;
        Component definition;
    };
    std::map<QByteArray, Zone> m_zones; // ordered: the same bytes in every export
};

icalproperty *timeProperty(icalproperty *(*make)(icaltimetype), const QVariant &utcText,
                           const QByteArray &zoneName, const TimeZones &zones)
{
    icaltimetype time = utcTime(utcText);
    icaltimezone *zone = zones.find(zoneName);
    if (!zone)
        return make(time);
    time = icaltime_convert_to_zone(time, zone);
    icalproperty *property = make(time);
    icalproperty_add_parameter(property, icalparameter_new_tzid(zoneName.constData()));
    return property;
}

// Mighty Networks' frequency values (lower case), as iCalendar's.
const std::map<QString, icalrecurrencetype_frequency> &repeatingFrequencies()
{
    static const std::map<QString, icalrecurrencetype_frequency> frequencies = {
        {u"daily"_s, ICAL_DAILY_RECURRENCE},
        {u"weekly"_s, ICAL_WEEKLY_RECURRENCE},
        {u"monthly"_s, ICAL_MONTHLY_RECURRENCE},
        {u"yearly"_s, ICAL_YEARLY_RECURRENCE},
    };
    return frequencies;
}

// FREQ from Mighty Networks' frequency and interval ("weekly", 2), else recurrence_rule when it
// is an RRULE; an invalid recurrence gives none.
std::optional<icalrecurrencetype> recurrenceOf(const QSqlQuery &row)
{
    const std::map<QString, icalrecurrencetype_frequency> &frequencies = repeatingFrequencies();
    const auto frequency = frequencies.find(row.value(FrequencyColumn).toString().toLower());
    if (frequency != frequencies.end()) {
        icalrecurrencetype rule;
        icalrecurrencetype_clear(&rule);
        rule.freq = frequency->second;
        const int interval = row.value(IntervalColumn).toInt();
        rule.interval = short(interval > 1 && interval < 1000 ? interval : 1);
        return rule;
    }
    QString text = row.value(RecurrenceRuleColumn).toString().trimmed();
    if (text.startsWith(u"RRULE:"_s, Qt::CaseInsensitive))
        text.remove(0, 6);
    if (text.isEmpty())
        return std::nullopt;
    const icalrecurrencetype rule = icalrecurrencetype_from_string(text.toUtf8().constData());
    icalerror_clear_errno();
    if (rule.freq == ICAL_NO_RECURRENCE)
        return std::nullopt;
    return rule;
}

// ORGANIZER is an address: the creator's e-mail when known, else the member's id.
icalproperty *organizerOf(const QSqlQuery &row)
{
    const QString name = row.value(CreatorNameColumn).toString();
    const QString email = row.value(CreatorEmailColumn).toString();
    const QString memberId = row.value(CreatorIdColumn).toString();
    if (email.isEmpty() && memberId.isEmpty())
        return nullptr;
    const QString address =
        email.isEmpty() ? u"urn:x-mighty-networks:member:"_s + memberId : u"mailto:"_s + email;
    icalproperty *organizer = icalproperty_new_organizer(address.toUtf8().constData());
    if (!name.isEmpty())
        icalproperty_add_parameter(organizer, icalparameter_new_cn(utf8(name).constData()));
    return organizer;
}

void addText(icalcomponent *event, icalproperty *(*make)(const char *), const QString &text)
{
    if (!text.isEmpty())
        icalcomponent_add_property(event, make(text.toUtf8().constData()));
}

Component eventOf(const QSqlQuery &row, const TimeZones &zones, const icaltimetype &now)
{
    Component event(icalcomponent_new(ICAL_VEVENT_COMPONENT));
    icalcomponent *e = event.get();
    const QByteArray zoneName = utf8(row.value(TimeZoneColumn));
    icalcomponent_add_property(
        e, icalproperty_new_uid(
               utf8(CalendarExporter::uidOf(row.value(IdColumn).toString())).constData()));
    // When Eventwatch last heard of the event: the same in every export until it changes.
    const icaltimetype received = utcTime(row.value(ReceivedColumn));
    icalcomponent_add_property(
        e, icalproperty_new_dtstamp(icaltime_is_null_time(received) ? now : received));
    icalcomponent_add_property(
        e, timeProperty(icalproperty_new_dtstart, row.value(StartsColumn), zoneName, zones));
    const QVariant ends = row.value(EndsColumn);
    if (!ends.isNull() && ends.toString() > row.value(StartsColumn).toString())
        icalcomponent_add_property(e, timeProperty(icalproperty_new_dtend, ends, zoneName, zones));
    if (const std::optional<icalrecurrencetype> rule = recurrenceOf(row))
        icalcomponent_add_property(e, icalproperty_new_rrule(*rule));
    addText(e, icalproperty_new_summary, row.value(TitleColumn).toString());
    addText(e, icalproperty_new_description,
            HtmlText::toPlainText(row.value(SummaryColumn).toString()));
    addText(e, icalproperty_new_location, row.value(LocationColumn).toString());
    addText(e, icalproperty_new_url, row.value(PermalinkColumn).toString());
    if (icalproperty *organizer = organizerOf(row))
        icalcomponent_add_property(e, organizer);
    const bool canceled = row.value(StatusColumn).toString() == u"canceled"_s;
    icalcomponent_add_property(
        e, icalproperty_new_status(canceled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
    icalcomponent_add_property(e, icalproperty_new_sequence(row.value(SequenceColumn).toInt()));
    return event;
}

// The calendar's properties and time zones, up to (not including) its END line, which
// closes the export after the events.
QByteArray calendarHead(const TimeZones &zones)
{
    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent *c = calendar.get();
    icalcomponent_add_property(c, icalproperty_new_version("2.0"));
    const QString prodId = u"-//Eventwatch//Eventwatch %1//EN"_s.arg(
        QCoreApplication::applicationVersion().isEmpty() ? u"1"_s
                                                         : QCoreApplication::applicationVersion());
    icalcomponent_add_property(c, icalproperty_new_prodid(prodId.toUtf8().constData()));
    icalcomponent_add_property(c, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(c, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    zones.addDefinitionsTo(c);
    QByteArray head = takeString(icalcomponent_as_ical_string_r(c));
    head.chop(qsizetype(sizeof("END:VCALENDAR\r\n") - 1));
    return head;
}

constexpr QByteArrayView CalendarEnd("END:VCALENDAR\r\n");
constexpr QByteArrayView EventEnd("END:VEVENT\r\n");

// RFC 5545 3.3.11 TEXT escaping.
QByteArray escapedText(const QString &text)
{
    QByteArray escaped;
    for (const char c : text.toUtf8()) {
        if (c == '\\' || c == ';' || c == ',')
            escaped += '\\';
        if (c == '\n')
            escaped += "\\n";
        else if (c != '\r')
            escaped += c;
    }
    return escaped;
}

// Lines of at most 75 octets, continued with a space, never inside a UTF-8 character.
QByteArray foldedLine(const QByteArray &line)
{
    QByteArray folded;
    qsizetype lineStart = 0;
    qsizetype limit = 75;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const bool continuation = (static_cast<unsigned char>(line.at(i)) & 0xc0) == 0x80;
        if (i - lineStart >= limit && !continuation) {
            folded += "\r\n ";
            lineStart = i;
            limit = 74; // after the leading space
        }
        folded += line.at(i);
    }
    return folded + "\r\n";
}

// CATEGORIES is a list: libical writes its value as it is, so a comma in a space's name would
// split it into two categories. This one line is escaped and folded here instead.
QByteArray withCategory(QByteArray event, const QString &category)
{
    if (category.isEmpty() || !event.endsWith(EventEnd))
        return event;
    event.insert(event.size() - EventEnd.size(), foldedLine("CATEGORIES:" + escapedText(category)));
    return event;
}

class CalendarWriter final
{
    Q_DISABLE_COPY_MOVE(CalendarWriter)

public:
    CalendarWriter(const QSqlDatabase &db, const ExportOptions &options, QIODevice *out,
                   const EventExporter::ProgressCallback &progress)
        : m_db(db)
        , m_out(out)
        , m_progress(progress)
        , m_maxEvents(options.maxEvents)
        , m_maxBytes(options.maxBytes)
    {
        const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
        if (const std::optional<Selection> before = repeatingFromBefore(options))
            m_selections.append(*before);
        Selection selection;
        selection.sql = ExportConditions::sql(options, &selection.values);
        m_selections.append(selection);
        m_now = icaltime_from_timet_with_zone(time_t(now.toSecsSinceEpoch()), 0,
                                              icaltimezone_get_utc_timezone());
    }

    bool write(QString *error, CalendarExporter::Counts *counts)
    {
        QSqlQuery query(m_db);
        if (!readZones(query, error) || !countSkipped(query, &counts->skipped, error))
            return false;
        // In order of first start: the selections follow each other in time.
        for (qsizetype i = 0; i < m_selections.size() && !counts->truncated; ++i) {
            const Selection &selection = m_selections.at(i);
            if (!run(query,
                     u"SELECT "_s + EventColumns + u" FROM event_records"_s
                         + whereClause(u"starts_at_utc IS NOT NULL"_s, selection.sql)
                         + u" ORDER BY starts_at_utc, id"_s + limitClause(counts->written),
                     selection.values))
                return fail(error, readError(m_db, query.lastError()));
            if (i == 0 && !put(calendarHead(m_zones), error))
                return false;
            if (!writeEvents(query, counts, error))
                return false;
        }
        return put(CalendarEnd.toByteArray(), error) && flush(error);
    }

private:
    // Conditions for a WHERE clause, and the values they bind.
    struct Selection
    {
        QString sql;
        QVariantList values;
    };

    // The events that repeat and first started before options' window, when they are asked for.
    static std::optional<Selection> repeatingFromBefore(const ExportOptions &options)
    {
        const EventFilter &filter = options.filter;
        if (!options.repeatingFromBefore || filter.window != EventFilter::TimeWindow::Custom
            || !filter.from.isValid())
            return std::nullopt;
        ExportOptions before = options;
        before.filter.from = QDateTime();
        before.filter.to = filter.from;
        Selection selection;
        selection.sql = ExportConditions::sql(before, &selection.values);
        if (!selection.sql.isEmpty())
            selection.sql = u'(' + selection.sql + u") AND "_s;
        // The first term is the condition of the index event_records_repeating, word for word,
        // so that SQLite reads only repeating events; the second is what recurrenceOf() reads.
        QStringList frequencies;
        for (const auto &entry : repeatingFrequencies())
            frequencies << u'\'' + entry.first + u'\'';
        selection.sql += u"(frequency IS NOT NULL OR recurrence_rule IS NOT NULL)"
                         " AND (lower(frequency) IN ("_s
                         + frequencies.join(u", "_s) + u") OR recurrence_rule LIKE '%FREQ=%')"_s;
        return selection;
    }

    // Writes the events query holds until the limits are reached.
    bool writeEvents(QSqlQuery &query, CalendarExporter::Counts *counts, QString *error)
    {
        while (query.next()) {
            // The query reads one row past maxEvents only to tell that something is left out.
            if (m_maxEvents > 0 && counts->written == m_maxEvents) {
                counts->truncated = true;
                break;
            }
            const Component event = eventOf(query, m_zones, m_now);
            const QByteArray text =
                withCategory(takeString(icalcomponent_as_ical_string_r(event.get())),
                             query.value(SpaceNameColumn).toString());
            if (!fits(text.size())) {
                counts->truncated = true;
                break;
            }
            if (!put(text, error))
                return false;
            ++counts->written;
            if (m_progress && counts->written % EventExporter::ProgressInterval == 0
                && !m_progress(counts->written))
                return fail(error, u"export cancelled"_s);
        }
        if (query.lastError().isValid())
            return fail(error, readError(m_db, query.lastError()));
        return true;
    }

    QString limitClause(qint64 written) const
    {
        return m_maxEvents > 0 ? u" LIMIT %1"_s.arg(m_maxEvents - written + 1) : QString();
    }

    // Whether an event of eventBytes still leaves room for the calendar's end under maxBytes.
    bool fits(qsizetype eventBytes) const
    {
        return m_maxBytes <= 0 || m_bytes + eventBytes + CalendarEnd.size() <= m_maxBytes;
    }

    bool readZones(QSqlQuery &query, QString *error)
    {
        QStringList names;
        for (const Selection &selection : std::as_const(m_selections)) {
            if (!run(query,
                     u"SELECT DISTINCT time_zone FROM event_records"_s
                         + whereClause(u"starts_at_utc IS NOT NULL AND time_zone IS NOT NULL"_s,
                                       selection.sql),
                     selection.values))
                return fail(error, readError(m_db, query.lastError()));
            while (query.next())
                names << query.value(0).toString();
        }
        names.removeDuplicates();
        m_zones.load(names);
        return true;
    }

    bool countSkipped(QSqlQuery &query, qint64 *skipped, QString *error)
    {
        if (!run(query,
                 u"SELECT count(*) FROM event_records"_s
                     + whereClause(u"starts_at_utc IS NULL"_s, m_selections.constLast().sql),
                 m_selections.constLast().values)
            || !query.next())
            return fail(error, readError(m_db, query.lastError()));
        *skipped = query.value(0).toLongLong();
        return true;
    }

    bool put(const QByteArray &bytes, QString *error)
    {
        if (m_out->write(bytes) != bytes.size())
            return fail(error, writeError(m_out));
        m_bytes += bytes.size();
        return true;
    }

    bool flush(QString *error)
    {
        auto *file = qobject_cast<QFileDevice *>(m_out);
        if (file && !file->flush())
            return fail(error, writeError(m_out));
        return true;
    }

    const QSqlDatabase &m_db;
    QIODevice *m_out;
    const EventExporter::ProgressCallback &m_progress;
    QList<Selection> m_selections; // in order of first start; the last is options' own
    icaltimetype m_now;
    TimeZones m_zones;
    qint64 m_maxEvents;
    qint64 m_maxBytes;
    qint64 m_bytes = 0;
};

} // namespace

QString CalendarExporter::uidOf(const QString &eventId)
{
    return eventId + u"@events.mighty-networks.eventwatch"_s;
}

bool CalendarExporter::write(const QSqlDatabase &db, const ExportOptions &options, QIODevice *out,
                             QString *error, Counts *counts,
                             const EventExporter::ProgressCallback &progress)
{
    Counts local;
    Counts &result = counts ? *counts : local;
    result = {};
    if (!out || !out->isWritable())
        return fail(error, u"cannot write the export: the output is not open"_s);
    CalendarWriter writer(db, options, out, progress);
    const bool ok = writer.write(error, &result);
    qCDebug(lcExport) << "wrote" << result.written << "events as ics, skipped" << result.skipped
                      << "without a start" << (ok ? "" : "(stopped)");
    return ok;
}
