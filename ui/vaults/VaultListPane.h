// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/Vault.h"

#include <QWidget>

class MessageBanner;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class VaultBrowserController;

// The vault browser: a filter box that narrows the list as you type (name, resource group,
// region, subscription), the vaults of all selected subscriptions, and an inline banner for
// subscriptions whose vaults could not be listed.
class VaultListPane : public QWidget
{
    Q_OBJECT
public:
    explicit VaultListPane(VaultBrowserController *controller, QWidget *parent = nullptr);

    Vault currentVault() const;
    bool selectVault(const QString &vaultId);
    void focusFilter();
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void currentVaultChanged(const Vault &vault);
    void createVaultRequested();

private:
    void onBusyChanged(bool busy);
    void onErrorChanged();
    void emitCurrent();
    void revealMatch(const QString &text);

    VaultBrowserController *m_controller;
    QLineEdit *m_filter;
    QTableView *m_table;
    MessageBanner *m_banner;
    QLabel *m_status;
    QPushButton *m_newVault;
    QString m_lastVaultId;
};
