#include "export/EventExporter.h"
#include "export/ExportFormat.h"
#include "query/EventFilter.h"
#include "store/Database.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(EventFilter)

namespace {

// An exported row: one value per column, QVariant() for NULL, qlonglong for numbers, QString for
// text. Compared through describe() so a mismatch names the value and its type.
using Row = QVariantList;

// Accepts every byte and remembers only how many there were: an export target whose own memory
// use stays flat, so only the exporter's can grow.
class CountingDevice : public QIODevice
{
public:
    CountingDevice() { open(QIODevice::WriteOnly); }

    qint64 bytes() const { return m_bytes; }
    qint64 lineFeeds() const { return m_lineFeeds; }
    QByteArray head() const { return m_head; }
    QByteArray tail() const { return m_tail; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const QByteArrayView chunk(data, size);
        m_bytes += size;
        m_lineFeeds += chunk.count('\n');
        if (m_head.size() < 16)
            m_head.append(chunk.first(qMin<qsizetype>(size, 16 - m_head.size())));
        m_tail.append(chunk.last(qMin<qsizetype>(size, TailSize)));
        if (m_tail.size() > TailSize)
            m_tail.remove(0, m_tail.size() - TailSize);
        return size;
    }

private:
    static constexpr qsizetype TailSize = 256;
    qint64 m_bytes = 0;
    qint64 m_lineFeeds = 0;
    QByteArray m_head;
    QByteArray m_tail;
};

// Takes the first limit bytes, then fails like a full disk: with an error (-1) or by taking only
// part of a write.
class FailingDevice : public QIODevice
{
public:
    enum class Mode {
        Error,
        ShortWrite,
    };

    FailingDevice(qint64 limit, Mode mode)
        : m_limit(limit)
        , m_mode(mode)
    {
        open(QIODevice::WriteOnly);
    }

    qint64 written() const { return m_written; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        const qint64 room = m_limit - m_written;
        if (size <= room) {
            m_written += size;
            return size;
        }
        if (m_mode == Mode::ShortWrite && room > 0) {
            m_written += room;
            return room;
        }
        setErrorString(u"No space left on device"_s);
        return -1;
    }

private:
    qint64 m_limit;
    Mode m_mode;
    qint64 m_written = 0;
};

QString describe(const QVariant &value)
{
    if (value.isNull())
        return u"null"_s;
    if (value.typeId() == QMetaType::LongLong)
        return u"number "_s + value.toString();
    if (value.typeId() == QMetaType::QString)
        return u"text \""_s + value.toString() + u'"';
    return u"unexpected "_s + QString::fromLatin1(value.typeName()) + u' ' + value.toString();
}

QStringList describe(const Row &row)
{
    QStringList result;
    for (const QVariant &value : row)
        result << describe(value);
    return result;
}

// What CSV can express of a row: NULL and the empty string both become an empty field.
// A cell a spreadsheet would take for a formula gets a leading '.
Row asCsvText(const Row &row)
{
    Row result;
    for (const QVariant &value : row) {
        QString text = value.isNull() ? QString() : value.toString();
        if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
            text.prepend(u'\'');
        result << QVariant(text);
    }
    return result;
}

// A strict RFC 4180 reader: CRLF after every record, quotes only around whole fields, "" for a
// quote inside them. Anything else is an error, so sloppy output cannot pass the round trip.
std::optional<QList<QStringList>> parseCsv(const QByteArray &bytes, QString *error)
{
    QList<QStringList> records;
    QStringList record;
    QByteArray field;
    qsizetype i = 0;
    const auto failAt = [&](const QString &what) {
        *error = u"%1 at byte %2"_s.arg(what).arg(i);
        return std::nullopt;
    };
    while (i < bytes.size()) {
        if (bytes.at(i) == '"') {
            ++i;
            while (true) {
                if (i >= bytes.size())
                    return failAt(u"unterminated quoted field"_s);
                if (bytes.at(i) == '"') {
                    if (i + 1 < bytes.size() && bytes.at(i + 1) == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += bytes.at(i++);
            }
        } else {
            while (i < bytes.size() && bytes.at(i) != ',' && bytes.at(i) != '\r') {
                if (bytes.at(i) == '"' || bytes.at(i) == '\n')
                    return failAt(u"quote or bare LF in an unquoted field"_s);
                field += bytes.at(i++);
            }
        }
        record << QString::fromUtf8(field);
        field.clear();
        if (i < bytes.size() && bytes.at(i) == ',') {
            ++i;
            continue;
        }
        if (bytes.mid(i, 2) != "\r\n")
            return failAt(u"record not ended by CRLF"_s);
        i += 2;
        records << record;
        record.clear();
    }
    return records;
}

Row rowFromJson(const QJsonObject &object, QString *error)
{
    Row row;
    if (object.size() != EventExporter::columns().size())
        *error = u"object has %1 keys"_s.arg(object.size());
    for (const QString &column : EventExporter::columns()) {
        const QJsonValue value = object.value(column);
        if (value.isNull())
            row << QVariant();
        else if (value.isDouble())
            row << QVariant(qlonglong(value.toInteger()));
        else if (value.isString())
            row << QVariant(value.toString());
        else
            *error = u"unexpected JSON value for %1"_s.arg(column);
    }
    return row;
}

std::optional<QList<Row>> parseJson(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error = u"not a JSON array: "_s + parseError.errorString();
        return std::nullopt;
    }
    QList<Row> rows;
    const QJsonArray array = document.array();
    for (const QJsonValue &element : array)
        rows << rowFromJson(element.toObject(), error);
    if (!error->isEmpty())
        return std::nullopt;
    return rows;
}

std::optional<QList<Row>> parseNdjson(const QByteArray &bytes, QString *error)
{
    if (!bytes.isEmpty() && !bytes.endsWith('\n')) {
        *error = u"the last line has no LF"_s;
        return std::nullopt;
    }
    QList<Row> rows;
    QList<QByteArray> lines = bytes.split('\n');
    lines.removeLast(); // after the final LF
    for (const QByteArray &line : std::as_const(lines)) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            *error = u"line is not one JSON object: "_s + QString::fromUtf8(line);
            return std::nullopt;
        }
        rows << rowFromJson(document.object(), error);
    }
    if (!error->isEmpty())
        return std::nullopt;
    return rows;
}

