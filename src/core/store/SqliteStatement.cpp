#include "store/SqliteStatement.h"

#include <QMetaType>
#include <QSqlDriver>

#include <sqlite3.h>

namespace {

// The pointer type SQLite checks when the collector comes back out of a bound value.
constexpr char CollectorType[] = "eventwatch-collector";
// Values appended between looks at the cancel flag.
constexpr qsizetype CancelCheckInterval = 4096;

void collectStep(sqlite3_context *context, int, sqlite3_value **arguments)
{
    auto *collector = static_cast<SqliteStatement::Collector *>(
        sqlite3_value_pointer(arguments[1], CollectorType));
    if (!collector) {
        sqlite3_result_error(context, "collect_integers: no collector bound", -1);
        return;
    }
    collector->values.append(sqlite3_value_int64(arguments[0]));
    if (collector->cancel && collector->values.size() % CancelCheckInterval == 0
        && collector->cancel->load(std::memory_order_relaxed))
        sqlite3_result_error(context, "cancelled", -1);
}

void collectFinal(sqlite3_context *context)
{
    sqlite3_result_null(context);
}

} // namespace

SqliteStatement::SqliteStatement(const QSqlDatabase &db, QByteArrayView sql)
    : m_connection(connectionOf(db))
{
    if (m_connection
        && sqlite3_prepare_v2(m_connection, sql.data(), int(sql.size()), &m_statement, nullptr)
               != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::prepare(const QSqlDatabase &db, QByteArrayView sql, QString *error)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_connection = connectionOf(db);
    if (!m_connection) {
        if (error)
            *error = QStringLiteral("not an open SQLite connection");
        return false;
    }
    if (sqlite3_prepare_v3(m_connection, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr)
        != SQLITE_OK) {
        if (error)
            *error = errorText();
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return false;
    }
    return true;
}

sqlite3 *SqliteStatement::connectionOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString SqliteStatement::errorText() const
{
    if (!m_connection)
        return QStringLiteral("not an SQLite connection");
    return QString::fromUtf8(sqlite3_errmsg(m_connection)).simplified();
}

bool SqliteStatement::bind(const QVariantList &values, int first)
{
    if (!m_statement)
        return false;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        int status = SQLITE_OK;
        const int type = value.metaType().id();
        if (value.isNull()) {
            status = sqlite3_bind_null(m_statement, first + i);
        } else if (type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::UInt
                   || type == QMetaType::Bool) {
            status = sqlite3_bind_int64(m_statement, first + i, value.toLongLong());
        } else {
            const QByteArray utf8 = value.toString().toUtf8();
            status = sqlite3_bind_text(m_statement, first + i, utf8.constData(), int(utf8.size()),
                                       SQLITE_TRANSIENT);
        }
        if (status != SQLITE_OK)
            return false;
    }
    return true;
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    if (utf8.isNull())
        sqlite3_bind_null(m_statement, index);
    else
        sqlite3_bind_text(m_statement, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int index, QByteArrayView bytes)
{
    // A zero-length blob, not NULL: the body column holds what arrived, even nothing.
    sqlite3_bind_blob(m_statement, index, bytes.isNull() ? "" : bytes.data(), int(bytes.size()),
                      SQLITE_STATIC);
}

bool SqliteStatement::addCollectFunction(const QSqlDatabase &db)
{
    sqlite3 *connection = connectionOf(db);
    return connection
           && sqlite3_create_function_v2(connection, "collect_integers", 2, SQLITE_UTF8, nullptr,
                                         nullptr, collectStep, collectFinal, nullptr)
                  == SQLITE_OK;
}

bool SqliteStatement::bindCollector(int position, Collector *collector)
{
    return m_statement
           && sqlite3_bind_pointer(m_statement, position, collector, CollectorType, nullptr)
                  == SQLITE_OK;
}

SqliteStatement::Step SqliteStatement::step()
{
    if (!m_statement)
        return Step::Error;
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        return Step::Done;
    default:
        return Step::Error;
    }
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_connection);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

bool SqliteStatement::isInteger(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_INTEGER;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteStatement::text(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

QString SqliteStatement::columnText(int column) const
{
    const QByteArrayView utf8 = text(column);
    return QString::fromUtf8(utf8.data(), utf8.size());
}
