#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// "Check from outside": posts a test delivery to the public webhook URL, the way Mighty Networks
// would, and confirms that it came back in (the receiver stored its unique event_id). When it
// did not, names the hop that failed, so the user knows what to fix.
class PublicUrlCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicUrlCheck)

public:
    static constexpr int TimeoutMs = 20000;
    static constexpr qint64 MaxAnswerBytes = 64 * 1024;

    enum class Outcome {
        Passed,
        HostNotFound, // DNS: the public host name does not resolve
        TunnelDown,   // refused, timed out, or the tunnel's own error page (502, 504, 530, ngrok)
        WrongToken,   // 401: Eventwatch answered, the token is not the one it expects
        WrongService, // answered but the delivery is not stored here: another port or service
        Failed,       // anything else (the message says what)
    };
    Q_ENUM(Outcome)

    // databasePath: the receiver's store, where the delivery must arrive.
    explicit PublicUrlCheck(QString databasePath, QObject *parent = nullptr);

    void run(const QUrl &webhookUrl, const QByteArray &token);
    bool isRunning() const { return m_reply != nullptr; }

Q_SIGNALS:
    // message: one or two sentences for the user.
    void finished(PublicUrlCheck::Outcome outcome, const QString &message);

private:
    void onFinished(const QString &eventId);
    Outcome classify(QNetworkReply *reply, const QString &eventId, QString *message) const;
    bool isStored(const QString &eventId, QString *error) const;

    QString m_databasePath;
    QNetworkAccessManager *m_network;
    QNetworkReply *m_reply = nullptr;
};
