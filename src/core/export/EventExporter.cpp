#include "export/EventExporter.h"

#include "Logging.h"
#include "export/CalendarExporter.h"
#include "export/ExportConditions.h"
#include "store/SqliteStatement.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <charconv>
#include <iterator>
#include <memory>
#include <sqlite3.h>
#include <string>

namespace {

// Rows are handed to the device in blocks of about this many bytes: a write per row would cost
// more than encoding it, and a block keeps memory flat however many events there are.
constexpr qsizetype BlockBytes = 256 * 1024;

// Events with a start by start, then those without one; id breaks ties. Each part walks the
// start-time index (SQLite sorts only the runs of equal starts by id): one ORDER BY over both
// would sort every row in a temporary b-tree.
struct OrderedPart
{
    const char *condition;
    const char *orderBy;
};
const OrderedPart OrderedParts[] = {
    {"starts_at_utc IS NOT NULL", "starts_at_utc, id"},
    {"starts_at_utc IS NULL", "id"},
};

// Excel reads a CSV file as UTF-8 only when it begins with one.
constexpr QByteArrayView Utf8ByteOrderMark("\xEF\xBB\xBF");

struct StatementFinalizer
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// SQLite's own message is the useful part; Qt's driver text ("Unable to execute statement") is
// only added when SQLite said nothing.
QString describe(const QSqlError &sqlError)
{
    const QString databaseText = sqlError.databaseText().simplified();
    return databaseText.isEmpty() ? sqlError.text().simplified() : databaseText;
}

QString readError(const QSqlDatabase &db, const QString &reason)
{
    const QString source = db.databaseName();
    if (source.isEmpty())
        return QCoreApplication::translate("EventExporter", "cannot read the events: %1")
            .arg(reason);
    return QCoreApplication::translate("EventExporter", "cannot read the events from %1: %2")
        .arg(source, reason);
}

QString readError(const QSqlDatabase &db, const QSqlError &sqlError)
{
    return readError(db, describe(sqlError));
}

QString readError(const QSqlDatabase &db, sqlite3 *handle)
{
    return readError(db, QString::fromUtf8(sqlite3_errmsg(handle)).simplified());
}

bool isIntegerColumn(const QString &column)
{
    return column == QLatin1StringView("rsvp_yes") || column == QLatin1StringView("rsvp_maybe")
           || column == QLatin1StringView("rsvp_no")
           || column == QLatin1StringView("delivery_count");
}

// Looked up once rather than comparing column names for every value of every row.
const QList<bool> &integerColumns()
{
    static const QList<bool> flags = [] {
        QList<bool> result;
        for (const QString &column : EventExporter::columns())
            result << isIntegerColumn(column);
        return result;
    }();
    return flags;
}

QByteArray columnList()
{
    return EventExporter::columns().join(QStringLiteral(", ")).toUtf8();
}

// The conditions of the filter and the selected rows (see ExportConditions), and what they bind.
struct Selection
{
    QByteArray conditions; // empty: every event
    QVariantList values;
};

Selection selectionOf(const ExportOptions &options)
{
    Selection selection;
    selection.conditions = ExportConditions::sql(options, &selection.values).toUtf8();
    return selection;
}

// The `events` view is the documented interface: its columns are checked before anything is
// written. The rows themselves are read from event_records, which the view shows column for
// column, so that the start-time index (which the view leaves out) gives the order.
QList<QByteArray> statements(const Selection &selection)
{
    QList<QByteArray> sql = {"SELECT " + columnList() + " FROM events LIMIT 0"};
    const QByteArray filter =
        selection.conditions.isEmpty() ? QByteArray() : " AND (" + selection.conditions + ')';
    for (const OrderedPart &part : OrderedParts)
        sql << "SELECT " + columnList() + " FROM event_records WHERE " + part.condition + filter
                   + " ORDER BY " + part.orderBy;
    return sql;
}

bool bindValues(sqlite3_stmt *statement, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        int status = SQLITE_OK;
        if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
            status = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        } else {
            const QByteArray text = value.toString().toUtf8();
            status = sqlite3_bind_text(statement, i + 1, text.constData(), int(text.size()),
                                       SQLITE_TRANSIENT);
        }
        if (status != SQLITE_OK)
            return false;
    }
    return true;
}

// What rows are collected in before a block goes to the device: appending to it is a copy and
// nothing more.
using Bytes = std::string;

void put(Bytes &out, QByteArrayView bytes)
{
    out.append(bytes.data(), size_t(bytes.size()));
}