std::optional<QList<Row>> parseCsvRows(const QByteArray &bytes, QString *error)
{
    const std::optional<QList<QStringList>> records = parseCsv(bytes, error);
    if (!records)
        return std::nullopt;
    if (records->isEmpty() || records->first() != EventExporter::columns()) {
        *error = u"the header is not the column list"_s;
        return std::nullopt;
    }
    QList<Row> rows;
    for (qsizetype r = 1; r < records->size(); ++r) {
        Row row;
        for (const QString &field : records->at(r))
            row << QVariant(field);
        rows << row;
    }
    return rows;
}

std::optional<QList<Row>> parseExport(ExportFormat format, const QByteArray &bytes, QString *error)
{
    switch (format) {
    case ExportFormat::Csv:
        return parseCsvRows(bytes, error);
    case ExportFormat::Json:
        return parseJson(bytes, error);
    case ExportFormat::Ndjson:
        return parseNdjson(bytes, error);
    case ExportFormat::Ics:
        break; // not rows: tst_calendarexporter parses it
    }
    return std::nullopt;
}

// The store asks for synchronous=FULL; a test does not survive power loss anyway, and skipping the
// fsync of every insert keeps the suite fast on a busy disk.
bool skipFsync(const QSqlDatabase &db)
{
    return QSqlQuery(db).exec(u"PRAGMA synchronous = OFF"_s);
}

void addFormatColumn()
{
    QTest::addColumn<ExportFormat>("format");
}

const char *formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return "csv";
    case ExportFormat::Json:
        return "json";
    case ExportFormat::Ndjson:
        return "ndjson";
    case ExportFormat::Ics:
        return "ics";
    }
    return "?";
}

// The formats that write one record per event with the view's columns.
QList<ExportFormat> tabularFormats()
{
    QList<ExportFormat> formats = ExportFormats::all();
    formats.removeIf([](ExportFormat format) { return !ExportFormats::isTabular(format); });
    return formats;
}

void addFormatRows()
{
    addFormatColumn();
    for (ExportFormat format : tabularFormats())
        QTest::newRow(formatName(format)) << format;
}

} // namespace

class TstEventExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cleanupTestCase();

    void formatFromName_data();
    void formatFromName();
    void formatNames();

    void columnsMatchTheView();
    void columnOrderInOutput_data();
    void columnOrderInOutput();
    void exactOutput_data();
    void exactOutput();
    void roundTrip_data();
    void roundTrip();
    void storedCounts_data();
    void storedCounts();
    void zeroEvents_data();
    void zeroEvents();
    void ordering_data();
    void ordering();
    void writeFailure_data();
    void writeFailure();
    void databaseFailure();
    void progressAndCancel();
    void countRows();
    void formulaGuard_data();
    void formulaGuard();
    void excelByteOrderMark();
    void filtered_data();
    void filtered();
    void manyEvents_data();
    void manyEvents();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    bool insert(const QString &table, const QVariantMap &values);
    bool insertSyntheticEvents(int count, const QSqlDatabase &target);
    bool insertSyntheticEvents(int count) { return insertSyntheticEvents(count, db()); }
    void prepareManyEvents();
    bool exportAs(ExportFormat format, QByteArray *bytes, qint64 *rowCount = nullptr);
    void verifyRoundTrip(ExportFormat format, const QList<Row> &expected);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    // manyEvents' store, filled once for all formats.
    std::unique_ptr<QTemporaryDir> m_manyEventsDir;
    std::unique_ptr<Database> m_manyEvents;
    QString m_lastError;
};

void TstEventExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>(Database::pathIn(m_dir->path()));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    QVERIFY(skipFsync(db()));
}

void TstEventExporter::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TstEventExporter::cleanupTestCase()
{
    m_manyEvents.reset();
    m_manyEventsDir.reset();
}

bool TstEventExporter::insert(const QString &table, const QVariantMap &values)
{
    const QStringList columns = values.keys();
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders << u"?"_s;
    QSqlQuery query(db());
    query.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s),
                                                           placeholders.join(u", "_s)));
    for (const QString &column : columns)
        query.addBindValue(values.value(column));
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

