#include "EventTypeText.h"

#include "ThemeColors.h"

#include <QApplication>
#include <QHash>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

QString EventTypeText::label(const QString &eventType)
{
    // Translated on each call, so that a translator installed later applies.
    static const QHash<QString, const char *> labels = {
        {u"local"_s, QT_TR_NOOP("Local")},
        {u"live_chat"_s, QT_TR_NOOP("Live chat")},
        {u"online_meeting"_s, QT_TR_NOOP("Online meeting")},
        {u"zoom_meeting"_s, QT_TR_NOOP("Zoom meeting")},
        {u"zoom_webinar"_s, QT_TR_NOOP("Zoom webinar")},
        {u"webinar"_s, QT_TR_NOOP("Webinar")},
        {u"local_meetup"_s, QT_TR_NOOP("Local meetup")},
    };
    if (const char *known = labels.value(eventType, nullptr))
        return tr(known);
    QString words = eventType.trimmed();
    if (words.isEmpty())
        return tr("Unspecified");
    words.replace(u'_', u' ');
    words[0] = words[0].toUpper();
    return words;
}

QIcon EventTypeText::icon(const QString &eventType)
{
    static const QHash<QString, std::pair<QString, QStyle::StandardPixmap>> names = {
        {u"local"_s, {u"mark-location"_s, QStyle::SP_DirHomeIcon}},
        {u"local_meetup"_s, {u"system-users"_s, QStyle::SP_DirOpenIcon}},
        {u"live_chat"_s, {u"internet-group-chat"_s, QStyle::SP_MessageBoxInformation}},
        {u"online_meeting"_s, {u"camera-web"_s, QStyle::SP_ComputerIcon}},
        {u"zoom_meeting"_s, {u"camera-video"_s, QStyle::SP_DriveNetIcon}},
        {u"zoom_webinar"_s, {u"video-display"_s, QStyle::SP_DesktopIcon}},
        {u"webinar"_s, {u"media-playback-start"_s, QStyle::SP_MediaPlay}},
    };
    const auto [themeName, standard] =
        names.value(eventType, {u"x-office-calendar"_s, QStyle::SP_FileIcon});
    const bool widgets = qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr;
    if (!widgets)
        return QIcon::fromTheme(themeName);
    const QIcon icon = QIcon::fromTheme(themeName, QApplication::style()->standardIcon(standard));
    return ThemeColors::followingPalette(icon, QApplication::palette());
}
