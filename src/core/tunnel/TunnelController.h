#pragma once

#include "tunnel/NgrokApiClient.h"
#include "tunnel/TunnelProvider.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

class TunnelProcess;

// Keeps a public HTTPS address in front of the receiver: reads it from a running ngrok agent
// (or an ngrok started on request), or runs a cloudflared quick tunnel. Tells its state as it
// changes: off, starting, up with the public URL, or down with the reason.
class TunnelController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TunnelController)

public:
    enum class State {
        Off,
        Starting,
        Up,
        Down,
    };
    Q_ENUM(State)

    static constexpr int NgrokPollMs = 5000;

    explicit TunnelController(QObject *parent = nullptr);
    ~TunnelController() override;

    // For tests: the ngrok agent's API address, and the restart delays of a child tunnel.
    void setNgrokApiBaseUrl(const QUrl &url);
    void setBackoff(int firstMs, int maxMs);

    // Follows provider for the receiver on port (of 127.0.0.1); None (or port 0) turns it off.
    // Calling again with the same values changes nothing.
    void start(TunnelProvider provider, quint16 port);
    void stop();
    // Runs "ngrok http <port>" as a child: for when ngrok is installed but no agent runs.
    void startNgrok();

    TunnelProvider provider() const { return m_provider; }
    State state() const { return m_state; }
    // Known only while Up.
    QUrl publicUrl() const { return m_state == State::Up ? m_publicUrl : QUrl(); }
    // Why the tunnel is down (one line), or what it waits for while starting.
    QString reason() const { return m_reason; }
    // ngrok is chosen and installed, but no agent runs and none was started.
    bool canStartNgrok() const;
    // The child's pid (cloudflared or ngrok), 0 when none runs.
    qint64 childProcessId() const;

    static bool isInstalled(TunnelProvider provider);
    static QString programName(TunnelProvider provider);

Q_SIGNALS:
    void stateChanged(TunnelController::State state);
    // The public URL appeared, changed or went away (empty).
    void publicUrlChanged(const QUrl &url);

private:
    void startCloudflared();
    void watchNgrok();
    void onNgrokAnswer(NgrokApiClient::Outcome outcome, const QUrl &url, const QString &detail);
    void onChildLine(const QString &line);
    void onChildDied(const QString &reason, int restartInMs);
    TunnelProcess *makeChild(const QString &program, const QStringList &arguments);
    void setState(State state, const QString &reason, const QUrl &url = {});

    NgrokApiClient m_ngrokApi;
    QTimer m_ngrokPoll;
    TunnelProcess *m_child = nullptr;
    TunnelProvider m_provider = TunnelProvider::None;
    quint16 m_port = 0;
    State m_state = State::Off;
    QString m_reason;
    QUrl m_publicUrl;
    bool m_noNgrokAgent = false;
    int m_firstBackoffMs = 1000;
    int m_maxBackoffMs = 60000;
};
