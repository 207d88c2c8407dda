#pragma once

#include <QByteArray>
#include <QTcpServer>

// A stand-in HTTP service for tests, on a free local port: answers every request with the same
// status and body (an ngrok agent's API, a tunnel's error page, another service's 404).
class StaticHttpServer final : public QTcpServer
{
    Q_OBJECT

public:
    explicit StaticHttpServer(QObject *parent = nullptr);

    // Listens on 127.0.0.1; returns the port (0 on failure).
    quint16 start();
    void setAnswer(int status, const QByteArray &body,
                   const QByteArray &contentType = "application/json");
    int requestCount() const { return m_requests; }
    // The request line and headers of the last request.
    QByteArray lastRequestHead() const { return m_lastHead; }

private:
    void answer(QTcpSocket *socket);

    int m_status = 200;
    QByteArray m_body;
    QByteArray m_contentType;
    int m_requests = 0;
    QByteArray m_lastHead;
};
