#pragma once

#include "http/GuardedConnection.h"

#include <QHostAddress>
#include <QTcpServer>

// The listening socket QHttpServer is bound to. Every accepted connection is put under a
// GuardedConnection before QHttpServer sees it, and connections beyond the limit are answered
// 503 and closed without reaching QHttpServer at all.
class ConnectionGuard final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    ConnectionGuard(const GuardedConnection::Settings &settings, int maxConnections,
                    QObject *parent = nullptr);

    int activeConnections() const { return m_active; }

Q_SIGNALS:
    void refused(int status, const QString &reason, const QHostAddress &peer);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void turnAway(QTcpSocket *socket);

    GuardedConnection::Settings m_settings;
    int m_maxConnections;
    int m_active = 0;
    int m_turnedAwaySinceLog = 0;
};
