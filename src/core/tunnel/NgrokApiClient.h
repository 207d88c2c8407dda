#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Asks a running ngrok agent, through its local API, for the public URL of the tunnel that
// forwards to Eventwatch's port. The answer is bounded in size and time: the API is on this
// machine, so a slow or huge answer means something else listens there.
class NgrokApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NgrokApiClient)

public:
    static constexpr qint64 MaxAnswerBytes = 512 * 1024;
    static constexpr int TimeoutMs = 3000;

    enum class Outcome {
        Found,    // url is the tunnel's public URL
        NoTunnel, // the agent runs, but no tunnel of it forwards to the port
        NoAgent,  // nothing answers at the API address
        Failed,   // something answered, but not as the API does
    };
    Q_ENUM(Outcome)

    explicit NgrokApiClient(QObject *parent = nullptr);

    // Where the agent's API listens (default http://127.0.0.1:4040); tests give their own.
    void setApiBaseUrl(const QUrl &url) { m_apiBaseUrl = url; }
    QUrl apiBaseUrl() const { return m_apiBaseUrl; }

    // Asks once; answered() follows. A query still running is abandoned.
    void query(quint16 port);

Q_SIGNALS:
    // detail is one line for the user when the outcome is NoAgent or Failed.
    void answered(NgrokApiClient::Outcome outcome, const QUrl &url, const QString &detail);

private:
    void onFinished(QNetworkReply *reply, quint16 port);

    QNetworkAccessManager *m_network;
    QNetworkReply *m_pending = nullptr;
    QUrl m_apiBaseUrl;
};
