#include "store/SqliteStatement.h"

#include <QMetaType>
#include <QSqlDriver>

#include <sqlite3.h>

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

bool SqliteStatement::bind(const QVariantList &values)
{
    if (!m_statement)
        return false;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        int status = SQLITE_OK;
        const int type = value.metaType().id();
        if (value.isNull()) {
            status = sqlite3_bind_null(m_statement, i + 1);
        } else if (type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::UInt
                   || type == QMetaType::Bool) {
            status = sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
        } else {
            const QByteArray utf8 = value.toString().toUtf8();
            status = sqlite3_bind_text(m_statement, i + 1, utf8.constData(), int(utf8.size()),
                                       SQLITE_TRANSIENT);
        }
        if (status != SQLITE_OK)
            return false;
    }
    return true;
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
