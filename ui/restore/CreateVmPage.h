// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RestoreContext.h"
#include "net/AzureError.h"
#include "restore/RestoredVmConfig.h"

#include <QPointer>
#include <QWidget>

class Operation;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

// Step 4: create the VM from the restored disks: deploy the template the restore wrote
// (points after 26 April 2017) or PUT the VM by REST from the config file; the equivalent
// Az PowerShell script is shown for admins who prefer to run it themselves.
class CreateVmPage : public QWidget
{
    Q_OBJECT
public:
    CreateVmPage(RestoreContext *context, QWidget *parent = nullptr);

    void enter();
    QPushButton *createButton() const { return m_create; }
    QRadioButton *templateRoute() const { return m_template; }
    QRadioButton *restRoute() const { return m_rest; }
    QComboBox *authCombo() const { return m_auth; }
    QPlainTextEdit *script() const { return m_script; }

Q_SIGNALS:
    void failed(const AzureError &error);
    void info(const QString &text);
    void vmCreated(const QString &vmId);

private:
    void updateRoute();
    void loadScript();
    void updateScript();
    void create();

    RestoreContext *m_context;
    QRadioButton *m_template;
    QRadioButton *m_rest;
    QLabel *m_routeNote;
    QLineEdit *m_name;
    QLineEdit *m_network;
    QLineEdit *m_subnet;
    QComboBox *m_auth;
    QPushButton *m_create;
    QLabel *m_status;
    QPlainTextEdit *m_script;
    QPointer<Operation> m_op;
    RestoredVmConfig m_config; // for the script only; holds URLs and ids, no secrets
};
