#include "http/ReceiverConfig.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

using TimeWindow = EventFilter::TimeWindow;

namespace {

// Everything Settings reads, one "name=value" line each, so a failed comparison names the
// setting that differs.
QStringList describe(const Settings &settings)
{
    const EventFilter filter = settings.lastFilter();
    const auto instant = [](const QDateTime &value) {
        return value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : u"invalid"_s;
    };
    return {
        u"bindAddress="_s + settings.bindAddress(),
        u"port="_s + QString::number(settings.port()),
        u"maxBodyBytes="_s + QString::number(settings.maxBodyBytes()),
        u"windowGeometry="_s + QString::fromLatin1(settings.windowGeometry().toHex()),
        u"windowState="_s + QString::fromLatin1(settings.windowState().toHex()),
        u"splitterState="_s + QString::fromLatin1(settings.splitterState().toHex()),
        u"eventTableHeaderState="_s + QString::fromLatin1(settings.eventTableHeaderState().toHex()),
        u"filter.search="_s + filter.search,
        u"filter.spaceIds="_s + filter.spaceIds.join(u'|'),
        u"filter.creatorIds="_s + filter.creatorIds.join(u'|'),
        u"filter.eventTypes="_s + filter.eventTypes.join(u'|'),
        u"filter.window="_s + QString::number(int(filter.window)),
        u"filter.from="_s + instant(filter.from),
        u"filter.to="_s + instant(filter.to),
        u"filter.receivedAfter="_s + instant(filter.receivedAfter),
        u"lastLookedAt="_s + instant(settings.lastLookedAt()),
    };
}

QDateTime utc(int year, int month, int day, int hour, int minute, int msecs = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute).addMSecs(msecs),
                     QTimeZone::utc());
}

} // namespace

class TstSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void defaultConstructorUsesTheUserIniFile();
    void defaults();
    void receiverRoundTrip();
    void acceptsTheEdgesOfEachRange();
    void byteArraysRoundTrip();
    void lastLookedAtRoundTrip();
    void filterRoundTrip_data();
    void filterRoundTrip();
    void timeWindowIsStoredByName();
    void valuesSurviveANewInstance();
    void corruptValueFallsBackToDefault_data();
    void corruptValueFallsBackToDefault();
    void customWindowWithoutBothEndsIsDropped();
    void garbageFileReadsAsDefaults();
    void syncReportsAnUnwritableFile();
    void notificationPreferencesRoundTrip();
    void corruptNotificationPreferencesFallBack();
    void languageRoundTrip();
    void tunnelRoundTrip();
    void corruptTunnelValuesReadAsDefaults();
    void exportChoicesRoundTrip();
    void corruptExportChoicesReadAsDefaults();
    void language_data();
    void language();

private:
    QString freshPath();
    void writeIni(const QString &path, const QByteArray &content);

    QScopedPointer<QTemporaryDir> m_dir;
    int m_fileCount = 0;
};

void TstSettings::init()
{
    m_dir.reset(new QTemporaryDir);
    QVERIFY(m_dir->isValid());
}

QString TstSettings::freshPath()
{
    return m_dir->filePath(u"settings-%1.ini"_s.arg(++m_fileCount));
}

void TstSettings::writeIni(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

void TstSettings::defaultConstructorUsesTheUserIniFile()
{
    const Settings settings;
    QVERIFY2(settings.fileName().endsWith(u"/eventwatch.ini"_s), qPrintable(settings.fileName()));
}

void TstSettings::defaults()
{
    const Settings settings(freshPath());
    QCOMPARE(settings.bindAddress(), u"127.0.0.1"_s);
    QCOMPARE(settings.port(), quint16(8765));
    QCOMPARE(settings.maxBodyBytes(), qint64(1024 * 1024));
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.windowState().isEmpty());
    QVERIFY(settings.splitterState().isEmpty());
    QVERIFY(settings.eventTableHeaderState().isEmpty());
    QCOMPARE(settings.lastFilter(), EventFilter());
    QVERIFY(settings.lastFilter().isEmpty());
    QVERIFY(!settings.lastLookedAt().isValid());
}

void TstSettings::receiverRoundTrip()
{
    Settings settings(freshPath());
    settings.setBindAddress(u"::1"_s);
    settings.setPort(9000);
    settings.setMaxBodyBytes(5 * 1024 * 1024);
    QCOMPARE(settings.bindAddress(), u"::1"_s);
    QCOMPARE(settings.port(), quint16(9000));
    QCOMPARE(settings.maxBodyBytes(), qint64(5 * 1024 * 1024));

    settings.setBindAddress(u"0.0.0.0"_s);
    QCOMPARE(settings.bindAddress(), u"0.0.0.0"_s);
}

