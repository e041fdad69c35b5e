// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreRunPage.h"

#include "azure/ResourceId.h"
#include "net/ArmClient.h"
#include "restore/CreateKeyVaultOperation.h"
#include "restore/EncryptionKeysCheckOperation.h"
#include "restore/RestoreDisksOperation.h"
#include "restore/RestoreKeysOperation.h"
#include "restore/RestoreRequests.h"
#include "restore/RestoreRules.h"
#include "restore/RestoredVmConfig.h"
#include "services/AzureServices.h"
#include "services/ListOperation.h"
#include "storage/BlobDownloadOperation.h"
#include "widgets/Announce.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

RestoreRunPage::RestoreRunPage(RestoreContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_keysStatus(new QLabel(this))
    , m_vaultChoice(new QComboBox(this))
    , m_vaultNote(new QLabel(this))
    , m_restoreKeys(new QPushButton(tr("Restore &key and secret"), this))
    , m_keysConfirm(new QWidget(this))
    , m_keysConfirmText(new QLabel(m_keysConfirm))
    , m_confirmKeys(new QPushButton(tr("&Yes, restore them"), m_keysConfirm))
    , m_cancelKeys(new QPushButton(tr("N&o"), m_keysConfirm))
    , m_newVaultRow(new QWidget(this))
    , m_newVaultName(new QLineEdit(m_newVaultRow))
    , m_createVault(new QPushButton(tr("Create key &vault"), m_newVaultRow))
    , m_newVaultNote(new QLabel(m_newVaultRow))
    , m_restore(new QPushButton(tr("&Validate and restore disks"), this))
    , m_progress(new QProgressBar(this))
    , m_jobStatus(new QLabel(this))
    , m_outputs(new QPlainTextEdit(this))
{
    nameWidget(m_keysStatus, "restoreKeysStatus", tr("Key and secret status"));
    nameWidget(m_vaultChoice, "restoreKeyVaultChoice",
               tr("Key vault to restore the key and secret into"));
    nameWidget(m_vaultNote, "restoreKeyVaultNote", tr("About the key vault choice"));
    nameWidget(m_restoreKeys, "restoreKeysButton", tr("Restore key and secret from the backup"));
    nameWidget(m_keysConfirm, "restoreKeysConfirmation",
               tr("Confirm restoring the key and secret"));
    nameWidget(m_keysConfirmText, "restoreKeysConfirmText", tr("What restoring writes"));
    nameWidget(m_confirmKeys, "restoreKeysConfirmButton", tr("Restore the key and secret"));
    nameWidget(m_cancelKeys, "restoreKeysCancelButton", tr("Do not restore the key and secret"));
    m_keysConfirmText->setWordWrap(true);
    {
        auto *row = new QHBoxLayout(m_keysConfirm);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_keysConfirmText, 1);
        row->addWidget(m_confirmKeys);
        row->addWidget(m_cancelKeys);
    }
    m_keysConfirm->hide();
    m_vaultChoice->setPlaceholderText(tr("Choose a key vault…"));
    nameWidget(m_newVaultName, "restoreNewKeyVaultName", tr("Name of a new key vault"));
    nameWidget(m_createVault, "restoreCreateKeyVault", tr("Create the key vault"));
    nameWidget(m_newVaultNote, "restoreNewKeyVaultNote", tr("About the new key vault"));
    nameWidget(m_restore, "restoreStartButton", tr("Validate and restore disks"));
    nameWidget(m_progress, "restoreProgress", tr("Restore progress"));
    nameWidget(m_jobStatus, "restoreJobStatus", tr("Restore job status"));
    nameWidget(m_outputs, "restoreOutputs", tr("What the restore produced"));
    m_keysStatus->setTextFormat(Qt::PlainText);
    m_keysStatus->setWordWrap(true);
    m_vaultNote->setTextFormat(Qt::PlainText);
    m_vaultNote->setWordWrap(true);
    m_jobStatus->setTextFormat(Qt::PlainText);
    m_jobStatus->setWordWrap(true);
    m_outputs->setReadOnly(true);
    m_outputs->setTabChangesFocus(true);
    m_outputs->setPlaceholderText(tr("The restored disks and files appear here."));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_vaultChoice->hide();
    m_newVaultRow->hide();
    m_newVaultNote->setTextFormat(Qt::PlainText);
    m_newVaultNote->setWordWrap(true);
    m_createVault->setEnabled(false);
    {
        auto *label = new QLabel(tr("Or create one, &named:"), m_newVaultRow);
        label->setBuddy(m_newVaultName);
        auto *row = new QGridLayout(m_newVaultRow);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(label, 0, 0);
        row->addWidget(m_newVaultName, 0, 1);
        row->addWidget(m_createVault, 0, 2);
        row->addWidget(m_newVaultNote, 1, 0, 1, 3);
    }
    m_restoreKeys->setEnabled(false);

    auto *keys = new QGroupBox(tr("Key vault, key and secret"), this);
    auto *keysLayout = new QVBoxLayout(keys);
    keysLayout->addWidget(m_keysStatus);
    keysLayout->addWidget(m_vaultChoice);
    keysLayout->addWidget(m_vaultNote);
    keysLayout->addWidget(m_newVaultRow);
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_restoreKeys);
    keyButtons->addStretch();
    keysLayout->addLayout(keyButtons);
    keysLayout->addWidget(m_keysConfirm);

    auto *run = new QGroupBox(tr("Restore disks"), this);
    auto *runLayout = new QVBoxLayout(run);
    auto *runButtons = new QHBoxLayout;
    runButtons->addWidget(m_restore);
    runButtons->addWidget(m_progress, 1);
    runLayout->addLayout(runButtons);
    runLayout->addWidget(m_jobStatus);
    runLayout->addWidget(m_outputs, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(keys);
    layout->addWidget(run, 1);

    connect(m_restoreKeys, &QPushButton::clicked, this, &RestoreRunPage::askRestoreKeys);
    connect(m_confirmKeys, &QPushButton::clicked, this, &RestoreRunPage::restoreKeys);
    connect(m_cancelKeys, &QPushButton::clicked, this, [this] {
        m_keysConfirm->hide();
        m_restoreKeys->setFocus();
    });
    connect(m_restore, &QPushButton::clicked, this, &RestoreRunPage::startRestore);
    connect(m_newVaultName, &QLineEdit::textChanged, this, &RestoreRunPage::updateNewVaultName);
    connect(m_createVault, &QPushButton::clicked, this, &RestoreRunPage::createVault);
    connect(m_vaultChoice, &QComboBox::currentIndexChanged, this, [this](int row) {
        m_keysConfirm->hide(); // the question named the vault chosen before
        m_restoreKeys->setEnabled(row >= 0 && m_vaults.size() > row &&
                                  (!m_vaultMissing || row >= 0));
    });
}

