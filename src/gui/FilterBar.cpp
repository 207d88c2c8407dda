#include "FilterBar.h"

#include "DateTimeText.h"
#include "EventTypeText.h"
#include "ui_FilterBar.h"

#include <QAction>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>

#include <algorithm>
#include <chrono>

using namespace Qt::Literals::StringLiterals;

namespace {

using TimeWindow = EventFilter::TimeWindow;

// Long enough to let a word be typed, short enough to feel immediate.
constexpr std::chrono::milliseconds CommitDelay{150};
// Chips and picker texts longer than this many pixels are elided.
constexpr int MaxChipTextWidth = 260;
// A custom range starts as the coming week, today included.
constexpr int DefaultCustomRangeDays = 7;

// The windows in the order of windowCombo's items (FilterBar.ui).
constexpr std::array<TimeWindow, 6> ComboWindows{TimeWindow::Any,   TimeWindow::Upcoming,
                                                 TimeWindow::Today, TimeWindow::ThisWeek,
                                                 TimeWindow::Past,  TimeWindow::Custom};

TimeWindow windowAt(int index)
{
    return index >= 0 && index < int(ComboWindows.size()) ? ComboWindows[std::size_t(index)]
                                                          : TimeWindow::Any;
}

int comboIndexOf(TimeWindow window)
{
    const auto found = std::find(ComboWindows.begin(), ComboWindows.end(), window);
    return int(found - ComboWindows.begin());
}

// The custom range is [from, to) in the viewer's time zone; the date edits show the first and
// the last day it includes.
QDate firstDayOf(const QDateTime &from)
{
    return from.toLocalTime().date();
}

QDate lastDayOf(const QDateTime &to)
{
    return to.toLocalTime().addMSecs(-1).date();
}

// Menus take & as a mnemonic marker; names from the network must show as typed.
QString escapeMnemonic(QString text)
{
    return text.replace(u'&', u"&&"_s);
}

// Facets are refreshed whenever deliveries arrive, mostly unchanged: spare the menus then.
bool sameChoices(const QList<FacetCount> &a, const QList<FacetCount> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const FacetCount &x, const FacetCount &y) {
                          return x.id == y.id && x.label == y.label && x.count == y.count;
                      });
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::FilterBar)
{
    m_ui->setupUi(this);
    m_commitTimer->setObjectName(u"commitTimer"_s);
    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(CommitDelay);
    setUpPickers();
    setUpTimeWindow();
    connectSignals();
    syncWidgets();
    syncChips();
    syncCountLabel();
}

FilterBar::~FilterBar() = default;

void FilterBar::setFilter(const EventFilter &filter)
{
    m_filter = normalized(filter);
    for (Facet facet : Facets)
        rebuildMenu(facet); // a restored filter may name choices the menus do not list yet
    syncWidgets();
    commit();
}

void FilterBar::setFacets(const QList<FacetCount> &spaces, const QList<FacetCount> &creators,
                          const QList<FacetCount> &eventTypes)
{
    const std::array<const QList<FacetCount> *, Facets.size()> choices{&spaces, &creators,
                                                                       &eventTypes};
    for (Facet facet : Facets) {
        Picker &p = picker(facet);
        const QList<FacetCount> &newChoices = *choices[std::size_t(facet)];
        if (sameChoices(p.choices, newChoices))
            continue;
        p.choices = newChoices;
        rebuildMenu(facet);
        syncPicker(facet);
    }
    syncChips(); // labels may have arrived for ids shown until now
}

void FilterBar::setLastLookedAt(const QDateTime &instant)
{
    m_lastLookedAt = instant;
    if (m_filter.receivedAfter.isValid() && m_filter.receivedAfter != instant) {
        // The button is on: follow the new instant, or turn off when there is none.
        change([&](EventFilter &filter) { filter.receivedAfter = instant; });
        return;
    }
    syncNewSinceButton();
}

void FilterBar::setCounts(qint64 shown, qint64 total)
{
    m_shown = shown;
    m_total = total;
    m_loading = false;
    syncCountLabel();
}

void FilterBar::setLoading(bool loading)
{
    m_loading = loading;
    syncCountLabel();
}

void FilterBar::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void FilterBar::clearAll()
{
    change([](EventFilter &filter) { filter = EventFilter(); });
}

void FilterBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Escape || event->modifiers() != Qt::NoModifier) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (!m_filter.search.isEmpty())
        change([](EventFilter &filter) { filter.search.clear(); });
    else if (!m_filter.isEmpty())
        clearAll();
    else
        event->ignore(); // nothing to clear: let the window have it
}

