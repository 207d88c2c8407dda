#include "MainWindow.h"

#include "ui_MainWindow.h"

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
{
    m_ui->setupUi(this);
}

MainWindow::~MainWindow() = default;

void MainWindow::showListening(const QString &webhookUrl)
{
    m_ui->webhookUrlLabel->setText(
        tr("Receiving Mighty Networks webhooks at %1").arg(webhookUrl.toHtmlEscaped()));
    m_ui->statusBar->showMessage(tr("Listening on %1").arg(webhookUrl));
}

void MainWindow::showReceiverError(const QString &message)
{
    m_ui->webhookUrlLabel->setText(tr("The receiver is not running: %1").arg(message));
    m_ui->statusBar->showMessage(message);
}
