// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class AzureServices;
class KeyVaultAccessController;

// The scripted Key Vault grant (--grant-key-vault-access-for): finds the VMs by name,
// checks their key vaults through a KeyVaultAccessController with a journal, and grants
// what is missing, as the Key Vault access dialog does. Reports key vault names, fixed
// words and error codes only.
class HeadlessGrant : public QObject
{
    Q_OBJECT
public:
    HeadlessGrant(AzureServices *services, const QString &journalDirectory,
                  QObject *parent = nullptr);

    void start(const QStringList &vms);

Q_SIGNALS:
    void line(const QString &text);
    // ok: every key vault ends with the access Backup needs.
    void finished(bool ok);

private:
    void onChecked();
    void onGranted();

    QPointer<AzureServices> m_services;
    QString m_journalDirectory;
    KeyVaultAccessController *m_access = nullptr;
    bool m_granting = false;
};
