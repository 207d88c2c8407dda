#pragma once

#include "http/GuardedConnection.h"

#include <QHostAddress>
#include <QTcpServer>

// The listening socket QHttpServer is bound to. Every accepted connection is put under a
// GuardedConnection before QHttpServer sees it. At the connection limit the connection that has
// been quiet longest without a request in flight makes room (so idle connections, however many
// are opened, never lock a sender out); when every connection is busy the newcomer is answered
// 503 without reaching QHttpServer at all.
class ConnectionGuard final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    ConnectionGuard(const GuardedConnection::Settings &settings, int maxConnections,
                    QObject *parent = nullptr);

    int activeConnections() const { return int(m_connections.size()); }

Q_SIGNALS:
    void refused(int status, const QString &reason, const QHostAddress &peer);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    bool makeRoom();
    void turnAway(QTcpSocket *socket);

    GuardedConnection::Settings m_settings;
    int m_maxConnections;
    QList<GuardedConnection *> m_connections;
    int m_turnedAwaySinceLog = 0;
};
