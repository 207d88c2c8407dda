#pragma once

#include <QMainWindow>
#include <QScopedPointer>

namespace Ui {
class MainWindow;
}

// The main window: for now the webhook address and the receiver's status; the event table
// arrives with the desktop-window work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void showListening(const QString &webhookUrl);
    void showReceiverError(const QString &message);

private:
    QScopedPointer<Ui::MainWindow> m_ui;
};
