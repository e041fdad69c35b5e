// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuidanceFixActions.h"

#include "troubleshooting/ErrorEntry.h"
#include "troubleshooting/FixActionRegistry.h"

#include <QDesktopServices>

namespace {
bool isLinux(const TroubleshootContext &context)
{
    return context.vm.osType.compare(QLatin1String("Linux"), Qt::CaseInsensitive) == 0;
}
} // namespace

QUrl GuidanceFixActions::urlFor(const QString &actionId, const TroubleshootContext &context)
{
    const QString base = QStringLiteral("https://learn.microsoft.com/azure/virtual-machines/");
    if (actionId == FixActions::vmAgentGuidance) {
        return QUrl(base + (isLinux(context) ? QStringLiteral("extensions/agent-linux")
                                             : QStringLiteral("extensions/agent-windows")));
    }
    if (actionId == FixActions::reencryptWithKek) {
        return QUrl(base + (isLinux(context)
                                ? QStringLiteral("linux/disk-encryption-key-vault")
                                : QStringLiteral("windows/disk-encryption-key-vault")));
    }
    return {};
}

void GuidanceFixActions::registerAll(FixActionRegistry *registry)
{
    for (const QString &id : {FixActions::vmAgentGuidance, FixActions::reencryptWithKek}) {
        FixActionRegistry::Action action;
        action.canRun = [](const TroubleshootContext &) {
            return true;
        };
        action.run = [id](const TroubleshootContext &context, QObject *) -> Operation * {
            QDesktopServices::openUrl(urlFor(id, context));
            return nullptr; // the page is the fix; nothing runs here
        };
        registry->registerAction(id, action);
    }
}
