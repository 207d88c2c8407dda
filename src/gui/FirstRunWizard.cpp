#include "FirstRunWizard.h"

#include "WizardConnectPage.h"
#include "WizardPortPage.h"
#include "WizardTokenPage.h"
#include "WizardTunnelPage.h"
#include "WizardWaitingPage.h"
#include "WizardWelcomePage.h"
#include "settings/Settings.h"

#include <QAbstractButton>

FirstRunWizard::FirstRunWizard(const FirstRunContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_waitingPage(new WizardWaitingPage(context, this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Connect Mighty Networks to Eventwatch"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CancelButton, tr("&Skip"));
    button(QWizard::CancelButton)
        ->setToolTip(tr("Close this guide; Help → Connect Mighty Networks… opens it again."));
    setPage(WelcomePageId, new WizardWelcomePage(this));
    setPage(TokenPageId, new WizardTokenPage(context.tokens, this));
    setPage(PortPageId, new WizardPortPage(context, this));
    setPage(TunnelPageId, new WizardTunnelPage(context, this));
    setPage(ConnectPageId, new WizardConnectPage(context, this));
    setPage(WaitingPageId, m_waitingPage);
    setStartId(WelcomePageId);
    connect(m_waitingPage, &WizardWaitingPage::testDeliveryRequested, this,
            &FirstRunWizard::testDeliveryRequested);
    connect(m_waitingPage, &WizardWaitingPage::eventArrived, this, &FirstRunWizard::onEventArrived);
    resize(sizeHint().expandedTo(QSize(640, 480)));
}

FirstRunWizard::~FirstRunWizard() = default;

void FirstRunWizard::showTestDeliveryResult(int status, const QString &message)
{
    if (currentId() == WaitingPageId)
        m_waitingPage->showTestDeliveryResult(status, message);
}

void FirstRunWizard::onEventArrived(qint64 rowId)
{
    accept();
    Q_EMIT firstEventReceived(rowId);
}

// Finished, skipped or closed: either way the user has seen it and knows where to find it.
void FirstRunWizard::done(int result)
{
    m_context.settings.setFirstRunCompleted(true);
    m_context.settings.sync();
    QWizard::done(result);
}
