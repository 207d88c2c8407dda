#pragma once

#include "FirstRunContext.h"

#include <QScopedPointer>
#include <QWizardPage>

namespace Ui {
class WizardPortPage;
}

// The port step of the first-run guide: the port from the settings, checked free by binding it,
// and applied through the window's receiver when the user moves on.
class WizardPortPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardPortPage)

public:
    explicit WizardPortPage(const FirstRunContext &context, QWidget *parent = nullptr);
    ~WizardPortPage() override;

    void initializePage() override;
    bool validatePage() override;

private:
    enum class PortState {
        Ours,  // the receiver listens there already
        Free,  // nothing listens there
        Taken, // another program holds it
    };
    PortState check(quint16 port, QString *why) const;
    void showState();
    quint16 port() const;

    QScopedPointer<Ui::WizardPortPage> m_ui;
    FirstRunContext m_context;
};
