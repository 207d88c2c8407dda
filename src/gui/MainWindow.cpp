#include "MainWindow.h"

#include "AvatarCache.h"
#include "CalendarFeedPanel.h"
#include "DateTimeText.h"
#include "EventTableDelegate.h"
#include "EventTableModel.h"
#include "ExportDialog.h"
#include "FirstRunWizard.h"
#include "NotificationController.h"
#include "PublicUrlPanel.h"
#include "SettingsDialog.h"
#include "ThemeColors.h"
#include "TunnelStateText.h"
#include "WebhookTokenPanel.h"
#include "http/ReceiverService.h"
#include "http/TestDeliverySender.h"
#include "http/WebhookServer.h"
#include "query/ActivityQuery.h"
#include "query/EventDetailsQuery.h"
#include "query/EventQuery.h"
#include "secrets/TokenKeychain.h"
#include "secrets/WebhookTokenController.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "tunnel/PublicUrlCheck.h"
#include "tunnel/TunnelController.h"
#include "ui_MainWindow.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QShortcut>
#include <QUrl>

namespace {

// A change in the store reaches the table within this, however many deliveries arrive.
constexpr int RefreshDelayMs = 100;
// The pickers' counts change slowly and cost a scan: refreshed less often.
constexpr int FacetDelayMs = 1500;

enum Page {
    EmptyPage = 0,
    TablePage = 1,
};

} // namespace

