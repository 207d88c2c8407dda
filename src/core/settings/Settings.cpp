#include "settings/Settings.h"

#include "http/ReceiverConfig.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QMetaType>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

// Every key Eventwatch stores. Renaming one loses the user's value: add a migration instead.
namespace Key {
constexpr auto BindAddress = "receiver/bindAddress"_L1;
constexpr auto Port = "receiver/port"_L1;
constexpr auto MaxBodyBytes = "receiver/maxBodyBytes"_L1;
constexpr auto WindowGeometry = "window/geometry"_L1;
constexpr auto WindowState = "window/state"_L1;
constexpr auto SplitterState = "window/splitterState"_L1;
constexpr auto EventTableHeaderState = "window/eventTableHeaderState"_L1;
constexpr auto FilterSearch = "filter/search"_L1;
constexpr auto FilterSpaceIds = "filter/spaceIds"_L1;
constexpr auto FilterCreatorIds = "filter/creatorIds"_L1;
constexpr auto FilterEventTypes = "filter/eventTypes"_L1;
constexpr auto FilterWindow = "filter/window"_L1;
constexpr auto FilterFrom = "filter/from"_L1;
constexpr auto FilterTo = "filter/to"_L1;
constexpr auto FilterReceivedAfter = "filter/receivedAfter"_L1;
constexpr auto LastLookedAt = "events/lastLookedAt"_L1;
constexpr auto NotifyEnabled = "notifications/enabled"_L1;
constexpr auto NotifyNewEvents = "notifications/newEvents"_L1;
constexpr auto NotifyMoves = "notifications/moves"_L1;
constexpr auto NotifyCancellations = "notifications/cancellations"_L1;
constexpr auto NotifyRsvpMilestones = "notifications/rsvpMilestones"_L1;
constexpr auto NotifyMutedSpaceIds = "notifications/mutedSpaceIds"_L1;
constexpr auto NotifyQuietHours = "notifications/quietHours"_L1;
constexpr auto NotifyQuietFrom = "notifications/quietFrom"_L1;
constexpr auto NotifyQuietUntil = "notifications/quietUntil"_L1;
constexpr auto NotifyReminderMinutes = "notifications/reminderMinutes"_L1;
constexpr auto NotifyPausedUntil = "notifications/pausedUntil"_L1;
constexpr auto TrayHintShown = "tray/closeHintShown"_L1;
constexpr auto Language = "interface/language"_L1;
constexpr auto TunnelProviderKey = "tunnel/provider"_L1;
constexpr auto ManualPublicUrl = "tunnel/manualPublicUrl"_L1;
constexpr auto FirstRunCompleted = "firstRun/completed"_L1;
constexpr auto ExportFormatKey = "export/format"_L1;
constexpr auto ExportScopeKey = "export/scope"_L1;
constexpr auto ExportForExcel = "export/forExcel"_L1;
constexpr auto ExportFolder = "export/folder"_L1;
} // namespace Key

using TimeWindow = EventFilter::TimeWindow;

// Stored by name, like the time windows.
constexpr std::array<std::pair<ExportScope, QLatin1StringView>, 3> ExportScopeNames{{
    {ExportScope::View, "view"_L1},
    {ExportScope::Selection, "selection"_L1},
    {ExportScope::Everything, "everything"_L1},
}};

// Time windows are stored by name, so reordering the enum cannot change a saved filter.
constexpr std::array<std::pair<TimeWindow, QLatin1StringView>, 6> TimeWindowNames{{
    {TimeWindow::Any, "any"_L1},
    {TimeWindow::Upcoming, "upcoming"_L1},
    {TimeWindow::Today, "today"_L1},
    {TimeWindow::ThisWeek, "thisWeek"_L1},
    {TimeWindow::Past, "past"_L1},
    {TimeWindow::Custom, "custom"_L1},
}};

QLatin1StringView timeWindowName(TimeWindow window)
{
    for (const auto &[value, name] : TimeWindowNames) {
        if (value == window)
            return name;
    }
    Q_UNREACHABLE();
}

TimeWindow timeWindowFromName(const QString &name)
{
    for (const auto &[value, valueName] : TimeWindowNames) {
        if (name == valueName)
            return value;
    }
    return TimeWindow::Any;
}