// One statement, so one transaction rather than one per row. The names, counts and
// receive times are filled in as the deriver would, so every kind of column is written.
bool TstEventExporter::insertSyntheticEvents(int count, const QSqlDatabase &target)
{
    QSqlQuery query(target);
    const QString sql = uR"(
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)
        INSERT INTO event_records (id, title, starts_at, starts_at_utc, location, space_id,
                                   space_name, creator_id, creator_name, creator_email,
                                   rsvp_yes, rsvp_maybe, rsvp_no, delivery_count,
                                   first_received_at, last_received_at, status)
        SELECT printf('evt-%07d', i), 'Event ' || i,
               strftime('%Y-%m-%dT%H:%M:%SZ', 1704067200 + i * 60, 'unixepoch'),
               strftime('%Y-%m-%dT%H:%M:%SZ', 1704067200 + i * 60, 'unixepoch'),
               'Room ' || (i % 17) || ', Building A', 'space-' || (i % 5), 'Space ' || (i % 5),
               'member-' || (i % 101), 'Member ' || (i % 101),
               'member' || (i % 101) || '@example.com', i % 7, i % 3, i % 2, 1 + i % 4,
               strftime('%Y-%m-%dT%H:%M:%SZ', 1704067200 + i * 30, 'unixepoch'),
               strftime('%Y-%m-%dT%H:%M:%SZ', 1704067200 + i * 30 + (i % 4) * 5, 'unixepoch'),
               'new'
        FROM n)"_s.arg(count);
    if (query.exec(sql))
        return true;
    m_lastError = query.lastError().text();
    return false;
}

bool TstEventExporter::exportAs(ExportFormat format, QByteArray *bytes, qint64 *rowCount)
{
    QBuffer buffer(bytes);
    buffer.open(QIODevice::WriteOnly);
    m_lastError.clear();
    return EventExporter::write(db(), format, &buffer, &m_lastError, rowCount);
}

void TstEventExporter::verifyRoundTrip(ExportFormat format, const QList<Row> &expected)
{
    QByteArray bytes;
    qint64 rowCount = -1;
    QVERIFY2(exportAs(format, &bytes, &rowCount), qPrintable(m_lastError));
    QCOMPARE(rowCount, expected.size());
    QString error;
    const std::optional<QList<Row>> rows = parseExport(format, bytes, &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(rows->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Row wanted = format == ExportFormat::Csv ? asCsvText(expected.at(i)) : expected.at(i);
        QCOMPARE(describe(rows->at(i)), describe(wanted));
    }
}

void TstEventExporter::formatFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<std::optional<ExportFormat>>("expected");
    QTest::newRow("csv") << u"csv"_s << std::optional(ExportFormat::Csv);
    QTest::newRow("CSV") << u"CSV"_s << std::optional(ExportFormat::Csv);
    QTest::newRow("json") << u"json"_s << std::optional(ExportFormat::Json);
    QTest::newRow("Json") << u"Json"_s << std::optional(ExportFormat::Json);
    QTest::newRow("ndjson") << u"ndjson"_s << std::optional(ExportFormat::Ndjson);
    QTest::newRow("NDJSON") << u"NDJSON"_s << std::optional(ExportFormat::Ndjson);
    QTest::newRow("empty") << QString() << std::optional<ExportFormat>();
    QTest::newRow("unknown") << u"xml"_s << std::optional<ExportFormat>();
    QTest::newRow("padded") << u" csv"_s << std::optional<ExportFormat>();
    QTest::newRow("prefix") << u"js"_s << std::optional<ExportFormat>();
    QTest::newRow("suffix") << u"csv2"_s << std::optional<ExportFormat>();
}

void TstEventExporter::formatFromName()
{
    QFETCH(QString, name);
    QFETCH(std::optional<ExportFormat>, expected);
    QCOMPARE(ExportFormats::fromName(name), expected);
    if (expected)
        QCOMPARE(ExportFormats::name(*expected), name.toLower());
}

void TstEventExporter::formatNames()
{
    QCOMPARE(ExportFormats::names(), QStringList({u"csv"_s, u"json"_s, u"ndjson"_s, u"ics"_s}));
    QCOMPARE(ExportFormats::all().size(), ExportFormats::names().size());
}

void TstEventExporter::columnsMatchTheView()
{
    const QStringList documented = {
        u"id"_s,
        u"title"_s,
        u"starts_at"_s,
        u"ends_at"_s,
        u"time_zone"_s,
        u"event_type"_s,
        u"location"_s,
        u"space_id"_s,
        u"space_name"_s,
        u"creator_id"_s,
        u"creator_name"_s,
        u"creator_email"_s,
        u"permalink"_s,
        u"rsvp_yes"_s,
        u"rsvp_maybe"_s,
        u"rsvp_no"_s,
        u"delivery_count"_s,
        u"first_received_at"_s,
        u"last_received_at"_s,
        u"status"_s,
    };
    QCOMPARE(EventExporter::columns(), documented);
    QStringList view;
    const QSqlRecord record = db().record(u"events"_s);
    for (int i = 0; i < record.count(); ++i)
        view << record.fieldName(i);
    QCOMPARE(view, documented);
}

void TstEventExporter::columnOrderInOutput_data()
{
    addFormatRows();
}