MainWindow::MainWindow(ReceiverService &receiver, Settings &settings,
                       WebhookTokenController &tokens, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_receiver(receiver)
    , m_settings(settings)
    , m_tokens(tokens)
    , m_avatars(new AvatarCache(this))
    , m_testSender(new TestDeliverySender(this))
    , m_refreshTimer(this)
    , m_facetTimer(this)
{
    m_ui->setupUi(this);
    m_ui->detailsPanel->setAvatarCache(m_avatars);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    m_facetTimer.setSingleShot(true);
    m_facetTimer.setInterval(FacetDelayMs);
    connect(&m_facetTimer, &QTimer::timeout, this, &MainWindow::refreshFacets);
    setupStatusBar();
    setupActions();
    openStore();
    setupTable();
    connectReceiver();
    setupTunnel();
    setupCalendarFeed();
    restoreWindowState();
    updateReceiverState();
    m_notifications = new NotificationController(*this, m_receiver, m_settings, this);
}

MainWindow::~MainWindow() = default;

void MainWindow::openStore()
{
    m_model = new EventTableModel(m_receiver.databasePath(), this);
    QString error;
    if (!m_model->open(&error)) {
        showMessage(tr("Cannot read the event store: %1").arg(error), true);
        return;
    }
    m_reader = std::make_unique<Database>(m_receiver.databasePath(), Database::Mode::ReadOnly);
    if (m_reader->open(&error))
        showLastDelivery(ActivityQuery(m_reader->connection()).latestDeliveryAt());
    else
        showMessage(tr("Cannot read the event store: %1").arg(error), true);
    m_ui->deliveriesView->setDatabasePath(m_receiver.databasePath());
    connect(&m_refreshTimer, &QTimer::timeout, m_model, &EventTableModel::refresh);
    connect(m_model, &EventTableModel::countsChanged, this, &MainWindow::onCountsChanged);
    connect(m_model, &EventTableModel::countsChanged, this, &MainWindow::continueReveal);
    connect(m_model, &EventTableModel::loadingChanged, m_ui->filterBar, &FilterBar::setLoading);
    connect(m_model, &EventTableModel::loadFailed, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(m_ui->filterBar, &FilterBar::filterChanged, m_model, &EventTableModel::setFilter);
    connect(m_model, &EventTableModel::facetsChanged, m_ui->filterBar, &FilterBar::setFacets);
    m_facetTimer.start(0);
}

void MainWindow::setupTable()
{
    QTableView *table = m_ui->eventTable;
    table->setModel(m_model);
    EventTableDelegate::install(table);
    table->sortByColumn(int(EventColumn::Starts), Qt::AscendingOrder);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &MainWindow::showColumnMenu);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(table, &QAbstractItemView::activated, this, &MainWindow::openDetails);
    // A location that is a link opens in the browser with a click.
    connect(table, &QAbstractItemView::clicked, this, [](const QModelIndex &index) {
        const QUrl url = index.data(EventTableModel::UrlRole).toUrl();
        if (index.column() == int(EventColumn::Location) && url.isValid())
            QDesktopServices::openUrl(url);
    });
}

void MainWindow::setupStatusBar()
{
    m_listenLabel = new QLabel(this);
    m_listenLabel->setObjectName(QStringLiteral("listenLabel"));
    m_listenLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tokenLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_lastDeliveryLabel = new QLabel(tr("No deliveries yet"), this);
    m_lastDeliveryLabel->setObjectName(QStringLiteral("lastDeliveryLabel"));
    statusBar()->addWidget(m_listenLabel, 1);
    statusBar()->addPermanentWidget(m_tokenLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_lastDeliveryLabel);
}

void MainWindow::setupActions()
{
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionCopy->setShortcut(QKeySequence::Copy);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionSettings->setShortcut(QKeySequence(tr("Ctrl+,")));
    m_ui->actionMarkAllSeen->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionCopy, &QAction::triggered, this, &MainWindow::copySelectedRows);
    connect(m_ui->actionFind, &QAction::triggered, m_ui->filterBar, [this] {
        m_ui->tabs->setCurrentWidget(m_ui->eventsTab);
        m_ui->filterBar->focusSearch();
    });
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionSendTest, &QAction::triggered, this, &MainWindow::sendTestDelivery);
    m_ui->actionExport->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportEvents);
    connect(m_ui->sendTestButton, &QPushButton::clicked, this, &MainWindow::sendTestDelivery);
    connect(m_ui->copyUrlButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(webhookUrl());
        statusBar()->showMessage(tr("Webhook URL copied"), 3000);
    });
    connect(m_ui->actionMarkAllSeen, &QAction::triggered, this, [this] {
        if (m_model)
            m_model->markAllSeen();
    });
    connect(m_ui->actionOpenDataFolder, &QAction::triggered, this, &MainWindow::openDataFolder);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionConnectGuide, &QAction::triggered, this, &MainWindow::openConnectGuide);
    // Esc in the table clears the filters, as it does in the filter bar.
    auto *clearFilters = new QShortcut(QKeySequence(Qt::Key_Escape), m_ui->eventTable);
    clearFilters->setContext(Qt::WidgetShortcut);
    connect(clearFilters, &QShortcut::activated, m_ui->filterBar, &FilterBar::clearAll);
    connect(m_testSender, &TestDeliverySender::finished, this,
            [this](int status, const QString &message) { showMessage(message, status != 200); });
}

void MainWindow::connectReceiver()
{
    connect(&m_receiver, &ReceiverService::storeChanged, this, [this] {
        if (!m_refreshTimer.isActive())
            m_refreshTimer.start();
        if (!m_facetTimer.isActive())
            m_facetTimer.start();
    });
    connect(&m_receiver, &ReceiverService::deliveriesStored, this, &MainWindow::onDeliveriesStored);
    connect(&m_receiver, &ReceiverService::deliveryRefused, this, &MainWindow::onDeliveryRefused);
    connect(&m_tokens, &WebhookTokenController::tokenChanged, this, &MainWindow::applyToken);
    connect(&m_tokens, &WebhookTokenController::stateChanged, this,
            &MainWindow::updateReceiverState);
}

void MainWindow::applyToken(const QByteArray &token)
{
    ReceiverConfig config = m_receiver.config();
    config.token = token;
    QString error;
    m_receiverError = m_receiver.reconfigure(config, &error) ? QString() : error;
    updateReceiverState();
}

