#include "WizardConnectPage.h"

#include "MainWindow.h"
#include "http/ReceiverService.h"
#include "secrets/WebhookTokenController.h"
#include "settings/Settings.h"
#include "ui_WizardConnectPage.h"

#include <QClipboard>
#include <QGuiApplication>

WizardConnectPage::WizardConnectPage(const FirstRunContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(new Ui::WizardConnectPage)
    , m_context(context)
{
    m_ui->setupUi(this);
    connect(m_ui->copyUrlButton, &QPushButton::clicked, this,
            [this] { copy(m_ui->urlEdit->text(), tr("The webhook URL is copied.")); });
    connect(m_ui->copyKeyButton, &QPushButton::clicked, this,
            [this] { copy(m_ui->keyEdit->text(), tr("The API key is copied.")); });
    connect(m_ui->showKeyCheck, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(&m_context.window, &MainWindow::publicBaseUrlChanged, this,
            &WizardConnectPage::refresh);
    connect(&m_context.tokens, &WebhookTokenController::tokenChanged, this,
            &WizardConnectPage::refresh);
}

WizardConnectPage::~WizardConnectPage() = default;

void WizardConnectPage::initializePage()
{
    m_ui->copiedLabel->clear();
    refresh();
    m_ui->copyUrlButton->setFocus();
}

void WizardConnectPage::refresh()
{
    m_ui->urlEdit->setText(m_context.window.webhookUrl());
    m_ui->urlEdit->setCursorPosition(0);
    m_ui->urlStateLabel->setText(urlStateText());
    const QByteArray token = m_context.tokens.token();
    m_ui->keyEdit->setText(QString::fromLatin1(token));
    m_ui->keyEdit->setPlaceholderText(token.isEmpty() ? tr("No token: none is required")
                                                      : QString());
    m_ui->copyKeyButton->setEnabled(!token.isEmpty());
    m_ui->showKeyCheck->setEnabled(!token.isEmpty());
}

// Until a public address is known, the URL is where the receiver listens: say why, and what
// makes it public.
QString WizardConnectPage::urlStateText() const
{
    const bool isPublic = m_context.window.publicBaseUrl() != m_context.receiver.baseUrl();
    if (isPublic)
        return tr("A public address: Mighty Networks reaches Eventwatch through it.");
    switch (m_context.settings.tunnelProvider()) {
    case TunnelProvider::Cloudflared:
        return tr("The cloudflared tunnel is not up yet: its public address replaces this local "
                  "one as soon as it is. Until then Mighty Networks cannot reach Eventwatch.");
    case TunnelProvider::Ngrok:
        return tr("The ngrok tunnel is not up yet: its public address replaces this local one "
                  "as soon as it is. Until then Mighty Networks cannot reach Eventwatch.");
    case TunnelProvider::None:
        break;
    }
    return tr("Only this computer can reach this address, not Mighty Networks. Go back to choose "
              "a tunnel, or set a public address later in Settings; a test delivery works "
              "either way.");
}

void WizardConnectPage::copy(const QString &text, const QString &confirmation)
{
    QGuiApplication::clipboard()->setText(text);
    m_ui->copiedLabel->setText(confirmation);
}
