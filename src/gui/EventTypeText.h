#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>

// How the window names and shows Mighty Networks' event_type values (local, live_chat,
// zoom_webinar, ...): one place for the table, the filter bar and the details panel.
class EventTypeText final
{
    Q_DECLARE_TR_FUNCTIONS(EventTypeText)

public:
    // "Live chat" for live_chat; a type added later reads as words ("hybrid_event" →
    // "Hybrid event"); an empty one is "Unspecified".
    static QString label(const QString &eventType);
    // The desktop theme's icon where it has one, the style's own otherwise; a monochrome one in
    // the palette's text colour. GUI thread only.
    static QIcon icon(const QString &eventType);
};