void RestoreRunPage::setBusy(bool busy)
{
    if (busy) {
        m_keysConfirm->hide();
    }
    m_restore->setEnabled(!busy && !m_done);
    m_restoreKeys->setEnabled(!busy && (m_keyMissing || m_secretMissing) &&
                              (!m_vaultMissing || m_vaultChoice->currentIndex() >= 0));
    if (busy) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 100);
    }
}

void RestoreRunPage::enter()
{
    if (!m_done && !m_op) {
        checkKeys();
    }
}

void RestoreRunPage::reset()
{
    m_done = false;
    m_context->outputs = {};
    m_outputs->clear();
    m_jobStatus->clear();
    m_progress->setValue(0);
    setBusy(false);
    Q_EMIT doneChanged();
}

void RestoreRunPage::checkKeys()
{
    if (!m_context->point.encrypted) {
        Announce::status(m_keysStatus,
                         tr("This recovery point is not encrypted; no key is needed."));
        return;
    }
    RecoveryPoint::KeyAndSecret keys = m_context->keysOverride.secretUrl.isEmpty()
                                           ? m_context->point.keyAndSecret
                                           : m_context->keysOverride;
    auto *op = new EncryptionKeysCheckOperation(m_context->services, keys, this);
    m_op = op;
    Announce::status(m_keysStatus, tr("Checking that the key vault, key and secret still exist…"));
    setBusy(true);
    connect(op, &Operation::finished, this, [this, op] {
        op->deleteLater();
        const auto r = op->result();
        m_vaultMissing = r.vaultMissing;
        m_keyMissing = r.keyMissing;
        m_secretMissing = r.secretMissing;
        m_existingVault = r.vault;
        setBusy(false);
        if (!op->isOk()) {
            Announce::status(m_keysStatus, tr("The key vault could not be checked."));
            Q_EMIT failed(op->error());
            return;
        }
        if (r.vaultMissing) {
            Announce::status(
                m_keysStatus,
                tr("The key vault this VM used no longer exists, so the restored disks could "
                   "not be unlocked. Choose another key vault in the same subscription and "
                   "region, or create one here; the key and secret are then restored into it "
                   "from the backup."));
            loadVaultChoices();
            m_newVaultRow->show();
            updateNewVaultName();
        } else if (r.keyMissing || r.secretMissing) {
            Announce::status(
                m_keysStatus,
                tr("The key vault %1 exists, but %2 the recovery point needs %3 missing. Restore "
                   "them from the backup before restoring the disks.")
                    .arg(r.vault.name,
                         r.keyMissing && r.secretMissing ? tr("the key and the secret")
                         : r.keyMissing                  ? tr("the key")
                                                         : tr("the secret"),
                         r.keyMissing && r.secretMissing ? tr("are") : tr("is")));
        } else {
            Announce::status(m_keysStatus, tr("The key vault %1 holds the key and the secret this "
                                              "recovery point needs.")
                                               .arg(r.vault.name));
        }
        setBusy(false);
    });
    op->start();
}

