#include "tunnel/TunnelController.h"

#include "Logging.h"
#include "tunnel/CloudflaredOutput.h"
#include "tunnel/TunnelProcess.h"

#include <QStandardPaths>

#include <cmath>

TunnelController::TunnelController(QObject *parent)
    : QObject(parent)
    , m_ngrokApi(this)
    , m_ngrokPoll(this)
{
    m_ngrokPoll.setInterval(NgrokPollMs);
    connect(&m_ngrokPoll, &QTimer::timeout, this, [this] { m_ngrokApi.query(m_port); });
    connect(&m_ngrokApi, &NgrokApiClient::answered, this, &TunnelController::onNgrokAnswer);
}

TunnelController::~TunnelController()
{
    // Before the members go: the child is ended and waited for, never left behind.
    delete m_child;
    m_child = nullptr;
}

void TunnelController::setNgrokApiBaseUrl(const QUrl &url)
{
    m_ngrokApi.setApiBaseUrl(url);
}

void TunnelController::setBackoff(int firstMs, int maxMs)
{
    m_firstBackoffMs = firstMs;
    m_maxBackoffMs = maxMs;
}

QString TunnelController::programName(TunnelProvider provider)
{
    switch (provider) {
    case TunnelProvider::Ngrok:
        return QStringLiteral("ngrok");
    case TunnelProvider::Cloudflared:
        return QStringLiteral("cloudflared");
    case TunnelProvider::None:
        break;
    }
    return {};
}

bool TunnelController::isInstalled(TunnelProvider provider)
{
    const QString name = programName(provider);
    return !name.isEmpty() && !QStandardPaths::findExecutable(name).isEmpty();
}

void TunnelController::start(TunnelProvider provider, quint16 port)
{
    if (provider == m_provider && port == m_port && m_state != State::Off)
        return;
    stop();
    if (provider == TunnelProvider::None || port == 0)
        return;
    m_provider = provider;
    m_port = port;
    if (provider == TunnelProvider::Cloudflared)
        startCloudflared();
    else
        watchNgrok();
}

void TunnelController::stop()
{
    m_ngrokPoll.stop();
    if (m_child) {
        // Ended and waited for now; freed later, as stop() may run inside one of its signals.
        m_child->disconnect(this);
        m_child->stop();
        m_child->deleteLater();
        m_child = nullptr;
    }
    m_provider = TunnelProvider::None;
    m_port = 0;
    m_noNgrokAgent = false;
    setState(State::Off, {});
}

void TunnelController::startCloudflared()
{
    const QString program = QStandardPaths::findExecutable(programName(m_provider));
    if (program.isEmpty()) {
        setState(State::Down, tr("cloudflared is not installed (see "
                                 "https://developers.cloudflare.com/cloudflare-one/connections/"
                                 "connect-networks/downloads/)"));
        return;
    }
    setState(State::Starting, tr("starting cloudflared"));
    // No self-update: it would replace the running tunnel (and its address) behind our back.
    m_child = makeChild(program, {QStringLiteral("tunnel"), QStringLiteral("--no-autoupdate"),
                                  QStringLiteral("--url"),
                                  QStringLiteral("http://127.0.0.1:%1").arg(m_port)});
}

void TunnelController::watchNgrok()
{
    setState(State::Starting, tr("asking the ngrok agent"));
    m_ngrokApi.query(m_port);
    m_ngrokPoll.start();
}

void TunnelController::startNgrok()
{
    if (m_provider != TunnelProvider::Ngrok || m_child)
        return;
    const QString program = QStandardPaths::findExecutable(programName(TunnelProvider::Ngrok));
    if (program.isEmpty()) {
        setState(State::Down, tr("ngrok is not installed (see https://ngrok.com/download)"));
        return;
    }
    // The child first: who follows the state sees that nothing is left to start.
    m_child = makeChild(program, {QStringLiteral("http"), QString::number(m_port),
                                  QStringLiteral("--log"), QStringLiteral("stdout")});
    setState(State::Starting, tr("starting ngrok"));
}

