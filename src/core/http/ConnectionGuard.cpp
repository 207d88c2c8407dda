#include "http/ConnectionGuard.h"

#include "Logging.h"

#include <QTcpSocket>
#include <QTimer>

ConnectionGuard::ConnectionGuard(const GuardedConnection::Settings &settings, int maxConnections,
                                 QObject *parent)
    : QTcpServer(parent)
    , m_settings(settings)
    , m_maxConnections(maxConnections)
{
}

void ConnectionGuard::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (m_active >= m_maxConnections) {
        turnAway(socket);
        return;
    }
    auto *connection = new GuardedConnection(socket, m_settings);
    ++m_active;
    connect(connection, &QObject::destroyed, this, [this] { --m_active; });
    const QHostAddress peer = socket->peerAddress();
    connect(connection, &GuardedConnection::refused, this,
            [this, peer](int status, const QString &reason) {
                Q_EMIT refused(status, reason, peer);
            });
    addPendingConnection(socket);
}

void ConnectionGuard::turnAway(QTcpSocket *socket)
{
    // Logged in summary: a flood of connections must not become a flood of log lines.
    if (m_turnedAwaySinceLog++ % 1000 == 0)
        qCWarning(lcHttp) << "connection limit" << m_maxConnections
                          << "reached: turning connections away";
    static const QByteArray body = R"({"error":"too many connections"})";
    static const QByteArray answer =
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nRetry-After: 5\r\nConnection: close\r\n\r\n" + body;
    socket->write(answer);
    socket->disconnectFromHost();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(2000, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}