void RestoreRunPage::loadVaultChoices()
{
    m_vaultChoice->show();
    m_vaultChoice->clear();
    m_vaults.clear();
    auto *op = new ListOperation<KeyVault>(
        m_context->services->arm(),
        {QStringLiteral("/subscriptions/%1/providers/Microsoft.KeyVault/vaults")
             .arg(m_context->vault.subscriptionId)},
        this);
    connect(op, &Operation::finished, this, [this, op] {
        op->deleteLater();
        if (!op->isOk()) {
            Q_EMIT failed(op->error());
            return;
        }
        const QString sourceSub =
            ResourceId(m_context->point.keyAndSecret.secretVaultId).subscriptionId();
        QStringList refused;
        for (const KeyVault &kv : op->items()) {
            QString problem =
                RestoreRules::targetKeyVaultProblem(kv, sourceSub, m_context->vault.location);
            if (problem.isEmpty() &&
                kv.location.compare(m_context->vault.location, Qt::CaseInsensitive) != 0) {
                // Key Vault would accept it (same geography), but ADE reads the key from a
                // vault in the VM's own region.
                problem = tr("%1 is in %2; Azure Disk Encryption needs the key vault in the "
                             "VM's region, %3.")
                              .arg(kv.name, kv.location, m_context->vault.location);
            }
            if (!problem.isEmpty()) {
                refused.append(problem);
                continue;
            }
            m_vaults.append(kv);
            m_vaultChoice->addItem(tr("%1 (%2)").arg(kv.name, kv.location), kv.id);
        }
        // Nothing preselected: the first vault listed may well belong to another VM, and
        // the key and secret must go where the user means.
        m_vaultChoice->setCurrentIndex(-1);
        m_vaultNote->setText(refused.isEmpty()
                                 ? QString()
                                 : tr("Not offered:\n%1").arg(refused.join(QLatin1Char('\n'))));
        setBusy(false);
    });
    op->start();
}

KeyVault RestoreRunPage::keysTarget() const
{
    return m_vaultMissing ? m_vaults.value(m_vaultChoice->currentIndex()) : m_existingVault;
}

void RestoreRunPage::askRestoreKeys()
{
    const KeyVault target = keysTarget();
    if (target.id.isEmpty()) {
        return;
    }
    const QString what = m_keyMissing && m_secretMissing ? tr("the key and the secret")
                         : m_keyMissing                  ? tr("the key")
                                                         : tr("the secret");
    m_keysConfirmText->setText(
        tr("Restore %1 saved with the recovery point into the key vault %2? Nothing that "
           "exists there is overwritten; a secret stored again gets a new version.")
            .arg(what, target.name));
    m_keysConfirm->setAccessibleDescription(m_keysConfirmText->text());
    m_keysConfirm->show();
    m_confirmKeys->setFocus();
}

void RestoreRunPage::restoreKeys()
{
    m_keysConfirm->hide();
    const KeyVault target = keysTarget();
    RestoreKeysOperation::Options options;
    options.sourceLocation = m_context->vault.location;
    options.restoreKey = m_keyMissing;
    options.restoreSecret = m_secretMissing;
    options.machineName = m_context->item.friendlyName;
    options.linuxVm =
        m_context->point.osType.compare(QLatin1String("Linux"), Qt::CaseInsensitive) == 0;
    auto *op =
        new RestoreKeysOperation(m_context->services, m_context->point, target, options, this);
    m_op = op;
    setBusy(true);
    connect(op, &Operation::progress, m_keysStatus,
            [this](int, const QString &status) { Announce::status(m_keysStatus, status); });
    connect(op, &Operation::finished, this, [this, op, target] {
        op->deleteLater();
        setBusy(false);
        if (!op->isOk()) {
            Q_EMIT failed(op->error());
            return;
        }
        // A wrapped BEK comes back as a new secret version: from now on the restore and
        // the VM use the restored URLs.
        m_context->keysOverride = op->restored();
        if (m_vaultMissing) {
            m_vaultChoice->hide();
            m_newVaultRow->hide();
            m_createVault->setEnabled(false);
            m_vaultNote->clear();
        }
        Q_EMIT info(tr("The key and secret are restored in %1.").arg(target.name));
        checkKeys();
    });
    op->start();
}

