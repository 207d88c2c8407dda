#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

// Posts a sample EventCreated delivery to a webhook URL, the way Mighty Networks would, so a
// user can see the whole path work before the first real webhook arrives.
class TestDeliverySender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestDeliverySender)

public:
    explicit TestDeliverySender(QObject *parent = nullptr);

    // A complete sample delivery: a unique event_id and an event starting tomorrow at 18:00 UTC.
    static QByteArray sampleBody(const QDateTime &now);

    void send(const QUrl &webhookUrl, const QByteArray &token);

Q_SIGNALS:
    // status is the HTTP status (0 when no answer came); message is one line for the user.
    void finished(int status, const QString &message);

private:
    QNetworkAccessManager *m_network;
};
