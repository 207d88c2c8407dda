#include "EventTableDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QPainter>
#include <QStyle>
#include <QTableView>

namespace {

constexpr int CachedTexts = 4096;

// Where text of this size goes in area, as the style aligns it.
QPointF placement(const QRect &area, const QSizeF &size, Qt::Alignment alignment)
{
    qreal x = area.left();
    if (alignment & Qt::AlignRight)
        x = area.right() + 1 - size.width();
    else if (alignment & Qt::AlignHCenter)
        x = area.left() + (area.width() - size.width()) / 2;
    qreal y = area.top() + (area.height() - size.height()) / 2;
    if (alignment & Qt::AlignTop)
        y = area.top();
    else if (alignment & Qt::AlignBottom)
        y = area.bottom() + 1 - size.height();
    return {x, y};
}

QColor textColor(const QStyleOptionViewItem &item)
{
    const QPalette::ColorGroup group =
        !(item.state & QStyle::State_Enabled)
            ? QPalette::Disabled
            : (item.state & QStyle::State_Active ? QPalette::Normal : QPalette::Inactive);
    const QPalette::ColorRole role =
        item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    return item.palette.color(group, role);
}

// The lines a font asks for through, under or over one line of text drawn in bounds, placed as
// QPainter places them.
void drawDecorations(QPainter *painter, const QFont &font, const QRectF &bounds)
{
    if (!font.strikeOut() && !font.underline() && !font.overline())
        return;
    const QFontMetricsF metrics(font);
    QPen pen = painter->pen();
    pen.setWidthF(metrics.lineWidth());
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    const qreal baseline = bounds.top() + metrics.ascent();
    const auto lineAt = [&](qreal y) {
        painter->drawLine(QLineF(bounds.left(), y, bounds.right(), y));
    };
    if (font.strikeOut())
        lineAt(baseline - metrics.strikeOutPos());
    if (font.underline())
        lineAt(baseline + metrics.underlinePos());
    if (font.overline())
        lineAt(baseline - metrics.overlinePos());
}

} // namespace

EventTableDelegate::EventTableDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_texts(CachedTexts)
{}

EventTableDelegate::~EventTableDelegate() = default;

void EventTableDelegate::install(QTableView *table)
{
    table->setItemDelegate(new EventTableDelegate(table));
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
}

void EventTableDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const bool plainText = (item.features & QStyleOptionViewItem::HasDisplay)
                           && !(item.features & QStyleOptionViewItem::HasDecoration)
                           && !(item.features & QStyleOptionViewItem::HasCheckIndicator)
                           && !(item.features & QStyleOptionViewItem::WrapText)
                           && !item.text.contains(QChar::LineSeparator);
    if (!plainText) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = item.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = item.text;
    // The style paints the background, the selection and the focus as usual, without the text.
    item.text.clear();
    item.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    // Where and how the style would put the text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget)
                           .adjusted(margin, 0, -margin, 0);
    if (area.width() <= 0 || text.isEmpty())
        return;
    // Lines through or under the text are drawn here: QStaticText leaves them out when it is
    // painted scaled (on a high-density screen), and under an ellipsis from another font.
    const QFont decorated = item.font;
    item.font.setStrikeOut(false);
    item.font.setUnderline(false);
    item.font.setOverline(false);
    const QStaticText &laid = laidOut(text, item, area.width());
    const QPointF at = placement(area, laid.size(),
                                 QStyle::visualAlignment(item.direction, item.displayAlignment));
    painter->save();
    painter->setClipRect(area);
    painter->setFont(item.font);
    painter->setPen(textColor(item));
    painter->drawStaticText(at, laid);
    drawDecorations(painter, decorated, QRectF(at, laid.size()));
    painter->restore();
}

const QStaticText &EventTableDelegate::laidOut(const QString &text,
                                               const QStyleOptionViewItem &option, int width) const
{
    const QString key = option.font.key() + QChar(0x1f) + QString::number(width) + QChar(0x1f)
                        + QString::number(int(option.textElideMode)) + QChar(0x1f)
                        + QString::number(int(option.direction)) + QChar(0x1f) + text;
    if (QStaticText *found = m_texts.object(key))
        return *found;
    const QFontMetrics metrics(option.font);
    // Elided line by line, as the style does (a line break in the text is a line separator).
    QStringList lines = text.split(QChar::LineSeparator);
    for (QString &line : lines)
        line = metrics.elidedText(line, option.textElideMode, width);
    auto *laid = new QStaticText(lines.join(QChar::LineSeparator));
    laid->setTextFormat(Qt::PlainText);
    // The paragraph runs the way the view does, as in the style's own layout.
    QTextOption textOption;
    textOption.setTextDirection(option.direction);
    laid->setTextOption(textOption);
    laid->setPerformanceHint(QStaticText::AggressiveCaching);
    laid->prepare(QTransform(), option.font);
    m_texts.insert(key, laid);
    return *m_texts.object(key);
}
