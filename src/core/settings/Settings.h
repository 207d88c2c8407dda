#pragma once

#include "export/ExportFormat.h"
#include "export/ExportScope.h"
#include "notify/NotificationPreferences.h"
#include "query/EventFilter.h"
#include "tunnel/TunnelProvider.h"

#include <QByteArray>
#include <QDateTime>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// The one place that knows Eventwatch's settings keys. Every accessor is typed and falls back to
// its default when the stored value is missing, of the wrong type or out of range, so a
// hand-edited or corrupt file never reaches the rest of the program. Never holds a secret.
class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    // The largest body limit offered; matches the ceiling of --max-body.
    static constexpr qint64 MaxBodyBytesCeiling = 64 * 1024 * 1024;

    // The user's settings file: eventwatch.ini in the user's configuration directory.
    Settings();
    // An INI file of its own, for tests and separate data directories.
    explicit Settings(const QString &filePath);
    ~Settings();

    QString fileName() const;
    // Writes pending changes to disk; false with a one-line reason in error if that failed.
    bool sync(QString *error = nullptr);

    static QString defaultBindAddress();

    // An IP address in text form (IPv4 or IPv6); anything else reads as the default.
    QString bindAddress() const;
    void setBindAddress(const QString &address);
    // 1 to 65535.
    quint16 port() const;
    void setPort(quint16 port);
    // 1 to MaxBodyBytesCeiling.
    qint64 maxBodyBytes() const;
    void setMaxBodyBytes(qint64 bytes);

    // Opaque blobs from QWidget::saveGeometry(), QMainWindow::saveState(),
    // QSplitter::saveState() and QHeaderView::saveState(); empty when never saved.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    QByteArray eventTableHeaderState() const;
    void setEventTableHeaderState(const QByteArray &state);

    // The filter bar as the user left it. Each part is read on its own: a corrupt part is
    // dropped, the others survive.
    EventFilter lastFilter() const;
    void setLastFilter(const EventFilter &filter);

    // When the user last looked at the events, for "new since I last looked"; invalid if never.
    QDateTime lastLookedAt() const;
    void setLastLookedAt(const QDateTime &instant);

    // What desktop notifications tell. Each part is read on its own, like the filter's.
    NotificationPreferences notificationPreferences() const;
    void setNotificationPreferences(const NotificationPreferences &preferences);
    // Until when notifications are paused (the tray's "Pause for 1 hour"); invalid if not.
    QDateTime notificationsPausedUntil() const;
    void setNotificationsPausedUntil(const QDateTime &instant);
    // Whether the user has been told that closing the window keeps Eventwatch in the tray.
    bool trayHintShown() const;
    void setTrayHintShown(bool shown);

    // The user interface language as an ISO 639 code ("de", "fr", "en"); empty for the
    // system's. Read once at start.
    QString language() const;
    void setLanguage(const QString &code);

    // Where the public webhook address comes from; None until the user picks a tunnel.
    TunnelProvider tunnelProvider() const;
    void setTunnelProvider(TunnelProvider provider);
    // The public base URL the user entered by hand (https://host[:port], no path); invalid if
    // none or not an http(s) URL.
    QUrl manualPublicUrl() const;
    void setManualPublicUrl(const QUrl &url);
    // Whether the first-run guide was finished or skipped, so it opens by itself only once.
    bool firstRunCompleted() const;
    void setFirstRunCompleted(bool completed);

    // The Export dialog's last choices: format, scope, "For Excel" and the folder written to
    // (empty when none was used yet).
    ExportFormat exportFormat() const;
    void setExportFormat(ExportFormat format);
    ExportScope exportScope() const;
    void setExportScope(ExportScope scope);
    bool exportForExcel() const;
    void setExportForExcel(bool excel);
    QString exportFolder() const;
    void setExportFolder(const QString &folder);

private:
    QByteArray byteArray(QAnyStringView key) const;
    std::optional<qint64> integer(QAnyStringView key, qint64 min, qint64 max) const;
    QString string(QAnyStringView key, const QString &defaultValue = {}) const;
    QStringList stringList(QAnyStringView key) const;
    bool boolean(QAnyStringView key, bool defaultValue) const;
    QTime time(QAnyStringView key, const QTime &defaultValue) const;
    QDateTime dateTime(QAnyStringView key) const;
    void setDateTime(QAnyStringView key, const QDateTime &instant);

    QSettings m_settings;
};
