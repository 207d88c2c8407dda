#pragma once

#include "FirstRunContext.h"

#include <QScopedPointer>
#include <QWizardPage>

namespace Ui {
class WizardConnectPage;
}

// What to paste into Mighty Networks: the webhook URL and the API key (the webhook token), each
// read-only with a Copy button, where they go, and whether the URL is public yet. Follows the
// window's public address while it is shown, so a tunnel that comes up replaces the local one.
class WizardConnectPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardConnectPage)

public:
    explicit WizardConnectPage(const FirstRunContext &context, QWidget *parent = nullptr);
    ~WizardConnectPage() override;

    void initializePage() override;

private:
    void refresh();
    QString urlStateText() const;
    void copy(const QString &text, const QString &confirmation);

    QScopedPointer<Ui::WizardConnectPage> m_ui;
    FirstRunContext m_context;
};
