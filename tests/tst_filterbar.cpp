#include "EventTypeText.h"
#include "FilterBar.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

using TimeWindow = EventFilter::TimeWindow;

namespace {

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

EventFilter everyPart()
{
    EventFilter filter;
    filter.search = u"yoga"_s;
    filter.spaceIds = {u"s1"_s, u"s2"_s};
    filter.creatorIds = {u"c1"_s};
    filter.eventTypes = {u"live_chat"_s};
    filter.window = TimeWindow::Upcoming;
    filter.receivedAfter = utc(2025, 6, 1, 12);
    return filter;
}

QList<FacetCount> spaceFacets()
{
    return {{u"s1"_s, u"Main Hall"_s, 1234}, {u"s2"_s, u"Garden & Patio"_s, 56}};
}

QList<FacetCount> creatorFacets()
{
    return {{u"c1"_s, u"Ada Lovelace"_s, 7}};
}

QList<FacetCount> typeFacets()
{
    return {{u"live_chat"_s, u"live_chat"_s, 3}, {u"webinar"_s, u"webinar"_s, 1}};
}

EventFilter filterFrom(const QSignalSpy &spy, qsizetype index)
{
    return spy.at(index).at(0).value<EventFilter>();
}

} // namespace

class TstFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void typingEmitsOnceAfterTheDebounce();
    void clickingAPickerEmitsAtOnce();
    void chipsShowEveryActivePart();
    void removingAChipRemovesThatPart_data();
    void removingAChipRemovesThatPart();
    void escClearsTheSearchThenEverything();
    void escWithNothingToClearIsLeftToTheWindow();
    void clearAllButton();
    void countLabel_data();
    void countLabel();
    void loadingReplacesTheCount();
    void setFilterRoundTrip_data();
    void setFilterRoundTrip();
    void setFilterTwiceEmitsOnce();
    void facetsShowCounts();
    void chosenIdWithoutFacetStaysListed();
    void eventTypeLabel_data();
    void eventTypeLabel();
    void newSinceFollowsLastLookedAt();
    void customRangeShowsDateEdits();
    void focusSearchSelectsTheText();

private:
    template<typename T>
    T *child(const char *name) const;
    QList<QToolButton *> chips() const;
    QStringList chipTexts() const;
    QToolButton *chipStartingWith(const QString &prefix) const;

    QScopedPointer<QWidget> m_window;
    FilterBar *m_bar = nullptr; // owned by m_window
};

template<typename T>
T *TstFilterBar::child(const char *name) const
{
    T *widget = m_bar->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("FilterBar has no child named %s", name);
    return widget;
}

QList<QToolButton *> TstFilterBar::chips() const
{
    // Chips are reused: the hidden ones stand for nothing.
    QList<QToolButton *> shown =
        m_bar->findChildren<QToolButton *>(u"filterChip"_s, Qt::FindDirectChildrenOnly);
    shown.removeIf([](const QToolButton *chip) { return chip->isHidden(); });
    return shown;
}

QStringList TstFilterBar::chipTexts() const
{
    QStringList texts;
    const QList<QToolButton *> buttons = chips();
    for (QToolButton *chip : buttons)
        texts << chip->accessibleName();
    return texts;
}

QToolButton *TstFilterBar::chipStartingWith(const QString &prefix) const
{
    const QList<QToolButton *> buttons = chips();
    for (QToolButton *chip : buttons) {
        if (chip->accessibleName().startsWith(prefix))
            return chip;
    }
    return nullptr;
}

void TstFilterBar::initTestCase()
{
    // Fixed number and date formats, whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TstFilterBar::init()
{
    // A host without a layout: the bar's changing size hints never reach the offscreen window,
    // which would warn about each of them.
    m_window.reset(new QWidget);
    m_window->resize(1100, 80);
    m_bar = new FilterBar(m_window.data());
    m_bar->setGeometry(0, 0, 1100, 80);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.data()));
}

void TstFilterBar::cleanup()
{
    m_window.reset();
}