void TstSettings::acceptsTheEdgesOfEachRange()
{
    Settings settings(freshPath());
    settings.setPort(1);
    QCOMPARE(settings.port(), quint16(1));
    settings.setPort(65535);
    QCOMPARE(settings.port(), quint16(65535));
    settings.setMaxBodyBytes(1);
    QCOMPARE(settings.maxBodyBytes(), qint64(1));
    settings.setMaxBodyBytes(Settings::MaxBodyBytesCeiling);
    QCOMPARE(settings.maxBodyBytes(), Settings::MaxBodyBytesCeiling);
}

void TstSettings::byteArraysRoundTrip()
{
    // Binary blobs with NULs, newlines and INI syntax must come back byte for byte.
    const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00\n[x]\r=;\"\\", 17);
    const QByteArray state = QByteArray(300, '\0') + QByteArray("end");
    Settings settings(freshPath());
    settings.setWindowGeometry(geometry);
    settings.setWindowState(state);
    settings.setSplitterState("splitter"_ba);
    settings.setEventTableHeaderState("header"_ba);
    QCOMPARE(settings.windowGeometry(), geometry);
    QCOMPARE(settings.windowState(), state);
    QCOMPARE(settings.splitterState(), "splitter"_ba);
    QCOMPARE(settings.eventTableHeaderState(), "header"_ba);
}

void TstSettings::lastLookedAtRoundTrip()
{
    Settings settings(freshPath());
    const QDateTime berlin(QDate(2025, 3, 30), QTime(3, 30, 15, 250),
                           QTimeZone("Europe/Berlin"_ba));
    settings.setLastLookedAt(berlin);
    QCOMPARE(settings.lastLookedAt(), berlin); // the same instant, whatever the zone
    QCOMPARE(settings.lastLookedAt().toMSecsSinceEpoch(), berlin.toMSecsSinceEpoch());

    settings.setLastLookedAt(QDateTime());
    QVERIFY(!settings.lastLookedAt().isValid());
}

void TstSettings::filterRoundTrip_data()
{
    QTest::addColumn<EventFilter>("filter");

    QTest::newRow("empty") << EventFilter();

    EventFilter search;
    search.search = u"yoga, \"morning\" = [x]; café ☕ \\"_s;
    QTest::newRow("search with INI syntax and non-ASCII") << search;

    EventFilter spaces;
    spaces.spaceIds = {u"101"_s, u"202"_s, u"a,b"_s};
    QTest::newRow("several spaces") << spaces;

    // The INI format writes a one-element list as a plain string.
    EventFilter oneEach;
    oneEach.spaceIds = {u"101"_s};
    oneEach.creatorIds = {u"7"_s};
    oneEach.eventTypes = {u"live_chat"_s};
    QTest::newRow("one of each list") << oneEach;

    const QList<std::pair<const char *, TimeWindow>> windows{{"upcoming", TimeWindow::Upcoming},
                                                             {"today", TimeWindow::Today},
                                                             {"this week", TimeWindow::ThisWeek},
                                                             {"past", TimeWindow::Past}};
    for (const auto &[name, window] : windows) {
        EventFilter filter;
        filter.window = window;
        QTest::newRow(name) << filter;
    }

    EventFilter custom;
    custom.window = TimeWindow::Custom;
    custom.from = QDateTime(QDate(2025, 3, 1), QTime(0, 0), QTimeZone("America/New_York"_ba));
    custom.to = utc(2025, 3, 8, 5, 0, 1);
    QTest::newRow("custom range") << custom;

    EventFilter everything;
    everything.search = u"meetup"_s;
    everything.spaceIds = {u"1"_s, u"2"_s};
    everything.creatorIds = {u"3"_s, u"4"_s};
    everything.eventTypes = {u"webinar"_s, u"zoom_meeting"_s};
    everything.window = TimeWindow::Custom;
    everything.from = utc(2025, 1, 1, 0, 0);
    everything.to = utc(2026, 1, 1, 0, 0);
    everything.receivedAfter = utc(2025, 6, 15, 12, 30, 999);
    QTest::newRow("every part at once") << everything;
}