void TstEventExporter::columnOrderInOutput()
{
    QFETCH(ExportFormat, format);
    QVERIFY2(insert(u"event_records"_s, {{u"id"_s, u"e1"_s}, {u"title"_s, u"t"_s}}),
             qPrintable(m_lastError));
    QByteArray bytes;
    QVERIFY2(exportAs(format, &bytes), qPrintable(m_lastError));
    if (format == ExportFormat::Csv) {
        const QByteArray header = EventExporter::columns().join(u',').toUtf8() + "\r\n";
        QVERIFY(bytes.startsWith(header));
        return;
    }
    // QJsonObject sorts its keys, so the order is checked in the text itself.
    qsizetype previous = -1;
    for (const QString &column : EventExporter::columns()) {
        const qsizetype at = bytes.indexOf(QByteArray('"' + column.toUtf8() + "\":"));
        QVERIFY2(at > previous, qPrintable(column));
        previous = at;
    }
}

void TstEventExporter::formulaGuard_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("equals") << u"=HYPERLINK(\"x\")"_s
                            << QByteArray(R"csv("'=HYPERLINK(""x"")")csv");
    QTest::newRow("plus") << u"+1"_s << QByteArray("'+1");
    QTest::newRow("minus") << u"-2+3"_s << QByteArray("'-2+3");
    QTest::newRow("at") << u"@SUM(A1)"_s << QByteArray("'@SUM(A1)");
    QTest::newRow("quoted") << u"=1,2"_s << QByteArray(R"("'=1,2")");
    QTest::newRow("inside") << u"a=b-c"_s << QByteArray("a=b-c");
    QTest::newRow("space first") << u" =1"_s << QByteArray(" =1");
}

// JSON keeps the text as it is: only a spreadsheet runs formulas.
void TstEventExporter::formulaGuard()
{
    QFETCH(QString, title);
    QFETCH(QByteArray, field);
    QVERIFY2(insert(u"event_records"_s, {{u"id"_s, u"e1"_s}, {u"title"_s, title}}),
             qPrintable(m_lastError));
    QByteArray csv;
    QVERIFY2(exportAs(ExportFormat::Csv, &csv), qPrintable(m_lastError));
    QVERIFY2(csv.contains(QByteArray("\r\ne1," + field + ',')), csv.constData());
    QByteArray json;
    QVERIFY2(exportAs(ExportFormat::Json, &json), qPrintable(m_lastError));
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QCOMPARE(document.array().at(0).toObject().value(u"title"_s).toString(), title);
}

void TstEventExporter::excelByteOrderMark()
{
    QVERIFY(insert(u"event_records"_s, {{u"id"_s, u"e1"_s}, {u"title"_s, u"Café"_s}}));
    QByteArray plain;
    QVERIFY2(exportAs(ExportFormat::Csv, &plain), qPrintable(m_lastError));
    QVERIFY(plain.startsWith("id,title,"));
    ExportOptions options;
    options.excel = true;
    QByteArray excel;
    QBuffer buffer(&excel);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY2(EventExporter::write(db(), ExportFormat::Csv, options, &buffer, &m_lastError),
             qPrintable(m_lastError));
    QCOMPARE(excel, "\xEF\xBB\xBF" + plain);
}

void TstEventExporter::filtered_data()
{
    QTest::addColumn<EventFilter>("filter");
    QTest::addColumn<QByteArrayList>("ids");
    EventFilter none;
    QTest::newRow("empty") << none << QByteArrayList{"a", "b", "c", "d"};
    EventFilter search;
    search.search = u"sour"_s;
    QTest::newRow("search") << search << QByteArrayList{"b", "d"};
    EventFilter space;
    space.spaceIds = {u"s2"_s};
    QTest::newRow("space") << space << QByteArrayList{"c", "d"};
    EventFilter both = search;
    both.spaceIds = {u"s2"_s};
    QTest::newRow("search and space") << both << QByteArrayList{"d"};
    EventFilter creators;
    creators.creatorIds = {u"m1"_s, u"m3"_s};
    QTest::newRow("creators") << creators << QByteArrayList{"a", "c"};
    EventFilter types;
    types.eventTypes = {u"online"_s};
    QTest::newRow("type") << types << QByteArrayList{"b"};
    EventFilter window;
    window.window = EventFilter::TimeWindow::Custom;
    window.from = QDateTime(QDate(2025, 1, 2), QTime(0, 0), Qt::UTC);
    window.to = QDateTime(QDate(2025, 1, 4), QTime(0, 0), Qt::UTC);
    QTest::newRow("from to") << window << QByteArrayList{"b", "c"};
}

// Rows come out in start order, events without a start last, whatever the filter.
void TstEventExporter::filtered()
{
    QFETCH(EventFilter, filter);
    QFETCH(QByteArrayList, ids);
    const QList<QVariantMap> events = {
        {{u"id"_s, u"a"_s},
         {u"title"_s, u"Quiz"_s},
         {u"space_id"_s, u"s1"_s},
         {u"creator_id"_s, u"m1"_s},
         {u"event_type"_s, u"local"_s},
         {u"starts_at_utc"_s, u"2025-01-01T10:00:00.000Z"_s}},
        {{u"id"_s, u"b"_s},
         {u"title"_s, u"Sourdough"_s},
         {u"space_id"_s, u"s1"_s},
         {u"creator_id"_s, u"m2"_s},
         {u"event_type"_s, u"online"_s},
         {u"starts_at_utc"_s, u"2025-01-02T10:00:00.000Z"_s}},
        {{u"id"_s, u"c"_s},
         {u"title"_s, u"Chess"_s},
         {u"space_id"_s, u"s2"_s},
         {u"creator_id"_s, u"m3"_s},
         {u"starts_at_utc"_s, u"2025-01-03T10:00:00.000Z"_s}},
        {{u"id"_s, u"d"_s}, {u"title"_s, u"Sour beers"_s}, {u"space_id"_s, u"s2"_s}},
    };
    for (const QVariantMap &event : events)
        QVERIFY2(insert(u"event_records"_s, event), qPrintable(m_lastError));
    ExportOptions options;
    options.filter = filter;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    qint64 rows = -1;
    QVERIFY2(
        EventExporter::write(db(), ExportFormat::Ndjson, options, &buffer, &m_lastError, &rows),
        qPrintable(m_lastError));
    QCOMPARE(rows, ids.size());
    QCOMPARE(EventExporter::countRows(db(), options, &m_lastError), ids.size());
    QByteArrayList written;
    for (const QByteArray &line : bytes.split('\n')) {
        if (!line.isEmpty())
            written << QJsonDocument::fromJson(line).object().value(u"id"_s).toString().toUtf8();
    }
    QCOMPARE(written, ids);
}

void TstEventExporter::exactOutput_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray header = EventExporter::columns().join(u',').toUtf8() + "\r\n";
    QTest::newRow("csv") << ExportFormat::Csv
                         << QByteArray(
                                header
                                + "e1,\"Quiz, \"\"Pub\"\" night\",2024-06-01T19:00:00+01:00,,,,"
                                  "'=cmd,,,,,,,1,0,0,0,,,new\r\n"
                                  "e2,\"two\r\nlines\",,,,,,,,,,,,0,0,0,0,,,new\r\n");
    const QByteArray first =
        R"({"id":"e1","title":"Quiz, \"Pub\" night","starts_at":"2024-06-01T19:00:00+01:00",)"
        R"("ends_at":null,"time_zone":null,"event_type":null,"location":"=cmd","space_id":null,)"
        R"("space_name":null,"creator_id":null,"creator_name":"","creator_email":null,)"
        R"("permalink":null,"rsvp_yes":1,"rsvp_maybe":0,"rsvp_no":0,"delivery_count":0,)"
        R"("first_received_at":null,"last_received_at":null,"status":"new"})";
    const QByteArray second =
        R"({"id":"e2","title":"two\r\nlines","starts_at":null,"ends_at":null,"time_zone":null,)"
        R"("event_type":null,"location":null,"space_id":null,"space_name":null,)"
        R"("creator_id":null,"creator_name":"","creator_email":null,"permalink":null,)"
        R"("rsvp_yes":0,"rsvp_maybe":0,"rsvp_no":0,"delivery_count":0,)"
        R"("first_received_at":null,"last_received_at":null,"status":"new"})";
    QTest::newRow("json") << ExportFormat::Json
                          << QByteArray("[\n" + first + ",\n" + second + "\n]\n");
    QTest::newRow("ndjson") << ExportFormat::Ndjson << QByteArray(first + '\n' + second + '\n');
}

