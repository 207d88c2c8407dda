#include "DeliveryLogLoader.h"

#include "store/Database.h"

#include <QFileInfo>

DeliveryLogLoader::DeliveryLogLoader(QObject *parent)
    : QObject(parent)
{}

// Runs on the loader's thread (deleted when the thread finishes): the connection is closed by
// the thread that opened it.
DeliveryLogLoader::~DeliveryLogLoader() = default;

void DeliveryLogLoader::request(Request request)
{
    m_latest = request.serial;
    QMetaObject::invokeMethod(
        this, [this, request = std::move(request)] { run(request); }, Qt::QueuedConnection);
}

void DeliveryLogLoader::run(const Request &request)
{
    if (request.serial != m_latest)
        return; // a newer request is queued behind this one
    Result result;
    result.serial = request.serial;
    if (request.databasePath.isEmpty() || !QFileInfo::exists(request.databasePath)) {
        result.storeExists = false;
        Q_EMIT loaded(result);
        return;
    }
    QString error;
    if (!ensureOpen(request.databasePath, &error)) {
        Q_EMIT failed(request.serial, error);
        return;
    }
    const DeliveryLogQuery query(m_database->connection());
    const auto summary = query.summary(request.now, &error);
    auto entries = summary ? query.entries(request.filter, DeliveryLogQuery::DefaultLimit, &error)
                           : std::nullopt;
    if (!entries) {
        Q_EMIT failed(request.serial, error);
        return;
    }
    result.summary = *summary;
    result.entries = *std::move(entries);
    Q_EMIT loaded(result);
}

bool DeliveryLogLoader::ensureOpen(const QString &path, QString *error)
{
    if (m_database && m_openPath == path)
        return true;
    m_database.reset();
    auto database = std::make_unique<Database>(path, Database::Mode::ReadOnly);
    if (!database->open(error))
        return false;
    m_database = std::move(database);
    m_openPath = path;
    return true;
}