void TstFilterBar::typingEmitsOnceAfterTheDebounce()
{
    QSignalSpy spy(m_bar, &FilterBar::filterChanged);
    QTest::keyClicks(child<QLineEdit>("searchEdit"), u"yoga mat"_s);
    QCOMPARE(spy.count(), 0); // not on every keystroke
    QCOMPARE(m_bar->filter().search, u"yoga mat"_s);

    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(filterFrom(spy, 0).search, u"yoga mat"_s);
    QVERIFY(!child<QTimer>("commitTimer")->isActive()); // nothing else pending
}

void TstFilterBar::clickingAPickerEmitsAtOnce()
{
    m_bar->setFacets(spaceFacets(), creatorFacets(), typeFacets());
    QSignalSpy spy(m_bar, &FilterBar::filterChanged);
    const QList<QAction *> actions = child<QToolButton>("spaceButton")->menu()->actions();
    actions.at(1)->trigger();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(filterFrom(spy, 0).spaceIds, QStringList{u"s2"_s});
    QCOMPARE(child<QToolButton>("spaceButton")->text(), u"Space: Garden && Patio"_s);

    actions.at(0)->trigger();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(filterFrom(spy, 1).spaceIds, (QStringList{u"s2"_s, u"s1"_s}));
    QCOMPARE(child<QToolButton>("spaceButton")->text(), u"Space: 2 chosen"_s);

    actions.at(1)->trigger(); // unchecks
    QCOMPARE(spy.count(), 3);
    QCOMPARE(filterFrom(spy, 2).spaceIds, QStringList{u"s1"_s});
}

void TstFilterBar::chipsShowEveryActivePart()
{
    QVERIFY(chips().isEmpty());
    QVERIFY(!child<QToolButton>("clearAllButton")->isVisible());

    m_bar->setFacets(spaceFacets(), creatorFacets(), typeFacets());
    m_bar->setFilter(everyPart());
    const QString since =
        QLocale().toString(utc(2025, 6, 1, 12).toLocalTime(), QLocale::ShortFormat);
    QCOMPARE(chipTexts(),
             (QStringList{u"Search: “yoga”"_s, u"Space: Main Hall"_s, u"Space: Garden & Patio"_s,
                          u"Creator: Ada Lovelace"_s, u"Type: Live chat"_s, u"Upcoming"_s,
                          u"New since "_s + since}));
    for (QToolButton *chip : chips())
        QVERIFY(chip->isVisible());
    QVERIFY(child<QToolButton>("clearAllButton")->isVisible());
}

void TstFilterBar::removingAChipRemovesThatPart_data()
{
    QTest::addColumn<QString>("chip");
    QTest::addColumn<EventFilter>("expected");

    EventFilter filter = everyPart();
    filter.search.clear();
    QTest::newRow("search") << u"Search:"_s << filter;

    filter = everyPart();
    filter.spaceIds = {u"s1"_s};
    QTest::newRow("one of two spaces") << u"Space: Garden"_s << filter;

    filter = everyPart();
    filter.creatorIds.clear();
    QTest::newRow("creator") << u"Creator:"_s << filter;

    filter = everyPart();
    filter.eventTypes.clear();
    QTest::newRow("event type") << u"Type:"_s << filter;

    filter = everyPart();
    filter.window = TimeWindow::Any;
    QTest::newRow("time window") << u"Upcoming"_s << filter;

    filter = everyPart();
    filter.receivedAfter = QDateTime();
    QTest::newRow("new since") << u"New since"_s << filter;
}

void TstFilterBar::removingAChipRemovesThatPart()
{
    QFETCH(QString, chip);
    QFETCH(EventFilter, expected);
    m_bar->setFacets(spaceFacets(), creatorFacets(), typeFacets());
    m_bar->setFilter(everyPart());
    const qsizetype chipsBefore = chips().size();
    QSignalSpy spy(m_bar, &FilterBar::filterChanged);

    QToolButton *button = chipStartingWith(chip);
    QVERIFY2(button, qPrintable(chipTexts().join(u", "_s)));
    QTest::mouseClick(button, Qt::LeftButton);

    QCOMPARE(spy.count(), 1);
    QCOMPARE(filterFrom(spy, 0), expected);
    QCOMPARE(m_bar->filter(), expected);
    QCOMPARE(chips().size(), chipsBefore - 1);
    QVERIFY(!chipStartingWith(chip));
}