void MainWindow::restoreWindowState()
{
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    if (!m_ui->splitter->restoreState(m_settings.splitterState()))
        m_ui->splitter->setSizes({width() * 3 / 5, width() * 2 / 5});
    m_columnsSized =
        m_ui->eventTable->horizontalHeader()->restoreState(m_settings.eventTableHeaderState());
    EventFilter filter = m_settings.lastFilter();
    if (filter.receivedAfter.isValid())
        filter.receivedAfter = m_settings.lastLookedAt();
    m_ui->filterBar->setLastLookedAt(m_settings.lastLookedAt());
    m_ui->filterBar->setFilter(filter);
}

void MainWindow::saveWindowState()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_ui->splitter->saveState());
    m_settings.setEventTableHeaderState(m_ui->eventTable->horizontalHeader()->saveState());
    m_settings.setLastFilter(m_ui->filterBar->filter());
    m_settings.setLastLookedAt(QDateTime::currentDateTimeUtc());
    QString error;
    if (!m_settings.sync(&error))
        qWarning("eventwatch: cannot save the window's settings: %s", qUtf8Printable(error));
}

void MainWindow::quitNow()
{
    m_quitRequested = true;
    close();
    QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    if (!m_quitRequested && m_notifications && !m_notifications->allowClose(*event)) {
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::revealEvent(qint64 rowId)
{
    bringToFront();
    m_ui->tabs->setCurrentWidget(m_ui->eventsTab);
    m_revealRowId = rowId;
    m_revealTries = 0;
    continueReveal();
}

// Selects the event waiting to be revealed once the table shows it: in the table as it is, then
// without filters, then after reading the store again (it may have arrived a moment ago).
void MainWindow::continueReveal()
{
    if (m_revealRowId == 0 || !m_model)
        return;
    const int row = m_model->rowForRowId(m_revealRowId);
    if (row >= 0) {
        m_revealRowId = 0;
        QTableView *table = m_ui->eventTable;
        const QModelIndex index = m_model->index(row, int(EventColumn::Title));
        table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                            | QItemSelectionModel::Rows);
        table->scrollTo(index, QAbstractItemView::PositionAtCenter);
        table->setFocus();
        return;
    }
    if (m_model->isLoading())
        return; // back here with countsChanged()
    switch (m_revealTries++) {
    case 0:
        if (!m_ui->filterBar->filter().isEmpty()) {
            m_ui->filterBar->clearAll();
            return;
        }
        m_revealTries++;
        [[fallthrough]];
    case 1:
        m_model->refresh();
        return;
    default:
        m_revealRowId = 0;
        showMessage(tr("This event is no longer stored."), false);
    }
}

void MainWindow::showEventRange(qint64 firstRowId, qint64 lastRowId)
{
    bringToFront();
    m_ui->tabs->setCurrentWidget(m_ui->eventsTab);
    EventFilter filter;
    filter.firstRowId = firstRowId;
    filter.lastRowId = lastRowId;
    m_ui->filterBar->setFilter(filter);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = m_ui->eventTable->horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The title stays: a table without it is no use.
        action->setEnabled(column != int(EventColumn::Title));
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(position));
}

void MainWindow::onCountsChanged(qint64 shown, qint64 total)
{
    m_ui->filterBar->setCounts(shown, total);
    m_countLabel->setText(tr("%n event(s)", nullptr, int(qMin<qint64>(total, INT_MAX))));
    const bool empty = total == 0;
    if (!empty)
        sizeColumnsOnce();
    m_ui->eventsStack->setCurrentIndex(empty ? EmptyPage : TablePage);
    m_ui->filterBar->setEnabled(!empty);
}

