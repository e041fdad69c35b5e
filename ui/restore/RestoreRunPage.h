// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RestoreContext.h"
#include "azure/BackupJob.h"
#include "azure/KeyVault.h"
#include "net/AzureError.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class Operation;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

// Step 3: the key vault, key and secret of the point are checked (and restored from the
// backup when missing, into the original vault or a chosen one); then the restore is
// validated by the service, triggered, and its job followed. The outputs are listed.
class RestoreRunPage : public QWidget
{
    Q_OBJECT
public:
    RestoreRunPage(RestoreContext *context, QWidget *parent = nullptr);

    void enter();
    // Forget the finished restore (to restore again with other settings).
    void reset();
    bool isDone() const { return m_done; }
    // The restore job was requested and has not ended yet.
    bool isRestoreRunning() const { return m_restoreRunning; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *restoreKeysButton() const { return m_restoreKeys; }
    // The inline question shown before the key and secret are written, and its answers.
    QWidget *keysConfirmation() const { return m_keysConfirm; }
    QPushButton *confirmKeysButton() const { return m_confirmKeys; }
    QLabel *keysStatus() const { return m_keysStatus; }
    QComboBox *vaultChoice() const { return m_vaultChoice; }
    QLabel *vaultNote() const { return m_vaultNote; }
    QLineEdit *newVaultName() const { return m_newVaultName; }
    QPushButton *createVaultButton() const { return m_createVault; }

Q_SIGNALS:
    void doneChanged();
    void failed(const AzureError &error);
    void info(const QString &text);
    void jobStarted(const QString &vaultId, const QString &jobId);

private:
    void checkKeys();
    void loadVaultChoices();
    // Asks first (inline): restoring writes into a key vault.
    void askRestoreKeys();
    KeyVault keysTarget() const;
    void restoreKeys();
    void updateNewVaultName();
    void createVault();
    void startRestore();
    void showOutputs();
    void setBusy(bool busy);

    RestoreContext *m_context;
    QLabel *m_keysStatus;
    QComboBox *m_vaultChoice;
    QLabel *m_vaultNote;
    QPushButton *m_restoreKeys;
    QWidget *m_keysConfirm;
    QLabel *m_keysConfirmText;
    QPushButton *m_confirmKeys;
    QPushButton *m_cancelKeys;
    QWidget *m_newVaultRow;
    QLineEdit *m_newVaultName;
    QPushButton *m_createVault;
    QLabel *m_newVaultNote;
    QPushButton *m_restore;
    QProgressBar *m_progress;
    QLabel *m_jobStatus;
    QPlainTextEdit *m_outputs;
    QList<KeyVault> m_vaults;
    KeyVault m_existingVault;
    bool m_keyMissing = false;
    bool m_secretMissing = false;
    bool m_vaultMissing = false;
    bool m_done = false;
    bool m_restoreRunning = false;
    QPointer<Operation> m_op;
};
