#pragma once

#include "query/EventFilter.h"
#include "query/FacetCount.h"

#include <QDateTime>
#include <QList>
#include <QScopedPointer>
#include <QTimer>
#include <QWidget>

#include <array>
#include <functional>

class QMenu;
class QToolButton;

namespace Ui {
class FilterBar;
}

// The row above the event table: search-as-you-type, space, creator and type pickers with
// counts, a time window, "new since I last looked", a chip per active filter part and the
// event count. It only describes what the user asks for: the owner runs the query when
// filterChanged() arrives and reports back with setCounts().
//
// Esc inside the bar clears the search text; a second Esc clears every filter.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    // The filter as shown, including search text typed but not yet announced.
    EventFilter filter() const { return m_filter; }
    // Shows filter (e.g. restored from the settings) and announces it with exactly one
    // filterChanged() if it differs from the last one announced. A custom window without
    // both ends becomes the coming week.
    void setFilter(const EventFilter &filter);

    // The pickers' choices with their counts, biggest first (EventQuery::spaces(), creators(),
    // eventTypes()). Chosen ids missing from the lists stay chosen.
    void setFacets(const QList<FacetCount> &spaces, const QList<FacetCount> &creators,
                   const QList<FacetCount> &eventTypes);
    // The instant "New since I last looked" filters by; invalid (never looked) disables it.
    // While the button is on, a new instant changes the filter and announces it.
    void setLastLookedAt(const QDateTime &instant);
    QDateTime lastLookedAt() const { return m_lastLookedAt; }

    // "123 of 45,678 events", or "45,678 events" when nothing is filtered. Ends loading.
    void setCounts(qint64 shown, qint64 total);
    // Shows "Loading…" in place of the count until setCounts() or setLoading(false).
    void setLoading(bool loading);

public Q_SLOTS:
    // Puts the keyboard in the search field with its text selected (Ctrl+F).
    void focusSearch();
    // Removes every filter part and announces the empty filter.
    void clearAll();

Q_SIGNALS:
    // The filter changed: at once for clicks, ~150 ms after the last keystroke for typing.
    void filterChanged(const EventFilter &filter);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Facet {
        Space,
        Creator,
        EventType,
    };
    static constexpr std::array<Facet, 3> Facets{Facet::Space, Facet::Creator, Facet::EventType};

    struct Picker
    {
        QToolButton *button = nullptr;
        QMenu *menu = nullptr;
        QList<FacetCount> choices;
        bool stale = false; // choices changed while the menu was open
    };

    void setUpPickers();
    void setUpTimeWindow();
    void connectSignals();

    void onSearchEdited(const QString &text);
    void onWindowActivated(int index);
    void onFromDateChanged(const QDate &date);
    void onToDateChanged(const QDate &date);
    void onNewSinceClicked(bool checked);
    void onChoiceTriggered(Facet facet, const QString &id, bool checked);

    void change(const std::function<void(EventFilter &)> &edit);
    void commitSoon();
    void commit();

    void syncWidgets();
    void syncSearchEdit();
    void syncTimeWindow();
    void syncNewSinceButton();
    void syncPicker(Facet facet);
    void rebuildMenu(Facet facet);
    void syncChips();
    void addChip(const QString &text, const std::function<void(EventFilter &)> &remove);
    void removeChipPart(qsizetype index);
    void syncCountLabel();

    QString choiceLabel(Facet facet, const QString &id) const;
    QString pickerText(Facet facet) const;
    QString timeWindowText() const;
    QString countText() const;
    Picker &picker(Facet facet) { return m_pickers[std::size_t(facet)]; }
    const Picker &picker(Facet facet) const { return m_pickers[std::size_t(facet)]; }

    static QStringList &chosenIds(EventFilter &filter, Facet facet);
    static const QStringList &chosenIds(const EventFilter &filter, Facet facet);
    static QString facetName(Facet facet);
    static EventFilter normalized(EventFilter filter);

    QScopedPointer<Ui::FilterBar> m_ui;
    std::array<Picker, Facets.size()> m_pickers;
    QList<QToolButton *> m_chips; // reused; the first m_chipRemovals.size() are shown
    QList<std::function<void(EventFilter &)>> m_chipRemovals;
    QTimer *m_commitTimer = new QTimer(this); // search and date edits wait for a pause
    EventFilter m_filter;                     // what the widgets show
    EventFilter m_announced;                  // what filterChanged() last carried
    QDateTime m_lastLookedAt;
    qint64 m_shown = -1; // -1: no counts yet
    qint64 m_total = -1;
    bool m_loading = false;
};
