#include "EventTableModel.h"
#include "ExportDialog.h"
#include "HttpTestClient.h"
#include "MainWindow.h"
#include "http/ReceiverService.h"
#include "secrets/WebhookTokenController.h"
#include "settings/Settings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QByteArray Token = "window-test-token-0123456789";

QByteArray eventDelivery(const QString &deliveryId, int eventId, const QString &title)
{
    const QJsonObject payload{
        {QStringLiteral("id"), eventId},
        {QStringLiteral("post_type"), QStringLiteral("event")},
        {QStringLiteral("title"), title},
        {QStringLiteral("event_type"), QStringLiteral("local_meetup")},
        {QStringLiteral("starts_at"),
         QStringLiteral("2026-12-0%1T18:00:00+00:00").arg(eventId % 9 + 1)},
        {QStringLiteral("time_zone"), QStringLiteral("Europe/Berlin")},
        {QStringLiteral("location"), QStringLiteral("Town hall")},
        {QStringLiteral("space"), QJsonObject{{QStringLiteral("id"), 3},
                                              {QStringLiteral("name"), QStringLiteral("Bakers")}}},
        {QStringLiteral("creator"),
         QJsonObject{{QStringLiteral("id"), 4},
                     {QStringLiteral("first_name"), QStringLiteral("Rosa")},
                     {QStringLiteral("last_name"), QStringLiteral("Parks")}}},
    };
    return QJsonDocument(QJsonObject{{QStringLiteral("event_id"), deliveryId},
                                     {QStringLiteral("payload"), payload}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

// The whole window on the offscreen platform, fed by the real receiver over real HTTP.
class TstMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheEmptyStateUntilTheFirstEvent();
    void searchNarrowsTheTableAndEscClearsIt();
    void selectingARowShowsItsDetails();
    void copyPutsSelectedRowsOnTheClipboard();
    void selectionSurvivesANewDelivery();
    void aManualPublicUrlIsTheWebhookUrl();
    void aNewWindowShowsTheLastDeliveryStored();
    void exportWritesTheSelectedRows();

private:
    void post(const QString &deliveryId, int eventId, const QString &title);
    void waitForRows(int rows);
    QTableView *table() const
    {
        return m_window->findChild<QTableView *>(QStringLiteral("eventTable"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ReceiverService> m_receiver;
    std::unique_ptr<WebhookTokenController> m_tokens;
    std::unique_ptr<MainWindow> m_window;
};

void TstMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    ReceiverConfig config;
    config.dataDir = m_dir->path();
    config.port = 0;
    config.token = Token;
    m_receiver = std::make_unique<ReceiverService>(config);
    QString error;
    QVERIFY2(m_receiver->start(&error), qPrintable(error));
    m_tokens.reset(WebhookTokenController::fixed(Token, m_dir->filePath(QStringLiteral("token"))));
    m_window = std::make_unique<MainWindow>(*m_receiver, *m_settings, *m_tokens);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TstMainWindow::cleanup()
{
    m_window.reset();
    m_receiver.reset();
    m_settings.reset();
    m_dir.reset();
}

void TstMainWindow::post(const QString &deliveryId, int eventId, const QString &title)
{
    const auto response = HttpTestClient::exchange(
        m_receiver->port(),
        HttpTestClient::delivery(eventDelivery(deliveryId, eventId, title), Token));
    QVERIFY(response);
    QCOMPARE(response->status, 200);
}

void TstMainWindow::waitForRows(int rows)
{
    EventTableModel *model = m_window->eventModel();
    QSignalSpy counts(model, &EventTableModel::countsChanged);
    while (model->rowCount() != rows || model->isLoading())
        QVERIFY2(counts.wait(5000), qPrintable(QStringLiteral("the table shows %1 rows, not %2")
                                                   .arg(model->rowCount())
                                                   .arg(rows)));
}

void TstMainWindow::showsTheEmptyStateUntilTheFirstEvent()
{
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Eventwatch")));
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("eventsStack"));
    QVERIFY(stack);
    QTRY_COMPARE(stack->currentIndex(), 0);
    auto *url = m_window->findChild<QLineEdit *>(QStringLiteral("webhookUrlField"));
    QCOMPARE(url->text(), m_receiver->webhookUrl());
    post(QStringLiteral("d1"), 1, QStringLiteral("Sourdough workshop"));
    waitForRows(1);
    QCOMPARE(stack->currentIndex(), 1);
}

void TstMainWindow::aManualPublicUrlIsTheWebhookUrl()
{
    QSignalSpy changed(m_window.get(), &MainWindow::publicBaseUrlChanged);
    m_settings->setTunnelProvider(TunnelProvider::None);
    m_settings->setManualPublicUrl(QUrl(QStringLiteral("https://events.example.org/ignored?x=1")));
    m_window->applyTunnelSettings();
    const QUrl expected(QStringLiteral("https://events.example.org"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toUrl(), expected);
    auto *url = m_window->findChild<QLineEdit *>(QStringLiteral("webhookUrlField"));
    QCOMPARE(url->text(), QStringLiteral("https://events.example.org/webhooks/mighty-networks"));
    auto *listening = m_window->findChild<QLabel *>(QStringLiteral("listenLabel"));
    QVERIFY(listening);
    QVERIFY(listening->text().contains(m_receiver->webhookUrl())); // where it really listens

    m_window->applyTunnelSettings();
    QCOMPARE(changed.size(), 1); // nothing changed, nothing told

    m_settings->setManualPublicUrl(QUrl());
    m_window->applyTunnelSettings();
    QCOMPARE(changed.size(), 2);
    QCOMPARE(url->text(), m_receiver->webhookUrl());
}

void TstMainWindow::searchNarrowsTheTableAndEscClearsIt()
{
    post(QStringLiteral("d1"), 1, QStringLiteral("Sourdough workshop"));
    post(QStringLiteral("d2"), 2, QStringLiteral("Croissant morning"));
    post(QStringLiteral("d3"), 3, QStringLiteral("Rye tasting"));
    waitForRows(3);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("crois"));
    waitForRows(1);
    QCOMPARE(table()->model()->index(0, int(EventColumn::Title)).data().toString(),
             QStringLiteral("Croissant morning"));
    QTest::keyClick(search, Qt::Key_Escape);
    waitForRows(3);
}

void TstMainWindow::selectingARowShowsItsDetails()
{
    post(QStringLiteral("d1"), 1, QStringLiteral("Sourdough workshop"));
    waitForRows(1);
    table()->setFocus();
    table()->selectRow(0);
    auto *title = m_window->findChild<QLabel *>(QStringLiteral("titleLabel"));
    QVERIFY(title);
    QTRY_COMPARE(title->text(), QStringLiteral("Sourdough workshop"));
}

void TstMainWindow::copyPutsSelectedRowsOnTheClipboard()
{
    post(QStringLiteral("d1"), 1, QStringLiteral("Sourdough workshop"));
    post(QStringLiteral("d2"), 2, QStringLiteral("Croissant morning"));
    waitForRows(2);
    table()->selectAll();
    auto *copy = m_window->findChild<QAction *>(QStringLiteral("actionCopy"));
    QVERIFY(copy);
    QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));
    copy->trigger();
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.join(u'\n').contains(QStringLiteral("Croissant morning")));
    QVERIFY(lines.first().contains(u'\t'));
}

void TstMainWindow::selectionSurvivesANewDelivery()
{
    post(QStringLiteral("d1"), 1, QStringLiteral("Sourdough workshop"));
    post(QStringLiteral("d2"), 5, QStringLiteral("Croissant morning"));
    waitForRows(2);
    table()->selectRow(1);
    const qint64 selected = table()->currentIndex().data(EventTableModel::RowIdRole).toLongLong();
    QVERIFY(selected != 0);
    // Starts earlier than both, so it lands above the selected row.
    post(QStringLiteral("d3"), 9, QStringLiteral("Rye tasting"));
    waitForRows(3);
    QCOMPARE(table()->currentIndex().data(EventTableModel::RowIdRole).toLongLong(), selected);
    QVERIFY(table()->selectionModel()->isRowSelected(table()->currentIndex().row()));
}

void TstMainWindow::aNewWindowShowsTheLastDeliveryStored()
{
    auto *first = m_window->findChild<QLabel *>(QStringLiteral("lastDeliveryLabel"));
    QVERIFY(first);
    QCOMPARE(first->text(), QStringLiteral("No deliveries yet"));
    post(QStringLiteral("d1"), 1, QStringLiteral("Sourdough workshop"));
    waitForRows(1);
    // A restarted window reads when the newest delivery came from the store.
    MainWindow again(*m_receiver, *m_settings, *m_tokens);
    auto *label = again.findChild<QLabel *>(QStringLiteral("lastDeliveryLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().startsWith(QStringLiteral("Last delivery ")), qPrintable(label->text()));
    QVERIFY2(!label->text().contains(u'/'), qPrintable(label->text())); // today: the time alone
}

void TstMainWindow::exportWritesTheSelectedRows()
{
    post(QStringLiteral("d1"), 1, QStringLiteral("Sourdough workshop"));
    post(QStringLiteral("d2"), 2, QStringLiteral("Croissant morning"));
    waitForRows(2);
    table()->selectRow(1);
    const QString selectedTitle =
        table()->model()->index(1, int(EventColumn::Title)).data().toString();
    auto *exportAction = m_window->findChild<QAction *>(QStringLiteral("actionExport"));
    QVERIFY(exportAction);
    QCOMPARE(exportAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    exportAction->trigger();
    auto *dialog = m_window->findChild<ExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());

    dialog->findChild<QRadioButton *>(QStringLiteral("selectionRadio"))->click();
    auto *format = dialog->findChild<QComboBox *>(QStringLiteral("formatCombo"));
    format->setCurrentIndex(format->findData(int(ExportFormat::Csv)));
    const QString path = m_dir->filePath(QStringLiteral("selected.csv"));
    dialog->findChild<QLineEdit *>(QStringLiteral("fileEdit"))->setText(path);
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    dialog->startExport();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().value<ExportFileWriter::Result>().ok);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // the header, one event, and nothing after the last line end
    QVERIFY2(lines.at(1).contains(selectedTitle.toUtf8()), lines.at(1).constData());
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
