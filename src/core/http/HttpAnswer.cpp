#include "http/HttpAnswer.h"

#include <QJsonDocument>
#include <QJsonObject>

QByteArray HttpAnswer::json(int status, const QByteArray &json, const Headers &headers, bool close)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
                       + "\r\nContent-Type: application/json\r\nContent-Length: "
                       + QByteArray::number(json.size() + 1) + "\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    if (close)
        bytes += "Connection: close\r\n";
    return bytes + "\r\n" + json + '\n';
}

QByteArray HttpAnswer::raw(int status, QByteArrayView contentType, const QByteArray &body,
                           const Headers &headers, bool close, bool withBody)
{
    QByteArray bytes =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        bytes += "Content-Type: " + contentType.toByteArray() + "\r\n";
    // A 304 has no body and must not announce one.
    if (status != 304)
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    if (close)
        bytes += "Connection: close\r\n";
    bytes += "\r\n";
    if (withBody && status != 304)
        bytes += body;
    return bytes;
}

QByteArray HttpAnswer::errorBody(const QString &reason)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), reason}})
        .toJson(QJsonDocument::Compact);
}

QByteArray HttpAnswer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    }
    return "Error";
}