void RestoreRunPage::startRestore()
{
    RestoreRequests::Target t;
    t.sourceVmId = m_context->item.virtualMachineId;
    t.region = m_context->vault.location;
    t.storageAccountId = m_context->staging.id;
    t.targetResourceGroupId = m_context->targetResourceGroupId;
    t.keysOverride = m_context->keysOverride;
    auto *op =
        new RestoreDisksOperation(m_context->services, m_context->vault.id, m_context->point.id,
                                  RestoreRequests::restoreDisks(m_context->point, t), this);
    m_op = op;
    m_restoreRunning = true;
    setBusy(true);
    m_outputs->clear();
    connect(op, &Operation::progress, this, [this](int percent, const QString &status) {
        if (percent >= 0) {
            m_progress->setRange(0, 100);
            m_progress->setValue(percent);
        }
        Announce::status(m_jobStatus, status);
    });
    connect(op, &RestoreDisksOperation::validated, this, [this] {
        Announce::status(m_jobStatus, tr("Validation passed. Starting the restore…"));
    });
    connect(op, &RestoreDisksOperation::jobStarted, this,
            [this](const QString &vault, const QString &job) {
                m_context->jobId = job;
                Q_EMIT jobStarted(vault, job);
            });
    connect(op, &Operation::finished, this, [this, op] {
        op->deleteLater();
        m_restoreRunning = false;
        setBusy(false);
        if (!op->isOk()) {
            Announce::status(m_jobStatus, tr("The restore did not succeed."));
            Q_EMIT failed(op->error());
            return;
        }
        m_context->outputs = op->outputs();
        m_progress->setValue(100);
        Announce::status(m_jobStatus, tr("The restore job %1 completed.").arg(op->jobId()));
        m_done = true;
        setBusy(false);
        showOutputs();
        Q_EMIT doneChanged();
    });
    op->start();
}

void RestoreRunPage::showOutputs()
{
    m_outputs->setPlainText(m_context->outputs.describe().join(QLatin1Char('\n')));
    if (!m_context->outputs.hasConfig()) {
        return;
    }
    // The disks are named in the config file: read it to list them.
    auto *op = new BlobDownloadOperation(
        m_context->services, m_context->staging,
        BlobDownloadOperation::blobUrlFor(m_context->staging, m_context->outputs.configContainer,
                                          m_context->outputs.configBlobName),
        m_context->staging.allowSharedKeyAccess ? BlobDownloadOperation::Auth::SharedKey
                                                : BlobDownloadOperation::Auth::Bearer,
        this);
    connect(op, &Operation::finished, this, [this, op] {
        op->deleteLater();
        // A failed read is reported on the next page, where the file is needed.
        if (op->isOk() && m_done) {
            const RestoredVmConfig config = RestoredVmConfig::fromBlob(op->content());
            m_outputs->setPlainText(m_context->outputs.describe(&config).join(QLatin1Char('\n')));
        }
    });
    op->start();
}

void RestoreRunPage::updateNewVaultName()
{
    const QString name = m_newVaultName->text().trimmed();
    const QString problem = name.isEmpty() ? QString() : CreateKeyVaultOperation::nameProblem(name);
    m_createVault->setEnabled(!name.isEmpty() && problem.isEmpty() &&
                              (!m_op || m_op->isFinished()));
    m_newVaultNote->setText(
        !problem.isEmpty()
            ? problem
            : tr("The new key vault goes into resource group %1 in %2 (the region of the "
                 "restore), enabled for disk encryption, with an access policy for you.")
                  .arg(ResourceId(m_context->targetResourceGroupId).resourceGroup(),
                       m_context->vault.location));
}

void RestoreRunPage::createVault()
{
    CreateKeyVaultOperation::Settings s;
    s.name = m_newVaultName->text().trimmed();
    s.resourceGroupId = m_context->targetResourceGroupId;
    s.location = m_context->vault.location;
    auto *op = new CreateKeyVaultOperation(m_context->services, s, this);
    m_op = op;
    setBusy(true);
    m_createVault->setEnabled(false);
    connect(op, &Operation::progress, m_newVaultNote,
            [this](int, const QString &status) { m_newVaultNote->setText(status); });
    connect(op, &Operation::finished, this, [this, op] {
        op->deleteLater();
        m_op = nullptr;
        setBusy(false);
        updateNewVaultName();
        if (!op->isOk()) {
            Q_EMIT failed(op->error());
            return;
        }
        const KeyVault kv = op->vault();
        m_vaults.append(kv);
        m_vaultChoice->addItem(tr("%1 (%2)").arg(kv.name, kv.location), kv.id);
        m_vaultChoice->setCurrentIndex(m_vaultChoice->count() - 1);
        m_newVaultName->clear();
        m_newVaultNote->setText(tr("%1 was created and is chosen. Restore the key and secret "
                                   "into it next.")
                                    .arg(kv.name));
        setBusy(false);
        Q_EMIT info(tr("The key vault %1 was created.").arg(kv.name));
    });
    op->start();
}
