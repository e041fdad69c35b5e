// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/Vault.h"

#include <QDialog>

class AzureServices;
class MessageBanner;
class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;
class StorageReplicationController;

// Storage replication of one vault: GRS, LRS or ZRS, and cross-region restore (GRS only).
// Editable only while the vault protects nothing; otherwise the choices are disabled and the
// dialog says why. A refusal by the service is shown inline, with its code.
class StorageReplicationDialog : public QDialog
{
    Q_OBJECT
public:
    StorageReplicationDialog(AzureServices *services, const Vault &vault,
                             QWidget *parent = nullptr);

    StorageReplicationController *controller() const { return m_controller; }

Q_SIGNALS:
    void replicationChanged(const Vault &vault);

private:
    void onConfigChanged();
    void updateControls();
    void onSave();

    StorageReplicationController *m_controller;
    MessageBanner *m_banner;
    QLabel *m_reason;
    QRadioButton *m_grs;
    QRadioButton *m_lrs;
    QRadioButton *m_zrs;
    QCheckBox *m_crossRegion;
    QPushButton *m_save;
};
