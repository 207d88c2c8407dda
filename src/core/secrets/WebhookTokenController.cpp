#include "secrets/WebhookTokenController.h"

#include "secrets/SecretStore.h"
#include "secrets/TokenKeychain.h"

WebhookTokenController::WebhookTokenController(QObject *parent)
    : QObject(parent)
{}

WebhookTokenController::WebhookTokenController(const QString &dataDir, QObject *parent)
    : WebhookTokenController(dataDir, TokenKeychain::WebhookToken, parent)
{}

WebhookTokenController::WebhookTokenController(const QString &dataDir, const QString &keyName,
                                               QObject *parent)
    : QObject(parent)
    , m_store(new SecretStore(this))
    , m_dataDir(dataDir)
    , m_keyName(keyName)
{}

WebhookTokenController *WebhookTokenController::fixed(const QByteArray &token,
                                                      const QString &origin, QObject *parent)
{
    auto *controller = new WebhookTokenController(parent);
    controller->m_token = token;
    controller->m_state = token.isEmpty() ? State::NotRequired : State::FromFile;
    controller->m_detail = origin;
    return controller;
}

bool WebhookTokenController::usesKeychain() const
{
    return m_store != nullptr;
}

void WebhookTokenController::load()
{
    if (!usesKeychain() || m_busy)
        return;
    m_busy = true;
    setState(State::Loading);
    TokenKeychain(*m_store, m_dataDir, m_keyName).load([this](const SecretResult &result) {
        m_busy = false;
        onLoaded(result);
    });
}

void WebhookTokenController::generate()
{
    if (!usesKeychain() || m_busy)
        return;
    m_busy = true;
    const QByteArray token = TokenKeychain::generate();
    TokenKeychain(*m_store, m_dataDir, m_keyName)
        .store(token, [this, token](const SecretResult &result) {
            m_busy = false;
            if (!result.ok()) {
                Q_EMIT failed(tr("The new token was not stored: %1").arg(result.message()));
                return;
            }
            m_token = token;
            setState(State::Set);
            Q_EMIT tokenChanged(m_token);
        });
}

void WebhookTokenController::onLoaded(const SecretResult &result)
{
    switch (result.status) {
    case SecretResult::Status::Ok:
        m_token = result.secret;
        setState(State::Set);
        Q_EMIT tokenChanged(m_token);
        return;
    case SecretResult::Status::NotFound:
        setState(State::NotSet);
        return;
    case SecretResult::Status::Locked:
    case SecretResult::Status::Unavailable:
    case SecretResult::Status::Failed:
        setState(State::KeychainError, result.message());
        return;
    }
}

void WebhookTokenController::setState(State state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    Q_EMIT stateChanged();
}