void TstFilterBar::escClearsTheSearchThenEverything()
{
    m_bar->setFilter(everyPart());
    QSignalSpy spy(m_bar, &FilterBar::filterChanged);
    QLineEdit *search = child<QLineEdit>("searchEdit");

    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(spy.count(), 1);
    EventFilter withoutSearch = everyPart();
    withoutSearch.search.clear();
    QCOMPARE(filterFrom(spy, 0), withoutSearch);
    QVERIFY(search->text().isEmpty());

    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(filterFrom(spy, 1), EventFilter());
    QVERIFY(chips().isEmpty());
    QCOMPARE(child<QComboBox>("windowCombo")->currentIndex(), 0);
    QVERIFY(!child<QToolButton>("newSinceButton")->isChecked());
}

void TstFilterBar::escWithNothingToClearIsLeftToTheWindow()
{
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QSignalSpy spy(m_bar, &FilterBar::filterChanged);
    QCoreApplication::sendEvent(m_bar, &escape);
    QVERIFY(!escape.isAccepted());
    QCOMPARE(spy.count(), 0);
}

void TstFilterBar::clearAllButton()
{
    m_bar->setFilter(everyPart());
    QSignalSpy spy(m_bar, &FilterBar::filterChanged);
    QTest::mouseClick(child<QToolButton>("clearAllButton"), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QVERIFY(m_bar->filter().isEmpty());
    QVERIFY(!child<QToolButton>("clearAllButton")->isVisible());
}

void TstFilterBar::countLabel_data()
{
    QTest::addColumn<bool>("filtered");
    QTest::addColumn<qint64>("shown");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("text");

    QTest::newRow("unfiltered") << false << qint64(45678) << qint64(45678) << u"45,678 events"_s;
    QTest::newRow("unfiltered, one") << false << qint64(1) << qint64(1) << u"1 event"_s;
    QTest::newRow("unfiltered, none") << false << qint64(0) << qint64(0) << u"0 events"_s;
    QTest::newRow("filtered") << true << qint64(123) << qint64(45678) << u"123 of 45,678 events"_s;
    QTest::newRow("filtered, matching all")
        << true << qint64(45678) << qint64(45678) << u"45,678 of 45,678 events"_s;
    QTest::newRow("filtered, nothing") << true << qint64(0) << qint64(2) << u"0 of 2 events"_s;
    QTest::newRow("millions") << true << qint64(1234567) << qint64(12345678)
                              << u"1,234,567 of 12,345,678 events"_s;
    // A count that arrived for an older, narrower filter is still told as a part.
    QTest::newRow("unfiltered but fewer shown")
        << false << qint64(5) << qint64(7) << u"5 of 7 events"_s;
}

void TstFilterBar::countLabel()
{
    QFETCH(bool, filtered);
    QFETCH(qint64, shown);
    QFETCH(qint64, total);
    QFETCH(QString, text);
    if (filtered)
        m_bar->setFilter(everyPart());
    m_bar->setCounts(shown, total);
    QLabel *label = child<QLabel>("countLabel");
    QCOMPARE(label->text(), text);
    QVERIFY(label->isVisible());
}

void TstFilterBar::loadingReplacesTheCount()
{
    QLabel *label = child<QLabel>("countLabel");
    m_bar->setCounts(10, 10);
    m_bar->setLoading(true);
    QCOMPARE(label->text(), u"Loading…"_s);
    m_bar->setLoading(false);
    QCOMPARE(label->text(), u"10 events"_s);
    m_bar->setLoading(true);
    m_bar->setCounts(3, 10); // the answer ends the wait
    QCOMPARE(label->text(), u"3 of 10 events"_s);
}

void TstFilterBar::setFilterRoundTrip_data()
{
    QTest::addColumn<EventFilter>("filter");

    QTest::newRow("empty") << EventFilter();
    QTest::newRow("every part") << everyPart();
    EventFilter search;
    search.search = u"  two words & more "_s;
    QTest::newRow("search as typed") << search;
    const QList<std::pair<const char *, TimeWindow>> windows{{"today", TimeWindow::Today},
                                                             {"this week", TimeWindow::ThisWeek},
                                                             {"past", TimeWindow::Past}};
    for (const auto &[name, window] : windows) {
        EventFilter filter;
        filter.window = window;
        QTest::newRow(name) << filter;
    }
    EventFilter custom;
    custom.window = TimeWindow::Custom;
    custom.from = QDate(2025, 3, 1).startOfDay();
    custom.to = QDate(2025, 3, 8).startOfDay();
    QTest::newRow("custom range") << custom;
    EventFilter unknownIds;
    unknownIds.spaceIds = {u"gone"_s};
    unknownIds.eventTypes = {u"hybrid_event"_s};
    QTest::newRow("choices without facets") << unknownIds;
}

void TstFilterBar::setFilterRoundTrip()
{
    QFETCH(EventFilter, filter);
    QSignalSpy spy(m_bar, &FilterBar::filterChanged);
    m_bar->setFilter(filter);
    QCOMPARE(m_bar->filter(), filter);
    QCOMPARE(spy.count(), filter == EventFilter() ? 0 : 1);
    if (!spy.isEmpty())
        QCOMPARE(filterFrom(spy, 0), filter);
    QCOMPARE(child<QLineEdit>("searchEdit")->text(), filter.search);
    QCOMPARE(child<QComboBox>("windowCombo")->currentIndex(), int(filter.window));
    QCOMPARE(child<QToolButton>("newSinceButton")->isChecked(), filter.receivedAfter.isValid());
}

void TstFilterBar::setFilterTwiceEmitsOnce()
{
    QSignalSpy spy(m_bar, &FilterBar::filterChanged);
    m_bar->setFilter(everyPart());
    m_bar->setFilter(everyPart());
    QCOMPARE(spy.count(), 1);

    // A custom window without its ends becomes the coming week rather than nothing.
    EventFilter custom;
    custom.window = TimeWindow::Custom;
    m_bar->setFilter(custom);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(m_bar->filter().from, QDate::currentDate().startOfDay());
    QCOMPARE(m_bar->filter().to, QDate::currentDate().addDays(7).startOfDay());
}

void TstFilterBar::facetsShowCounts()
{
    m_bar->setFacets(spaceFacets(), creatorFacets(), typeFacets());
    const auto texts = [this](const char *button) {
        QStringList result;
        const QList<QAction *> actions = child<QToolButton>(button)->menu()->actions();
        for (QAction *action : actions)
            result << (action->isCheckable() ? u""_s : u"not checkable: "_s) + action->text();
        return result;
    };
    QCOMPARE(texts("spaceButton"),
             (QStringList{u"Main Hall (1,234)"_s, u"Garden && Patio (56)"_s}));
    QCOMPARE(texts("creatorButton"), QStringList{u"Ada Lovelace (7)"_s});
    QCOMPARE(texts("typeButton"), (QStringList{u"Live chat (3)"_s, u"Webinar (1)"_s}));

    // New counts replace the old ones and keep what is chosen.
    m_bar->setFilter(everyPart());
    m_bar->setFacets({{u"s1"_s, u"Main Hall"_s, 1235}}, {}, {});
    const QList<QAction *> spaces = child<QToolButton>("spaceButton")->menu()->actions();
    QCOMPARE(spaces.size(), 2);
    QCOMPARE(spaces.at(0)->text(), u"Main Hall (1,235)"_s);
    QVERIFY(spaces.at(0)->isChecked());
    QCOMPARE(spaces.at(1)->text(), u"s2"_s); // chosen, no longer counted, named by its id
    QVERIFY(spaces.at(1)->isChecked());
}

void TstFilterBar::chosenIdWithoutFacetStaysListed()
{
    EventFilter filter;
    filter.creatorIds = {u"c9"_s};
    m_bar->setFilter(filter);
    const QList<QAction *> actions = child<QToolButton>("creatorButton")->menu()->actions();
    QCOMPARE(actions.size(), 1);
    QVERIFY(actions.at(0)->isChecked());
    QSignalSpy spy(m_bar, &FilterBar::filterChanged);
    actions.at(0)->trigger();
    QCOMPARE(spy.count(), 1);
    QVERIFY(filterFrom(spy, 0).creatorIds.isEmpty());
}

void TstFilterBar::eventTypeLabel_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("label");

    QTest::newRow("local") << u"local"_s << u"Local"_s;
    QTest::newRow("live_chat") << u"live_chat"_s << u"Live chat"_s;
    QTest::newRow("online_meeting") << u"online_meeting"_s << u"Online meeting"_s;
    QTest::newRow("zoom_meeting") << u"zoom_meeting"_s << u"Zoom meeting"_s;
    QTest::newRow("zoom_webinar") << u"zoom_webinar"_s << u"Zoom webinar"_s;
    QTest::newRow("webinar") << u"webinar"_s << u"Webinar"_s;
    QTest::newRow("local_meetup") << u"local_meetup"_s << u"Local meetup"_s;
    QTest::newRow("unknown type is made readable") << u"hybrid_event"_s << u"Hybrid event"_s;
    QTest::newRow("empty") << QString() << u"Unspecified"_s;
}