// Until the user has arranged the columns, they fit the first events that arrive.
void MainWindow::sizeColumnsOnce()
{
    if (m_columnsSized)
        return;
    m_columnsSized = true;
    QTableView *table = m_ui->eventTable;
    table->resizeColumnsToContents();
    constexpr int MaxInitialWidth = 280;
    for (int column = 0; column < m_model->columnCount(); ++column)
        table->setColumnWidth(column, qMin(table->columnWidth(column) + 8, MaxInitialWidth));
}

void MainWindow::onCurrentRowChanged(const QModelIndex &current)
{
    const qint64 rowId =
        current.isValid() ? current.data(EventTableModel::RowIdRole).toLongLong() : 0;
    if (rowId == 0 || !m_reader) {
        m_shownDetailsRowId = 0;
        m_ui->detailsPanel->clear();
        return;
    }
    m_model->markSeen(rowId);
    if (rowId == m_shownDetailsRowId)
        return;
    m_shownDetailsRowId = rowId;
    QString error;
    const std::optional<EventDetails> details =
        EventDetailsQuery::loadByRowId(m_reader->connection(), rowId, &error);
    if (details)
        m_ui->detailsPanel->setDetails(*details);
    else
        m_ui->detailsPanel->showMessage(error.isEmpty() ? tr("This event is no longer stored.")
                                                        : error);
}

void MainWindow::onDeliveriesStored(int stored, int duplicates)
{
    Q_UNUSED(stored)
    Q_UNUSED(duplicates)
    showLastDelivery(QDateTime::currentDateTime());
    m_ui->deliveriesView->scheduleRefresh();
}

void MainWindow::showLastDelivery(const QDateTime &instant)
{
    m_lastDelivery = instant;
    if (!instant.isValid())
        return;
    const QDateTime local = instant.toLocalTime();
    // Today's time alone; an older delivery with its date, so "14:02" never means last week.
    const QString when = local.date() == QDate::currentDate() ? DateTimeText::time(local.time())
                                                              : DateTimeText::dateTime(local);
    m_lastDeliveryLabel->setText(tr("Last delivery %1").arg(when));
}

void MainWindow::onDeliveryRefused(int status, const QString &reason)
{
    statusBar()->showMessage(tr("Refused a delivery: %1 %2").arg(status).arg(reason), 10000);
    m_ui->deliveriesView->scheduleRefresh();
}

// The pickers' counts are computed on the loader's thread; the details of the current event are
// read again here because an update or an RSVP may have changed them.
void MainWindow::refreshFacets()
{
    if (!m_reader)
        return;
    m_model->refreshFacets();
    if (m_shownDetailsRowId != 0) {
        const qint64 rowId = std::exchange(m_shownDetailsRowId, 0);
        QString error;
        if (const auto details =
                EventDetailsQuery::loadByRowId(m_reader->connection(), rowId, &error)) {
            m_shownDetailsRowId = rowId;
            m_ui->detailsPanel->setDetails(*details);
        }
    }
}

void MainWindow::openDetails()
{
    QList<int> sizes = m_ui->splitter->sizes();
    if (sizes.size() == 2 && sizes.at(1) == 0)
        m_ui->splitter->setSizes({width() * 3 / 5, width() * 2 / 5});
    m_ui->detailsPanel->setFocus();
}

// Selected rows as tab-separated text, in the columns and order the table shows.
void MainWindow::copySelectedRows()
{
    if (m_ui->tabs->currentWidget() != m_ui->eventsTab)
        return;
    QModelIndexList rows = m_ui->eventTable->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const QHeaderView *header = m_ui->eventTable->horizontalHeader();
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            if (header->isSectionHidden(column))
                continue;
            cells << m_model->index(row.row(), column)
                         .data()
                         .toString()
                         .replace(u'\t', u' ')
                         .replace(u'\n', u' ');
        }
        lines << cells.join(u'\t');
    }
    if (lines.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
    statusBar()->showMessage(tr("Copied %n row(s)", nullptr, int(lines.size())), 3000);
}

