#pragma once

#include "query/EventDetails.h"

#include <QList>
#include <QPixmap>
#include <QPointer>
#include <QScopedPointer>
#include <QUrl>
#include <QWidget>

#include <utility>

class AvatarCache;
class QLabel;
class QTextBrowser;
class QToolButton;

namespace Ui {
class EventDetailsPanel;
}

// The detail side of the window's splitter: the selected event, its creator and space, the
// RSVPs, the history of changes and the raw deliveries. Everything shown comes from webhook
// payloads, i.e. from strangers: text is shown as plain text, the summary's HTML is sanitized
// and rendered without loading anything, and only http(s) images are fetched, through the
// size- and time-limited AvatarCache.
class EventDetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDetailsPanel)

public:
    explicit EventDetailsPanel(QWidget *parent = nullptr);
    ~EventDetailsPanel() override;

    // Fetches images through cache (not owned) instead of the panel's own one, e.g. to share
    // one cache across the window. nullptr fetches no images at all.
    void setAvatarCache(AvatarCache *cache);
    AvatarCache *avatarCache() const;

    // Shows details; showing the same event again (a refresh) keeps the scroll position.
    void setDetails(const EventDetails &details);
    // Shows "Select an event to see its details".
    void clear();
    // Shows message in place of the details, e.g. when the selected event cannot be read.
    void showMessage(const QString &message);
    // The Mighty Networks id of the event shown; empty when none is.
    QString eventId() const { return m_eventId; }

    // The summary's HTML reduced to p, br, b, strong, i, em, u, ul, ol, li, h1-h4, blockquote,
    // code, pre, and a with an absolute http, https or mailto href. Every other tag and every
    // other attribute is dropped (their text stays); scripts, styles, embedded documents and
    // comments are dropped with their content.
    static QString sanitizeSummary(const QString &html);

private:
    void fillEvent(const EventDetails &details);
    void fillTimes(const EventDetails &details);
    void fillSummary(const QString &html);
    void fillImages(const QStringList &urls);
    void fillCreator(const Member &creator);
    void fillSpace(const Space &space);
    void fillRsvps(const EventDetails &details);
    void fillHistory(const QList<EventDetails::Change> &changes);
    void fillDeliveries(const EventDetails &details);
    QWidget *createDeliveryView(const EventDetails::RawDelivery &delivery);
    void clearGeneratedWidgets();
    void restoreScrollPosition(int position);
    void showPixmap(const QUrl &url, const QPixmap &pixmap);
    void showImageProblem(const QUrl &url, const QString &reason);
    void openExternal(const QUrl &url);

    static void setValue(QLabel *label, const QString &text);

    QScopedPointer<Ui::EventDetailsPanel> m_ui;
    QTextBrowser *m_summary = nullptr;
    QPointer<AvatarCache> m_avatars;
    QString m_eventId;
    QUrl m_permalink;
    QUrl m_profile;
    QUrl m_avatarUrl;
    QList<std::pair<QUrl, QToolButton *>> m_thumbnails;
    QList<QWidget *> m_deliveryViews;
};
