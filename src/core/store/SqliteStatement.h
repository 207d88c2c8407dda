#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

// A statement run with SQLite's own API on a connection Qt SQL opened, for the loops that read
// a million values: Qt SQL makes a QVariant of every value (a UTF-16 string for text), which
// costs more than SQLite's own work there. Same thread as the connection; one statement.
class SqliteStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)

public:
    enum class Step {
        Row,
        Done,
        Error,
    };

    // Prepares sql; isValid() tells whether that worked (errorText() why not).
    SqliteStatement(const QSqlDatabase &db, QByteArrayView sql);
    ~SqliteStatement();

    // The SQLite connection under a Qt SQL one; nullptr for another driver.
    static sqlite3 *connectionOf(const QSqlDatabase &db);

    bool isValid() const { return m_statement != nullptr; }
    // SQLite's message for the last failure, one line.
    QString errorText() const;
    // Binds values in order: null, integers, and everything else as UTF-8 text.
    bool bind(const QVariantList &values);
    Step step();

    bool isNull(int column) const;
    bool isInteger(int column) const;
    qint64 integer(int column) const;
    // The value as UTF-8 text, valid until the next step(); empty data for NULL.
    QByteArrayView text(int column) const;

private:
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};
