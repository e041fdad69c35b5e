// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/KeyVaultAccessController.h"

#include <QPointer>
#include <QWidget>
class MessageBanner;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// Renders a KeyVaultAccessController: per key vault the permission model, what the Backup
// Management Service needs, has and lacks; the grant (only after the confirmation box is
// ticked); the equivalent Az PowerShell / Azure CLI commands; and, when the caller may not
// grant, who must act and the choice to go on knowing those backups will fail.
// Used by the backup wizard's Key Vault page and by KeyVaultAccessDialog.
class KeyVaultAccessWidget : public QWidget
{
    Q_OBJECT
public:
    explicit KeyVaultAccessWidget(KeyVaultAccessController *controller, QWidget *parent = nullptr);

    KeyVaultAccessController *controller() const { return m_controller; }
    bool isConfirmed() const;
    bool acceptsFailingBackups() const;
    // Everything needed is in place, or the user accepted what is missing.
    bool canContinue() const;

Q_SIGNALS:
    void stateChanged();

private:
    void render();
    void updateCommands();

    QPointer<KeyVaultAccessController> m_controller;
    QLabel *m_intro;
    QLabel *m_lookup;
    QLineEdit *m_objectId;
    QPushButton *m_useObjectId;
    QTableWidget *m_table;
    MessageBanner *m_banner;
    QPlainTextEdit *m_commands;
    QPushButton *m_copyPowerShell;
    QPushButton *m_copyCli;
    QCheckBox *m_confirm;
    QPushButton *m_grant;
    QPushButton *m_recheck;
    QCheckBox *m_accept;
    QString m_powerShell;
    QString m_cli;
};
