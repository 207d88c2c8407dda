#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// A statement prepared once on a Qt SQL connection's own SQLite handle and run many times, for
// the few statements every delivery runs. Through QSqlQuery each bound value costs a generated
// placeholder name and a hash lookup, each text is converted to UTF-16 and back, and each run
// copies its results; together that was a third of the writer's work per delivery. Everything
// else goes through QSqlQuery.
//
// Values are bound without a copy: they must stay alive until reset(). On the connection's
// thread only, and finalized before the connection closes.
class SqliteStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)

public:
    SqliteStatement() = default;
    ~SqliteStatement();

    // False with a reason when the connection is not SQLite or the statement does not compile.
    bool prepare(const QSqlDatabase &db, QByteArrayView sql, QString *error);

    // Indexes count from 1, as in SQLite.
    void bindText(int index, QByteArrayView utf8); // a null view binds NULL
    void bindBlob(int index, QByteArrayView bytes);

    enum class Step {
        Row,
        Done,
        Failed,
    };
    Step step();
    QString columnText(int index) const; // from 0, as in SQLite
    // Rows the last INSERT, UPDATE or DELETE changed.
    int changes() const;
    QString errorText() const;
    // Ready to run again, with no values bound.
    void reset();

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};
