// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

// Colours that carry meaning (error text, the sandbox badge) in a shade that reads well on
// the palette's window colour: darker on light themes, lighter on dark ones. Colour is only
// ever a hint; the text always says the same.
namespace ThemeColors {
bool isDark(const QPalette &palette);
QColor errorText(const QPalette &palette);
QColor warningBackground(const QPalette &palette);
} // namespace ThemeColors
