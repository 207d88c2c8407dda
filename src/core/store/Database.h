#pragma once

#include <QSqlDatabase>
#include <QString>

// One SQLite connection to Eventwatch's store, owned by the thread that opened it (Qt SQL
// connections must not cross threads). Opening read-write applies the pragmas every connection
// needs and brings the schema up to date.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Mode {
        ReadWrite,
        ReadOnly,
        // The one connection that writes deliveries: checkpoints are left to WalCheckpointer.
        Writer,
    };

    explicit Database(QString filePath, Mode mode = Mode::ReadWrite);
    ~Database();

    // Returns false and sets error (one line, meant for the user) when the file cannot be opened,
    // configured or migrated.
    bool open(QString *error);
    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }

    static QString fileName() { return QStringLiteral("eventwatch.sqlite3"); }
    static QString pathIn(const QString &dataDir);

private:
    bool applyPragmas(QString *error);

    QString m_filePath;
    QString m_connectionName;
    Mode m_mode;
};
