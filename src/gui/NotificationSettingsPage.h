#pragma once

#include "notify/NotificationPreferences.h"

#include <QList>
#include <QScopedPointer>
#include <QString>
#include <QWidget>

#include <utility>

namespace Ui {
class NotificationSettingsPage;
}

// The Notifications page of the settings: on or off, which kinds of news, reminders before an
// event starts, quiet hours and muted spaces. It shows and edits preferences; the dialog saves.
class NotificationSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationSettingsPage)

public:
    explicit NotificationSettingsPage(QWidget *parent = nullptr);
    ~NotificationSettingsPage() override;

    void setPreferences(const NotificationPreferences &preferences);
    NotificationPreferences preferences() const;
    // The spaces to offer for muting, as (id, name). A muted space missing from the list stays
    // muted (and is listed by its id).
    void setSpaces(const QList<std::pair<QString, QString>> &spaces);

Q_SIGNALS:
    // The user changed something on the page.
    void edited();

private:
    void rebuildSpaces();
    void updateEnabled();

    QScopedPointer<Ui::NotificationSettingsPage> m_ui;
    QList<std::pair<QString, QString>> m_spaces;
    QStringList m_muted;
    bool m_loading = false;
};