// The dialog takes the table as it is now: its filter, its clock and the selected rows.
void MainWindow::exportEvents()
{
    if (!m_model)
        return;
    ExportDialog::Sources sources;
    sources.databasePath = m_receiver.databasePath();
    sources.viewFilter = m_model->filter();
    sources.now = m_model->currentTime();
    sources.viewCount = m_model->rowCount();
    const QModelIndexList selected = m_ui->eventTable->selectionModel()->selectedRows();
    sources.selectedRowIds.reserve(selected.size());
    for (const QModelIndex &index : selected)
        sources.selectedRowIds << m_model->rowIdAt(index.row());
    auto *dialog = new ExportDialog(m_settings, std::move(sources), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    dialog.setDataDirectory(m_receiver.config().dataDir);
    dialog.addSection(new WebhookTokenPanel(m_tokens, &dialog));
    addPublicUrlPage(dialog);
    dialog.addPage(calendarFeedPanel(&dialog), tr("Calendar &feed"));
    dialog.setNotificationSpaces(m_notifications->spaces());
    connect(&dialog, &SettingsDialog::notificationPreferencesChanged, m_notifications,
            &NotificationController::reloadPreferences);
    connect(&dialog, &SettingsDialog::applyRequested, this,
            [this, &dialog](const QHostAddress &address, quint16 port, qint64 maxBodyBytes) {
                ReceiverConfig config = m_receiver.config();
                if (config.allowNoAuth && !address.isLoopback()) {
                    dialog.showApplyResult(false, tr("Without a token, Eventwatch only listens "
                                                     "on a loopback address such as 127.0.0.1."));
                    return;
                }
                config.bindAddress = address;
                config.port = port;
                config.maxBodyBytes = maxBodyBytes;
                QString error;
                const bool ok = reconfigureReceiver(config, &error);
                const QString listening = m_receiver.webhookUrl();
                dialog.showApplyResult(
                    ok, ok ? tr("Now listening on %1").arg(listening)
                           : tr("%1. Eventwatch keeps listening on %2.").arg(error, listening));
            });
    dialog.exec();
}

void MainWindow::sendTestDelivery()
{
    if (!m_receiver.isRunning()) {
        showMessage(tr("The receiver is not running, so there is nothing to send to."), true);
        return;
    }
    statusBar()->showMessage(tr("Sending a test delivery…"), 3000);
    // The receiver may listen on every address; the test goes to this machine.
    QUrl url(m_receiver.webhookUrl());
    const QHostAddress bound = m_receiver.config().bindAddress;
    if (bound == QHostAddress::Any || bound == QHostAddress::AnyIPv4)
        url.setHost(QStringLiteral("127.0.0.1"));
    else if (bound == QHostAddress::AnyIPv6)
        url.setHost(QStringLiteral("::1"));
    m_testSender->send(url, m_receiver.config().token);
}

void MainWindow::openDataFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_receiver.config().dataDir));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Eventwatch"),
        tr("<h3>Eventwatch %1</h3><p>Receives Mighty Networks webhooks, keeps every delivery "
           "on this computer and shows the scheduled events.</p><p>Data: %2</p>")
            .arg(QStringLiteral(EVENTWATCH_VERSION), m_receiver.config().dataDir.toHtmlEscaped()));
}

void MainWindow::showReceiverError(const QString &message)
{
    m_receiverError = message;
    updateReceiverState();
}

void MainWindow::updateReceiverState()
{
    const bool running = m_receiver.isRunning();
    if (running) {
        m_listenLabel->setText(tr("Listening on %1").arg(m_receiver.webhookUrl()));
        m_ui->messageBar->hide();
    } else {
        showNotReceiving();
    }
    updateTokenState();
    m_ui->webhookUrlField->setText(webhookUrl());
    m_ui->emptyText->setText(
        tr("Eventwatch is ready. In your Mighty Networks admin, register this address as the "
           "webhook URL (through a tunnel such as cloudflared or ngrok for a public HTTPS "
           "address), and give the webhook token as its API key. New events appear here as they "
           "arrive."));
    m_ui->sendTestButton->setEnabled(running);
    m_ui->actionSendTest->setEnabled(running);
    followTunnel();
    announcePublicBaseUrl();
}

