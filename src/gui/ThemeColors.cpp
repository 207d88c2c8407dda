#include "ThemeColors.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <array>

namespace {

// One tone on one kind of palette: text on the window, and a box (background, border, text).
struct ToneColors
{
    QRgb text;
    QRgb background;
    QRgb border;
    QRgb boxText;
};

constexpr std::array<ToneColors, 3> LightTones = {{
    {0x1a5fb4, 0xe7eef8, 0xa9c1e3, 0x15325b}, // Information
    {0x1e7b47, 0xe3f4e6, 0x9fd3a8, 0x14452b}, // Success
    {0xc01c28, 0xfbe3e4, 0xeba4a8, 0x6b1016}, // Error
}};
constexpr std::array<ToneColors, 3> DarkTones = {{
    {0x99c1f1, 0x1c2b40, 0x36557f, 0xdce8f8},
    {0x8ff0a4, 0x1d3526, 0x3a6b4a, 0xddf3e2},
    {0xff7b72, 0x45191c, 0x8a3036, 0xfbe3e4},
}};

const ToneColors &colorsOf(ThemeColors::Tone tone, const QPalette &palette)
{
    const auto &tones = ThemeColors::isDark(palette) ? DarkTones : LightTones;
    return tones.at(size_t(tone));
}

// Icon sizes a table, a combo box or a label may ask for.
constexpr int IconSizes[] = {16, 22, 24, 32, 48, 64};
// Pixels whose channels differ by no more than this are grey.
constexpr int GreyTolerance = 40;
// A glyph whose mean lightness (0-255) is below this vanishes on a dark background.
constexpr int DarkGlyph = 110;

// A glyph meant to be drawn in one dark colour: nearly every visible pixel grey, and dark on
// average.
bool isDarkMonochrome(const QImage &image)
{
    qint64 visible = 0;
    qint64 grey = 0;
    qint64 lightness = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = line[x];
            if (qAlpha(pixel) < 64)
                continue;
            ++visible;
            const int high = std::max({qRed(pixel), qGreen(pixel), qBlue(pixel)});
            const int low = std::min({qRed(pixel), qGreen(pixel), qBlue(pixel)});
            grey += high - low <= GreyTolerance ? 1 : 0;
            lightness += (high + low) / 2;
        }
    }
    return visible > 0 && grey * 10 >= visible * 9 && lightness / visible < DarkGlyph;
}

// The same greys, light for dark: an outline stays an outline, a fill a fill.
QPixmap inverted(const QPixmap &pixmap)
{
    QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    image.invertPixels(QImage::InvertRgb);
    QPixmap result = QPixmap::fromImage(image);
    result.setDevicePixelRatio(pixmap.devicePixelRatio());
    return result;
}

} // namespace

bool ThemeColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
           < palette.color(QPalette::WindowText).lightness();
}

QColor ThemeColors::text(Tone tone, const QPalette &palette)
{
    return QColor::fromRgb(colorsOf(tone, palette).text);
}

QColor ThemeColors::boxBackground(Tone tone, const QPalette &palette)
{
    return QColor::fromRgb(colorsOf(tone, palette).background);
}

QColor ThemeColors::boxBorder(Tone tone, const QPalette &palette)
{
    return QColor::fromRgb(colorsOf(tone, palette).border);
}

QColor ThemeColors::boxText(Tone tone, const QPalette &palette)
{
    return QColor::fromRgb(colorsOf(tone, palette).boxText);
}

QIcon ThemeColors::followingPalette(const QIcon &icon, const QPalette &palette)
{
    if (icon.isNull() || !isDark(palette)
        || !isDarkMonochrome(icon.pixmap(32).toImage().convertToFormat(QImage::Format_ARGB32)))
        return icon;
    QIcon result;
    for (const int size : IconSizes) {
        const QPixmap pixmap = icon.pixmap(size);
        if (!pixmap.isNull())
            result.addPixmap(inverted(pixmap));
    }
    return result;
}
