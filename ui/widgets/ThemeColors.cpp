// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemeColors.h"

#include <QPalette>

namespace ThemeColors {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x99, 0xa4) : QColor(0xc4, 0x2b, 0x1c);
}

QColor warningBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xb8, 0x86, 0x00) : QColor(0xf2, 0xc1, 0x3d);
}
} // namespace ThemeColors
