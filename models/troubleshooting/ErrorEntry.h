// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

// One known error: how to recognise it, what it means and how to get past it. The texts are
// translated; id, codes and action ids are stable identifiers and never translated.
struct ErrorEntry
{
    // Where in the workflow the user meets it (shown as a column and used by search).
    enum class Operation
    {
        EnableBackup,
        Backup,
        Restore,
        RestoreKeys,
        CreateVm,
        SignIn,
        General
    };

    QString id; // stable, e.g. "keyvault-permissions-not-configured"
    Operation operation = Operation::General;
    QStringList codes; // service error codes, compared case-insensitively
    // Case-insensitive regular expressions over the message, for errors the service reports
    // without a code (the 2017 article lists messages only).
    QStringList messagePatterns;
    QString title;
    QString meaning;
    QStringList steps;
    QString actionId;    // the app action that fixes it, empty when there is none
    QString actionLabel; // button text for that action

    bool isValid() const { return !id.isEmpty(); }
    bool hasAction() const { return !actionId.isEmpty(); }
    // Every searchable text in one string (title, codes, meaning, steps, operation).
    QString searchText() const;
    static QString operationName(Operation operation);
};

Q_DECLARE_METATYPE(ErrorEntry)

// Action ids the catalogue names; the app registers handlers for them (FixActionRegistry).
namespace FixActions {
inline const QString grantKeyVaultAccess = QStringLiteral("grant-keyvault-access");
inline const QString restoreKeyAndSecret = QStringLiteral("restore-key-and-secret");
inline const QString restoreDisksThenCreateVm = QStringLiteral("restore-disks-then-create-vm");
inline const QString vmAgentGuidance = QStringLiteral("vm-agent-guidance");
inline const QString reencryptWithKek = QStringLiteral("reencrypt-with-kek");
inline const QString signInAgain = QStringLiteral("sign-in-again");
inline const QString chooseOtherRecoveryPoint = QStringLiteral("choose-other-recovery-point");
inline const QString openJobs = QStringLiteral("open-jobs");
} // namespace FixActions