void putNumber(Bytes &out, qint64 number)
{
    char digits[24];
    const auto [end, status] = std::to_chars(std::begin(digits), std::end(digits), number);
    Q_UNUSED(status)
    out.append(digits, size_t(end - digits));
}

QByteArrayView textOf(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(statement, column));
}

// A spreadsheet takes a cell that begins with one of these as a formula.
bool looksLikeFormula(QByteArrayView field)
{
    if (field.isEmpty())
        return false;
    const char first = field.front();
    return first == '=' || first == '+' || first == '-' || first == '@';
}

bool csvNeedsQuotes(QByteArrayView field)
{
    for (const char c : field) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            return true;
    }
    return false;
}

void appendCsvField(Bytes &out, QByteArrayView field)
{
    const bool formula = looksLikeFormula(field);
    if (!csvNeedsQuotes(field)) {
        if (formula)
            out += '\'';
        put(out, field);
        return;
    }
    out += '"';
    if (formula)
        out += '\'';
    for (const char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendCsvLine(Bytes &out, sqlite3_stmt *statement)
{
    const int columns = int(EventExporter::columns().size());
    for (int i = 0; i < columns; ++i) {
        if (i > 0)
            out += ',';
        // NULL has no text (an empty text has an empty one): an empty field either way.
        appendCsvField(out, textOf(statement, i));
    }
    out += "\r\n";
}

QByteArray csvHeader()
{
    QByteArray header = EventExporter::columns().join(u',').toUtf8();
    header += "\r\n";
    return header;
}

bool needsJsonEscape(char c)
{
    return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
}

void appendJsonString(Bytes &out, QByteArrayView utf8)
{
    static constexpr char hexDigits[] = "0123456789abcdef";
    out += '"';
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (!needsJsonEscape(c))
            continue;
        put(out, utf8.sliced(plainFrom, i - plainFrom));
        plainFrom = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            // Other control characters have no short escape. Bytes of multi-byte UTF-8
            // sequences are >= 0x80 and pass through unchanged.
            out += "\\u00";
            out += hexDigits[(c >> 4) & 0xf];
            out += hexDigits[c & 0xf];
        }
    }
    put(out, utf8.sliced(plainFrom));
    out += '"';
}

// `"name":` for every column, built once.
const QList<QByteArray> &jsonKeys()
{
    static const QList<QByteArray> keys = [] {
        QList<QByteArray> result;
        for (const QString &column : EventExporter::columns()) {
            Bytes key;
            appendJsonString(key, column.toUtf8());
            key += ':';
            result << QByteArray(key.data(), qsizetype(key.size()));
        }
        return result;
    }();
    return keys;
}

// Counts are numbers in JSON; a count stored as text that reads as a number is one too.
void appendJsonValue(Bytes &out, sqlite3_stmt *statement, int column, bool integer)
{
    const int type = sqlite3_column_type(statement, column);
    if (type == SQLITE_NULL) {
        out += "null";
        return;
    }
    if (integer && type == SQLITE_INTEGER) {
        putNumber(out, sqlite3_column_int64(statement, column));
        return;
    }
    const QByteArrayView text = textOf(statement, column);
    bool isNumber = false;
    const qlonglong number = integer ? text.toByteArray().toLongLong(&isNumber) : 0;
    if (isNumber)
        putNumber(out, number);
    else
        appendJsonString(out, text);
}

void appendJsonObject(Bytes &out, sqlite3_stmt *statement)
{
    out += '{';
    for (int i = 0; i < EventExporter::columns().size(); ++i) {
        if (i > 0)
            out += ',';
        put(out, jsonKeys().at(i));
        appendJsonValue(out, statement, i, integerColumns().at(i));
    }
    out += '}';
}

QByteArray prologue(ExportFormat format, const ExportOptions &options)
{
    switch (format) {
    case ExportFormat::Csv:
        return options.excel ? Utf8ByteOrderMark.toByteArray() + csvHeader() : csvHeader();
    case ExportFormat::Json:
        return "[";
    case ExportFormat::Ndjson:
        return {};
    case ExportFormat::Ics:
        break; // CalendarExporter's
    }
    Q_UNREACHABLE();
}

// rowIndex counts from 0; a JSON array needs a separator before every object but the first.
void appendRow(Bytes &out, ExportFormat format, sqlite3_stmt *statement, qint64 rowIndex)
{
    switch (format) {
    case ExportFormat::Csv:
        appendCsvLine(out, statement);
        return;
    case ExportFormat::Json:
        out += rowIndex == 0 ? "\n" : ",\n";
        appendJsonObject(out, statement);
        return;
    case ExportFormat::Ndjson:
        appendJsonObject(out, statement);
        out += '\n';
        return;
    case ExportFormat::Ics:
        break;
    }
    Q_UNREACHABLE();
}

