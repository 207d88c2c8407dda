#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// The bytes of every answer the receiver writes itself: a status line, JSON headers and a
// one-line JSON body, in one buffer so that each answer is one socket write.
class HttpAnswer final
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    static QByteArray json(int status, const QByteArray &json, const Headers &headers = {},
                           bool close = false);
    // Any answer: body as it is (none for 304), of contentType when there is one. withBody
    // false answers a HEAD: the same headers, Content-Length included, without the body.
    static QByteArray raw(int status, QByteArrayView contentType, const QByteArray &body,
                          const Headers &headers, bool close, bool withBody = true);
    // {"error":"<reason>"}
    static QByteArray errorBody(const QString &reason);
    static QByteArray reasonPhrase(int status);
};
