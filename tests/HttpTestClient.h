#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpSocket>

#include <optional>
#include <utility>

// A deliberately raw HTTP/1.1 client for tests: it writes exactly the bytes it is given and
// parses exactly one response at a time, so tests can send what no well-behaved client would.
// Blocking calls are fine here because the server under test runs on its own threads.
struct HttpTestResponse
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    // The "error" member of a JSON error body.
    QString error() const;
};

class HttpTestClient
{
public:
    explicit HttpTestClient(quint16 port);

    bool connectToServer(int timeoutMs = 5000);
    bool send(const QByteArray &bytes);
    // Reads the next complete response; empty on timeout or when the connection closed first.
    std::optional<HttpTestResponse> readResponse(int timeoutMs = 5000);
    bool waitForClosed(int timeoutMs);
    bool isConnected() const;
    QTcpSocket &socket() { return m_socket; }

    // Connects, sends one request and reads its answer.
    static std::optional<HttpTestResponse> exchange(quint16 port, const QByteArray &request,
                                                    int timeoutMs = 5000);
    // A complete request with Host and Content-Length filled in.
    static QByteArray request(const QByteArray &method, const QByteArray &path,
                              const QByteArray &body = {},
                              const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    // A POST of body to the webhook path with the token and a JSON content type.
    static QByteArray delivery(const QByteArray &body, const QByteArray &token,
                               const QByteArray &path = "/webhooks/mighty-networks");

private:
    std::optional<HttpTestResponse> parseBuffered();

    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};