QByteArray epilogue(ExportFormat format, qint64 rowCount)
{
    switch (format) {
    case ExportFormat::Csv:
    case ExportFormat::Ndjson:
        return {};
    case ExportFormat::Json:
        return rowCount == 0 ? "]\n" : "\n]\n";
    case ExportFormat::Ics:
        break;
    }
    Q_UNREACHABLE();
}

QString deviceError(const QIODevice *out)
{
    const QString reason = out->errorString();
    return QCoreApplication::translate("EventExporter", "cannot write the export: %1")
        .arg(reason.isEmpty() ? QCoreApplication::translate("EventExporter", "unknown error")
                              : reason);
}

bool writeBytes(QIODevice *out, QByteArrayView bytes, QString *error)
{
    if (bytes.isEmpty())
        return true;
    const qint64 written = out->write(bytes.data(), bytes.size());
    if (written < 0)
        return fail(error, deviceError(out));
    if (written != bytes.size())
        return fail(error,
                    QCoreApplication::translate(
                        "EventExporter", "cannot write the export: only %1 of %2 bytes written")
                        .arg(written)
                        .arg(bytes.size()));
    return true;
}

// A QFile buffers writes, so a full disk may only show when the buffer is flushed.
bool flushDevice(QIODevice *out, QString *error)
{
    auto *file = qobject_cast<QFileDevice *>(out);
    if (file && !file->flush())
        return fail(error, deviceError(out));
    return true;
}

bool checkDevice(const QIODevice *out, QString *error)
{
    if (!out || !out->isWritable())
        return fail(error, QCoreApplication::translate(
                               "EventExporter", "cannot write the export: the output is not open"));
    return true;
}

// One read transaction around every statement, so that the parts agree with each other even
// while the receiver writes. Left alone when the caller has a transaction open.
class ReadTransaction final
{
    Q_DISABLE_COPY_MOVE(ReadTransaction)

public:
    explicit ReadTransaction(sqlite3 *handle)
        : m_handle(handle)
        , m_began(sqlite3_get_autocommit(handle)
                  && sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK)
    {}
    ~ReadTransaction()
    {
        if (m_began)
            sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr);
    }

private:
    sqlite3 *m_handle;
    bool m_began;
};

class RowWriter final
{
    Q_DISABLE_COPY_MOVE(RowWriter)

public:
    RowWriter(const QSqlDatabase &db, ExportFormat format, const ExportOptions &options,
              QIODevice *out, const EventExporter::ProgressCallback &progress)
        : m_db(db)
        , m_format(format)
        , m_options(options)
        , m_selection(selectionOf(options))
        , m_out(out)
        , m_progress(progress)
    {
        m_block.reserve(BlockBytes * 2);
    }

    // Prepares every statement before anything is written: a store without the view (or with
    // another one) fails with nothing written.
    bool prepare(sqlite3 *handle, QString *error)
    {
        const QList<QByteArray> sql = statements(m_selection);
        for (qsizetype i = 0; i < sql.size(); ++i) {
            sqlite3_stmt *statement = nullptr;
            if (sqlite3_prepare_v2(handle, sql[i].constData(), int(sql[i].size()), &statement,
                                   nullptr)
                != SQLITE_OK)
                return fail(error, readError(m_db, handle));
            m_statements.emplace_back(statement);
            // The first statement, the view's columns, binds nothing.
            if (i > 0 && !bindValues(statement, m_selection.values))
                return fail(error, readError(m_db, handle));
        }
        return true;
    }

    bool writeAll(sqlite3 *handle, QString *error)
    {
        put(m_block, prologue(m_format, m_options));
        // The first statement only checks the view's columns.
        for (size_t i = 1; i < m_statements.size(); ++i) {
            if (!writePart(handle, m_statements[i].get(), error))
                return false;
        }
        put(m_block, epilogue(m_format, m_rows));
        return writeBlock(error);
    }

