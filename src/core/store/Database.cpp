#include "store/Database.h"

#include "Logging.h"
#include "store/SchemaMigrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {

// How long a writer waits for another connection's lock before the delivery is answered 503.
constexpr int BusyTimeoutMs = 2000;

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("eventwatch-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QString filePath, Mode mode)
    : m_filePath(std::move(filePath))
    , m_connectionName(uniqueConnectionName())
    , m_mode(mode)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::pathIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(fileName());
}

bool Database::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    if (m_mode == Mode::ReadOnly)
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open()) {
        if (error)
            *error = QCoreApplication::translate("Database", "cannot open %1: %2")
                         .arg(m_filePath, db.lastError().text());
        return false;
    }
    if (!applyPragmas(error))
        return false;
    if (m_mode == Mode::ReadOnly)
        return true;
    QString migrationError;
    if (!SchemaMigrations::migrate(db, &migrationError)) {
        if (error)
            *error = QCoreApplication::translate("Database", "cannot prepare %1: %2")
                         .arg(m_filePath, migrationError);
        return false;
    }
    return true;
}

bool Database::applyPragmas(QString *error)
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    QStringList pragmas = {QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs)};
    if (m_mode == Mode::Writer)
        pragmas << QStringLiteral("PRAGMA wal_autocheckpoint = 0");
    if (m_mode != Mode::ReadOnly) {
        // WAL persists in the file; synchronous must be set on every connection. FULL makes a
        // commit durable before it returns, which is what a 200 answer promises.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        if (!query.exec(pragma)) {
            if (error)
                *error = QCoreApplication::translate("Database", "cannot configure %1: %2")
                             .arg(m_filePath, query.lastError().text());
            return false;
        }
    }
    return true;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}