void FilterBar::setUpPickers()
{
    picker(Facet::Space).button = m_ui->spaceButton;
    picker(Facet::Creator).button = m_ui->creatorButton;
    picker(Facet::EventType).button = m_ui->typeButton;
    for (Facet facet : Facets) {
        Picker &p = picker(facet);
        p.menu = new QMenu(p.button);
        p.button->setMenu(p.menu);
        connect(p.menu, &QMenu::aboutToShow, this, [this, facet] {
            if (picker(facet).stale)
                rebuildMenu(facet);
        });
        rebuildMenu(facet);
    }
}

void FilterBar::setUpTimeWindow()
{
    Q_ASSERT(m_ui->windowCombo->count() == int(ComboWindows.size()));
    const QDate today = QDate::currentDate();
    m_ui->fromEdit->setDate(today);
    m_ui->toEdit->setDate(today.addDays(DefaultCustomRangeDays - 1));
}

void FilterBar::connectSignals()
{
    connect(m_commitTimer, &QTimer::timeout, this, &FilterBar::commit);
    connect(m_ui->searchEdit, &QLineEdit::textEdited, this, &FilterBar::onSearchEdited);
    connect(m_ui->windowCombo, &QComboBox::activated, this, &FilterBar::onWindowActivated);
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, &FilterBar::onFromDateChanged);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, &FilterBar::onToDateChanged);
    connect(m_ui->newSinceButton, &QToolButton::clicked, this, &FilterBar::onNewSinceClicked);
    connect(m_ui->clearAllButton, &QToolButton::clicked, this, &FilterBar::clearAll);
}

void FilterBar::onSearchEdited(const QString &text)
{
    m_filter.search = text;
    commitSoon();
}

void FilterBar::onWindowActivated(int index)
{
    const TimeWindow window = windowAt(index);
    change([&](EventFilter &filter) {
        filter.window = window;
        if (window == TimeWindow::Custom) {
            // Start from the dates the edits show (the last custom range, or the coming week).
            filter.from = m_ui->fromEdit->date().startOfDay();
            filter.to = m_ui->toEdit->date().addDays(1).startOfDay();
        } else {
            filter.from = filter.to = QDateTime();
        }
    });
}

void FilterBar::onFromDateChanged(const QDate &date)
{
    m_filter.from = date.startOfDay();
    if (m_filter.to <= m_filter.from)
        m_filter.to = date.addDays(1).startOfDay();
    syncTimeWindow();
    commitSoon(); // arrow keys step through days: wait for the last one
}

void FilterBar::onToDateChanged(const QDate &date)
{
    m_filter.to = date.addDays(1).startOfDay();
    commitSoon();
}

void FilterBar::onNewSinceClicked(bool checked)
{
    change([&](EventFilter &filter) {
        filter.receivedAfter = checked ? m_lastLookedAt : QDateTime();
    });
}

void FilterBar::onChoiceTriggered(Facet facet, const QString &id, bool checked)
{
    change([&](EventFilter &filter) {
        QStringList &ids = chosenIds(filter, facet);
        ids.removeAll(id);
        if (checked)
            ids.append(id);
    });
}

// Every change the user or the owner makes goes through here or through commitSoon(), so the
// widgets, the chips and the announcement never disagree.
void FilterBar::change(const std::function<void(EventFilter &)> &edit)
{
    edit(m_filter);
    syncWidgets();
    commit();
}

void FilterBar::commitSoon()
{
    m_commitTimer->start();
}

void FilterBar::commit()
{
    m_commitTimer->stop();
    syncChips();
    if (m_filter == m_announced)
        return;
    m_announced = m_filter;
    syncCountLabel(); // "of" depends on whether the announced filter is empty
    Q_EMIT filterChanged(m_filter);
}

void FilterBar::syncWidgets()
{
    syncSearchEdit();
    syncTimeWindow();
    syncNewSinceButton();
    for (Facet facet : Facets)
        syncPicker(facet);
}

void FilterBar::syncSearchEdit()
{
    // Setting the same text again would move the cursor while the user types.
    if (m_ui->searchEdit->text() != m_filter.search)
        m_ui->searchEdit->setText(m_filter.search);
}

