// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

class FixActionRegistry;
struct TroubleshootContext;

// Fixes that happen inside the VM or in another tool, where the app can only show the way:
// "vm-agent-guidance" (install or repair the VM agent) and "reencrypt-with-kek" (row 1:
// decrypt, then encrypt again with a key encryption key). Each opens the documentation page
// for the VM's OS in the desktop's browser.
namespace GuidanceFixActions {
void registerAll(FixActionRegistry *registry);
// The page each opens, by action id and context (empty for other ids).
QUrl urlFor(const QString &actionId, const TroubleshootContext &context);
} // namespace GuidanceFixActions
