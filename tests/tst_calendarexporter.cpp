#include "export/CalendarExporter.h"
#include "export/EventExporter.h"
#include "export/HtmlText.h"
#include "store/Database.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Parses an iCalendar file with Debian's python3-icalendar, an implementation of RFC 5545
// independent of libical, and prints what a calendar would take from each VEVENT as JSON.
const char *const PythonReader = R"(
import json, sys
from icalendar import Calendar
calendar = Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for event in calendar.walk('VEVENT'):
    def text(name):
        value = event.get(name)
        return None if value is None else str(value)
    def when(name):
        value = event.get(name)
        if value is None:
            return None
        dt = value.dt
        return {'iso': dt.isoformat(), 'tzid': value.params.get('TZID'),
                'utc': dt.astimezone(__import__('datetime').timezone.utc).isoformat()}
    rrule = event.get('RRULE')
    organizer = event.get('ORGANIZER')
    categories = event.get('CATEGORIES')
    events.append({
        'uid': text('UID'), 'summary': text('SUMMARY'), 'description': text('DESCRIPTION'),
        'location': text('LOCATION'), 'url': text('URL'), 'status': text('STATUS'),
        'sequence': int(event.get('SEQUENCE')) if event.get('SEQUENCE') is not None else None,
        'dtstart': when('DTSTART'), 'dtend': when('DTEND'), 'dtstamp': when('DTSTAMP'),
        'rrule': rrule.to_ical().decode() if rrule is not None else None,
        'organizer': str(organizer) if organizer is not None else None,
        'cn': str(organizer.params.get('CN')) if organizer is not None else None,
        'categories': [str(c) for c in categories.cats] if categories is not None else None,
    })
print(json.dumps({
    'version': str(calendar.get('VERSION')), 'prodid': str(calendar.get('PRODID')),
    'calscale': str(calendar.get('CALSCALE')), 'method': str(calendar.get('METHOD')),
    'timezones': [str(tz.get('TZID')) for tz in calendar.walk('VTIMEZONE')],
    'events': events}))
)";

QString longTitle()
{
    // 500 characters of several byte lengths, so that a fold would split one if it could.
    QString title;
    const QString pieces[] = {u"é"_s, u"ש"_s, u"🎉"_s, u"a"_s, u"中"_s};
    for (int i = 0; title.size() < 500; ++i)
        title += pieces[i % 5];
    return title.left(500);
}

} // namespace

class TstCalendarExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void htmlToText_data();
    void htmlToText();
    void calendarHeaders();
    void linesAreFoldedAndCrlf();
    void parsedByAnotherParser();
    void trickyText_data();
    void trickyText();
    void timeZonesAcrossDst();
    void recurrence_data();
    void recurrence();
    void eventsWithoutAStartAreSkipped();
    void canceledAndSequence();
    void stableAcrossExports();
    void throughEventExporter();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    void insert(const QVariantMap &values);
    QByteArray exportCalendar(CalendarExporter::Counts *counts = nullptr);
    QJsonObject parseWithPython(const QByteArray &calendar);
    QJsonObject onlyEvent(const QJsonObject &parsed);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TstCalendarExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>(Database::pathIn(m_dir->path()));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
}

void TstCalendarExporter::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TstCalendarExporter::insert(const QVariantMap &values)
{
    const QStringList columns = values.keys();
    QSqlQuery query(db());
    query.prepare(u"INSERT INTO event_records (%1) VALUES (%2)"_s.arg(
        columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s)));
    for (const QString &column : columns)
        query.addBindValue(values.value(column));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
}

QByteArray TstCalendarExporter::exportCalendar(CalendarExporter::Counts *counts)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!CalendarExporter::write(db(), ExportOptions(), &buffer, &error, counts))
        qWarning("export failed: %s", qPrintable(error));
    return bytes;
}