bool isIpAddress(const QString &text)
{
    QHostAddress address;
    return address.setAddress(text);
}

QStringList withoutEmpty(QStringList list)
{
    list.removeAll(QString());
    return list;
}

} // namespace

Settings::Settings()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, u"eventwatch"_s, u"eventwatch"_s)
{}

Settings::Settings(const QString &filePath)
    : m_settings(filePath, QSettings::IniFormat)
{}

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_settings.fileName();
}

bool Settings::sync(QString *error)
{
    m_settings.sync();
    switch (m_settings.status()) {
    case QSettings::NoError:
        return true;
    case QSettings::AccessError:
        if (error)
            *error = QCoreApplication::translate("Settings", "cannot write %1")
                         .arg(m_settings.fileName());
        return false;
    case QSettings::FormatError:
        if (error)
            *error = QCoreApplication::translate("Settings", "%1 is not a valid settings file")
                         .arg(m_settings.fileName());
        return false;
    }
    Q_UNREACHABLE();
}

QString Settings::defaultBindAddress()
{
    return u"127.0.0.1"_s;
}

QString Settings::bindAddress() const
{
    const QString address = string(Key::BindAddress).trimmed();
    return isIpAddress(address) ? address : defaultBindAddress();
}

void Settings::setBindAddress(const QString &address)
{
    m_settings.setValue(Key::BindAddress, address);
}

quint16 Settings::port() const
{
    const qint64 port = integer(Key::Port, 1, 65535).value_or(ReceiverConfig::DefaultPort);
    return quint16(port);
}

void Settings::setPort(quint16 port)
{
    m_settings.setValue(Key::Port, port);
}

qint64 Settings::maxBodyBytes() const
{
    return integer(Key::MaxBodyBytes, 1, MaxBodyBytesCeiling)
        .value_or(ReceiverConfig::DefaultMaxBodyBytes);
}

void Settings::setMaxBodyBytes(qint64 bytes)
{
    m_settings.setValue(Key::MaxBodyBytes, bytes);
}

QByteArray Settings::windowGeometry() const
{
    return byteArray(Key::WindowGeometry);
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return byteArray(Key::WindowState);
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(Key::WindowState, state);
}

QByteArray Settings::splitterState() const
{
    return byteArray(Key::SplitterState);
}

void Settings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(Key::SplitterState, state);
}

QByteArray Settings::eventTableHeaderState() const
{
    return byteArray(Key::EventTableHeaderState);
}

void Settings::setEventTableHeaderState(const QByteArray &state)
{
    m_settings.setValue(Key::EventTableHeaderState, state);
}

EventFilter Settings::lastFilter() const
{
    EventFilter filter;
    filter.search = string(Key::FilterSearch);
    filter.spaceIds = stringList(Key::FilterSpaceIds);
    filter.creatorIds = stringList(Key::FilterCreatorIds);
    filter.eventTypes = stringList(Key::FilterEventTypes);
    filter.window = timeWindowFromName(string(Key::FilterWindow));
    if (filter.window == TimeWindow::Custom) {
        filter.from = dateTime(Key::FilterFrom);
        filter.to = dateTime(Key::FilterTo);
        // A custom window without both ends cannot be shown or queried: drop it.
        if (!filter.from.isValid() || !filter.to.isValid()) {
            filter.window = TimeWindow::Any;
            filter.from = filter.to = QDateTime();
        }
    }
    filter.receivedAfter = dateTime(Key::FilterReceivedAfter);
    return filter;
}

void Settings::setLastFilter(const EventFilter &filter)
{
    m_settings.setValue(Key::FilterSearch, filter.search);
    m_settings.setValue(Key::FilterSpaceIds, filter.spaceIds);
    m_settings.setValue(Key::FilterCreatorIds, filter.creatorIds);
    m_settings.setValue(Key::FilterEventTypes, filter.eventTypes);
    m_settings.setValue(Key::FilterWindow, QString(timeWindowName(filter.window)));
    setDateTime(Key::FilterFrom, filter.from);
    setDateTime(Key::FilterTo, filter.to);
    setDateTime(Key::FilterReceivedAfter, filter.receivedAfter);
}