void MainWindow::announcePublicBaseUrl()
{
    const QUrl url = publicBaseUrl();
    if (url == m_announcedBaseUrl)
        return;
    m_announcedBaseUrl = url;
    Q_EMIT publicBaseUrlChanged(url);
}

void MainWindow::showNotReceiving()
{
    using State = WebhookTokenController::State;
    switch (m_tokens.state()) {
    case State::Loading:
        m_listenLabel->setText(tr("Reading the webhook token…"));
        m_ui->messageBar->hide();
        return;
    case State::NotSet:
        m_listenLabel->setText(tr("Not receiving: no webhook token"));
        showMessage(tr("Eventwatch receives no deliveries until a webhook token is set: open "
                       "Settings (Ctrl+,) and click Generate."),
                    true);
        return;
    case State::KeychainError:
        m_listenLabel->setText(tr("Not receiving: the keychain is unavailable"));
        showMessage(tr("Eventwatch is not receiving deliveries: %1.").arg(m_tokens.detail()), true);
        return;
    case State::Set:
    case State::FromFile:
    case State::NotRequired:
        break;
    }
    const QString reason =
        m_receiverError.isEmpty() ? tr("the receiver is stopped") : m_receiverError;
    m_listenLabel->setText(tr("Not receiving: %1").arg(reason));
    showMessage(tr("Eventwatch is not receiving deliveries: %1. Change the port in "
                   "Settings (Ctrl+,) or stop the program that uses it.")
                    .arg(reason),
                true);
}

void MainWindow::updateTokenState()
{
    using State = WebhookTokenController::State;
    QString label;
    QString explanation;
    switch (m_tokens.state()) {
    case State::Loading:
        label = tr("Reading token…");
        explanation = tr("Reading the webhook token from the system keychain.");
        break;
    case State::Set:
    case State::FromFile:
        label = tr("Token set");
        explanation = tr("A webhook token is set: deliveries without it are refused.");
        break;
    case State::NotSet:
        label = tr("No token");
        explanation = tr("No webhook token is set yet: generate one in Settings (Ctrl+,).");
        break;
    case State::KeychainError:
        label = tr("Keychain unavailable");
        explanation = m_tokens.detail();
        break;
    case State::NotRequired:
        label = tr("No token: testing only");
        explanation = tr("No webhook token is required: any local program can post deliveries.");
        break;
    }
    m_tokenLabel->setText(label);
    m_tokenLabel->setToolTip(explanation);
    m_ui->tokenStateLabel->setText(explanation);
}

void MainWindow::showMessage(const QString &text, bool isError)
{
    m_ui->messageBar->setText(text);
    // From the window's palette each time: a message after an error is not red, and an error
    // reads on a dark palette too.
    QPalette palette = this->palette();
    if (isError)
        palette.setColor(QPalette::WindowText,
                         ThemeColors::text(ThemeColors::Tone::Error, palette));
    m_ui->messageBar->setPalette(palette);
    m_ui->messageBar->setVisible(!text.isEmpty());
    if (!isError)
        QTimer::singleShot(8000, m_ui->messageBar, [label = m_ui->messageBar, text] {
            if (label->text() == text)
                label->hide();
        });
}

QUrl MainWindow::publicBaseUrl() const
{
    const TunnelProvider provider = m_settings.tunnelProvider();
    if (m_tunnel && provider != TunnelProvider::None && m_tunnel->provider() == provider
        && !m_tunnel->publicUrl().isEmpty())
        return m_tunnel->publicUrl();
    const QUrl manual = m_settings.manualPublicUrl();
    if (m_settings.tunnelProvider() == TunnelProvider::None && manual.isValid())
        return manual.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return m_receiver.baseUrl();
}