bool TunnelController::canStartNgrok() const
{
    return m_provider == TunnelProvider::Ngrok && m_noNgrokAgent && !m_child
           && isInstalled(TunnelProvider::Ngrok);
}

qint64 TunnelController::childProcessId() const
{
    return m_child && m_child->isRunning() ? m_child->processId() : 0;
}

TunnelProcess *TunnelController::makeChild(const QString &program, const QStringList &arguments)
{
    auto errorReader = [](const QString &line) {
        QString message = CloudflaredOutput::errorMessage(line);
        // ngrok logs logfmt: "t=… lvl=eror msg=… err=…".
        if (message.isEmpty()
            && (line.contains(QLatin1StringView("lvl=eror"))
                || line.contains(QLatin1StringView("lvl=crit"))))
            message = line.trimmed();
        return message;
    };
    auto *child = new TunnelProcess(program, arguments, errorReader, this);
    child->setBackoff(m_firstBackoffMs, m_maxBackoffMs);
    connect(child, &TunnelProcess::lineRead, this, &TunnelController::onChildLine);
    connect(child, &TunnelProcess::died, this, &TunnelController::onChildDied);
    connect(child, &TunnelProcess::started, this, [this] {
        if (m_state != State::Up)
            setState(State::Starting, tr("waiting for %1's address").arg(programName(m_provider)));
    });
    child->start();
    return child;
}

void TunnelController::onChildLine(const QString &line)
{
    if (m_provider != TunnelProvider::Cloudflared)
        return;
    const QUrl url = CloudflaredOutput::quickTunnelUrl(line);
    if (url.isEmpty())
        return;
    m_child->resetBackoff();
    setState(State::Up, {}, url);
}

void TunnelController::onChildDied(const QString &reason, int restartInMs)
{
    const int seconds = int(std::ceil(restartInMs / 1000.0));
    setState(State::Down, tr("%1 (starting again in %n s)", nullptr, seconds).arg(reason));
}

void TunnelController::onNgrokAnswer(NgrokApiClient::Outcome outcome, const QUrl &url,
                                     const QString &detail)
{
    if (m_provider != TunnelProvider::Ngrok)
        return;
    m_noNgrokAgent = outcome == NgrokApiClient::Outcome::NoAgent;
    switch (outcome) {
    case NgrokApiClient::Outcome::Found:
        if (m_child)
            m_child->resetBackoff();
        setState(State::Up, {}, url);
        return;
    case NgrokApiClient::Outcome::NoTunnel:
        setState(State::Down, tr("ngrok runs, but none of its tunnels forwards to port %1: "
                                 "run \"ngrok http %1\"")
                                  .arg(m_port));
        return;
    case NgrokApiClient::Outcome::NoAgent:
        if (m_child && m_child->isRunning()) {
            setState(State::Starting, tr("waiting for ngrok's address"));
            return;
        }
        if (m_child)
            return; // it died: onChildDied told why, and it starts again
        setState(State::Down, isInstalled(TunnelProvider::Ngrok)
                                  ? tr("ngrok is not running")
                                  : tr("ngrok is not installed (see https://ngrok.com/download)"));
        return;
    case NgrokApiClient::Outcome::Failed:
        setState(State::Down, detail);
        return;
    }
}

void TunnelController::setState(State state, const QString &reason, const QUrl &url)
{
    const QUrl before = publicUrl();
    const bool changed = state != m_state || reason != m_reason || url != m_publicUrl;
    m_state = state;
    m_reason = reason;
    m_publicUrl = url;
    if (!changed)
        return;
    if (state == State::Up)
        qCInfo(lcTunnel).noquote() << programName(m_provider) << "is up at" << url.toString();
    else if (state == State::Down)
        qCWarning(lcTunnel).noquote() << "tunnel down:" << reason;
    Q_EMIT stateChanged(state);
    if (publicUrl() != before)
        Q_EMIT publicUrlChanged(publicUrl());
}
