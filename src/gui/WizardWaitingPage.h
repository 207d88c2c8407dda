#pragma once

#include "FirstRunContext.h"

#include <QScopedPointer>
#include <QWizardPage>

#include <memory>

class Database;

namespace Ui {
class WizardWaitingPage;
}

// The last step of the first-run guide: waits for the first delivery, real or the test one,
// and tells which event it brought. What was stored before the page opened does not count.
class WizardWaitingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardWaitingPage)

public:
    explicit WizardWaitingPage(const FirstRunContext &context, QWidget *parent = nullptr);
    ~WizardWaitingPage() override;

    void initializePage() override;
    void cleanupPage() override;
    // The answer to the test delivery the user sent from this page.
    void showTestDeliveryResult(int status, const QString &message);

Q_SIGNALS:
    void testDeliveryRequested();
    // The first event stored or updated since the page opened, by its rowid.
    void eventArrived(qint64 rowId);

private:
    bool openStore();
    void checkStore();
    void updateTestButton();

    QScopedPointer<Ui::WizardWaitingPage> m_ui;
    FirstRunContext m_context;
    std::unique_ptr<Database> m_store;
    bool m_waiting = false;
    qint64 m_revisionBefore = 0; // the store's latest event revision when the page opened
};