void FilterBar::syncTimeWindow()
{
    const bool custom = m_filter.window == TimeWindow::Custom;
    {
        const QSignalBlocker fromBlocker(m_ui->fromEdit);
        const QSignalBlocker toBlocker(m_ui->toEdit);
        m_ui->windowCombo->setCurrentIndex(comboIndexOf(m_filter.window));
        if (custom) {
            m_ui->fromEdit->setDate(firstDayOf(m_filter.from));
            m_ui->toEdit->setMinimumDate(firstDayOf(m_filter.from));
            m_ui->toEdit->setDate(lastDayOf(m_filter.to));
        }
    }
    m_ui->fromEdit->setVisible(custom);
    m_ui->rangeToLabel->setVisible(custom);
    m_ui->toEdit->setVisible(custom);
}

void FilterBar::syncNewSinceButton()
{
    const bool on = m_filter.receivedAfter.isValid();
    QToolButton *button = m_ui->newSinceButton;
    button->setChecked(on);
    button->setEnabled(on || m_lastLookedAt.isValid());
    const QDateTime instant = on ? m_filter.receivedAfter : m_lastLookedAt;
    if (instant.isValid())
        button->setToolTip(tr("Show only events received after %1")
                               .arg(DateTimeText::dateTime(instant.toLocalTime(), locale())));
    else
        button->setToolTip(tr("Available once you have looked at the events"));
}

void FilterBar::syncPicker(Facet facet)
{
    Picker &p = picker(facet);
    const QStringList &ids = chosenIds(m_filter, facet);
    const QList<QAction *> actions = p.menu->actions();
    for (QAction *action : actions) {
        if (action->isCheckable())
            action->setChecked(ids.contains(action->data().toString()));
    }
    p.button->setText(pickerText(facet));
}

void FilterBar::rebuildMenu(Facet facet)
{
    Picker &p = picker(facet);
    // Replacing the actions under the user's pointer would disturb the open menu (facets are
    // refreshed whenever a delivery arrives): rebuild it when it next opens.
    p.stale = p.menu->isVisible();
    if (p.stale)
        return;
    p.menu->clear();
    const QStringList &chosen = chosenIds(m_filter, facet);
    QStringList listed;
    const QLocale locale = this->locale();
    const auto addChoice = [&](const QString &id, const QString &text) {
        QAction *action = p.menu->addAction(escapeMnemonic(text));
        action->setCheckable(true);
        action->setChecked(chosen.contains(id));
        action->setData(id);
        connect(action, &QAction::triggered, this,
                [this, facet, id](bool checked) { onChoiceTriggered(facet, id, checked); });
        listed.append(id);
    };
    for (const FacetCount &choice : std::as_const(p.choices))
        addChoice(choice.id,
                  tr("%1 (%2)").arg(choiceLabel(facet, choice.id), locale.toString(choice.count)));
    // Chosen before (a restored filter) but without events now: listed so it can be unchosen.
    for (const QString &id : chosen) {
        if (!listed.contains(id))
            addChoice(id, choiceLabel(facet, id));
    }
    if (p.menu->isEmpty())
        p.menu->addAction(tr("Nothing to choose yet"))->setEnabled(false);
}

void FilterBar::syncChips()
{
    m_chipRemovals.clear();
    const QString search = m_filter.search.trimmed();
    if (!search.isEmpty())
        addChip(tr("Search: “%1”").arg(search), [](EventFilter &f) { f.search.clear(); });
    for (Facet facet : Facets) {
        const QStringList ids = chosenIds(m_filter, facet);
        for (const QString &id : ids)
            addChip(tr("%1: %2").arg(facetName(facet), choiceLabel(facet, id)),
                    [facet, id](EventFilter &f) { chosenIds(f, facet).removeAll(id); });
    }
    if (m_filter.window != TimeWindow::Any)
        addChip(timeWindowText(), [](EventFilter &f) {
            f.window = TimeWindow::Any;
            f.from = f.to = QDateTime();
        });
    if (m_filter.receivedAfter.isValid())
        addChip(tr("New since %1")
                    .arg(DateTimeText::dateTime(m_filter.receivedAfter.toLocalTime(), locale())),
                [](EventFilter &f) { f.receivedAfter = QDateTime(); });
    if (m_filter.lastRowId > 0)
        addChip(tr("Events from a notification"),
                [](EventFilter &f) { f.firstRowId = f.lastRowId = 0; });
    for (qsizetype i = m_chipRemovals.size(); i < m_chips.size(); ++i)
        m_chips.at(i)->hide();
    m_ui->clearAllButton->setVisible(!m_filter.isEmpty());
}

