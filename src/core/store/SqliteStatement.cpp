#include "store/SqliteStatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {

// The handle of a QSQLITE connection, as Qt documents for QSqlDriver::handle().
sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::prepare(const QSqlDatabase &db, QByteArrayView sql, QString *error)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_db = nativeHandle(db);
    if (!m_db) {
        if (error)
            *error = QStringLiteral("not an open SQLite connection");
        return false;
    }
    if (sqlite3_prepare_v3(m_db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
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

SqliteStatement::Step SqliteStatement::step()
{
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        return Step::Done;
    default:
        return Step::Failed;
    }
}

QString SqliteStatement::columnText(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, index));
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

QString SqliteStatement::errorText() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no connection");
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}
