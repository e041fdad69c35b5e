// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/VirtualMachine.h"

#include <QDialog>
#include <QList>

class AzureServices;
class KeyVaultAccessController;
class KeyVaultAccessWidget;

// Checks and fixes Key Vault access for VMs outside the wizard, for example protected VMs
// that were encrypted later (seed: "continue backups of already backed up VMs"). Starts
// the check when shown.
class KeyVaultAccessDialog : public QDialog
{
    Q_OBJECT
public:
    KeyVaultAccessDialog(AzureServices *services, const QList<VirtualMachine> &vms,
                         QWidget *parent = nullptr);

    KeyVaultAccessController *controller() const { return m_controller; }
    KeyVaultAccessWidget *widget() const { return m_widget; }

private:
    KeyVaultAccessController *m_controller;
    KeyVaultAccessWidget *m_widget;
};
