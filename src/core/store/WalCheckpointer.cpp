#include "store/WalCheckpointer.h"

#include "Logging.h"
#include "store/Database.h"
#include "store/DeliveryWriter.h"

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace {

// Passes in a row, at most, while each leaves less behind.
constexpr int MaxPasses = 4;
// Left for the writer to copy: a few pages and two syncs between two of its commits.
constexpr qint64 NearlyCopiedFrames = 256;
// Smaller logs are left alone: they start over as soon as traffic pauses.
constexpr qint64 RestartFrames = 2048;

} // namespace

WalCheckpointer::WalCheckpointer(QString databasePath, std::chrono::milliseconds idleInterval,
                                 QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_timer(this)
{
    m_timer.setInterval(idleInterval);
    connect(&m_timer, &QTimer::timeout, this, &WalCheckpointer::checkpoint);
}

WalCheckpointer::~WalCheckpointer() = default;

void WalCheckpointer::serve(DeliveryWriter *writer)
{
    // Queued, even where both live on one thread (as in tests): the writer asks from inside
    // SQLite's commit hook, where no checkpoint may start.
    connect(writer, &DeliveryWriter::logGrew, this, &WalCheckpointer::checkpoint,
            Qt::QueuedConnection);
    connect(this, &WalCheckpointer::nearlyCopied, writer, &DeliveryWriter::finishCheckpoint,
            Qt::QueuedConnection);
}

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
    // A pass copies the log as it was when the pass began: what the next pass finds beyond that
    // was committed meanwhile, and is what is left.
    qint64 copiedBefore = -1;
    qint64 leftBefore = std::numeric_limits<qint64>::max();
    for (int i = 0; i < MaxPasses; ++i) {
        const std::optional<Pass> done = pass();
        if (!done || done->frames == 0)
            return;
        if (copiedBefore >= 0) {
            const qint64 left = done->frames - copiedBefore;
            if (left <= NearlyCopiedFrames) {
                if (done->frames >= RestartFrames)
                    Q_EMIT nearlyCopied();
                return;
            }
            if (left >= leftBefore)
                return;
            leftBefore = left;
        }
        copiedBefore = done->copied;
    }
}

std::optional<WalCheckpointer::Pass> WalCheckpointer::pass()
{
    if (!m_database)
        return std::nullopt;
    // PASSIVE never waits for the writer or readers: it copies what it can and comes back.
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !query.next()) {
        qCWarning(lcStore).noquote() << "checkpoint failed:" << query.lastError().text();
        return std::nullopt;
    }
    return Pass{query.value(1).toLongLong(), query.value(2).toLongLong()};
}
