#include "store/WalCheckpointer.h"

#include "Logging.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

constexpr int IntervalMs = 1000;

} // namespace

WalCheckpointer::WalCheckpointer(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_timer(this)
{
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &WalCheckpointer::checkpoint);
}

WalCheckpointer::~WalCheckpointer() = default;

bool WalCheckpointer::open(QString *error)
{
    m_database = std::make_unique<Database>(m_databasePath);
    if (!m_database->open(error))
        return false;
    m_timer.start();
    return true;
}

void WalCheckpointer::checkpoint()
{
    if (!m_database)
        return;
    // PASSIVE never waits for the writer or readers: it copies what it can and comes back.
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        qCWarning(lcStore).noquote() << "checkpoint failed:" << query.lastError().text();
}
