#pragma once

#include <QScopedPointer>
#include <QWidget>

class Settings;
class TunnelController;

namespace Ui {
class PublicUrlPanel;
}

// The Public URL page of the settings: where the public address comes from (entered by hand,
// ngrok or cloudflared), the tunnel's state, the webhook URL to paste into Mighty Networks with
// Copy, "Start ngrok" when it is installed but not running, how to install a tunnel tool when
// none is found, and "Check from outside". A choice applies at once: it is saved and
// tunnelSettingsChanged() asks the window to follow it.
class PublicUrlPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicUrlPanel)

public:
    PublicUrlPanel(Settings &settings, TunnelController &tunnel, QWidget *parent = nullptr);
    ~PublicUrlPanel() override;

    void setWebhookUrl(const QString &url);
    // The outcome of a check from outside, shown next to its button.
    void showCheckResult(bool passed, const QString &message);
    void setCheckRunning(bool running);

Q_SIGNALS:
    void tunnelSettingsChanged();
    void checkRequested();

private:
    void load();
    void chooseProvider();
    void saveManualUrl();
    void update();
    QString installHint() const;

    QScopedPointer<Ui::PublicUrlPanel> m_ui;
    Settings &m_settings;
    TunnelController &m_tunnel;
};