void FilterBar::addChip(const QString &text, const std::function<void(EventFilter &)> &remove)
{
    // Chips are reused rather than deleted: the clicked one is still inside its signal when the
    // chips are laid out again.
    const qsizetype index = m_chipRemovals.size();
    if (index == m_chips.size()) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(u"filterChip"_s);
        connect(chip, &QToolButton::clicked, this, [this, index] { removeChipPart(index); });
        m_ui->chipsLayout->insertWidget(int(index), chip);
        m_chips.append(chip);
    }
    QToolButton *chip = m_chips.at(index);
    const QString elided = fontMetrics().elidedText(text, Qt::ElideRight, MaxChipTextWidth);
    chip->setText(escapeMnemonic(elided) + u"  \u00d7"_s);
    chip->setAccessibleName(text);
    chip->setToolTip(tr("Remove “%1”").arg(text));
    chip->show();
    m_chipRemovals.append(remove);
}

void FilterBar::removeChipPart(qsizetype index)
{
    // A copy: applying it lays out the chips again, which replaces the list.
    const std::function<void(EventFilter &)> remove = m_chipRemovals.value(index);
    if (remove)
        change(remove);
}

void FilterBar::syncCountLabel()
{
    m_ui->countLabel->setText(countText());
}

QString FilterBar::choiceLabel(Facet facet, const QString &id) const
{
    if (facet == Facet::EventType)
        return EventTypeText::label(id);
    for (const FacetCount &choice : picker(facet).choices) {
        if (choice.id == id)
            return choice.label.isEmpty() ? id : choice.label;
    }
    return id; // not counted (yet): the id is all there is
}

QString FilterBar::pickerText(Facet facet) const
{
    const QStringList &ids = chosenIds(m_filter, facet);
    if (ids.isEmpty())
        return facetName(facet);
    if (ids.size() == 1) {
        const QString text = tr("%1: %2").arg(facetName(facet), choiceLabel(facet, ids.first()));
        return escapeMnemonic(fontMetrics().elidedText(text, Qt::ElideRight, MaxChipTextWidth));
    }
    return tr("%1: %2 chosen").arg(facetName(facet), locale().toString(ids.size()));
}

QString FilterBar::timeWindowText() const
{
    if (m_filter.window != TimeWindow::Custom)
        return m_ui->windowCombo->itemText(comboIndexOf(m_filter.window));
    const QLocale locale = this->locale();
    return tr("%1 – %2").arg(locale.toString(firstDayOf(m_filter.from), QLocale::ShortFormat),
                             locale.toString(lastDayOf(m_filter.to), QLocale::ShortFormat));
}

QString FilterBar::countText() const
{
    if (m_loading)
        return tr("Loading…");
    if (m_total < 0)
        return QString();
    const QLocale locale = this->locale();
    if (m_announced.isEmpty() && m_shown == m_total)
        return m_total == 1 ? tr("1 event") : tr("%1 events").arg(locale.toString(m_total));
    if (m_total == 1)
        return tr("%1 of 1 event").arg(locale.toString(m_shown));
    return tr("%1 of %2 events").arg(locale.toString(m_shown), locale.toString(m_total));
}

const QStringList &FilterBar::chosenIds(const EventFilter &filter, Facet facet)
{
    switch (facet) {
    case Facet::Space:
        return filter.spaceIds;
    case Facet::Creator:
        return filter.creatorIds;
    case Facet::EventType:
        return filter.eventTypes;
    }
    Q_UNREACHABLE();
}

QStringList &FilterBar::chosenIds(EventFilter &filter, Facet facet)
{
    // filter is not const here, so casting the const overload's answer back is safe.
    return const_cast<QStringList &>(chosenIds(std::as_const(filter), facet));
}

QString FilterBar::facetName(Facet facet)
{
    switch (facet) {
    case Facet::Space:
        return tr("Space");
    case Facet::Creator:
        return tr("Creator");
    case Facet::EventType:
        return tr("Type");
    }
    Q_UNREACHABLE();
}

EventFilter FilterBar::normalized(EventFilter filter)
{
    if (filter.window == TimeWindow::Custom
        && (!filter.from.isValid() || !filter.to.isValid() || filter.to <= filter.from)) {
        const QDate today = QDate::currentDate();
        filter.from = today.startOfDay();
        filter.to = today.addDays(DefaultCustomRangeDays).startOfDay();
    } else if (filter.window != TimeWindow::Custom) {
        filter.from = filter.to = QDateTime();
    }
    return filter;
}
