#pragma once

#include "http/HttpRequestFramer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

class QTcpSocket;

// Watches one client connection on behalf of QHttpServer 6.4, which has no limits of its own.
// It sees every byte before QHttpServer does and enforces the header and body limits, the header
// and idle deadlines, Expect: 100-continue and Connection: close. It is a child of its socket,
// so it lives exactly as long as the connection.
class GuardedConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedConnection)

public:
    struct Settings
    {
        HttpRequestFramer::Limits limits;
        std::chrono::milliseconds idleTimeout{30000};
        std::chrono::milliseconds headerTimeout{10000};
    };

    GuardedConnection(QTcpSocket *socket, const Settings &settings);

    static GuardedConnection *of(QTcpSocket *socket);

    // Call after an answer was written to the socket: closes the connection when the client
    // asked for that, and otherwise starts the idle deadline.
    void answerWritten();
    // Whether the client asked to close the connection after the current answer.
    bool closeRequested() const { return m_framer.closeRequested(); }

    // Whether closing this connection loses nothing: no request has started or is unanswered.
    bool isIdle() const;
    // Whether the connection is still sending its request headers.
    bool isReceivingHeaders() const { return !m_refused && m_framer.inHeaders(); }
    // Milliseconds since the client last sent a byte or was answered.
    qint64 quietFor() const { return m_lastActivity.elapsed(); }
    // Closes the connection at once to make room for another.
    void evict();

    // Writes an error answer of our own, closes the connection and keeps QHttpServer from
    // reading anything more from it.
    void refuse(int status, const QByteArray &reason);

Q_SIGNALS:
    void refused(int status, const QString &reason);

private:
    void onReadyRead();
    HttpRequestFramer::Progress frameArrived();
    void drain();
    void armDeadline();
    void onDeadline();
    void closeNow();

    QTcpSocket *m_socket;
    Settings m_settings;
    HttpRequestFramer m_framer;
    QTimer m_deadline;
    QElapsedTimer m_messageClock;
    QElapsedTimer m_lastActivity;
    int m_unanswered = 0;
    bool m_refused = false;
};
