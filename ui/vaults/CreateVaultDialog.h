// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/Vault.h"

#include <QDialog>
#include <QHash>

class AzureServices;
class CreateVaultController;
class MessageBanner;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// "Create a Recovery Services vault": name (checked as you type, before anything is sent),
// subscription, resource group (existing or new) and region. After creation it offers to
// set the storage replication, which can only change before the first item is protected.
class CreateVaultDialog : public QDialog
{
    Q_OBJECT
public:
    // `subscriptionNames` maps ids to display names (ids are shown where a name is missing).
    CreateVaultDialog(AzureServices *services, const QHash<QString, QString> &subscriptionNames,
                      QWidget *parent = nullptr);

    CreateVaultController *controller() const { return m_controller; }
    // Preselects the subscription `id` when the session has it (the default from Settings).
    void selectSubscription(const QString &id);

Q_SIGNALS:
    void vaultCreated(const Vault &vault);
    void replicationRequested(const Vault &vault);

private:
    void onNameEdited();
    void onSubscriptionChanged();
    void onGroupsChanged();
    void onLocationsChanged();
    // The rule messages under the new resource group and the region, checked as you type.
    void updateMessages();
    void onCreate();
    void onCreated(const Vault &vault);
    void updateButtons();

    CreateVaultController *m_controller;
    MessageBanner *m_banner;
    QLineEdit *m_name;
    QLabel *m_nameMessage;
    QComboBox *m_subscription;
    QRadioButton *m_existingGroup;
    QComboBox *m_group;
    QRadioButton *m_newGroup;
    QLineEdit *m_newGroupName;
    QLabel *m_groupMessage;
    QComboBox *m_region;
    QLabel *m_regionMessage;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
    QPushButton *m_replication;
    bool m_regionTouched = false;
};