QString MainWindow::webhookUrl() const
{
    return publicBaseUrl().toString() + WebhookServer::WebhookPath;
}

void MainWindow::applyTunnelSettings()
{
    updateReceiverState();
    updateTunnelState();
}

void MainWindow::setupTunnel()
{
    m_tunnel = new TunnelController(this);
    m_publicUrlCheck = new PublicUrlCheck(m_receiver.databasePath(), this);
    m_tunnelLabel = new QLabel(this);
    m_tunnelLabel->setObjectName(QStringLiteral("tunnelLabel"));
    m_tunnelLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long public URL is cut rather than widening the window past the screen; the tooltip
    // has it all.
    m_tunnelLabel->setMinimumWidth(m_tunnelLabel->fontMetrics().averageCharWidth() * 16);
    statusBar()->addPermanentWidget(m_tunnelLabel);
    connect(m_tunnel, &TunnelController::stateChanged, this, [this] {
        updateTunnelState();
        m_ui->webhookUrlField->setText(webhookUrl());
        announcePublicBaseUrl();
    });
    connect(m_publicUrlCheck, &PublicUrlCheck::finished, this,
            [this](PublicUrlCheck::Outcome outcome, const QString &message) {
                onCheckFinished(outcome == PublicUrlCheck::Outcome::Passed, message);
            });
    auto *checkAction = new QAction(tr("Check from &Outside"), this);
    checkAction->setObjectName(QStringLiteral("actionCheckFromOutside"));
    checkAction->setStatusTip(
        tr("Post a test delivery to the public webhook URL and confirm it comes back in"));
    connect(checkAction, &QAction::triggered, this, &MainWindow::checkFromOutside);
    const QList<QAction *> fileActions = m_ui->fileMenu->actions();
    const qsizetype after = fileActions.indexOf(m_ui->actionSendTest) + 1;
    m_ui->fileMenu->insertAction(fileActions.value(after), checkAction);
    connect(this, &MainWindow::publicBaseUrlChanged, this, [this] {
        updateTunnelState();
        if (m_publicUrlPanel)
            m_publicUrlPanel->setWebhookUrl(webhookUrl());
    });
}

void MainWindow::followTunnel()
{
    if (!m_tunnel)
        return;
    // The tunnel forwards to the receiver's port: none while the receiver is stopped.
    m_tunnel->start(m_settings.tunnelProvider(), m_receiver.isRunning() ? m_receiver.port() : 0);
    updateTunnelState();
}

void MainWindow::updateTunnelState()
{
    const TunnelProvider provider = m_settings.tunnelProvider();
    const QString brief = TunnelStateText::brief(provider, *m_tunnel, m_settings.manualPublicUrl());
    const bool isPublic = publicBaseUrl() != m_receiver.baseUrl();
    m_tunnelLabel->setText(isPublic ? tr("%1 · %2").arg(brief, webhookUrl()) : brief);
    const QString detailed =
        TunnelStateText::detailed(provider, *m_tunnel, m_settings.manualPublicUrl());
    m_tunnelLabel->setToolTip(isPublic ? tr("%1\nWebhook URL: %2").arg(detailed, webhookUrl())
                                       : detailed);
}

void MainWindow::checkFromOutside()
{
    if (!m_receiver.isRunning()) {
        onCheckFinished(false, tr("The receiver is not running, so nothing can come back in."));
        return;
    }
    if (publicBaseUrl() == m_receiver.baseUrl()) {
        onCheckFinished(false, tr("There is no public URL yet: choose a tunnel or enter the "
                                  "address in Settings (Ctrl+,) → Public URL."));
        return;
    }
    if (m_publicUrlPanel)
        m_publicUrlPanel->setCheckRunning(true);
    statusBar()->showMessage(tr("Checking %1 from outside…").arg(webhookUrl()));
    m_publicUrlCheck->run(QUrl(webhookUrl()), m_receiver.config().token);
}

