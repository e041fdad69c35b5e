// SPDX-License-Identifier: GPL-3.0-or-later
#include "Announce.h"

#include <QAccessible>
#include <QLabel>
#include <QTextDocumentFragment>

namespace Announce {
void status(QLabel *label, const QString &text)
{
    label->setText(text);
    // Rich text (links, bold) is read as its words.
    const QString spoken =
        Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    label->setAccessibleDescription(spoken);
    QAccessibleEvent event(label, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}
} // namespace Announce
