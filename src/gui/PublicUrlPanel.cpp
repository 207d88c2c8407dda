#include "PublicUrlPanel.h"

#include "ThemeColors.h"
#include "TunnelStateText.h"
#include "settings/Settings.h"
#include "tunnel/TunnelController.h"
#include "ui_PublicUrlPanel.h"

#include <QClipboard>
#include <QGuiApplication>

PublicUrlPanel::PublicUrlPanel(Settings &settings, TunnelController &tunnel, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::PublicUrlPanel)
    , m_settings(settings)
    , m_tunnel(tunnel)
{
    m_ui->setupUi(this);
    load();
    for (QRadioButton *radio : {m_ui->noneRadio, m_ui->ngrokRadio, m_ui->cloudflaredRadio})
        connect(radio, &QRadioButton::toggled, this, [this](bool checked) {
            if (checked)
                chooseProvider();
        });
    connect(m_ui->manualUrlEdit, &QLineEdit::editingFinished, this, &PublicUrlPanel::saveManualUrl);
    connect(m_ui->startNgrokButton, &QPushButton::clicked, &m_tunnel,
            &TunnelController::startNgrok);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->webhookUrlEdit->text());
        m_ui->checkResultLabel->setText(tr("Webhook URL copied."));
    });
    connect(m_ui->checkButton, &QPushButton::clicked, this, &PublicUrlPanel::checkRequested);
    connect(&m_tunnel, &TunnelController::stateChanged, this, &PublicUrlPanel::update);
    update();
}

PublicUrlPanel::~PublicUrlPanel() = default;

void PublicUrlPanel::load()
{
    const QSignalBlocker blockNone(m_ui->noneRadio);
    const QSignalBlocker blockNgrok(m_ui->ngrokRadio);
    const QSignalBlocker blockCloudflared(m_ui->cloudflaredRadio);
    switch (m_settings.tunnelProvider()) {
    case TunnelProvider::None:
        m_ui->noneRadio->setChecked(true);
        break;
    case TunnelProvider::Ngrok:
        m_ui->ngrokRadio->setChecked(true);
        break;
    case TunnelProvider::Cloudflared:
        m_ui->cloudflaredRadio->setChecked(true);
        break;
    }
    m_ui->manualUrlEdit->setText(m_settings.manualPublicUrl().toString());
}

void PublicUrlPanel::chooseProvider()
{
    TunnelProvider provider = TunnelProvider::None;
    if (m_ui->ngrokRadio->isChecked())
        provider = TunnelProvider::Ngrok;
    else if (m_ui->cloudflaredRadio->isChecked())
        provider = TunnelProvider::Cloudflared;
    m_settings.setTunnelProvider(provider);
    m_ui->checkResultLabel->clear();
    Q_EMIT tunnelSettingsChanged();
    update();
}

void PublicUrlPanel::saveManualUrl()
{
    const QString text = m_ui->manualUrlEdit->text().trimmed();
    m_settings.setManualPublicUrl(QUrl(text));
    const bool valid = text.isEmpty() || !m_settings.manualPublicUrl().isEmpty();
    m_ui->checkResultLabel->setText(
        valid ? QString() : tr("Enter an address such as https://events.example.com."));
    Q_EMIT tunnelSettingsChanged();
    update();
}

void PublicUrlPanel::update()
{
    const TunnelProvider provider = m_settings.tunnelProvider();
    m_ui->manualUrlEdit->setEnabled(provider == TunnelProvider::None);
    m_ui->stateLabel->setText(
        TunnelStateText::detailed(provider, m_tunnel, m_settings.manualPublicUrl()));
    QPalette palette = this->palette();
    if (provider != TunnelProvider::None && m_tunnel.state() == TunnelController::State::Down)
        palette.setColor(QPalette::WindowText,
                         ThemeColors::text(ThemeColors::Tone::Error, palette));
    m_ui->stateLabel->setPalette(palette);
    m_ui->startNgrokButton->setVisible(m_tunnel.canStartNgrok());
    const QString hint = installHint();
    m_ui->installLabel->setText(hint);
    m_ui->installLabel->setVisible(!hint.isEmpty());
}

QString PublicUrlPanel::installHint() const
{
    const bool ngrok = TunnelController::isInstalled(TunnelProvider::Ngrok);
    const bool cloudflared = TunnelController::isInstalled(TunnelProvider::Cloudflared);
    if (ngrok || cloudflared)
        return {};
    return tr("Neither ngrok nor cloudflared is installed. Install one of them, then choose it "
              "here: <a href=\"https://developers.cloudflare.com/cloudflare-one/connections/"
              "connect-networks/downloads/\">cloudflared</a> (no account needed; on Debian the "
              "cloudflared .deb from Cloudflare) or <a href=\"https://ngrok.com/download\">ngrok"
              "</a> (a free account and <code>ngrok config add-authtoken</code>).");
}

void PublicUrlPanel::setWebhookUrl(const QString &url)
{
    m_ui->webhookUrlEdit->setText(url);
    m_ui->webhookUrlEdit->setCursorPosition(0);
}

void PublicUrlPanel::showCheckResult(bool passed, const QString &message)
{
    QPalette palette = this->palette();
    if (!passed)
        palette.setColor(QPalette::WindowText,
                         ThemeColors::text(ThemeColors::Tone::Error, palette));
    m_ui->checkResultLabel->setPalette(palette);
    m_ui->checkResultLabel->setText(message);
}

void PublicUrlPanel::setCheckRunning(bool running)
{
    m_ui->checkButton->setEnabled(!running);
    if (running) {
        m_ui->checkResultLabel->setPalette(palette());
        m_ui->checkResultLabel->setText(tr("Sending a test delivery through the public URL…"));
    }
}
