#include "TcpForwarder.h"

#include <QTcpSocket>

TcpForwarder::TcpForwarder(quint16 targetPort, QObject *parent)
    : QTcpServer(parent)
    , m_targetPort(targetPort)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *incoming = nextPendingConnection())
            forward(incoming);
    });
}

quint16 TcpForwarder::start()
{
    return listen(QHostAddress::LocalHost, 0) ? serverPort() : 0;
}

void TcpForwarder::forward(QTcpSocket *incoming)
{
    ++m_connections;
    auto *outgoing = new QTcpSocket(incoming);
    connect(incoming, &QTcpSocket::readyRead, outgoing, [incoming, outgoing] {
        if (outgoing->state() == QAbstractSocket::ConnectedState)
            outgoing->write(incoming->readAll());
    });
    connect(outgoing, &QTcpSocket::connected, incoming,
            [incoming, outgoing] { outgoing->write(incoming->readAll()); });
    connect(outgoing, &QTcpSocket::readyRead, incoming,
            [incoming, outgoing] { incoming->write(outgoing->readAll()); });
    connect(outgoing, &QTcpSocket::disconnected, incoming, &QTcpSocket::disconnectFromHost);
    connect(incoming, &QTcpSocket::disconnected, incoming, &QObject::deleteLater);
    outgoing->connectToHost(QHostAddress::LocalHost, m_targetPort);
}