void TstEventExporter::exactOutput()
{
    QFETCH(ExportFormat, format);
    QFETCH(QByteArray, expected);
    QVERIFY2(insert(u"event_records"_s, {{u"id"_s, u"e1"_s},
                                         {u"title"_s, u"Quiz, \"Pub\" night"_s},
                                         {u"starts_at"_s, u"2024-06-01T19:00:00+01:00"_s},
                                         {u"starts_at_utc"_s, u"2024-06-01T18:00:00Z"_s},
                                         {u"location"_s, u"=cmd"_s},
                                         {u"rsvp_yes"_s, 1}}),
             qPrintable(m_lastError));
    QVERIFY(insert(u"event_records"_s, {{u"id"_s, u"e2"_s}, {u"title"_s, u"two\r\nlines"_s}}));
    QByteArray bytes;
    QVERIFY2(exportAs(format, &bytes), qPrintable(m_lastError));
    QCOMPARE(bytes, expected);
}

void TstEventExporter::roundTrip_data()
{
    addFormatColumn();
    QTest::addColumn<QString>("text");
    const QString longTitle = u"Ab, \"c\"\r\n "_s.repeated(50);
    QCOMPARE(longTitle.size(), 500);
    const QList<std::pair<const char *, QString>> texts = {
        {"plain", u"Weekly sync"_s},
        {"comma", u"Berlin, Germany"_s},
        {"double quotes", u"The \"big\" one"_s},
        {"only a quote", u"\""_s},
        {"CRLF", u"first line\r\nsecond line"_s},
        {"LF", u"first\nsecond"_s},
        {"CR", u"first\rsecond"_s},
        {"trailing LF", u"ends with a newline\n"_s},
        {"leading =", u"=HYPERLINK(\"http://example.com\",\"x\")"_s},
        {"leading +", u"+1 555 0100"_s},
        {"leading -", u"-2+3"_s},
        {"leading @", u"@SUM(A1:A2)"_s},
        {"emoji", u"Launch 🚀 party 👩‍👩‍👧‍👦"_s},
        {"right-to-left", u"لقاء أسبوعي · מפגש שבועי"_s},
        {"combining marks", u"Cafe\u0301"_s},
        {"line separator", u"a\u2028b"_s},
        {"tab, backslash, control", u"a\tb\\c\u0001d\u001f"_s},
        {"surrounding spaces", u"  padded  "_s},
        {"empty", QString(u""_s)},
        {"looks numeric", u"0042"_s},
        {"500 characters", longTitle},
    };
    for (ExportFormat format : tabularFormats()) {
        for (const auto &[name, text] : texts)
            QTest::addRow("%s: %s", formatName(format), name) << format << text;
    }
}

