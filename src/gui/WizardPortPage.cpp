#include "WizardPortPage.h"

#include "MainWindow.h"
#include "http/ReceiverService.h"
#include "settings/Settings.h"
#include "ui_WizardPortPage.h"

#include <QTcpServer>

WizardPortPage::WizardPortPage(const FirstRunContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(new Ui::WizardPortPage)
    , m_context(context)
{
    m_ui->setupUi(this);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &WizardPortPage::showState);
}

WizardPortPage::~WizardPortPage() = default;

void WizardPortPage::initializePage()
{
    const ReceiverService &receiver = m_context.receiver;
    // What the receiver uses is the settings' port unless the command line chose another.
    const quint16 port = receiver.isRunning() ? receiver.port() : m_context.settings.port();
    m_ui->portSpin->setValue(port);
    showState();
    m_ui->portSpin->setFocus();
}

quint16 WizardPortPage::port() const
{
    return quint16(m_ui->portSpin->value());
}

// Binding is the only reliable test: a port can be held by a program that does not answer.
WizardPortPage::PortState WizardPortPage::check(quint16 port, QString *why) const
{
    const ReceiverService &receiver = m_context.receiver;
    if (receiver.isRunning() && receiver.port() == port)
        return PortState::Ours;
    QTcpServer probe;
    if (probe.listen(receiver.config().bindAddress, port)) {
        probe.close();
        return PortState::Free;
    }
    if (why)
        *why = probe.errorString();
    return PortState::Taken;
}

void WizardPortPage::showState()
{
    const QString address = m_context.receiver.config().bindAddress.toString();
    QString why;
    switch (check(port(), &why)) {
    case PortState::Ours:
        m_ui->portStateLabel->setText(
            tr("Eventwatch listens on %1, port %2.").arg(address).arg(port()));
        return;
    case PortState::Free:
        m_ui->portStateLabel->setText(
            tr("Port %1 is free: Eventwatch moves there when you click Next.").arg(port()));
        return;
    case PortState::Taken:
        m_ui->portStateLabel->setText(
            tr("Port %1 is in use by another program (%2). Choose another one.")
                .arg(port())
                .arg(why));
        return;
    }
}

bool WizardPortPage::validatePage()
{
    QString error;
    switch (check(port(), &error)) {
    case PortState::Ours:
        break;
    case PortState::Taken:
        showState();
        return false;
    case PortState::Free:
        if (!m_context.window.listenOn(port(), &error)) {
            m_ui->portStateLabel->setText(
                tr("Eventwatch cannot listen on port %1: %2").arg(port()).arg(error));
            return false;
        }
        break;
    }
    m_context.settings.setPort(port());
    m_context.settings.sync();
    return true;
}
