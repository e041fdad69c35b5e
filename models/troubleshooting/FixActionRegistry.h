// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TroubleshootContext.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

class Operation;

// The fixes the troubleshooting screen can run, by action id (see FixActions). Features
// register what they own (the restore feature "restore-key-and-secret", the main window
// "sign-in-again"); the screen only asks canRun() and run(). An action either returns an
// Operation (the screen starts it, shows progress and the result inline) or opens its own UI
// and returns nullptr.
class FixActionRegistry : public QObject
{
    Q_OBJECT
public:
    struct Action
    {
        // Whether the action applies to this context (e.g. a VM id is known).
        std::function<bool(const TroubleshootContext &)> canRun;
        // Text the user must confirm before the action changes anything; empty = no
        // confirmation (actions that only open a dialog or show guidance).
        std::function<QString(const TroubleshootContext &)> confirmation;
        // Creates the work, not started, parented to `parent`; or nullptr when the action
        // handled everything itself (opened a dialog).
        std::function<Operation *(const TroubleshootContext &, QObject *parent)> run;
    };

    explicit FixActionRegistry(QObject *parent = nullptr);

    // Replaces any action registered under the same id.
    void registerAction(const QString &actionId, const Action &action);
    void unregisterAction(const QString &actionId);
    bool isRegistered(const QString &actionId) const { return m_actions.contains(actionId); }
    // The action as registered (empty functions when none), so a feature can wrap it.
    Action action(const QString &actionId) const { return m_actions.value(actionId); }
    QStringList actionIds() const { return m_actions.keys(); }

    virtual bool canRun(const QString &actionId, const TroubleshootContext &context) const;
    virtual QString confirmationText(const QString &actionId,
                                     const TroubleshootContext &context) const;
    // Not started; nullptr when the action is unknown or ran without an Operation.
    virtual Operation *run(const QString &actionId, const TroubleshootContext &context,
                           QObject *parent);

Q_SIGNALS:
    void actionsChanged();

private:
    QHash<QString, Action> m_actions;
};
