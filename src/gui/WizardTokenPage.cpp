#include "WizardTokenPage.h"

#include "TokenReplacement.h"
#include "secrets/WebhookTokenController.h"
#include "ui_WizardTokenPage.h"

#include <QDir>

WizardTokenPage::WizardTokenPage(WebhookTokenController &tokens, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(new Ui::WizardTokenPage)
    , m_tokens(tokens)
{
    m_ui->setupUi(this);
    connect(m_ui->replaceButton, &QPushButton::clicked, this, &WizardTokenPage::replace);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &WizardTokenPage::retry);
    connect(&m_tokens, &WebhookTokenController::stateChanged, this, &WizardTokenPage::update);
    connect(&m_tokens, &WebhookTokenController::failed, this, &WizardTokenPage::showProblem);
}

WizardTokenPage::~WizardTokenPage() = default;

void WizardTokenPage::initializePage()
{
    m_shown = true;
    update();
}

void WizardTokenPage::cleanupPage()
{
    m_shown = false;
}

bool WizardTokenPage::isComplete() const
{
    using State = WebhookTokenController::State;
    const State state = m_tokens.state();
    return !m_tokens.busy()
           && (state == State::Set || state == State::FromFile || state == State::NotRequired);
}

void WizardTokenPage::update()
{
    using State = WebhookTokenController::State;
    const State state = m_tokens.state();
    // The keychain has none yet: making one is what this step is for, so it needs no click.
    if (m_shown && state == State::NotSet && !m_tokens.busy() && !m_triedGenerating) {
        m_triedGenerating = true;
        generate();
        return;
    }
    m_ui->stateLabel->setText(stateText());
    // A token made a moment ago has not reached Mighty Networks: nothing to replace yet.
    m_ui->replaceButton->setVisible(state == State::Set && m_tokens.usesKeychain()
                                    && !m_generatedHere);
    m_ui->replaceButton->setEnabled(!m_tokens.busy());
    m_ui->retryButton->setVisible(state == State::KeychainError
                                  || (state == State::NotSet && m_triedGenerating));
    m_ui->retryButton->setEnabled(!m_tokens.busy());
    m_ui->problemLabel->setVisible(!m_ui->problemLabel->text().isEmpty());
    Q_EMIT completeChanged();
}

QString WizardTokenPage::stateText() const
{
    using State = WebhookTokenController::State;
    if (m_tokens.busy())
        return tr("Generating a token and keeping it in your system keychain…");
    switch (m_tokens.state()) {
    case State::Loading:
        return tr("Reading the token from your system keychain…");
    case State::Set:
        return m_generatedHere
                   ? tr("A new token is generated and kept in your system keychain. You paste "
                        "it into Mighty Networks in a moment, as the webhook's API key.")
                   : tr("A token is already kept in your system keychain. It stays as it is, so "
                        "a webhook already registered with it keeps working. Replace it only if "
                        "it may have leaked.");
    case State::NotSet:
        return tr("No token yet.");
    case State::KeychainError:
        return tr("The system keychain is unavailable: %1").arg(m_tokens.detail());
    case State::FromFile:
        return tr("The token is read from %1 (--token-file). Edit that file to change it.")
            .arg(QDir::toNativeSeparators(m_tokens.detail()));
    case State::NotRequired:
        return tr("No token is required (--no-auth): this is for local tests only, Mighty "
                  "Networks needs one.");
    }
    return {};
}

void WizardTokenPage::generate()
{
    m_ui->problemLabel->clear();
    m_generatedHere = true;
    m_tokens.generate();
    update();
}

void WizardTokenPage::replace()
{
    if (TokenReplacement::confirmWebhookToken(this))
        generate();
}

void WizardTokenPage::retry()
{
    if (m_tokens.state() == WebhookTokenController::State::KeychainError) {
        m_ui->problemLabel->clear();
        m_triedGenerating = false;
        m_tokens.load();
        update();
        return;
    }
    generate();
}

void WizardTokenPage::showProblem(const QString &message)
{
    m_ui->problemLabel->setText(message);
    update();
}
