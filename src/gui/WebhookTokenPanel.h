#pragma once

#include <QGroupBox>
#include <QScopedPointer>

class WebhookTokenController;

namespace Ui {
class WebhookTokenPanel;
}

// The webhook token in the settings dialog: its state (set, not set yet, keychain unavailable
// and why, from a file, not required), and Generate, Copy and Reveal. The token is masked
// until the user reveals it.
class WebhookTokenPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookTokenPanel)

public:
    explicit WebhookTokenPanel(WebhookTokenController &tokens, QWidget *parent = nullptr);
    ~WebhookTokenPanel() override;

private:
    void update();
    void generate();
    void copy();
    QString stateText() const;
    void showProblem(const QString &message);

    QScopedPointer<Ui::WebhookTokenPanel> m_ui;
    WebhookTokenController &m_tokens;
    QString m_problem;
};
