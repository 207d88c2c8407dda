#pragma once

#include "FirstRunContext.h"

#include <QWizard>

class WizardWaitingPage;

// The guide from a fresh start to the first webhook: welcome, token, port, public address, what
// to paste into Mighty Networks, then the wait for the first delivery. Finishes by itself when
// that delivery brings an event. Finishing or skipping it marks the first run as done, so it
// opens by itself only once; Help → Connect Mighty Networks… opens it again.
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)

public:
    enum PageId {
        WelcomePageId,
        TokenPageId,
        PortPageId,
        TunnelPageId,
        ConnectPageId,
        WaitingPageId,
    };

    explicit FirstRunWizard(const FirstRunContext &context, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    // The answer to a test delivery sent for the waiting page.
    void showTestDeliveryResult(int status, const QString &message);

    void done(int result) override;

Q_SIGNALS:
    void testDeliveryRequested();
    // The first delivery arrived while waiting and stored this event; the guide is finished.
    void firstEventReceived(qint64 rowId);

private:
    void onEventArrived(qint64 rowId);

    FirstRunContext m_context;
    WizardWaitingPage *m_waitingPage;
};
