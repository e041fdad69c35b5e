// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixActionRegistry.h"

#include "services/Operation.h"

FixActionRegistry::FixActionRegistry(QObject *parent)
    : QObject(parent)
{}

void FixActionRegistry::registerAction(const QString &actionId, const Action &action)
{
    m_actions.insert(actionId, action);
    Q_EMIT actionsChanged();
}

void FixActionRegistry::unregisterAction(const QString &actionId)
{
    if (m_actions.remove(actionId) > 0) {
        Q_EMIT actionsChanged();
    }
}

bool FixActionRegistry::canRun(const QString &actionId, const TroubleshootContext &context) const
{
    const auto it = m_actions.constFind(actionId);
    if (it == m_actions.constEnd() || !it->run) {
        return false;
    }
    return !it->canRun || it->canRun(context);
}

QString FixActionRegistry::confirmationText(const QString &actionId,
                                            const TroubleshootContext &context) const
{
    const auto it = m_actions.constFind(actionId);
    if (it == m_actions.constEnd() || !it->confirmation) {
        return {};
    }
    return it->confirmation(context);
}

Operation *FixActionRegistry::run(const QString &actionId, const TroubleshootContext &context,
                                  QObject *parent)
{
    if (!canRun(actionId, context)) {
        return nullptr;
    }
    return m_actions.value(actionId).run(context, parent);
}
