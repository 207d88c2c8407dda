#pragma once

#include <QDialog>
#include <QHostAddress>
#include <QScopedPointer>
#include <QString>

#include <utility>

class NotificationSettingsPage;
class Settings;

namespace Ui {
class SettingsDialog;
}

// The receiver's address, port and body limit, and where the data lives. Changes are applied
// to the running receiver, not just saved: Apply and OK emit applyRequested(), the owner
// restarts the receiver and answers with showApplyResult(), and only values that worked are
// saved. Problems (an address that is not an IP address, a port in use) show inside the
// dialog, next to the fields. The Notifications page needs no restart: Apply and OK save it and
// emit notificationPreferencesChanged(). The language is saved the same way and shows at the next
// start.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // Shows the values in settings and saves applied ones there; settings must outlive the
    // dialog.
    explicit SettingsDialog(Settings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The data directory in use (it comes from the command line, not from the settings).
    void setDataDirectory(const QString &path);
    // The spaces the Notifications page offers for muting, as (id, name).
    void setNotificationSpaces(const QList<std::pair<QString, QString>> &spaces);

    // Adds a section owned by someone else (the webhook token, say) below the dialog's own.
    void addSection(QWidget *section);
    // Adds a page after the dialog's own for a section that needs the room (the public URL, the
    // calendar feed); the section sits at the top of its page.
    void addPage(QWidget *section, const QString &title);

    // The owner's answer to applyRequested(). ok: the receiver runs with the new values; they
    // are saved and, if OK asked for them, the dialog closes. Otherwise message (e.g. "port
    // 8765 is already in use") shows in the dialog and nothing is saved.
    void showApplyResult(bool ok, const QString &message);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // The user asks to run the receiver with these values.
    void applyRequested(const QHostAddress &address, quint16 port, qint64 maxBodyBytes);
    // The notification preferences were saved to the settings (they apply without a restart).
    void notificationPreferencesChanged();

private:
    enum class MessageKind {
        Progress,
        Success,
        Error,
    };

    struct ReceiverValues
    {
        QString address;
        int port = 0;
        int maxBodyKiB = 0;
        friend bool operator==(const ReceiverValues &, const ReceiverValues &) = default;
    };

    void addPages();
    void addLanguages();
    void load();
    void save();
    void saveNotificationPreferences();
    void saveLanguage();
    void apply(bool closeWhenApplied);
    void openDataDirectory();
    void onFieldEdited();
    void updateAddressHint();
    void updateButtons();
    void showMessage(MessageKind kind, const QString &text);
    void hideMessage();

    ReceiverValues shownValues() const;
    QString shownLanguage() const;
    bool addressIsValid() const;

    QScopedPointer<Ui::SettingsDialog> m_ui;
    Settings &m_settings;
    NotificationSettingsPage *m_notificationsPage = nullptr;
    ReceiverValues m_saved;   // what the settings hold
    ReceiverValues m_pending; // sent with applyRequested(), awaiting showApplyResult()
    bool m_waiting = false;
    bool m_closeWhenApplied = false;
    QString m_dataDirectory;
};