void TstSettings::filterRoundTrip()
{
    QFETCH(EventFilter, filter);
    const QString path = freshPath();
    {
        Settings settings(path);
        settings.setLastFilter(filter);
        QVERIFY(settings.sync());
    }
    const Settings reopened(path);
    const EventFilter restored = reopened.lastFilter();
    QCOMPARE(restored.search, filter.search);
    QCOMPARE(restored.spaceIds, filter.spaceIds);
    QCOMPARE(restored.creatorIds, filter.creatorIds);
    QCOMPARE(restored.eventTypes, filter.eventTypes);
    QCOMPARE(restored.window, filter.window);
    QCOMPARE(restored.from, filter.from);
    QCOMPARE(restored.to, filter.to);
    QCOMPARE(restored.receivedAfter, filter.receivedAfter);
    QVERIFY(restored == filter);
}

void TstSettings::timeWindowIsStoredByName()
{
    const QString path = freshPath();
    {
        Settings settings(path);
        EventFilter filter;
        filter.window = TimeWindow::ThisWeek;
        settings.setLastFilter(filter);
        QVERIFY(settings.sync());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("window=thisWeek"));
}

void TstSettings::valuesSurviveANewInstance()
{
    const QString path = freshPath();
    {
        Settings settings(path);
        settings.setBindAddress(u"192.168.1.20"_s);
        settings.setPort(12345);
        settings.setMaxBodyBytes(2048);
        settings.setWindowGeometry("geometry"_ba);
        settings.setLastLookedAt(utc(2025, 5, 5, 5, 5));
        QString error;
        QVERIFY2(settings.sync(&error), qPrintable(error));
    }
    const Settings reopened(path);
    QCOMPARE(reopened.bindAddress(), u"192.168.1.20"_s);
    QCOMPARE(reopened.port(), quint16(12345));
    QCOMPARE(reopened.maxBodyBytes(), qint64(2048));
    QCOMPARE(reopened.windowGeometry(), "geometry"_ba);
    QCOMPARE(reopened.lastLookedAt(), utc(2025, 5, 5, 5, 5));
}

void TstSettings::corruptValueFallsBackToDefault_data()
{
    QTest::addColumn<QByteArray>("ini");

    QTest::newRow("bind address not an IP") << "[receiver]\nbindAddress=example.org\n"_ba;
    QTest::newRow("bind address a list") << "[receiver]\nbindAddress=127.0.0.1, ::1\n"_ba;
    QTest::newRow("bind address empty") << "[receiver]\nbindAddress=\n"_ba;
    QTest::newRow("port not a number") << "[receiver]\nport=http\n"_ba;
    QTest::newRow("port zero") << "[receiver]\nport=0\n"_ba;
    QTest::newRow("port negative") << "[receiver]\nport=-1\n"_ba;
    QTest::newRow("port too large") << "[receiver]\nport=65536\n"_ba;
    QTest::newRow("port a fraction") << "[receiver]\nport=80.5\n"_ba;
    QTest::newRow("port a byte array") << "[receiver]\nport=@ByteArray(80)\n"_ba;
    QTest::newRow("body limit zero") << "[receiver]\nmaxBodyBytes=0\n"_ba;
    QTest::newRow("body limit above the ceiling") << "[receiver]\nmaxBodyBytes=67108865\n"_ba;
    QTest::newRow("body limit text") << "[receiver]\nmaxBodyBytes=1MiB\n"_ba;
    QTest::newRow("geometry a plain string") << "[window]\ngeometry=hello\n"_ba;
    QTest::newRow("window state a list") << "[window]\nstate=a, b\n"_ba;
    QTest::newRow("splitter an undecodable variant")
        << "[window]\nsplitterState=@Variant(garbage)\n"_ba;
    QTest::newRow("header an int variant")
        << "[window]\neventTableHeaderState=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x5)\n"_ba;
    QTest::newRow("search a list") << "[filter]\nsearch=a, b\n"_ba;
    QTest::newRow("search a byte array") << "[filter]\nsearch=@ByteArray(yoga)\n"_ba;
    QTest::newRow("space ids a byte array") << "[filter]\nspaceIds=@ByteArray(1)\n"_ba;
    QTest::newRow("unknown time window") << "[filter]\nwindow=fortnight\n"_ba;
    QTest::newRow("time window by number") << "[filter]\nwindow=2\n"_ba;
    QTest::newRow("received after not a date") << "[filter]\nreceivedAfter=yesterday\n"_ba;
    QTest::newRow("last looked at not a date")
        << "[events]\nlastLookedAt=2025-13-45T99:00:00Z\n"_ba;
    QTest::newRow("last looked at a list") << "[events]\nlastLookedAt=2025-01-01, 2025-01-02\n"_ba;
}