void TstFilterBar::eventTypeLabel()
{
    QFETCH(QString, type);
    QFETCH(QString, label);
    QCOMPARE(EventTypeText::label(type), label);
}

void TstFilterBar::newSinceFollowsLastLookedAt()
{
    QToolButton *button = child<QToolButton>("newSinceButton");
    QVERIFY(!button->isEnabled()); // never looked: everything is new

    QSignalSpy spy(m_bar, &FilterBar::filterChanged);
    m_bar->setLastLookedAt(utc(2025, 1, 1));
    QVERIFY(button->isEnabled());
    QCOMPARE(spy.count(), 0); // the button is off: nothing changes

    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(filterFrom(spy, 0).receivedAfter, utc(2025, 1, 1));
    QVERIFY(chipStartingWith(u"New since"_s));

    m_bar->setLastLookedAt(utc(2025, 2, 1));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(filterFrom(spy, 1).receivedAfter, utc(2025, 2, 1));

    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(spy.count(), 3);
    QVERIFY(!filterFrom(spy, 2).receivedAfter.isValid());
}

void TstFilterBar::customRangeShowsDateEdits()
{
    QComboBox *combo = child<QComboBox>("windowCombo");
    QDateEdit *from = child<QDateEdit>("fromEdit");
    QDateEdit *to = child<QDateEdit>("toEdit");
    QVERIFY(!from->isVisible());
    QSignalSpy spy(m_bar, &FilterBar::filterChanged);

    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_End); // the last item: "Custom range…"
    QCOMPARE(spy.count(), 1);
    EventFilter filter = filterFrom(spy, 0);
    QCOMPARE(filter.window, TimeWindow::Custom);
    QVERIFY(from->isVisible());
    QVERIFY(to->isVisible());
    QCOMPARE(filter.from, from->date().startOfDay());
    QCOMPARE(filter.to, to->date().addDays(1).startOfDay()); // the last day is included

    from->setDate(QDate(2030, 5, 10));
    to->setDate(QDate(2030, 5, 20));
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.count(), 2); // both edits in one announcement
    filter = filterFrom(spy, 1);
    QCOMPARE(filter.from, QDate(2030, 5, 10).startOfDay());
    QCOMPARE(filter.to, QDate(2030, 5, 21).startOfDay());
    QVERIFY(chipStartingWith(u"5/10/30"_s));

    QTest::keyClick(combo, Qt::Key_Home); // "Any time"
    QCOMPARE(spy.count(), 3);
    QCOMPARE(filterFrom(spy, 2), EventFilter());
    QVERIFY(!from->isVisible());
}

void TstFilterBar::focusSearchSelectsTheText()
{
    m_bar->setFilter(everyPart());
    QVERIFY(QTest::qWaitForWindowActive(m_window.data()));
    child<QComboBox>("windowCombo")->setFocus();
    m_bar->focusSearch();
    QLineEdit *search = child<QLineEdit>("searchEdit");
    QVERIFY(search->hasFocus());
    QCOMPARE(search->selectedText(), u"yoga"_s);
}

QTEST_MAIN(TstFilterBar)
#include "tst_filterbar.moc"
