#include "HttpTestClient.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray HttpTestResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpTestResponse::error() const
{
    return QJsonDocument::fromJson(body).object().value(QLatin1StringView("error")).toString();
}

HttpTestClient::HttpTestClient(quint16 port)
    : m_port(port)
{}

bool HttpTestClient::connectToServer(int timeoutMs)
{
    m_socket.connectToHost(QHostAddress::LocalHost, m_port);
    return m_socket.waitForConnected(timeoutMs);
}

bool HttpTestClient::send(const QByteArray &bytes)
{
    if (m_socket.write(bytes) != bytes.size())
        return false;
    return m_socket.waitForBytesWritten(5000) || m_socket.bytesToWrite() == 0;
}

bool HttpTestClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

std::optional<HttpTestResponse> HttpTestClient::readResponse(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        if (std::optional<HttpTestResponse> response = parseBuffered())
            return response;
        if (deadline.hasExpired())
            return std::nullopt;
        if (m_socket.bytesAvailable() == 0
            && !m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            m_buffer += m_socket.readAll();
            return parseBuffered();
        }
        m_buffer += m_socket.readAll();
    }
}

std::optional<HttpTestResponse> HttpTestClient::parseBuffered()
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = m_buffer.first(headerEnd).split('\n');
    HttpTestResponse response;
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2)
        return std::nullopt;
    response.status = statusLine.at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            response.headers.append(
                {line.first(colon).trimmed(), line.sliced(colon + 1).trimmed()});
    }
    const qsizetype bodyStart = headerEnd + 4;
    // Interim answers (100 Continue) have no body: hand them out on their own.
    const qint64 length =
        response.status / 100 == 1 ? 0 : response.header("content-length").toLongLong();
    if (m_buffer.size() - bodyStart < length)
        return std::nullopt;
    response.body = m_buffer.sliced(bodyStart, length);
    m_buffer.remove(0, bodyStart + length);
    return response;
}

bool HttpTestClient::waitForClosed(int timeoutMs)
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        // waitForDisconnected needs the peer to close; reading drains what it sent before.
        if (m_socket.waitForDisconnected(int(qMax<qint64>(1, deadline.remainingTime()))))
            return true;
        m_buffer += m_socket.readAll();
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
    }
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}

std::optional<HttpTestResponse> HttpTestClient::exchange(quint16 port, const QByteArray &request,
                                                         int timeoutMs)
{
    HttpTestClient client(port);
    if (!client.connectToServer(timeoutMs) || !client.send(request))
        return std::nullopt;
    return client.readResponse(timeoutMs);
}

QByteArray HttpTestClient::request(const QByteArray &method, const QByteArray &path,
                                   const QByteArray &body,
                                   const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST")
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

QByteArray HttpTestClient::delivery(const QByteArray &body, const QByteArray &token,
                                    const QByteArray &path)
{
    return request("POST", path, body,
                   {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}});
}
