#pragma once

#include <QTcpServer>

// A stand-in tunnel for tests: listens on a free local port and pipes every connection to a
// target port on 127.0.0.1, byte for byte, the way a tunnel's far end reaches Eventwatch.
class TcpForwarder final : public QTcpServer
{
    Q_OBJECT

public:
    explicit TcpForwarder(quint16 targetPort, QObject *parent = nullptr);
    // Listens on 127.0.0.1; returns the port (0 on failure).
    quint16 start();
    int connectionCount() const { return m_connections; }

private:
    void forward(QTcpSocket *incoming);

    quint16 m_targetPort;
    int m_connections = 0;
};
