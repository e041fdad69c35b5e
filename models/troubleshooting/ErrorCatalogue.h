// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ErrorEntry.h"
#include "azure/BackupJob.h"
#include "net/AzureError.h"

#include <QCoreApplication>
#include <QList>

// The catalogue of errors the app knows how to explain: the five rows of the 2017 article's
// troubleshooting table plus the codes admins meet around backup and restore of encrypted
// VMs. Built once per process (texts are translated at build time, so build it after the
// translator is installed); lookups are linear, the catalogue has a few dozen entries.
class ErrorCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ErrorCatalogue)
public:
    ErrorCatalogue();
    // The shared catalogue for the application.
    static const ErrorCatalogue &instance();

    const QList<ErrorEntry> &entries() const { return m_entries; }
    // nullptr when there is no entry with that id.
    const ErrorEntry *entry(const QString &id) const;
    // By a bare code ("userErrorKeyVaultPermissionsNotConfigured" matches too).
    const ErrorEntry *findByCode(const QString &code) const;
    // By the first code of `codes` that is known, in order.
    const ErrorEntry *findByCodes(const QStringList &codes) const;
    // By message text, for services that answer without a code.
    const ErrorEntry *findByMessage(const QString &message) const;
    // Code, inner code, details' codes; then the messages. nullptr when unknown.
    const ErrorEntry *find(const AzureError &error) const;
    // A failed backup job's error codes, then its messages.
    const ErrorEntry *find(const BackupJob &job) const;

    // The catalogue's parts, one per area, so no source file grows too long.
    static void addEncryptionEntries(QList<ErrorEntry> &entries);
    static void addBackupEntries(QList<ErrorEntry> &entries);
    static void addRestoreEntries(QList<ErrorEntry> &entries);
    static void addGeneralEntries(QList<ErrorEntry> &entries);

private:
    QList<ErrorEntry> m_entries;
};
