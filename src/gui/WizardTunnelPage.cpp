#include "WizardTunnelPage.h"

#include "MainWindow.h"
#include "settings/Settings.h"
#include "ui_WizardTunnelPage.h"

#include <QDir>
#include <QStandardPaths>

namespace {

QString installedText(const QString &path)
{
    return WizardTunnelPage::tr("Installed: %1")
        .arg(QDir::toNativeSeparators(path).toHtmlEscaped());
}

} // namespace

WizardTunnelPage::WizardTunnelPage(const FirstRunContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(new Ui::WizardTunnelPage)
    , m_context(context)
{
    m_ui->setupUi(this);
    for (QRadioButton *radio :
         {m_ui->cloudflaredRadio, m_ui->ngrokRadio, m_ui->manualRadio, m_ui->laterRadio})
        connect(radio, &QRadioButton::toggled, this, &WizardTunnelPage::onChoiceChanged);
    connect(m_ui->manualEdit, &QLineEdit::textChanged, this, [this] {
        m_ui->problemLabel->clear();
        Q_EMIT completeChanged();
    });
    connect(m_ui->detectButton, &QPushButton::clicked, this, &WizardTunnelPage::detectTools);
}

WizardTunnelPage::~WizardTunnelPage() = default;

void WizardTunnelPage::initializePage()
{
    detectTools();
    preselect();
    onChoiceChanged();
}

void WizardTunnelPage::detectTools()
{
    const QString cloudflared = QStandardPaths::findExecutable(QStringLiteral("cloudflared"));
    const QString ngrok = QStandardPaths::findExecutable(QStringLiteral("ngrok"));
    m_ui->cloudflaredRadio->setEnabled(!cloudflared.isEmpty());
    m_ui->ngrokRadio->setEnabled(!ngrok.isEmpty());
    m_ui->cloudflaredStateLabel->setText(
        cloudflared.isEmpty()
            ? tr("Not installed. Get it from <a "
                 "href=\"https://developers.cloudflare.com/cloudflare-one/connections/"
                 "connect-networks/downloads/\">Cloudflare's downloads</a> (a .deb package for "
                 "Debian and Ubuntu), then click Look for tools again.")
            : installedText(cloudflared));
    m_ui->ngrokStateLabel->setText(
        ngrok.isEmpty() ? tr("Not installed. Get it from <a "
                             "href=\"https://ngrok.com/download\">ngrok.com/download</a>, sign "
                             "up, run <code>ngrok config add-authtoken</code> with your "
                             "authtoken once, then click Look for tools again.")
                        : installedText(ngrok));
    // A choice that is no longer possible falls back to the next best one.
    if (!m_ui->cloudflaredRadio->isEnabled() && m_ui->cloudflaredRadio->isChecked())
        preselect();
    if (!m_ui->ngrokRadio->isEnabled() && m_ui->ngrokRadio->isChecked())
        preselect();
}

// What the settings say when they say something; else an installed tool, cloudflared first
// because it needs no account; else later.
void WizardTunnelPage::preselect()
{
    const Settings &settings = m_context.settings;
    const QUrl manual = settings.manualPublicUrl();
    QRadioButton *choice = m_ui->laterRadio;
    if (settings.tunnelProvider() == TunnelProvider::Cloudflared
        && m_ui->cloudflaredRadio->isEnabled())
        choice = m_ui->cloudflaredRadio;
    else if (settings.tunnelProvider() == TunnelProvider::Ngrok && m_ui->ngrokRadio->isEnabled())
        choice = m_ui->ngrokRadio;
    else if (settings.tunnelProvider() == TunnelProvider::None && manual.isValid())
        choice = m_ui->manualRadio;
    else if (m_ui->cloudflaredRadio->isEnabled())
        choice = m_ui->cloudflaredRadio;
    else if (m_ui->ngrokRadio->isEnabled())
        choice = m_ui->ngrokRadio;
    if (manual.isValid() && m_ui->manualEdit->text().isEmpty())
        m_ui->manualEdit->setText(manual.toString());
    choice->setChecked(true);
}

void WizardTunnelPage::onChoiceChanged()
{
    const bool manual = m_ui->manualRadio->isChecked();
    m_ui->manualEdit->setEnabled(manual);
    if (manual)
        m_ui->manualEdit->setFocus();
    m_ui->problemLabel->clear();
    Q_EMIT completeChanged();
}

bool WizardTunnelPage::isComplete() const
{
    return !m_ui->manualRadio->isChecked() || !m_ui->manualEdit->text().trimmed().isEmpty();
}

QUrl WizardTunnelPage::parseManualUrl(const QString &text, QString *why)
{
    QString input = text.trimmed();
    if (!input.contains(QLatin1StringView("://")))
        input.prepend(QLatin1StringView("https://"));
    const QUrl url(input, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *why = tr("This is not an address: enter it as https://host, for example "
                  "https://events.example.org.");
        return {};
    }
    if (url.scheme() != QLatin1StringView("https")) {
        *why = tr("Mighty Networks posts only to https:// addresses.");
        return {};
    }
    // A pasted webhook URL carries the path: keep only where it points.
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                        | QUrl::RemoveUserInfo);
}

bool WizardTunnelPage::validatePage()
{
    Settings &settings = m_context.settings;
    if (m_ui->manualRadio->isChecked()) {
        QString why;
        const QUrl url = parseManualUrl(m_ui->manualEdit->text(), &why);
        if (!url.isValid()) {
            m_ui->problemLabel->setText(why);
            m_ui->manualEdit->setFocus();
            return false;
        }
        settings.setTunnelProvider(TunnelProvider::None);
        settings.setManualPublicUrl(url);
    } else if (m_ui->cloudflaredRadio->isChecked()) {
        settings.setTunnelProvider(TunnelProvider::Cloudflared);
    } else if (m_ui->ngrokRadio->isChecked()) {
        settings.setTunnelProvider(TunnelProvider::Ngrok);
    } else {
        settings.setTunnelProvider(TunnelProvider::None);
        settings.setManualPublicUrl(QUrl());
    }
    settings.sync();
    m_context.window.applyTunnelSettings();
    return true;
}
