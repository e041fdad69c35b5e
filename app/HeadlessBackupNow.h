// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/Vault.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class AzureServices;
class BackupNowController;

// The scripted backup now (--backup-now-for): finds the vault and its protected VMs by
// name, then runs a BackupNowController with a journal, as the Backup now dialog does.
// Reports one fixed-word line per VM state change (names and error codes only).
class HeadlessBackupNow : public QObject
{
    Q_OBJECT
public:
    HeadlessBackupNow(AzureServices *services, const QString &journalDirectory,
                      QObject *parent = nullptr);

    void start(const QString &vault, const QStringList &vms, const QDate &retainUntil);

    // The vault named `nameOrId` in the signed-in subscriptions (nothing when none is).
    static void findVault(AzureServices *services, const QString &nameOrId, QObject *context,
                          const std::function<void(const std::optional<Vault> &)> &found);

Q_SIGNALS:
    void line(const QString &text);
    // ok: every VM's backup completed.
    void finished(bool ok);

private:
    void startIn(const Vault &vault);

    QPointer<AzureServices> m_services;
    QString m_journalDirectory;
    QStringList m_vms;
    QDate m_retainUntil;
    BackupNowController *m_controller = nullptr;
    QList<int> m_lastStates;
};
