#include "http/ReceiverService.h"

#include "Logging.h"
#include "feed/CalendarFeed.h"
#include "http/WebhookServer.h"
#include "store/Database.h"
#include "store/DeliveryWriter.h"
#include "store/WalCheckpointer.h"

#include <QCoreApplication>
#include <QDir>

ReceiverService::ReceiverService(ReceiverConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    qRegisterMetaType<QList<StoreOutcome>>();
    m_serverThread.setObjectName(QStringLiteral("eventwatch-http"));
    m_writerThread.setObjectName(QStringLiteral("eventwatch-store"));
    m_checkpointThread.setObjectName(QStringLiteral("eventwatch-checkpoint"));
    m_feedThread.setObjectName(QStringLiteral("eventwatch-feed"));
}

ReceiverService::~ReceiverService()
{
    stop();
}

QString ReceiverService::databasePath() const
{
    return Database::pathIn(m_config.dataDir);
}

bool ReceiverService::prepareStore(QString *error) const
{
    if (!QDir().mkpath(m_config.dataDir)) {
        if (error)
            *error = QCoreApplication::translate("ReceiverService",
                                                 "cannot create the data directory %1")
                         .arg(m_config.dataDir);
        return false;
    }
    Database database(databasePath());
    return database.open(error);
}

bool ReceiverService::start(QString *error)
{
    if (m_running)
        return true;
    if (m_config.token.isEmpty() && !m_config.allowNoAuth) {
        if (error)
            *error = QCoreApplication::translate("ReceiverService", "no webhook token is set");
        return false;
    }
    if (!QDir().mkpath(m_config.dataDir)) {
        if (error)
            *error = QCoreApplication::translate("ReceiverService",
                                                 "cannot create the data directory %1")
                         .arg(m_config.dataDir);
        return false;
    }
    m_writer = new DeliveryWriter(databasePath(), m_config.refusalLogLimit);
    m_writer->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_writerThread.start();
    bool opened = false;
    QString openError;
    QMetaObject::invokeMethod(
        m_writer, [&] { opened = m_writer->open(&openError); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        if (error)
            *error = openError;
        m_writerThread.quit();
        m_writerThread.wait();
        m_writer = nullptr;
        return false;
    }
    if (!startCheckpointer(error) || !startFeed(error)) {
        m_checkpointThread.quit();
        m_checkpointThread.wait();
        m_checkpointer = nullptr;
        m_writerThread.quit();
        m_writerThread.wait();
        m_writer = nullptr;
        return false;
    }

    m_server = new WebhookServer(m_config, m_writer);
    m_server->setCalendarFeed(m_feed);
    m_server->moveToThread(&m_serverThread);
    connect(&m_serverThread, &QThread::finished, m_server, &QObject::deleteLater);
    connect(m_writer, &DeliveryWriter::stored, m_server, &WebhookServer::answerStored);
    connect(m_server, &WebhookServer::deliveriesStored, this, &ReceiverService::deliveriesStored);
    connect(m_server, &WebhookServer::deliveryRefused, this, &ReceiverService::deliveryRefused);
    connect(m_writer, &DeliveryWriter::derived, this, &ReceiverService::storeChanged);
    connect(m_feed, &CalendarFeed::answered, m_server, &WebhookServer::answerFeed);
    m_serverThread.start();
    QString listenError;
    QMetaObject::invokeMethod(
        m_server, [&] { m_port = m_server->listen(&listenError); }, Qt::BlockingQueuedConnection);
    m_running = true;
    if (m_port == 0) {
        stop();
        if (error)
            *error = listenError;
        return false;
    }
    qCDebug(lcHttp).noquote() << "listening on" << webhookUrl();
    return true;
}

void ReceiverService::stop()
{
    if (!m_running)
        return;
    m_running = false;
    // New connections stop first; then whatever was accepted is written and answered.
    QMetaObject::invokeMethod(
        m_server, [this] { m_server->stopListening(); }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        m_writer, [this] { m_writer->flushNow(); }, Qt::BlockingQueuedConnection);
    // The outcomes were queued to the server thread before this call, so they are answered
    // before the sockets are flushed.
    QMetaObject::invokeMethod(
        m_server, [this] { m_server->flushConnections(); }, Qt::BlockingQueuedConnection);
    m_serverThread.quit();
    m_serverThread.wait();
    QMetaObject::invokeMethod(
        m_writer, [this] { m_writer->flushNow(); }, Qt::BlockingQueuedConnection);
    m_writerThread.quit();
    m_writerThread.wait();
    m_checkpointThread.quit();
    m_checkpointThread.wait();
    m_feedThread.quit();
    m_feedThread.wait();
    m_server = nullptr;
    m_writer = nullptr;
    m_checkpointer = nullptr;
    m_feed = nullptr;
}

void ReceiverService::setFeedToken(const QByteArray &token)
{
    m_config.feedToken = token;
    if (m_server)
        QMetaObject::invokeMethod(m_server,
                                  [server = m_server, token] { server->setFeedToken(token); });
}

// The feed is built at a lower priority than deliveries are stored and answered: on a busy
// machine a calendar may wait, Mighty Networks should not.
bool ReceiverService::startFeed(QString *error)
{
    m_feed = new CalendarFeed(databasePath(), m_config.feedLimits);
    m_feed->moveToThread(&m_feedThread);
    connect(&m_feedThread, &QThread::finished, m_feed, &QObject::deleteLater);
    m_feedThread.start();
    bool opened = false;
    QMetaObject::invokeMethod(
        m_feed, [&] { opened = m_feed->open(error); }, Qt::BlockingQueuedConnection);
    if (opened)
        return true;
    m_feedThread.quit();
    m_feedThread.wait();
    m_feed = nullptr;
    return false;
}

bool ReceiverService::startCheckpointer(QString *error)
{
    m_checkpointer = new WalCheckpointer(databasePath());
    m_checkpointer->moveToThread(&m_checkpointThread);
    connect(&m_checkpointThread, &QThread::finished, m_checkpointer, &QObject::deleteLater);
    m_checkpointer->serve(m_writer);
    m_checkpointThread.start();
    bool opened = false;
    QMetaObject::invokeMethod(
        m_checkpointer, [&] { opened = m_checkpointer->open(error); },
        Qt::BlockingQueuedConnection);
    if (opened)
        return true;
    m_checkpointThread.quit();
    m_checkpointThread.wait();
    m_checkpointer = nullptr;
    return false;
}

bool ReceiverService::reconfigure(const ReceiverConfig &config, QString *error)
{
    ReceiverConfig previous = m_config;
    previous.port = m_port; // back to the very port it had, even if it was picked freely
    stop();
    m_config = config;
    if (start(error))
        return true;
    m_config = previous;
    start(nullptr);
    return false;
}

QUrl ReceiverService::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_config.bindAddress.toString());
    url.setPort(m_running ? m_port : m_config.port);
    return url;
}

QString ReceiverService::webhookUrl() const
{
    return baseUrl().toString() + WebhookServer::WebhookPath;
}

int ReceiverService::activeConnections() const
{
    int count = 0;
    if (m_server)
        QMetaObject::invokeMethod(
            m_server, [&] { count = m_server->activeConnections(); }, Qt::BlockingQueuedConnection);
    return count;
}