// The tricky text goes into every free-text column of the view, names and email included (the
// deriver copies them in; the exporter writes them as stored); a second event with nothing but an
// id checks NULLs and the columns' defaults next to it.
void TstEventExporter::roundTrip()
{
    QFETCH(ExportFormat, format);
    QFETCH(QString, text);
    QVERIFY2(insert(u"event_records"_s, {{u"id"_s, u"evt-1"_s},
                                         {u"title"_s, text},
                                         {u"starts_at"_s, u"2024-06-01T18:00:00-07:00"_s},
                                         {u"ends_at"_s, u"2024-06-01T20:00:00.5-07:00"_s},
                                         {u"starts_at_utc"_s, u"2024-06-02T01:00:00Z"_s},
                                         {u"time_zone"_s, u"America/Los_Angeles"_s},
                                         {u"event_type"_s, text},
                                         {u"location"_s, text},
                                         {u"space_id"_s, u"s1"_s},
                                         {u"space_name"_s, text},
                                         {u"creator_id"_s, u"m1"_s},
                                         {u"creator_name"_s, text},
                                         {u"creator_email"_s, text},
                                         {u"permalink"_s, text},
                                         {u"rsvp_yes"_s, 2},
                                         {u"rsvp_maybe"_s, 1},
                                         {u"rsvp_no"_s, 3},
                                         {u"delivery_count"_s, 4},
                                         {u"first_received_at"_s, u"2024-05-01T10:00:00.123Z"_s},
                                         {u"last_received_at"_s, u"2024-05-03T09:30:00Z"_s},
                                         {u"status"_s, text}}),
             qPrintable(m_lastError));
    QVERIFY(insert(u"event_records"_s, {{u"id"_s, u"evt-2"_s}}));
    const Row tricky = {u"evt-1"_s,
                        text,
                        u"2024-06-01T18:00:00-07:00"_s,
                        u"2024-06-01T20:00:00.5-07:00"_s,
                        u"America/Los_Angeles"_s,
                        text,
                        text,
                        u"s1"_s,
                        text,
                        u"m1"_s,
                        text,
                        text,
                        text,
                        2LL,
                        1LL,
                        3LL,
                        4LL,
                        u"2024-05-01T10:00:00.123Z"_s,
                        u"2024-05-03T09:30:00Z"_s,
                        text};
    Row bare(EventExporter::columns().size());
    bare[0] = u"evt-2"_s;
    bare[10] = u""_s;                                // creator_name is NOT NULL DEFAULT ''
    bare[13] = bare[14] = bare[15] = bare[16] = 0LL; // counts are NOT NULL DEFAULT 0
    bare[19] = u"new"_s;
    verifyRoundTrip(format, {tricky, bare});
}

void TstEventExporter::storedCounts_data()
{
    addFormatColumn();
    // rsvp_yes, rsvp_maybe, rsvp_no, delivery_count
    QTest::addColumn<QList<qlonglong>>("counts");
    QTest::addColumn<QVariant>("firstReceivedAt");
    QTest::addColumn<QVariant>("lastReceivedAt");
    const QList<std::tuple<const char *, QList<qlonglong>, QVariant, QVariant>> cases = {
        {"zeros", {0, 0, 0, 0}, QVariant(), QVariant()},
        {"each different", {2, 1, 3, 8}, u"2024-05-01T10:00:00.123Z"_s, u"2024-05-03T09:30:00Z"_s},
        {"one delivery", {0, 0, 0, 1}, u"2024-05-01T10:00:00Z"_s, u"2024-05-01T10:00:00Z"_s},
        {"multi-digit",
         {10, 205, 3000, 40000},
         u"2024-01-01T00:00:00Z"_s,
         u"2024-12-31T23:59:59.999Z"_s},
        {"beyond 32 bits",
         {4294967296LL, 2147483648LL, 1, 0},
         u"2024-05-01T10:00:00Z"_s,
         u"2024-06-01T00:00:00Z"_s},
    };
    for (ExportFormat format : tabularFormats()) {
        for (const auto &[name, counts, first, last] : cases)
            QTest::addRow("%s: %s", formatName(format), name) << format << counts << first << last;
    }
}