QDateTime Settings::lastLookedAt() const
{
    return dateTime(Key::LastLookedAt);
}

void Settings::setLastLookedAt(const QDateTime &instant)
{
    setDateTime(Key::LastLookedAt, instant);
}

NotificationPreferences Settings::notificationPreferences() const
{
    const NotificationPreferences defaults;
    NotificationPreferences preferences;
    preferences.enabled = boolean(Key::NotifyEnabled, defaults.enabled);
    preferences.newEvents = boolean(Key::NotifyNewEvents, defaults.newEvents);
    preferences.moves = boolean(Key::NotifyMoves, defaults.moves);
    preferences.cancellations = boolean(Key::NotifyCancellations, defaults.cancellations);
    preferences.rsvpMilestones = boolean(Key::NotifyRsvpMilestones, defaults.rsvpMilestones);
    preferences.mutedSpaceIds = stringList(Key::NotifyMutedSpaceIds);
    preferences.quietHours = boolean(Key::NotifyQuietHours, defaults.quietHours);
    preferences.quietFrom = time(Key::NotifyQuietFrom, defaults.quietFrom);
    preferences.quietUntil = time(Key::NotifyQuietUntil, defaults.quietUntil);
    preferences.reminderMinutes =
        int(integer(Key::NotifyReminderMinutes, 0, NotificationPreferences::MaxReminderMinutes)
                .value_or(defaults.reminderMinutes));
    return preferences;
}

void Settings::setNotificationPreferences(const NotificationPreferences &preferences)
{
    m_settings.setValue(Key::NotifyEnabled, preferences.enabled);
    m_settings.setValue(Key::NotifyNewEvents, preferences.newEvents);
    m_settings.setValue(Key::NotifyMoves, preferences.moves);
    m_settings.setValue(Key::NotifyCancellations, preferences.cancellations);
    m_settings.setValue(Key::NotifyRsvpMilestones, preferences.rsvpMilestones);
    m_settings.setValue(Key::NotifyMutedSpaceIds, preferences.mutedSpaceIds);
    m_settings.setValue(Key::NotifyQuietHours, preferences.quietHours);
    m_settings.setValue(Key::NotifyQuietFrom, preferences.quietFrom.toString(u"HH:mm"));
    m_settings.setValue(Key::NotifyQuietUntil, preferences.quietUntil.toString(u"HH:mm"));
    m_settings.setValue(Key::NotifyReminderMinutes, preferences.reminderMinutes);
}

QDateTime Settings::notificationsPausedUntil() const
{
    return dateTime(Key::NotifyPausedUntil);
}

void Settings::setNotificationsPausedUntil(const QDateTime &instant)
{
    setDateTime(Key::NotifyPausedUntil, instant);
}

bool Settings::trayHintShown() const
{
    return boolean(Key::TrayHintShown, false);
}

void Settings::setTrayHintShown(bool shown)
{
    m_settings.setValue(Key::TrayHintShown, shown);
}

QString Settings::language() const
{
    const QString code = string(Key::Language);
    // Only a plain language code, so a hand-edited value cannot name a file elsewhere.
    const bool plain =
        code.size() >= 2 && code.size() <= 3
        && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; });
    return plain ? code : QString();
}

void Settings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings.remove(Key::Language);
    else
        m_settings.setValue(Key::Language, code);
}

TunnelProvider Settings::tunnelProvider() const
{
    const QString name = string(Key::TunnelProviderKey);
    return TunnelProviderName::parse(QLatin1StringView(name.toLatin1()))
        .value_or(TunnelProvider::None);
}

void Settings::setTunnelProvider(TunnelProvider provider)
{
    m_settings.setValue(Key::TunnelProviderKey, QString(TunnelProviderName::of(provider)));
}

QUrl Settings::manualPublicUrl() const
{
    const QUrl url(string(Key::ManualPublicUrl), QUrl::StrictMode);
    const bool web = url.scheme() == u"https" || url.scheme() == u"http";
    return url.isValid() && web && !url.host().isEmpty() ? url : QUrl();
}

void Settings::setManualPublicUrl(const QUrl &url)
{
    if (url.isEmpty())
        m_settings.remove(Key::ManualPublicUrl);
    else
        m_settings.setValue(Key::ManualPublicUrl, url.toString());
}

