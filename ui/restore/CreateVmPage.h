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
// Az PowerShell or az CLI script is shown, copied or saved for admins who prefer to run it
// themselves. Once the VM exists, a reminder says how to turn the ADE extension back on.
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
    QComboBox *scriptLanguage() const { return m_language; }
    QPushButton *copyScriptButton() const { return m_copy; }
    QPushButton *saveScriptButton() const { return m_save; }
    QPlainTextEdit *encryptionReminder() const { return m_reminder; }
    // What the Save button does once a file is chosen (the dialog itself is not testable).
    bool saveScriptTo(const QString &path);

Q_SIGNALS:
    void failed(const AzureError &error);
    void info(const QString &text);
    void vmCreated(const QString &vmId);

private:
    void updateRoute();
    void loadScript();
    void updateScript();
    // What is wrong with the typed names (VM, and for the template route network and subnet),
    // or empty; checked as you type so Create and the script wait for valid names.
    QString inputProblem() const;
    void updateInputs();
    void create();
    void saveScript();
    void showReminder(const QString &vmName);

    RestoreContext *m_context;
    QRadioButton *m_template;
    QRadioButton *m_rest;
    QLabel *m_routeNote;
    QLineEdit *m_name;
    QLineEdit *m_network;
    QLineEdit *m_subnet;
    QLabel *m_inputMessage;
    QComboBox *m_auth;
    QPushButton *m_create;
    QLabel *m_status;
    QPlainTextEdit *m_script;
    QComboBox *m_language;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPlainTextEdit *m_reminder;
    QPointer<Operation> m_op;
    RestoredVmConfig m_config; // for the script only; holds URLs and ids, no secrets
};
