// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLabel;
class QString;

// Status lines that change while the user waits (job state, wizard and restore progress).
// Qt 6.4 has no live regions (QAccessibleAnnouncementEvent arrives in 6.8), and a QLabel with
// an accessible name of its own ("Restore job status") tells screen readers nothing when its
// text changes. status() sets the text, puts it in the accessible description and sends
// DescriptionChanged, so assistive technology hears the new state; the name keeps saying what
// the line is.
namespace Announce {
void status(QLabel *label, const QString &text);
} // namespace Announce