// The counts and receive times are the deriver's (tests/tst_webhookserver.cpp checks them); the
// exporter must write what is stored, as numbers in JSON, digit for digit.
void TstEventExporter::storedCounts()
{
    QFETCH(ExportFormat, format);
    QFETCH(QList<qlonglong>, counts);
    QFETCH(QVariant, firstReceivedAt);
    QFETCH(QVariant, lastReceivedAt);
    QCOMPARE(counts.size(), 4);
    QVERIFY2(insert(u"event_records"_s, {{u"id"_s, u"e1"_s},
                                         {u"status"_s, u"updated"_s},
                                         {u"rsvp_yes"_s, counts.at(0)},
                                         {u"rsvp_maybe"_s, counts.at(1)},
                                         {u"rsvp_no"_s, counts.at(2)},
                                         {u"delivery_count"_s, counts.at(3)},
                                         {u"first_received_at"_s, firstReceivedAt},
                                         {u"last_received_at"_s, lastReceivedAt}}),
             qPrintable(m_lastError));
    Row expected(EventExporter::columns().size());
    expected[0] = u"e1"_s;
    expected[10] = u""_s;
    for (qsizetype i = 0; i < counts.size(); ++i)
        expected[13 + i] = counts.at(i);
    expected[17] = firstReceivedAt;
    expected[18] = lastReceivedAt;
    expected[19] = u"updated"_s;
    verifyRoundTrip(format, {expected});
}

void TstEventExporter::zeroEvents_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("csv") << ExportFormat::Csv
                         << QByteArray(EventExporter::columns().join(u',').toUtf8() + "\r\n");
    QTest::newRow("json") << ExportFormat::Json << QByteArray("[]\n");
    QTest::newRow("ndjson") << ExportFormat::Ndjson << QByteArray();
}

void TstEventExporter::zeroEvents()
{
    QFETCH(ExportFormat, format);
    QFETCH(QByteArray, expected);
    QByteArray bytes;
    qint64 rowCount = -1;
    QVERIFY2(exportAs(format, &bytes, &rowCount), qPrintable(m_lastError));
    QCOMPARE(rowCount, 0);
    QCOMPARE(bytes, expected);
    QString error;
    const std::optional<QList<Row>> rows = parseExport(format, bytes, &error);
    QVERIFY2(rows, qPrintable(error));
    QVERIFY(rows->isEmpty());
}

void TstEventExporter::ordering_data()
{
    addFormatRows();
}

// By UTC start, not by the stored text (which carries the organizer's offset), then by id;
// events without a start come last.
void TstEventExporter::ordering()
{
    QFETCH(ExportFormat, format);
    const QList<std::tuple<QString, QVariant, QVariant>> events = {
        {u"z"_s, QVariant(), QVariant()},
        {u"b"_s, u"2024-01-02T09:00:00+09:00"_s, u"2024-01-02T00:00:00Z"_s},
        {u"d"_s, u"2024-03-01T00:00:00Z"_s, u"2024-03-01T00:00:00Z"_s},
        {u"a"_s, u"2024-01-02T00:00:00Z"_s, u"2024-01-02T00:00:00Z"_s},
        {u"c"_s, u"2024-01-02T01:00:00+02:00"_s, u"2024-01-01T23:00:00Z"_s},
        {u"y"_s, QVariant(), QVariant()},
    };
    for (const auto &[id, startsAt, startsAtUtc] : events) {
        QVERIFY2(
            insert(u"event_records"_s,
                   {{u"id"_s, id}, {u"starts_at"_s, startsAt}, {u"starts_at_utc"_s, startsAtUtc}}),
            qPrintable(m_lastError));
    }
    QByteArray bytes;
    QVERIFY2(exportAs(format, &bytes), qPrintable(m_lastError));
    QString error;
    const std::optional<QList<Row>> rows = parseExport(format, bytes, &error);
    QVERIFY2(rows, qPrintable(error));
    QStringList ids;
    for (const Row &row : *rows)
        ids << row.first().toString();
    QCOMPARE(ids, QStringList({u"c"_s, u"a"_s, u"b"_s, u"d"_s, u"y"_s, u"z"_s}));
}

void TstEventExporter::writeFailure_data()
{
    addFormatColumn();
    QTest::addColumn<FailingDevice::Mode>("mode");
    // Negative: counted back from the size of the complete export.
    QTest::addColumn<qint64>("limit");
    for (ExportFormat format : ExportFormats::all()) {
        const char *name = formatName(format);
        QTest::addRow("%s: nothing fits", name) << format << FailingDevice::Mode::Error << 0LL;
        QTest::addRow("%s: error in a row", name) << format << FailingDevice::Mode::Error << -300LL;
        QTest::addRow("%s: short write in a row", name)
            << format << FailingDevice::Mode::ShortWrite << -300LL;
        QTest::addRow("%s: last byte missing", name)
            << format << FailingDevice::Mode::ShortWrite << -1LL;
    }
}

