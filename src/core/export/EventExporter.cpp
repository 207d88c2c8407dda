#include "export/EventExporter.h"

#include "Logging.h"

#include <QFileDevice>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

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

QString selectStatement()
{
    QStringList selected;
    for (const QString &column : EventExporter::columns())
        selected << QStringLiteral("v.") + column;
    // The join reaches starts_at_utc, which the view leaves out; id makes the order total.
    return QStringLiteral("SELECT ") + selected.join(QStringLiteral(", "))
           + QStringLiteral(" FROM events AS v JOIN event_records AS e ON e.id = v.id"
                            " ORDER BY e.starts_at_utc IS NULL, e.starts_at_utc, v.id");
}

bool csvNeedsQuotes(const QByteArray &field)
{
    for (char c : field) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            return true;
    }
    return false;
}

void appendCsvField(QByteArray &line, const QVariant &value)
{
    if (value.isNull())
        return;
    QByteArray field = value.toString().toUtf8();
    if (!csvNeedsQuotes(field)) {
        line += field;
        return;
    }
    line += '"';
    line += field.replace('"', QByteArrayView("\"\""));
    line += '"';
}

QByteArray csvLine(const QSqlQuery &query)
{
    QByteArray line;
    for (int i = 0; i < EventExporter::columns().size(); ++i) {
        if (i > 0)
            line += ',';
        appendCsvField(line, query.value(i));
    }
    line += "\r\n";
    return line;
}

QByteArray csvHeader()
{
    QByteArray header = EventExporter::columns().join(u',').toUtf8();
    header += "\r\n";
    return header;
}

void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    static constexpr char hexDigits[] = "0123456789abcdef";
    out += '"';
    for (char c : utf8) {
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
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += hexDigits[(c >> 4) & 0xf];
                out += hexDigits[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// `"name":` for every column, built once.
const QList<QByteArray> &jsonKeys()
{
    static const QList<QByteArray> keys = [] {
        QList<QByteArray> result;
        for (const QString &column : EventExporter::columns()) {
            QByteArray key;
            appendJsonString(key, column.toUtf8());
            result << key + ':';
        }
        return result;
    }();
    return keys;
}

void appendJsonValue(QByteArray &out, const QVariant &value, bool integer)
{
    if (value.isNull()) {
        out += "null";
        return;
    }
    bool isNumber = false;
    const qlonglong number = integer ? value.toLongLong(&isNumber) : 0;
    if (isNumber)
        out += QByteArray::number(number);
    else
        appendJsonString(out, value.toString().toUtf8());
}

QByteArray jsonObject(const QSqlQuery &query)
{
    QByteArray object = "{";
    for (int i = 0; i < EventExporter::columns().size(); ++i) {
        if (i > 0)
            object += ',';
        object += jsonKeys().at(i);
        appendJsonValue(object, query.value(i), integerColumns().at(i));
    }
    object += '}';
    return object;
}

QByteArray prologue(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return csvHeader();
    case ExportFormat::Json:
        return "[";
    case ExportFormat::Ndjson:
        return {};
    }
    Q_UNREACHABLE();
}

// rowIndex counts from 0; a JSON array needs a separator before every object but the first.
QByteArray encodeRow(ExportFormat format, const QSqlQuery &query, qint64 rowIndex)
{
    switch (format) {
    case ExportFormat::Csv:
        return csvLine(query);
    case ExportFormat::Json: {
        QByteArray element = rowIndex == 0 ? "\n" : ",\n";
        element += jsonObject(query);
        return element;
    }
    case ExportFormat::Ndjson: {
        QByteArray line = jsonObject(query);
        line += '\n';
        return line;
    }
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
    }
    Q_UNREACHABLE();
}

QString deviceError(const QIODevice *out)
{
    const QString reason = out->errorString();
    return QStringLiteral("cannot write the export: %1")
        .arg(reason.isEmpty() ? QStringLiteral("unknown error") : reason);
}

bool writeBytes(QIODevice *out, const QByteArray &bytes, QString *error)
{
    if (bytes.isEmpty())
        return true;
    const qint64 written = out->write(bytes);
    if (written < 0)
        return fail(error, deviceError(out));
    if (written != bytes.size())
        return fail(error, QStringLiteral("cannot write the export: only %1 of %2 bytes written")
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
        return fail(error, QStringLiteral("cannot write the export: the output is not open"));
    return true;
}

QString readError(const QSqlDatabase &db, const QSqlError &sqlError)
{
    const QString source = db.databaseName();
    if (source.isEmpty())
        return QStringLiteral("cannot read the events: %1").arg(describe(sqlError));
    return QStringLiteral("cannot read the events from %1: %2").arg(source, describe(sqlError));
}

bool startQuery(const QSqlDatabase &db, QSqlQuery &query, QString *error)
{
    // Forward-only lets the SQLite driver step through the rows without caching them.
    query.setForwardOnly(true);
    if (!query.exec(selectStatement()))
        return fail(error, readError(db, query.lastError()));
    return true;
}

bool writeRows(const QSqlDatabase &db, QSqlQuery &query, ExportFormat format, QIODevice *out,
               QString *error, qint64 &rows, const EventExporter::ProgressCallback &progress)
{
    while (query.next()) {
        if (!writeBytes(out, encodeRow(format, query, rows), error))
            return false;
        ++rows;
        if (progress && rows % EventExporter::ProgressInterval == 0 && !progress(rows))
            return fail(error, QStringLiteral("export cancelled"));
    }
    // next() also returns false when stepping fails, e.g. on a corrupt page.
    if (query.lastError().isValid())
        return fail(error, readError(db, query.lastError()));
    return true;
}

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
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM events")) || !query.next()) {
        fail(error, readError(db, query.lastError()));
        return -1;
    }
    return query.value(0).toLongLong();
}

bool EventExporter::write(const QSqlDatabase &db, ExportFormat format, QIODevice *out,
                          QString *error, qint64 *rowCount, const ProgressCallback &progress)
{
    qint64 rows = 0;
    QString reason;
    QSqlQuery query(db);
    const bool ok = checkDevice(out, &reason) && startQuery(db, query, &reason)
                    && writeBytes(out, prologue(format), &reason)
                    && writeRows(db, query, format, out, &reason, rows, progress)
                    && writeBytes(out, epilogue(format, rows), &reason)
                    && flushDevice(out, &reason);
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
