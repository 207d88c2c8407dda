#include "WizardWaitingPage.h"

#include "http/ReceiverService.h"
#include "query/EventQuery.h"
#include "store/Database.h"
#include "ui_WizardWaitingPage.h"

WizardWaitingPage::WizardWaitingPage(const FirstRunContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(new Ui::WizardWaitingPage)
    , m_context(context)
{
    m_ui->setupUi(this);
    connect(m_ui->testButton, &QPushButton::clicked, this, [this] {
        m_ui->resultLabel->setText(tr("Sending a test delivery…"));
        Q_EMIT testDeliveryRequested();
    });
    connect(&m_context.receiver, &ReceiverService::storeChanged, this,
            &WizardWaitingPage::checkStore);
    // A delivery that is not about an event (a new member, a post) still proves the path.
    connect(&m_context.receiver, &ReceiverService::deliveriesStored, this, [this](int stored) {
        if (m_waiting && stored > 0)
            m_ui->resultLabel->setText(tr("A delivery arrived: Eventwatch is connected. Events "
                                          "appear in the window as your network schedules "
                                          "them."));
    });
}

WizardWaitingPage::~WizardWaitingPage() = default;

void WizardWaitingPage::initializePage()
{
    m_ui->resultLabel->clear();
    m_ui->waitingBar->show();
    updateTestButton();
    if (!openStore())
        return;
    const auto revision = EventQuery(m_store->connection()).latestRevision();
    m_revisionBefore = revision.value_or(0);
    m_waiting = true;
}

void WizardWaitingPage::cleanupPage()
{
    m_waiting = false;
}

bool WizardWaitingPage::openStore()
{
    if (m_store)
        return true;
    auto store =
        std::make_unique<Database>(m_context.receiver.databasePath(), Database::Mode::ReadOnly);
    QString error;
    if (!store->open(&error)) {
        m_ui->resultLabel->setText(tr("Cannot read the event store: %1").arg(error));
        return false;
    }
    m_store = std::move(store);
    return true;
}

void WizardWaitingPage::updateTestButton()
{
    const bool running = m_context.receiver.isRunning();
    m_ui->testButton->setEnabled(running);
    if (!running)
        m_ui->resultLabel->setText(
            tr("Eventwatch is not receiving: the window's status bar says why."));
}

// Events are derived from a delivery after it is stored; storeChanged() says they are there.
// An event stored or updated since the page opened is what the delivery brought: a test
// delivery sent twice updates the same sample event, and an RSVP updates its event.
void WizardWaitingPage::checkStore()
{
    if (!m_waiting || !m_store)
        return;
    qint64 latest = 0;
    const auto changes =
        EventQuery(m_store->connection()).changesSince(m_revisionBefore, 16, &latest);
    if (!changes)
        return;
    for (const EventQuery::Change &change : *changes) {
        if (change.deleted)
            continue;
        m_waiting = false;
        m_ui->waitingBar->hide();
        m_ui->resultLabel->setText(tr("First delivery received."));
        Q_EMIT eventArrived(change.rowId);
        return;
    }
}

void WizardWaitingPage::showTestDeliveryResult(int status, const QString &message)
{
    // Success shows as the event it brought; a refusal or no answer is told here.
    if (status != 200)
        m_ui->resultLabel->setText(message);
}
