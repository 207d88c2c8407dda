#pragma once

#include "FirstRunContext.h"

#include <QScopedPointer>
#include <QUrl>
#include <QWizardPage>

namespace Ui {
class WizardTunnelPage;
}

// The public address step of the first-run guide: cloudflared or ngrok when installed (and how
// to install one otherwise), an address entered by hand, or later. Moving on writes the choice
// to the settings and has the window apply it.
class WizardTunnelPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardTunnelPage)

public:
    explicit WizardTunnelPage(const FirstRunContext &context, QWidget *parent = nullptr);
    ~WizardTunnelPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The address typed by hand as a public base URL (https://host[:port]); invalid with a
    // reason in why when it is not one.
    static QUrl parseManualUrl(const QString &text, QString *why);

private:
    void detectTools();
    void preselect();
    void onChoiceChanged();

    QScopedPointer<Ui::WizardTunnelPage> m_ui;
    FirstRunContext m_context;
};
