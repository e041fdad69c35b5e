// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RestoreContext.h"
#include "net/AzureError.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;

// Step 2: restore configuration. Encrypted VMs: Restore Disks only (the other types are
// listed, disabled, with the reason); target resource group; staging storage account in
// the vault's region (others are listed disabled with the reason they cannot be used).
class RestoreSettingsPage : public QWidget
{
    Q_OBJECT
public:
    RestoreSettingsPage(RestoreContext *context, QWidget *parent = nullptr);

    void load();
    bool isComplete() const;
    void commit();
    QComboBox *stagingCombo() const { return m_staging; }
    QComboBox *groupCombo() const { return m_group; }

Q_SIGNALS:
    void completeChanged();
    void failed(const AzureError &error);

private:
    void updateReason();

    RestoreContext *m_context;
    QComboBox *m_type;
    QLabel *m_typeNote;
    QComboBox *m_group;
    QComboBox *m_staging;
    QLabel *m_stagingNote;
    QList<StorageAccount> m_accounts;
};
