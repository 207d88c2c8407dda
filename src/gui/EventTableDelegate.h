#pragma once

#include <QCache>
#include <QStaticText>
#include <QStyledItemDelegate>

class QTableView;

// Paints the event table's cells as QStyledItemDelegate does, but lays out each cell's text once
// and keeps it: the stock path lays out every visible text three times on every paint (to size
// it, to elide it and to draw it), which at a few refreshes a second during a burst of deliveries
// was most of the window's work. Cells with an icon or more than one line keep the stock
// painting.
class EventTableDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableDelegate)

public:
    explicit EventTableDelegate(QObject *parent = nullptr);
    ~EventTableDelegate() override;

    // Gives table the event table's look: this delegate, one line a row at the font's height,
    // alternating row colors, whole rows selected, no row numbers.
    static void install(QTableView *table);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    const QStaticText &laidOut(const QString &text, const QStyleOptionViewItem &option,
                               int width) const;

    // Elided and laid out texts by text, font and width: a screenful of cells and then some.
    mutable QCache<QString, QStaticText> m_texts;
};
