#include "EventTableDelegate.h"

#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QtMath>

// The event table's delegate paints what the stock delegate paints, only faster.
class TstEventTableDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintsWhatTheStockDelegatePaints_data();
    void paintsWhatTheStockDelegatePaints();
    void repaintsChangedTextAtTheSameWidth();

private:
    static QImage render(QTableView &view);
    static QRect inkBounds(const QImage &image, const QRect &cell);
    static QList<bool> inkColumns(const QImage &image, const QRect &cell);
    static int columnsApart(const QList<bool> &expected, const QList<bool> &actual);
};

namespace {

QStandardItemModel *sampleModel(QObject *parent)
{
    auto *model = new QStandardItemModel(0, 3, parent);
    const QStringList texts = {
        QStringLiteral("Monthly community call"),
        QStringLiteral("A title far too long to fit into its column, so that it must be elided"),
        QStringLiteral("Zürich – Café Élan, Bahnhofstrasse 1"),
        QStringLiteral("لقاء المجتمع الشهري"),
        QStringLiteral("Two\nlines"),
        QString(),
        QStringLiteral("3 · 1 · 0"),
    };
    for (int row = 0; row < texts.size(); ++row) {
        QList<QStandardItem *> items;
        for (int column = 0; column < 3; ++column)
            items << new QStandardItem(texts.at((row + column) % texts.size()));
        if (row == 1) {
            QFont bold;
            bold.setBold(true);
            for (QStandardItem *item : items)
                item->setFont(bold);
        }
        if (row == 2) {
            QFont struck;
            struck.setStrikeOut(true);
            for (QStandardItem *item : items)
                item->setFont(struck);
        }
        model->appendRow(items);
    }
    return model;
}

} // namespace

QImage TstEventTableDelegate::render(QTableView &view)
{
    view.viewport()->repaint();
    return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// The smallest rectangle around what is drawn in the cell: the pixels that differ clearly from
// the cell's background. Anti-aliasing may differ between two ways of drawing the same glyphs;
// where the text sits, how wide it is and how it is cut do not.
QRect TstEventTableDelegate::inkBounds(const QImage &image, const QRect &cell)
{
    const QRect inside = cell.adjusted(0, 0, -1, -1) & image.rect(); // without the grid line
    const QRgb background = image.pixel(inside.topLeft() + QPoint(1, 1));
    QRect bounds;
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            const int distance = qAbs(qRed(pixel) - qRed(background))
                                 + qAbs(qGreen(pixel) - qGreen(background))
                                 + qAbs(qBlue(pixel) - qBlue(background));
            if (distance > 200)
                bounds |= QRect(x, y, 1, 1);
        }
    }
    return bounds;
}

// Which columns of the cell hold ink: tells apart where the gaps of the text and its ellipsis are.
QList<bool> TstEventTableDelegate::inkColumns(const QImage &image, const QRect &cell)
{
    const QRect inside = cell.adjusted(0, 0, -1, -1) & image.rect();
    const QRect ink = inkBounds(image, inside.adjusted(0, 0, 1, 1));
    QList<bool> columns(inside.width(), false);
    for (int x = ink.left(); !ink.isNull() && x <= ink.right(); ++x) {
        const QRect column(x, inside.top(), 1, inside.height());
        columns[x - inside.left()] = !inkBounds(image, column.adjusted(0, 0, 1, 1)).isNull();
    }
    return columns;
}

// Columns where one image has ink and the other has none within a pixel either side.
int TstEventTableDelegate::columnsApart(const QList<bool> &expected, const QList<bool> &actual)
{
    int apart = 0;
    for (qsizetype x = 0; x < actual.size(); ++x) {
        bool near = false;
        for (qsizetype at = qMax<qsizetype>(0, x - 1); at <= qMin(expected.size() - 1, x + 1); ++at)
            near = near || expected.at(at) == actual.at(x);
        apart += near ? 0 : 1;
    }
    return apart;
}

void TstEventTableDelegate::paintsWhatTheStockDelegatePaints_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<bool>("alternating");
    QTest::newRow("left to right") << Qt::LeftToRight << false;
    QTest::newRow("left to right, alternating rows") << Qt::LeftToRight << true;
    QTest::newRow("right to left") << Qt::RightToLeft << false;
}

void TstEventTableDelegate::paintsWhatTheStockDelegatePaints()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(bool, alternating);

    QTableView view;
    view.setLayoutDirection(direction);
    view.setModel(sampleModel(&view));
    view.setWordWrap(false);
    view.setAlternatingRowColors(alternating);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.verticalHeader()->hide();
    view.horizontalHeader()->resizeSection(0, 180);
    view.horizontalHeader()->resizeSection(1, 90);
    view.resize(520, 300);
    view.selectRow(3);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QImage stock = render(view);
    stock.save(
        QStringLiteral("/tmp/stock-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
    view.setItemDelegate(new EventTableDelegate(&view));
    const QImage ours = render(view);
    QCOMPARE(ours.size(), stock.size());
    const QAbstractItemModel *model = view.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            // In the image's pixels, which are more than the view's on a high-density screen.
            const qreal ratio = stock.devicePixelRatio();
            const QRect logical = view.visualRect(model->index(row, column));
            const QRect cell(
                QPoint(qRound(logical.left() * ratio), qRound(logical.top() * ratio)),
                QSize(qRound(logical.width() * ratio), qRound(logical.height() * ratio)));
            const QRect expected = inkBounds(stock, cell);
            const QRect actual = inkBounds(ours, cell);
            const QByteArray where =
                QStringLiteral("row %1, column %2: stock %3,%4 %5x%6, ours %7,%8 %9x%10")
                    .arg(row)
                    .arg(column)
                    .arg(expected.x())
                    .arg(expected.y())
                    .arg(expected.width())
                    .arg(expected.height())
                    .arg(actual.x())
                    .arg(actual.y())
                    .arg(actual.width())
                    .arg(actual.height())
                    .toUtf8();
            QVERIFY2(expected.isNull() == actual.isNull(), where.constData());
            // Within a pixel of the view, which is more than one of the image on a dense screen.
            const int slack = qCeil(ratio);
            QVERIFY2(qAbs(actual.left() - expected.left()) <= slack
                         && qAbs(actual.right() - expected.right()) <= slack
                         && qAbs(actual.top() - expected.top()) <= slack
                         && qAbs(actual.bottom() - expected.bottom()) <= slack,
                     where.constData());
            QVERIFY2(columnsApart(inkColumns(stock, cell), inkColumns(ours, cell)) <= 2 * slack,
                     where.constData());
        }
    }
}

// A cell whose text changes shows the new text, although the old one is kept laid out.
void TstEventTableDelegate::repaintsChangedTextAtTheSameWidth()
{
    QTableView view;
    auto *model = sampleModel(&view);
    view.setModel(model);
    view.setWordWrap(false);
    view.setItemDelegate(new EventTableDelegate(&view));
    view.resize(520, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage before = render(view);
    model->item(0, 0)->setText(QStringLiteral("Weekly community call"));
    const QImage changed = render(view);
    QVERIFY(changed != before);
    model->item(0, 0)->setText(QStringLiteral("Monthly community call"));
    QCOMPARE(render(view), before);
}

QTEST_MAIN(TstEventTableDelegate)
#include "tst_eventtabledelegate.moc"