    qint64 rows() const { return m_rows; }

private:
    bool writePart(sqlite3 *handle, sqlite3_stmt *statement, QString *error)
    {
        int status = SQLITE_ROW;
        while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
            appendRow(m_block, m_format, statement, m_rows);
            ++m_rows;
            const bool report = m_progress && m_rows % EventExporter::ProgressInterval == 0;
            // What the progress callback counts has reached the device.
            if ((report || m_block.size() >= size_t(BlockBytes)) && !writeBlock(error))
                return false;
            if (report && !m_progress(m_rows))
                return fail(error,
                            QCoreApplication::translate("EventExporter", "export cancelled"));
        }
        // Stepping also fails, e.g. on a corrupt page.
        if (status != SQLITE_DONE)
            return fail(error, readError(m_db, handle));
        return true;
    }

    bool writeBlock(QString *error)
    {
        const bool written =
            writeBytes(m_out, QByteArrayView(m_block.data(), m_block.size()), error);
        m_block.clear(); // keeps the allocation
        return written;
    }

    const QSqlDatabase &m_db;
    ExportFormat m_format;
    const ExportOptions &m_options;
    Selection m_selection;
    QIODevice *m_out;
    const EventExporter::ProgressCallback &m_progress;
    std::vector<Statement> m_statements;
    Bytes m_block;
    qint64 m_rows = 0;
};

} // namespace

const QStringList &EventExporter::columns()
{
    static const QStringList names = {
        QStringLiteral("id"),
        QStringLiteral("title"),
        QStringLiteral("starts_at"),
        QStringLiteral("ends_at"),
        QStringLiteral("time_zone"),
        QStringLiteral("event_type"),
        QStringLiteral("location"),
        QStringLiteral("space_id"),
        QStringLiteral("space_name"),
        QStringLiteral("creator_id"),
        QStringLiteral("creator_name"),
        QStringLiteral("creator_email"),
        QStringLiteral("permalink"),
        QStringLiteral("rsvp_yes"),
        QStringLiteral("rsvp_maybe"),
        QStringLiteral("rsvp_no"),
        QStringLiteral("delivery_count"),
        QStringLiteral("first_received_at"),
        QStringLiteral("last_received_at"),
        QStringLiteral("status"),
    };
    return names;
}

qint64 EventExporter::countRows(const QSqlDatabase &db, QString *error)
{
    return countRows(db, ExportOptions(), error);
}

qint64 EventExporter::countRows(const QSqlDatabase &db, const ExportOptions &options,
                                QString *error)
{
    const Selection selection = selectionOf(options);
    QSqlQuery query(db);
    // The view when it can answer, so that a store without it fails here as in write().
    QString sql = QStringLiteral("SELECT count(*) FROM events");
    if (!selection.conditions.isEmpty())
        sql = QStringLiteral("SELECT count(*) FROM event_records WHERE ")
              + QString::fromUtf8(selection.conditions);
    bool ok = query.prepare(sql);
    for (const QVariant &value : selection.values)
        query.addBindValue(value);
    if (!ok || !query.exec() || !query.next()) {
        fail(error, readError(db, query.lastError()));
        return -1;
    }
    return query.value(0).toLongLong();
}

bool EventExporter::write(const QSqlDatabase &db, ExportFormat format, QIODevice *out,
                          QString *error, qint64 *rowCount, const ProgressCallback &progress)
{
    return write(db, format, ExportOptions(), out, error, rowCount, progress);
}

bool EventExporter::write(const QSqlDatabase &db, ExportFormat format, const ExportOptions &options,
                          QIODevice *out, QString *error, qint64 *rowCount,
                          const ProgressCallback &progress)
{
    if (!ExportFormats::isTabular(format)) {
        CalendarExporter::Counts counts;
        const bool written = CalendarExporter::write(db, options, out, error, &counts, progress);
        if (rowCount)
            *rowCount = counts.written;
        return written;
    }
    QString reason;
    qint64 rows = 0;
    bool ok = checkDevice(out, &reason);
    // Rows are read with SQLite's own API and written as the UTF-8 bytes it holds, which is
    // most of an export's speed: Qt SQL would make a QVariant of every value.
    sqlite3 *handle = ok ? SqliteStatement::connectionOf(db) : nullptr;
    if (ok && !handle)
        ok = fail(&reason, readError(db, QStringLiteral("not an SQLite connection")));
    if (ok) {
        const ReadTransaction transaction(handle);
        RowWriter writer(db, format, options, out, progress);
        ok = writer.prepare(handle, &reason) && writer.writeAll(handle, &reason)
             && flushDevice(out, &reason);
        rows = writer.rows();
    }
    if (rowCount)
        *rowCount = rows;
    if (ok)
        qCDebug(lcExport) << "wrote" << rows << "events as" << ExportFormats::name(format);
    else
        qCDebug(lcExport) << "export stopped after" << rows << "events:" << reason;
    if (!ok && error)
        *error = reason;
    return ok;
}