void TstSettings::corruptValueFallsBackToDefault()
{
    QFETCH(QByteArray, ini);
    if (ini.contains("@Variant(garbage)")) // QSettings itself complains about the type id
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"^Trying to construct an instance of an invalid"_s));
    const QStringList defaults = describe(Settings(freshPath()));
    const QString path = freshPath();
    writeIni(path, ini);
    QCOMPARE(describe(Settings(path)), defaults);
}

void TstSettings::customWindowWithoutBothEndsIsDropped()
{
    const QString path = freshPath();
    writeIni(path,
             "[filter]\nwindow=custom\nfrom=2025-01-01T00:00:00.000Z\nto=soon\nsearch=x\n"_ba);
    const EventFilter filter = Settings(path).lastFilter();
    QCOMPARE(filter.window, TimeWindow::Any);
    QVERIFY(!filter.from.isValid());
    QVERIFY(!filter.to.isValid());
    QCOMPARE(filter.search, u"x"_s); // the other parts survive
}

void TstSettings::garbageFileReadsAsDefaults()
{
    const QStringList defaults = describe(Settings(freshPath()));
    const QString path = freshPath();
    writeIni(path, QByteArray("\x00\xff\xfe[[[=\n\x01port=1\n", 16) + QByteArray(1000, '\xee'));
    QCOMPARE(describe(Settings(path)), defaults);
}

void TstSettings::syncReportsAnUnwritableFile()
{
    // A directory in the file's place cannot be written, whoever runs the test.
    const QString path = m_dir->filePath(u"taken.ini"_s);
    QVERIFY(QDir().mkdir(path));
    Settings settings(path);
    settings.setPort(9999);
    QString error;
    QVERIFY(!settings.sync(&error));
    QVERIFY2(error.contains(u"taken.ini"_s), qPrintable(error));
}

void TstSettings::notificationPreferencesRoundTrip()
{
    const QString path = freshPath();
    {
        Settings settings(path);
        QVERIFY(settings.notificationPreferences() == NotificationPreferences());
        QVERIFY(!settings.trayHintShown());
        QVERIFY(!settings.notificationsPausedUntil().isValid());
        NotificationPreferences preferences;
        preferences.enabled = false;
        preferences.newEvents = false;
        preferences.moves = false;
        preferences.cancellations = false;
        preferences.rsvpMilestones = false;
        preferences.mutedSpaceIds = {u"905112"_s};
        preferences.quietHours = true;
        preferences.quietFrom = QTime(21, 30);
        preferences.quietUntil = QTime(6, 45);
        preferences.reminderMinutes = 30;
        settings.setNotificationPreferences(preferences);
        settings.setTrayHintShown(true);
        settings.setNotificationsPausedUntil(utc(2026, 1, 2, 3, 4));
        QVERIFY(settings.sync());
    }
    Settings settings(path);
    const NotificationPreferences read = settings.notificationPreferences();
    QVERIFY(!read.enabled);
    QVERIFY(!read.newEvents && !read.moves && !read.cancellations && !read.rsvpMilestones);
    QCOMPARE(read.mutedSpaceIds, QStringList{u"905112"_s});
    QVERIFY(read.quietHours);
    QCOMPARE(read.quietFrom, QTime(21, 30));
    QCOMPARE(read.quietUntil, QTime(6, 45));
    QCOMPARE(read.reminderMinutes, 30);
    QVERIFY(settings.trayHintShown());
    QCOMPARE(settings.notificationsPausedUntil(), utc(2026, 1, 2, 3, 4));
}

void TstSettings::tunnelRoundTrip()
{
    const QString path = freshPath();
    {
        Settings settings(path);
        QCOMPARE(settings.tunnelProvider(), TunnelProvider::None);
        QVERIFY(!settings.manualPublicUrl().isValid());
        QVERIFY(!settings.firstRunCompleted());
        settings.setTunnelProvider(TunnelProvider::Cloudflared);
        settings.setManualPublicUrl(QUrl(u"https://events.example.org"_s));
        settings.setFirstRunCompleted(true);
        QVERIFY(settings.sync());
    }
    Settings settings(path);
    QCOMPARE(settings.tunnelProvider(), TunnelProvider::Cloudflared);
    QCOMPARE(settings.manualPublicUrl(), QUrl(u"https://events.example.org"_s));
    QVERIFY(settings.firstRunCompleted());
    settings.setManualPublicUrl(QUrl());
    QVERIFY(!settings.manualPublicUrl().isValid());
}

