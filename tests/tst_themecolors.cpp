#include "ThemeColors.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QTest>

#include <cmath>

namespace {

QPalette paletteWith(const QColor &window, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Base, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Text, text);
    return palette;
}

const QPalette Light = paletteWith(QColor(0xef, 0xef, 0xef), Qt::black);
const QPalette Dark = paletteWith(QColor(0x35, 0x35, 0x35), QColor(0xee, 0xee, 0xee));

// WCAG's contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &color) {
        const auto channel = [](double value) {
            return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
               + 0.0722 * channel(color.blueF());
    };
    const double x = luminance(a) + 0.05;
    const double y = luminance(b) + 0.05;
    return x > y ? x / y : y / x;
}

QIcon filledIcon(const QColor &color)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.fillRect(8, 8, 16, 16, color);
    painter.end();
    return QIcon(pixmap);
}

QColor centreOf(const QIcon &icon)
{
    return icon.pixmap(32).toImage().pixelColor(16, 16);
}

} // namespace

class TstThemeColors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tellsDarkFromLight();
    void tonesReadOnTheirPalette_data();
    void tonesReadOnTheirPalette();
    void darkGlyphsTurnLightOnADarkPalette();
};

void TstThemeColors::tellsDarkFromLight()
{
    QVERIFY(ThemeColors::isDark(Dark));
    QVERIFY(!ThemeColors::isDark(Light));
}

void TstThemeColors::tonesReadOnTheirPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<ThemeColors::Tone>("tone");
    for (const auto &[name, palette] : {std::pair{"light", Light}, std::pair{"dark", Dark}}) {
        QTest::addRow("%s information", name) << palette << ThemeColors::Tone::Information;
        QTest::addRow("%s success", name) << palette << ThemeColors::Tone::Success;
        QTest::addRow("%s error", name) << palette << ThemeColors::Tone::Error;
    }
}

// Text in a tone on the window, and a box's text on its background, meet WCAG AA for normal text
// (4.5:1), except coloured text on the window, which is large or bold where it is used (3:1).
void TstThemeColors::tonesReadOnTheirPalette()
{
    QFETCH(QPalette, palette);
    QFETCH(ThemeColors::Tone, tone);
    const QColor window = palette.color(QPalette::Window);
    QVERIFY2(contrast(ThemeColors::text(tone, palette), window) >= 3.0,
             qPrintable(QString::number(contrast(ThemeColors::text(tone, palette), window))));
    QVERIFY(contrast(ThemeColors::boxText(tone, palette), ThemeColors::boxBackground(tone, palette))
            >= 4.5);
}

void TstThemeColors::darkGlyphsTurnLightOnADarkPalette()
{
    const QIcon black = filledIcon(Qt::black);
    QCOMPARE(centreOf(ThemeColors::followingPalette(black, Dark)), QColor(Qt::white));
    // Unchanged: on a light palette, or a glyph that is light or coloured already.
    QCOMPARE(centreOf(ThemeColors::followingPalette(black, Light)), QColor(Qt::black));
    const QIcon light = filledIcon(QColor(0xdd, 0xdd, 0xdd));
    QCOMPARE(centreOf(ThemeColors::followingPalette(light, Dark)), QColor(0xdd, 0xdd, 0xdd));
    const QIcon blue = filledIcon(QColor(0x1a, 0x5f, 0xb4));
    QCOMPARE(centreOf(ThemeColors::followingPalette(blue, Dark)), QColor(0x1a, 0x5f, 0xb4));
    QVERIFY(ThemeColors::followingPalette(QIcon(), Dark).isNull());
}

QTEST_MAIN(TstThemeColors)
#include "tst_themecolors.moc"
