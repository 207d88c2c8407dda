#include "StaticHttpServer.h"

#include <QTcpSocket>

StaticHttpServer::StaticHttpServer(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
        }
    });
}

quint16 StaticHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0) ? serverPort() : 0;
}

void StaticHttpServer::setAnswer(int status, const QByteArray &body, const QByteArray &contentType)
{
    m_status = status;
    m_body = body;
    m_contentType = contentType;
}

void StaticHttpServer::answer(QTcpSocket *socket)
{
    // Waits for the whole head and body (by Content-Length) before answering once.
    QByteArray buffered = socket->property("buffered").toByteArray() + socket->readAll();
    socket->setProperty("buffered", buffered);
    const qsizetype headEnd = buffered.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    const QByteArray head = buffered.left(headEnd);
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n'))
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    if (buffered.size() < headEnd + 4 + length)
        return;
    ++m_requests;
    m_lastHead = head;
    socket->setProperty("buffered", QByteArray());
    socket->write("HTTP/1.1 " + QByteArray::number(m_status) + " Stand-in\r\nContent-Type: "
                  + m_contentType + "\r\nContent-Length: " + QByteArray::number(m_body.size())
                  + "\r\nConnection: close\r\n\r\n" + m_body);
    socket->disconnectFromHost();
}