void MainWindow::onCheckFinished(bool passed, const QString &message)
{
    statusBar()->clearMessage();
    showMessage(message, !passed);
    if (m_publicUrlPanel) {
        m_publicUrlPanel->setCheckRunning(false);
        m_publicUrlPanel->showCheckResult(passed, message);
    }
}

PublicUrlPanel *MainWindow::addPublicUrlPage(SettingsDialog &dialog)
{
    auto *panel = new PublicUrlPanel(m_settings, *m_tunnel, &dialog);
    panel->setObjectName(QStringLiteral("publicUrlPanel"));
    panel->setWebhookUrl(webhookUrl());
    connect(panel, &PublicUrlPanel::tunnelSettingsChanged, this, &MainWindow::applyTunnelSettings);
    connect(panel, &PublicUrlPanel::checkRequested, this, &MainWindow::checkFromOutside);
    m_publicUrlPanel = panel;
    dialog.addPage(panel, tr("&Public URL"));
    return panel;
}

void MainWindow::openConnectGuide()
{
    if (m_connectGuide) {
        m_connectGuide->raise();
        m_connectGuide->activateWindow();
        return;
    }
    m_connectGuide = new FirstRunWizard({*this, m_receiver, m_settings, m_tokens}, this);
    m_connectGuide->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_connectGuide, &FirstRunWizard::testDeliveryRequested, this,
            &MainWindow::sendTestDelivery);
    connect(m_testSender, &TestDeliverySender::finished, m_connectGuide,
            &FirstRunWizard::showTestDeliveryResult);
    connect(m_connectGuide, &FirstRunWizard::firstEventReceived, this, [this](qint64 rowId) {
        revealEvent(rowId);
        statusBar()->showMessage(tr("First delivery received"), 10000);
    });
    // Not exec(): the window keeps receiving and showing deliveries behind the guide.
    m_connectGuide->open();
}

void MainWindow::openConnectGuideOnFirstRun()
{
    if (m_settings.firstRunCompleted())
        return;
    // A store that already holds events was connected before this guide existed.
    const std::optional<qint64> revision =
        m_reader ? EventQuery(m_reader->connection()).latestRevision() : std::nullopt;
    if (revision.value_or(0) > 0) {
        m_settings.setFirstRunCompleted(true);
        return;
    }
    openConnectGuide();
}

bool MainWindow::listenOn(quint16 port, QString *error)
{
    ReceiverConfig config = m_receiver.config();
    config.port = port;
    return reconfigureReceiver(config, error);
}

// The receiver goes back to its old settings when the new ones fail; the window shows whichever
// it runs with.
bool MainWindow::reconfigureReceiver(const ReceiverConfig &config, QString *error)
{
    const bool ok = m_receiver.reconfigure(config, error);
    if (m_receiver.isRunning())
        m_receiverError.clear();
    updateReceiverState();
    return ok;
}

// The feed token lives as long as the window: it is read from the keychain at start, like the
// webhook token, and the receiver serves /calendar.ics as soon as it is known.
void MainWindow::setupCalendarFeed()
{
    m_feedTokens =
        new WebhookTokenController(m_receiver.config().dataDir, TokenKeychain::FeedToken, this);
    connect(m_feedTokens, &WebhookTokenController::tokenChanged, this,
            [this](const QByteArray &token) { m_receiver.setFeedToken(token); });
    m_feedTokens->load();
}

CalendarFeedPanel *MainWindow::calendarFeedPanel(QWidget *parent)
{
    auto *panel = new CalendarFeedPanel(*m_feedTokens, parent);
    panel->setBaseUrl(publicBaseUrl());
    panel->setSpaces(m_notifications->spaces());
    connect(this, &MainWindow::publicBaseUrlChanged, panel, &CalendarFeedPanel::setBaseUrl);
    return panel;
}
