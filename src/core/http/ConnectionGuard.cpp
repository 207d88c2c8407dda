#include "http/ConnectionGuard.h"

#include "Logging.h"
#include "http/HttpAnswer.h"

#include <QTcpSocket>
#include <QTimer>

ConnectionGuard::ConnectionGuard(const GuardedConnection::Settings &settings, int maxConnections,
                                 QObject *parent)
    : QTcpServer(parent)
    , m_settings(settings)
    , m_maxConnections(maxConnections)
{}

void ConnectionGuard::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (m_connections.size() >= m_maxConnections && !makeRoom()) {
        turnAway(socket);
        return;
    }
    auto *connection = new GuardedConnection(socket, m_settings);
    m_connections.append(connection);
    connect(connection, &QObject::destroyed, this,
            [this, connection] { m_connections.removeOne(connection); });
    const QHostAddress peer = socket->peerAddress();
    connect(
        connection, &GuardedConnection::refused, this,
        [this, peer](int status, const QString &reason) { Q_EMIT refused(status, reason, peer); });
    addPendingConnection(socket);
}

// Closes the quietest connection that loses nothing by closing: an idle one first, else one
// still dawdling over its headers.
bool ConnectionGuard::makeRoom()
{
    GuardedConnection *quietest = nullptr;
    for (const bool idleOnly : {true, false}) {
        for (GuardedConnection *connection : std::as_const(m_connections)) {
            const bool candidate =
                idleOnly ? connection->isIdle() : connection->isReceivingHeaders();
            if (candidate && (!quietest || connection->quietFor() > quietest->quietFor()))
                quietest = connection;
        }
        if (quietest)
            break;
    }
    if (!quietest)
        return false;
    m_connections.removeOne(quietest);
    quietest->evict();
    return true;
}

void ConnectionGuard::turnAway(QTcpSocket *socket)
{
    // Logged in summary: a flood of connections must not become a flood of log lines.
    if (m_turnedAwaySinceLog++ % 1000 == 0)
        qCWarning(lcHttp) << "connection limit" << m_maxConnections
                          << "reached: turning connections away";
    static const QByteArray answer =
        HttpAnswer::json(503, HttpAnswer::errorBody(QStringLiteral("too many connections")),
                         {{"Retry-After", "5"}}, true);
    socket->write(answer);
    socket->disconnectFromHost();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(2000, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}
