#pragma once

#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <atomic>

struct sqlite3;
struct sqlite3_stmt;

// A statement run with SQLite's own API on a connection Qt SQL opened, for the few places where
// Qt SQL's per-value work costs more than SQLite's own: the loops that read a million values
// (Qt SQL makes a QVariant of every value, a UTF-16 string for text), and the statements every
// delivery runs (each bound value costs a generated placeholder name and a hash lookup, each
// text is converted to UTF-16 and back). Everything else goes through QSqlQuery.
//
// On the connection's thread only, and finalized before the connection closes.
class SqliteStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)

public:
    enum class Step {
        Row,
        Done,
        Error,
    };

    // Unprepared: call prepare() before anything else.
    SqliteStatement() = default;
    // Prepares sql; isValid() tells whether that worked (errorText() why not).
    SqliteStatement(const QSqlDatabase &db, QByteArrayView sql);
    ~SqliteStatement();

    // The SQLite connection under a Qt SQL one; nullptr for another driver.
    static sqlite3 *connectionOf(const QSqlDatabase &db);

    // Prepares sql to be run many times; false with a reason when the connection is not SQLite
    // or the statement does not compile.
    bool prepare(const QSqlDatabase &db, QByteArrayView sql, QString *error);
    bool isValid() const { return m_statement != nullptr; }
    // SQLite's message for the last failure, one line.
    QString errorText() const;

    // Binds values in order from position first (1-based): null, integers, and everything else
    // as UTF-8 text (copied).
    bool bind(const QVariantList &values, int first = 1);
    // Bind without a copy: the bytes must stay alive until reset(). Indexes count from 1.
    void bindText(int index, QByteArrayView utf8); // a null view binds NULL
    void bindBlob(int index, QByteArrayView bytes);

    // Where the aggregate collect_integers(value, collector) puts the values of a set: SQLite
    // appends them itself, which saves returning to the caller for every row (for 800,000
    // rowids a third of the time). The collector is bound as a pointer, never seen as SQL text.
    struct Collector
    {
        QList<qint64> values;
        const std::atomic_bool *cancel = nullptr; // stops the statement when it becomes true
    };
    // Makes collect_integers() known to the connection; needed once per connection.
    static bool addCollectFunction(const QSqlDatabase &db);
    // Binds collector at position (1-based), after bind() bound the values before it.
    bool bindCollector(int position, Collector *collector);

    Step step();
    // Ready to run again, with no values bound.
    void reset();
    // Rows the last INSERT, UPDATE or DELETE changed.
    int changes() const;

    // Columns count from 0, as in SQLite.
    bool isNull(int column) const;
    bool isInteger(int column) const;
    qint64 integer(int column) const;
    // The value as UTF-8 text, valid until the next step(); empty data for NULL.
    QByteArrayView text(int column) const;
    QString columnText(int column) const;

private:
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};