bool Settings::firstRunCompleted() const
{
    return boolean(Key::FirstRunCompleted, false);
}

void Settings::setFirstRunCompleted(bool completed)
{
    m_settings.setValue(Key::FirstRunCompleted, completed);
}

ExportFormat Settings::exportFormat() const
{
    return ExportFormats::fromName(string(Key::ExportFormatKey)).value_or(ExportFormat::Csv);
}

void Settings::setExportFormat(ExportFormat format)
{
    m_settings.setValue(Key::ExportFormatKey, ExportFormats::name(format));
}

ExportScope Settings::exportScope() const
{
    const QString name = string(Key::ExportScopeKey);
    for (const auto &[scope, scopeName] : ExportScopeNames) {
        if (name == scopeName)
            return scope;
    }
    return ExportScope::View;
}

void Settings::setExportScope(ExportScope scope)
{
    for (const auto &[value, name] : ExportScopeNames) {
        if (value == scope)
            m_settings.setValue(Key::ExportScopeKey, QString(name));
    }
}

bool Settings::exportForExcel() const
{
    return boolean(Key::ExportForExcel, false);
}

void Settings::setExportForExcel(bool excel)
{
    m_settings.setValue(Key::ExportForExcel, excel);
}

QString Settings::exportFolder() const
{
    return string(Key::ExportFolder);
}

void Settings::setExportFolder(const QString &folder)
{
    m_settings.setValue(Key::ExportFolder, folder);
}

QByteArray Settings::byteArray(QAnyStringView key) const
{
    // A hand-written string is not a saved state: restoring it would do nothing useful.
    const QVariant value = m_settings.value(key);
    return value.typeId() == QMetaType::QByteArray ? value.toByteArray() : QByteArray();
}

std::optional<qint64> Settings::integer(QAnyStringView key, qint64 min, qint64 max) const
{
    // The INI format reads numbers back as text; a byte array or a list is not a number even
    // when QVariant could convert it.
    const QVariant value = m_settings.value(key);
    bool ok = false;
    qint64 number = 0;
    switch (value.typeId()) {
    case QMetaType::QString:
        number = value.toString().trimmed().toLongLong(&ok);
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        number = value.toLongLong(&ok);
        break;
    default:
        break;
    }
    if (!ok || number < min || number > max)
        return std::nullopt;
    return number;
}

QString Settings::string(QAnyStringView key, const QString &defaultValue) const
{
    const QVariant value = m_settings.value(key);
    return value.typeId() == QMetaType::QString ? value.toString() : defaultValue;
}

QStringList Settings::stringList(QAnyStringView key) const
{
    // The INI format writes a one-element list as a plain string and an empty one as
    // @Invalid(), so both read back as something other than a QStringList.
    const QVariant value = m_settings.value(key);
    switch (value.typeId()) {
    case QMetaType::QStringList:
        return withoutEmpty(value.toStringList());
    case QMetaType::QString:
        return withoutEmpty({value.toString()});
    default:
        return {};
    }
}

bool Settings::boolean(QAnyStringView key, bool defaultValue) const
{
    // The INI format reads booleans back as the text "true" or "false".
    const QVariant value = m_settings.value(key);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = string(key).trimmed().toLower();
    if (text == "true"_L1 || text == "1"_L1)
        return true;
    if (text == "false"_L1 || text == "0"_L1)
        return false;
    return defaultValue;
}

QTime Settings::time(QAnyStringView key, const QTime &defaultValue) const
{
    const QTime value = QTime::fromString(string(key).trimmed(), u"HH:mm");
    return value.isValid() ? value : defaultValue;
}

QDateTime Settings::dateTime(QAnyStringView key) const
{
    return QDateTime::fromString(string(key), Qt::ISODateWithMs);
}

void Settings::setDateTime(QAnyStringView key, const QDateTime &instant)
{
    // ISO 8601 in UTC keeps the file readable and the instant exact across time zones.
    if (instant.isValid())
        m_settings.setValue(key, instant.toUTC().toString(Qt::ISODateWithMs));
    else
        m_settings.remove(key);
}