QJsonObject TstCalendarExporter::parseWithPython(const QByteArray &calendar)
{
    const QString path = m_dir->filePath(u"events.ics"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar) != calendar.size())
        return {};
    file.close();
    QProcess python;
    // Debian's interpreter: the one first on PATH may lack Debian's modules.
    python.start(u"/usr/bin/python3"_s, {u"-c"_s, QString::fromUtf8(PythonReader), path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning("python3-icalendar: %s", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

QJsonObject TstCalendarExporter::onlyEvent(const QJsonObject &parsed)
{
    const QJsonArray events = parsed.value(u"events"_s).toArray();
    if (events.size() != 1)
        qWarning("expected one event, parsed %lld", qlonglong(events.size()));
    return events.isEmpty() ? QJsonObject() : events.first().toObject();
}

void TstCalendarExporter::htmlToText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"Bring a mug"_s << u"Bring a mug"_s;
    QTest::newRow("paragraphs") << u"<p>One</p><p>Two<br>Three</p>"_s << u"One\nTwo\nThree"_s;
    QTest::newRow("inline tags") << u"<b>Bold</b> and <a href=\"x\">link</a>"_s
                                 << u"Bold and link"_s;
    QTest::newRow("entities") << u"Fish &amp; chips &lt;3 &#233;&#x1F600;&nbsp;!"_s
                              << u"Fish & chips <3 é😀 !"_s;
    QTest::newRow("unknown entity") << u"a &bogus; b"_s << u"a &bogus; b"_s;
    QTest::newRow("script hidden") << u"<p>Hi</p><script>alert(1)</script>"_s << u"Hi"_s;
    QTest::newRow("source breaks") << u"one\ntwo"_s << u"one two"_s;
    QTest::newRow("list") << u"<ul><li>a</li><li>b</li></ul>"_s << u"a\nb"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TstCalendarExporter::htmlToText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlText::toPlainText(html), text);
}

void TstCalendarExporter::calendarHeaders()
{
    insert({{u"id"_s, u"e1"_s},
            {u"title"_s, u"Quiz"_s},
            {u"starts_at_utc"_s, u"2025-03-01T18:00:00.000Z"_s}});
    const QByteArray calendar = exportCalendar();
    QVERIFY2(calendar.startsWith("BEGIN:VCALENDAR\r\n"), calendar.constData());
    QVERIFY(calendar.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    for (const QByteArray &line :
         {QByteArray("VERSION:2.0"), QByteArray("CALSCALE:GREGORIAN"), QByteArray("METHOD:PUBLISH"),
          QByteArray("PRODID:-//Eventwatch//")})
        QVERIFY2(calendar.contains(QByteArray("\r\n" + line)), line.constData());
    const QJsonObject parsed = parseWithPython(calendar);
    QCOMPARE(parsed.value(u"version"_s).toString(), u"2.0"_s);
    QCOMPARE(parsed.value(u"method"_s).toString(), u"PUBLISH"_s);
    QCOMPARE(parsed.value(u"calscale"_s).toString(), u"GREGORIAN"_s);
    const QJsonObject event = onlyEvent(parsed);
    QCOMPARE(event.value(u"summary"_s).toString(), u"Quiz"_s);
    QCOMPARE(event.value(u"dtstart"_s).toObject().value(u"utc"_s).toString(),
             u"2025-03-01T18:00:00+00:00"_s);
    QVERIFY(event.value(u"dtend"_s).isNull());
    QVERIFY(!event.value(u"dtstamp"_s).isNull());
}

// RFC 5545 3.1: CRLF, at most 75 octets a line, a fold never inside a UTF-8 character.
void TstCalendarExporter::linesAreFoldedAndCrlf()
{
    insert({{u"id"_s, u"e1"_s},
            {u"title"_s, longTitle()},
            {u"summary"_s, longTitle()},
            {u"location"_s, longTitle()},
            {u"starts_at_utc"_s, u"2025-03-01T18:00:00.000Z"_s},
            {u"time_zone"_s, u"Europe/Berlin"_s}});
    const QByteArray calendar = exportCalendar();
    QVERIFY(calendar.endsWith("\r\n"));
    QVERIFY(!calendar.contains("\n\n"));
    QList<QByteArray> lines = calendar.split('\n');
    lines.removeLast();
    qsizetype folded = 0;
    for (const QByteArray &line : std::as_const(lines)) {
        QVERIFY2(line.endsWith('\r'), line.constData());
        const QByteArray content = line.chopped(1);
        QVERIFY2(content.size() <= 75, content.constData());
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(content);
        QVERIFY2(!decoder.hasError(), content.constData());
        Q_UNUSED(text)
        if (content.startsWith(' '))
            ++folded;
    }
    QVERIFY(folded > 20);
    const QJsonObject event = onlyEvent(parseWithPython(calendar));
    QCOMPARE(event.value(u"summary"_s).toString(), longTitle());
    QCOMPARE(event.value(u"location"_s).toString(), longTitle());
}

void TstCalendarExporter::parsedByAnotherParser()
{
    insert({{u"id"_s, u"4821"_s},
            {u"title"_s, u"Sourdough workshop"_s},
            {u"summary"_s, u"<p>Bring <b>flour</b> &amp; a jar.</p><p>Parking behind.</p>"_s},
            {u"starts_at_utc"_s, u"2025-03-01T18:00:00.000Z"_s},
            {u"ends_at_utc"_s, u"2025-03-01T20:30:00.000Z"_s},
            {u"location"_s, u"Bakehouse, 3 Mill Lane"_s},
            {u"permalink"_s, u"https://example.mn.co/events/4821"_s},
            {u"creator_id"_s, u"77"_s},
            {u"creator_name"_s, u"Ann Lee"_s},
            {u"creator_email"_s, u"ann@example.com"_s},
            {u"space_name"_s, u"Bakers, Inc."_s},
            {u"last_received_at"_s, u"2025-02-01T09:00:00.000Z"_s}});
    const QByteArray calendar = exportCalendar();
    // python3-icalendar 4.0 splits CATEGORIES at escaped commas too, so the line is checked here.
    QVERIFY2(calendar.contains("\r\nCATEGORIES:Bakers\\, Inc.\r\n"), calendar.constData());
    const QJsonObject event = onlyEvent(parseWithPython(calendar));
    QCOMPARE(event.value(u"uid"_s).toString(), CalendarExporter::uidOf(u"4821"_s));
    QCOMPARE(event.value(u"summary"_s).toString(), u"Sourdough workshop"_s);
    QCOMPARE(event.value(u"description"_s).toString(), u"Bring flour & a jar.\nParking behind."_s);
    QCOMPARE(event.value(u"location"_s).toString(), u"Bakehouse, 3 Mill Lane"_s);
    QCOMPARE(event.value(u"url"_s).toString(), u"https://example.mn.co/events/4821"_s);
    QCOMPARE(event.value(u"organizer"_s).toString(), u"mailto:ann@example.com"_s);
    QCOMPARE(event.value(u"cn"_s).toString(), u"Ann Lee"_s);
    QCOMPARE(event.value(u"categories"_s).toArray(), QJsonArray({u"Bakers"_s, u" Inc."_s}));
    QCOMPARE(event.value(u"status"_s).toString(), u"CONFIRMED"_s);
    QCOMPARE(event.value(u"sequence"_s).toInt(), 0);
    QCOMPARE(event.value(u"dtend"_s).toObject().value(u"utc"_s).toString(),
             u"2025-03-01T20:30:00+00:00"_s);
    QCOMPARE(event.value(u"dtstamp"_s).toObject().value(u"utc"_s).toString(),
             u"2025-02-01T09:00:00+00:00"_s);
}

void TstCalendarExporter::trickyText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("punctuation") << u"a, b; c \\ d \"quoted\" 'single'"_s;
    QTest::newRow("newlines") << u"line one\nline two\n\nafter a blank"_s;
    QTest::newRow("emoji") << u"Launch 🚀🎉 party 👩‍👩‍👧"_s;
    QTest::newRow("right to left") << u"מפגש קהילה — لقاء المجتمع"_s;
    QTest::newRow("500 characters") << longTitle();
    QTest::newRow("looks like a property") << u"X\r\nBEGIN:VEVENT"_s;
}

void TstCalendarExporter::trickyText()
{
    QFETCH(QString, text);
    insert({{u"id"_s, u"e1"_s},
            {u"title"_s, text},
            {u"location"_s, text},
            {u"space_name"_s, u"Space"_s},
            {u"starts_at_utc"_s, u"2025-03-01T18:00:00.000Z"_s}});
    const QByteArray calendar = exportCalendar();
    QCOMPARE(calendar.count("\r\nBEGIN:VEVENT\r\n"), 1);
    const QJsonObject event = onlyEvent(parseWithPython(calendar));
    // iCalendar has one kind of line break: CRLF in the text comes back as LF.
    QString expected = text;
    expected.replace(u"\r\n"_s, u"\n"_s);
    QCOMPARE(event.value(u"summary"_s).toString(), expected);
    QCOMPARE(event.value(u"location"_s).toString(), expected);
    QCOMPARE(event.value(u"categories"_s).toArray(), QJsonArray({u"Space"_s}));
}

// Los Angeles leaves daylight saving time on 2 November 2025: 10:00 local is 17:00 UTC before
// and 18:00 UTC after, and a calendar must show 10:00 both times.
void TstCalendarExporter::timeZonesAcrossDst()
{
    insert({{u"id"_s, u"before"_s},
            {u"title"_s, u"Before"_s},
            {u"starts_at_utc"_s, u"2025-11-01T17:00:00.000Z"_s},
            {u"ends_at_utc"_s, u"2025-11-02T16:00:00.000Z"_s}, // 08:00 PST, after the change
            {u"time_zone"_s, u"America/Los_Angeles"_s}});
    insert({{u"id"_s, u"after"_s},
            {u"title"_s, u"After"_s},
            {u"starts_at_utc"_s, u"2025-11-03T18:00:00.000Z"_s},
            {u"time_zone"_s, u"America/Los_Angeles"_s}});
    insert({{u"id"_s, u"unknown zone"_s},
            {u"title"_s, u"Nowhere"_s},
            {u"starts_at_utc"_s, u"2025-11-04T18:00:00.000Z"_s},
            {u"time_zone"_s, u"Mars/Olympus_Mons"_s}});
    const QByteArray calendar = exportCalendar();
    QVERIFY(calendar.contains("DTSTART;TZID=America/Los_Angeles:20251101T100000\r\n"));
    QVERIFY(calendar.contains("DTSTART;TZID=America/Los_Angeles:20251103T100000\r\n"));
    QVERIFY(calendar.contains("DTSTART:20251104T180000Z\r\n"));
    const QJsonObject parsed = parseWithPython(calendar);
    QCOMPARE(parsed.value(u"timezones"_s).toArray(), QJsonArray({u"America/Los_Angeles"_s}));
    const QJsonArray events = parsed.value(u"events"_s).toArray();
    QCOMPARE(events.size(), 3);
    const QJsonObject before = events.at(0).toObject();
    QCOMPARE(before.value(u"dtstart"_s).toObject().value(u"tzid"_s).toString(),
             u"America/Los_Angeles"_s);
    QCOMPARE(before.value(u"dtstart"_s).toObject().value(u"iso"_s).toString(),
             u"2025-11-01T10:00:00-07:00"_s);
    QCOMPARE(before.value(u"dtend"_s).toObject().value(u"iso"_s).toString(),
             u"2025-11-02T08:00:00-08:00"_s);
    QCOMPARE(events.at(1).toObject().value(u"dtstart"_s).toObject().value(u"iso"_s).toString(),
             u"2025-11-03T10:00:00-08:00"_s);
    QCOMPARE(events.at(2).toObject().value(u"dtstart"_s).toObject().value(u"utc"_s).toString(),
             u"2025-11-04T18:00:00+00:00"_s);
}

void TstCalendarExporter::recurrence_data()
{
    QTest::addColumn<QVariantMap>("columns");
    QTest::addColumn<QString>("rrule");
    QTest::newRow("weekly every 2")
        << QVariantMap{{u"frequency"_s, u"weekly"_s}, {u"recurrence_interval"_s, 2}}
        << u"FREQ=WEEKLY;INTERVAL=2"_s;
    QTest::newRow("daily") << QVariantMap{{u"frequency"_s, u"Daily"_s}} << u"FREQ=DAILY"_s;
    QTest::newRow("monthly, interval 1")
        << QVariantMap{{u"frequency"_s, u"monthly"_s}, {u"recurrence_interval"_s, 1}}
        << u"FREQ=MONTHLY"_s;
    QTest::newRow("recurrence_rule")
        << QVariantMap{{u"recurrence_rule"_s, u"RRULE:FREQ=MONTHLY;BYDAY=1MO;COUNT=5"_s}}
        << u"FREQ=MONTHLY;COUNT=5;BYDAY=1MO"_s;
    QTest::newRow("not an rrule") << QVariantMap{{u"recurrence_rule"_s, u"every other week"_s}}
                                  << QString();
    QTest::newRow("unknown frequency")
        << QVariantMap{{u"frequency"_s, u"hourly-ish"_s}} << QString();
}

void TstCalendarExporter::recurrence()
{
    QFETCH(QVariantMap, columns);
    QFETCH(QString, rrule);
    columns.insert(u"id"_s, u"e1"_s);
    columns.insert(u"title"_s, u"Recurring"_s);
    columns.insert(u"starts_at_utc"_s, u"2025-03-03T18:00:00.000Z"_s);
    columns.insert(u"time_zone"_s, u"Europe/London"_s);
    insert(columns);
    const QJsonObject event = onlyEvent(parseWithPython(exportCalendar()));
    if (rrule.isEmpty())
        QVERIFY(event.value(u"rrule"_s).isNull());
    else
        QCOMPARE(event.value(u"rrule"_s).toString(), rrule);
}

void TstCalendarExporter::eventsWithoutAStartAreSkipped()
{
    insert({{u"id"_s, u"e1"_s},
            {u"title"_s, u"Has a start"_s},
            {u"starts_at_utc"_s, u"2025-03-01T18:00:00.000Z"_s}});
    insert({{u"id"_s, u"e2"_s}, {u"title"_s, u"No start"_s}});
    insert({{u"id"_s, u"e3"_s},
            {u"title"_s, u"No start either"_s},
            {u"ends_at_utc"_s, u"2025-03-01T18:00:00.000Z"_s}});
    CalendarExporter::Counts counts;
    const QByteArray calendar = exportCalendar(&counts);
    QCOMPARE(counts.written, 1);
    QCOMPARE(counts.skipped, 2);
    QCOMPARE(calendar.count("BEGIN:VEVENT"), 1);
    QVERIFY(!calendar.contains("No start"));
}

void TstCalendarExporter::canceledAndSequence()
{
    insert({{u"id"_s, u"e1"_s},
            {u"title"_s, u"Called off"_s},
            {u"status"_s, u"canceled"_s},
            {u"starts_at_utc"_s, u"2025-03-01T18:00:00.000Z"_s}});
    QSqlQuery query(db());
    // Two update deliveries, the first changing two fields: SEQUENCE counts deliveries.
    QVERIFY2(
        query.exec(u"INSERT INTO event_changes (event_id, delivery_id, field) VALUES"
                   " ('e1', 10, 'starts_at'), ('e1', 10, 'location'), ('e1', 11, 'canceled')"_s),
        qPrintable(query.lastError().text()));
    const QJsonObject event = onlyEvent(parseWithPython(exportCalendar()));
    QCOMPARE(event.value(u"status"_s).toString(), u"CANCELLED"_s);
    QCOMPARE(event.value(u"sequence"_s).toInt(), 2);
}

void TstCalendarExporter::stableAcrossExports()
{
    insert({{u"id"_s, u"e1"_s},
            {u"title"_s, u"Quiz"_s},
            {u"starts_at_utc"_s, u"2025-03-01T18:00:00.000Z"_s},
            {u"time_zone"_s, u"Europe/Paris"_s},
            {u"last_received_at"_s, u"2025-02-01T09:00:00.000Z"_s}});
    const QByteArray first = exportCalendar();
    QVERIFY(first.contains("UID:e1@"));
    QCOMPARE(exportCalendar(), first);
}

// The window and the command line reach it through EventExporter, with the same filter.
void TstCalendarExporter::throughEventExporter()
{
    insert({{u"id"_s, u"e1"_s},
            {u"title"_s, u"Quiz"_s},
            {u"space_id"_s, u"s1"_s},
            {u"starts_at_utc"_s, u"2025-03-01T18:00:00.000Z"_s}});
    insert({{u"id"_s, u"e2"_s},
            {u"title"_s, u"Chess"_s},
            {u"space_id"_s, u"s2"_s},
            {u"starts_at_utc"_s, u"2025-03-02T18:00:00.000Z"_s}});
    ExportOptions options;
    options.filter.spaceIds = {u"s2"_s};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    qint64 rows = 0;
    QVERIFY2(EventExporter::write(db(), ExportFormat::Ics, options, &buffer, &error, &rows),
             qPrintable(error));
    QCOMPARE(rows, 1);
    QCOMPARE(onlyEvent(parseWithPython(bytes)).value(u"summary"_s).toString(), u"Chess"_s);
}

QTEST_GUILESS_MAIN(TstCalendarExporter)
#include "tst_calendarexporter.moc"