void TstSettings::corruptTunnelValuesReadAsDefaults()
{
    const QString path = freshPath();
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(u"tunnel/provider"_s, u"frp"_s);
        raw.setValue(u"tunnel/manualPublicUrl"_s, u"file:///etc/passwd"_s);
        raw.setValue(u"firstRun/completed"_s, u"maybe"_s);
    }
    Settings settings(path);
    QCOMPARE(settings.tunnelProvider(), TunnelProvider::None);
    QVERIFY(!settings.manualPublicUrl().isValid());
    QVERIFY(!settings.firstRunCompleted());
}

void TstSettings::exportChoicesRoundTrip()
{
    const QString path = freshPath();
    {
        Settings settings(path);
        QCOMPARE(settings.exportFormat(), ExportFormat::Csv);
        QCOMPARE(settings.exportScope(), ExportScope::View);
        QVERIFY(!settings.exportForExcel());
        QVERIFY(settings.exportFolder().isEmpty());
        settings.setExportFormat(ExportFormat::Ics);
        settings.setExportScope(ExportScope::Selection);
        settings.setExportForExcel(true);
        settings.setExportFolder(u"/home/someone/Reports"_s);
        QVERIFY(settings.sync());
    }
    Settings settings(path);
    QCOMPARE(settings.exportFormat(), ExportFormat::Ics);
    QCOMPARE(settings.exportScope(), ExportScope::Selection);
    QVERIFY(settings.exportForExcel());
    QCOMPARE(settings.exportFolder(), u"/home/someone/Reports"_s);
    // Stored by name, so a reordered enum cannot change them.
    QSettings raw(path, QSettings::IniFormat);
    QCOMPARE(raw.value(u"export/format"_s).toString(), u"ics"_s);
    QCOMPARE(raw.value(u"export/scope"_s).toString(), u"selection"_s);
}

void TstSettings::corruptExportChoicesReadAsDefaults()
{
    const QString path = freshPath();
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(u"export/format"_s, u"xlsx"_s);
        raw.setValue(u"export/scope"_s, 7);
        raw.setValue(u"export/forExcel"_s, u"perhaps"_s);
    }
    Settings settings(path);
    QCOMPARE(settings.exportFormat(), ExportFormat::Csv);
    QCOMPARE(settings.exportScope(), ExportScope::View);
    QVERIFY(!settings.exportForExcel());
}

void TstSettings::languageRoundTrip()
{
    const QString path = freshPath();
    {
        Settings settings(path);
        QCOMPARE(settings.language(), QString());
        settings.setLanguage(u"fr"_s);
        QVERIFY(settings.sync());
    }
    QCOMPARE(Settings(path).language(), u"fr"_s);
    Settings settings(path);
    settings.setLanguage(QString());
    QCOMPARE(settings.language(), QString());
}

void TstSettings::language_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<QString>("read");
    QTest::newRow("German") << "de"_ba << u"de"_s;
    QTest::newRow("three letters") << "gsw"_ba << u"gsw"_s;
    QTest::newRow("system") << ""_ba << QString();
    QTest::newRow("a path") << "../x"_ba << QString();
    QTest::newRow("upper case") << "DE"_ba << QString();
    QTest::newRow("a number") << "12"_ba << QString();
    QTest::newRow("too long") << "deutsch"_ba << QString();
}

// Whatever the file says, only a plain language code reaches the translation loader.
void TstSettings::language()
{
    QFETCH(QByteArray, stored);
    QFETCH(QString, read);
    const QString path = freshPath();
    writeIni(path, "[interface]\nlanguage=" + stored + "\n");
    QCOMPARE(Settings(path).language(), read);
}

void TstSettings::corruptNotificationPreferencesFallBack()
{
    const QString path = freshPath();
    writeIni(path, "[notifications]\nenabled=perhaps\nmoves=false\nquietFrom=25:99\n"
                   "quietUntil=05:15\nreminderMinutes=-3\n"_ba);
    const NotificationPreferences read = Settings(path).notificationPreferences();
    const NotificationPreferences defaults;
    QCOMPARE(read.enabled, defaults.enabled);
    QVERIFY(!read.moves); // the other parts survive
    QCOMPARE(read.quietFrom, defaults.quietFrom);
    QCOMPARE(read.quietUntil, QTime(5, 15));
    QCOMPARE(read.reminderMinutes, 0);
}

QTEST_GUILESS_MAIN(TstSettings)
#include "tst_settings.moc"
