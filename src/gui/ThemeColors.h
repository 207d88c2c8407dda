#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>

// Colours for what the palette has no role for (an error, a success), chosen for the palette in
// use, so that the window reads as well on a dark desktop as on a light one.
class ThemeColors final
{
public:
    enum class Tone {
        Information,
        Success,
        Error,
    };

    // A dark palette: light text on a dark window.
    static bool isDark(const QPalette &palette);
    // Text in this tone on the palette's window or base colour.
    static QColor text(Tone tone, const QPalette &palette);
    // A box in this tone: a pale tint with dark text on a light palette, a deep one with light
    // text on a dark palette.
    static QColor boxBackground(Tone tone, const QPalette &palette);
    static QColor boxBorder(Tone tone, const QPalette &palette);
    static QColor boxText(Tone tone, const QPalette &palette);

    // On a dark palette, a dark monochrome icon (the style's black play triangle, a grey theme
    // icon meant for light backgrounds) with its greys inverted, so that it does not vanish;
    // any other icon, and every icon on a light palette, unchanged.
    static QIcon followingPalette(const QIcon &icon, const QPalette &palette);
};
