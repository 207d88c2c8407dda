#include "WebhookTokenPanel.h"

#include "TokenReplacement.h"
#include "secrets/WebhookTokenController.h"
#include "ui_WebhookTokenPanel.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>

WebhookTokenPanel::WebhookTokenPanel(WebhookTokenController &tokens, QWidget *parent)
    : QGroupBox(parent)
    , m_ui(new Ui::WebhookTokenPanel)
    , m_tokens(tokens)
{
    m_ui->setupUi(this);
    connect(m_ui->revealButton, &QPushButton::toggled, this, [this](bool revealed) {
        m_ui->tokenEdit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->revealButton->setText(revealed ? tr("&Hide") : tr("&Reveal"));
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this, &WebhookTokenPanel::copy);
    connect(m_ui->generateButton, &QPushButton::clicked, this, &WebhookTokenPanel::generate);
    connect(&m_tokens, &WebhookTokenController::stateChanged, this, &WebhookTokenPanel::update);
    connect(&m_tokens, &WebhookTokenController::failed, this, &WebhookTokenPanel::showProblem);
    update();
}

WebhookTokenPanel::~WebhookTokenPanel() = default;

void WebhookTokenPanel::update()
{
    using State = WebhookTokenController::State;
    const State state = m_tokens.state();
    const bool hasToken =
        !m_tokens.token().isEmpty() && (state == State::Set || state == State::FromFile);
    m_ui->tokenEdit->setText(hasToken ? QString::fromLatin1(m_tokens.token()) : QString());
    m_ui->revealButton->setEnabled(hasToken);
    m_ui->copyButton->setEnabled(hasToken);
    m_ui->generateButton->setVisible(m_tokens.usesKeychain());
    m_ui->generateButton->setEnabled(!m_tokens.busy() && state != State::Loading);
    m_ui->generateButton->setText(state == State::Set ? tr("&Generate new…") : tr("&Generate"));
    m_ui->stateLabel->setText(m_problem.isEmpty() ? stateText() : stateText() + u"\n" + m_problem);
}

QString WebhookTokenPanel::stateText() const
{
    using State = WebhookTokenController::State;
    switch (m_tokens.state()) {
    case State::Loading:
        return tr("Reading the token from the system keychain…");
    case State::Set:
        return tr("Set, kept in the system keychain. Mighty Networks sends it as the webhook's "
                  "API key; deliveries without it are refused.");
    case State::NotSet:
        return tr("Not set yet. Generate one, then give it to Mighty Networks as the webhook's "
                  "API key. Until then Eventwatch does not receive deliveries.");
    case State::KeychainError:
        return tr("The keychain is unavailable: %1").arg(m_tokens.detail());
    case State::FromFile:
        return tr("Read from %1 (--token-file). Edit that file to change it.")
            .arg(QDir::toNativeSeparators(m_tokens.detail()));
    case State::NotRequired:
        return tr("Not required (--no-auth): any program on this computer can post deliveries.");
    }
    return {};
}

void WebhookTokenPanel::generate()
{
    if (m_tokens.state() == WebhookTokenController::State::Set
        && !TokenReplacement::confirmWebhookToken(this))
        return;
    m_problem.clear();
    m_tokens.generate();
    update();
}

void WebhookTokenPanel::copy()
{
    QGuiApplication::clipboard()->setText(QString::fromLatin1(m_tokens.token()));
}

void WebhookTokenPanel::showProblem(const QString &message)
{
    m_problem = message;
    update();
}