void TstEventExporter::writeFailure()
{
    QFETCH(ExportFormat, format);
    QFETCH(FailingDevice::Mode, mode);
    QFETCH(qint64, limit);
    QVERIFY2(insertSyntheticEvents(3), qPrintable(m_lastError));
    QByteArray complete;
    QVERIFY2(exportAs(format, &complete), qPrintable(m_lastError));
    if (limit < 0)
        limit += complete.size();
    FailingDevice device(limit, mode);
    QString error;
    qint64 rowCount = -1;
    QVERIFY(!EventExporter::write(db(), format, &device, &error, &rowCount));
    QVERIFY2(error.startsWith(u"cannot write the export: "_s), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
    QVERIFY(rowCount >= 0 && rowCount <= 3);
    QVERIFY(device.written() <= limit);
}

void TstEventExporter::databaseFailure()
{
    QVERIFY(QSqlQuery(db()).exec(u"DROP VIEW events"_s));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(!EventExporter::write(db(), ExportFormat::Json, &buffer, &error));
    QVERIFY2(error.startsWith(u"cannot read the events from "_s), qPrintable(error));
    QVERIFY2(error.contains(u"no such table: events"_s), qPrintable(error));
    QVERIFY(buffer.data().isEmpty()); // nothing written before the query runs

    QBuffer closed;
    QVERIFY(!EventExporter::write(db(), ExportFormat::Csv, &closed, &error));
    QVERIFY2(error.contains(u"not open"_s), qPrintable(error));
}

void TstEventExporter::progressAndCancel()
{
    QVERIFY2(insertSyntheticEvents(2500), qPrintable(m_lastError));
    CountingDevice device;
    QList<qint64> reported;
    qint64 rowCount = -1;
    QString error;
    const auto record = [&](qint64 rows) {
        reported << rows;
        return true;
    };
    QVERIFY2(EventExporter::write(db(), ExportFormat::Ndjson, &device, &error, &rowCount, record),
             qPrintable(error));
    QCOMPARE(rowCount, 2500);
    QCOMPARE(reported, QList<qint64>({1000, 2000}));

    CountingDevice cancelled;
    const auto cancel = [](qint64) {
        return false;
    };
    QVERIFY(
        !EventExporter::write(db(), ExportFormat::Ndjson, &cancelled, &error, &rowCount, cancel));
    QCOMPARE(error, u"export cancelled"_s);
    QCOMPARE(rowCount, EventExporter::ProgressInterval);
    QCOMPARE(cancelled.lineFeeds(), EventExporter::ProgressInterval);
}

void TstEventExporter::countRows()
{
    QString error;
    QCOMPARE(EventExporter::countRows(db(), &error), 0);
    QVERIFY2(insertSyntheticEvents(42), qPrintable(m_lastError));
    QCOMPARE(EventExporter::countRows(db(), &error), 42);
    QVERIFY(QSqlQuery(db()).exec(u"DROP VIEW events"_s));
    QCOMPARE(EventExporter::countRows(db(), &error), -1);
    QVERIFY(error.contains(u"no such table: events"_s));
}

void TstEventExporter::manyEvents_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<qint64>("lineFeeds");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("tail");
    constexpr qint64 count = 200000;
    // The last event is number 200,000 (see insertSyntheticEvents).
    QTest::newRow("csv") << ExportFormat::Csv << count + 1 << QByteArray("id,title,")
                         << QByteArray(",Member 20,member20@example.com,,3,2,0,1,"
                                       "2024-03-10T10:40:00Z,2024-03-10T10:40:00Z,new\r\n");
    const QByteArray lastObjectEnd =
        R"("rsvp_yes":3,"rsvp_maybe":2,"rsvp_no":0,"delivery_count":1,)"
        R"("first_received_at":"2024-03-10T10:40:00Z",)"
        R"("last_received_at":"2024-03-10T10:40:00Z","status":"new"})";
    QTest::newRow("json") << ExportFormat::Json << count + 2 << QByteArray("[\n{\"id\":")
                          << QByteArray(lastObjectEnd + "\n]\n");
    QTest::newRow("ndjson") << ExportFormat::Ndjson << count << QByteArray("{\"id\":")
                            << QByteArray(lastObjectEnd + '\n');
}

void TstEventExporter::prepareManyEvents()
{
    if (m_manyEvents)
        return;
    m_manyEventsDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_manyEventsDir->isValid());
    m_manyEvents = std::make_unique<Database>(Database::pathIn(m_manyEventsDir->path()));
    QString error;
    QVERIFY2(m_manyEvents->open(&error), qPrintable(error));
    QVERIFY(skipFsync(m_manyEvents->connection()));
    QVERIFY2(insertSyntheticEvents(200000, m_manyEvents->connection()), qPrintable(m_lastError));
}

// Streams 200,000 events into a device that keeps nothing; the exporter must not need them all
// at once (memory itself is measured outside the unit tests).
void TstEventExporter::manyEvents()
{
    QFETCH(ExportFormat, format);
    QFETCH(qint64, lineFeeds);
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, tail);
    prepareManyEvents();
    if (QTest::currentTestFailed())
        return;
    CountingDevice device;
    qint64 rowCount = -1;
    QString error;
    QVERIFY2(EventExporter::write(m_manyEvents->connection(), format, &device, &error, &rowCount),
             qPrintable(error));
    QCOMPARE(rowCount, 200000);
    QCOMPARE(device.lineFeeds(), lineFeeds);
    QVERIFY2(device.head().startsWith(head), device.head().constData());
    QVERIFY2(device.tail().endsWith(tail), device.tail().constData());
}

QTEST_GUILESS_MAIN(TstEventExporter)
#include "tst_eventexporter.moc"
