#pragma once

#include <QScopedPointer>
#include <QWizardPage>

class WebhookTokenController;

namespace Ui {
class WizardTokenPage;
}

// The webhook token step of the first-run guide. Generates a token into the keychain when there
// is none; keeps an existing one (a webhook already registered with it keeps working) unless
// the user asks to replace it. Complete once a token is in use.
class WizardTokenPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardTokenPage)

public:
    explicit WizardTokenPage(WebhookTokenController &tokens, QWidget *parent = nullptr);
    ~WizardTokenPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void update();
    QString stateText() const;
    void generate();
    void replace();
    void retry();
    void showProblem(const QString &message);

    QScopedPointer<Ui::WizardTokenPage> m_ui;
    WebhookTokenController &m_tokens;
    bool m_shown = false;
    bool m_triedGenerating = false; // generate once by itself, then only when asked
    bool m_generatedHere = false;
};
