// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVaultAccessController.h"

#include "azure/KeyVault.h"
#include "azure/ResourceId.h"
#include "keyvault/BackupKeyVaultRole.h"
#include "keyvault/BackupKeyVaultRule.h"
#include "net/ArmClient.h"
#include "services/ArmCallOperation.h"
#include "services/AzureServices.h"
#include "services/BackupServicePrincipalOperation.h"
#include "services/GrantKeyVaultAccessOperation.h"
#include "services/KeyVaultRolesOperation.h"

#include <QHash>
#include <QJsonArray>
#include <QUuid>

KeyVaultAccessController::KeyVaultAccessController(AzureServices *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{}

void KeyVaultAccessController::setVirtualMachines(const QList<VirtualMachine> &vms)
{
    m_vms.clear();
    for (const VirtualMachine &vm : vms) {
        if (vm.isEncrypted() && !vm.classic && !vm.keyVaultId.isEmpty()) {
            m_vms.append(vm);
        }
    }
    // One finding per vault; keys are needed unless every VM behind the vault is BEK-only.
    QList<KeyVaultFinding> findings;
    QHash<QString, int> byId;
    for (const VirtualMachine &vm : std::as_const(m_vms)) {
        const QString key = vm.keyVaultId.toLower();
        if (!byId.contains(key)) {
            KeyVaultFinding f;
            const ResourceId rid(vm.keyVaultId);
            f.keyVaultId = vm.keyVaultId;
            f.name = rid.name();
            f.resourceGroup = rid.resourceGroup();
            f.subscriptionId = rid.subscriptionId();
            f.needKeys = false;
            byId.insert(key, int(findings.size()));
            findings.append(f);
        }
        KeyVaultFinding &f = findings[byId.value(key)];
        f.vmNames.append(vm.name);
        f.needKeys = f.needKeys || vm.encryption != VirtualMachine::Encryption::BekOnly;
    }
    m_findings = findings;
    m_checked = false;
    m_acceptMissing = false; // a new list: nothing accepted for it yet
    Q_EMIT findingsChanged();
}

void KeyVaultAccessController::setKeyVaults(const QList<KeyVaultFinding> &vaults)
{
    m_vms.clear();
    m_findings.clear();
    for (const KeyVaultFinding &v : vaults) {
        KeyVaultFinding f;
        const ResourceId rid(v.keyVaultId);
        f.keyVaultId = v.keyVaultId;
        f.name = v.name.isEmpty() ? rid.name() : v.name;
        f.resourceGroup = rid.resourceGroup();
        f.subscriptionId = rid.subscriptionId();
        f.needKeys = v.needKeys;
        f.vmNames = v.vmNames;
        m_findings.append(f);
    }
    m_checked = false;
    m_acceptMissing = false;
    Q_EMIT findingsChanged();
}

void KeyVaultAccessController::setBackupObjectId(const QString &objectId)
{
    m_objectId = objectId.trimmed();
    m_lookup = Lookup::Manual;
    Q_EMIT lookupChanged();
}

void KeyVaultAccessController::begin()
{
    if (m_pending++ == 0) {
        Q_EMIT busyChanged(true);
    }
}

void KeyVaultAccessController::end(bool grantPhase)
{
    if (--m_pending > 0) {
        return;
    }
    if (grantPhase) {
        // Read everything again: what the vault says now is the result, not what we sent.
        m_recheckAfterGrant = true;
        Q_EMIT findingsChanged();
        Q_EMIT busyChanged(false);
        check();
        return;
    }
    m_checked = true;
    Q_EMIT findingsChanged();
    Q_EMIT busyChanged(false);
    Q_EMIT checkFinished();
    if (m_recheckAfterGrant) {
        m_recheckAfterGrant = false;
        // Every grant answered and the vaults read again: the outcome is on screen now.
        m_journal.close();
        Q_EMIT grantFinished();
    }
}

void KeyVaultAccessController::check()
{
    if (isBusy() || !m_services) {
        return;
    }
    begin();
    if (m_objectId.isEmpty()) {
        lookUpPrincipal();
    } else {
        readVaults();
    }
}

void KeyVaultAccessController::lookUpPrincipal()
{
    const QString appId = m_services->backupServiceAppId();
    if (appId.isEmpty() || m_services->cloud().graph.isEmpty()) {
        m_lookup = Lookup::NotFound;
        Q_EMIT lookupChanged();
        readVaults();
        return;
    }
    auto *op = new ArmCallOperation(
        m_services->rest(), BackupServicePrincipalOperation::lookupRequest(*m_services), this);
    connect(op, &Operation::finished, this, [this, op] {
        op->deleteLater();
        if (op->isOk()) {
            m_objectId = op->response().object().value(QStringLiteral("id")).toString();
            m_lookup = m_objectId.isEmpty() ? Lookup::NotFound : Lookup::Found;
            m_lookupError = {};
        } else {
            m_lookupError = op->error();
            m_lookup = op->error().httpStatus() == 403   ? Lookup::Refused
                       : op->error().httpStatus() == 404 ? Lookup::NotFound
                                                         : Lookup::Failed;
        }
        Q_EMIT lookupChanged();
        readVaults();
    });
    op->start();
}

void KeyVaultAccessController::readVaults()
{
    // begin() for each vault before ending the lookup's own step, so busy never drops between.
    for (int i = 0; i < m_findings.size(); ++i) {
        begin();
        readVault(i);
    }
    end(false);
}

void KeyVaultAccessController::readVault(int index)
{
    const QString id = m_findings.at(index).keyVaultId;
    auto *op =
        new ArmCallOperation(m_services->rest(), m_services->arm()->request("GET", id), this);
    connect(op, &Operation::finished, this, [this, op, index] {
        op->deleteLater();
        KeyVaultFinding &f = m_findings[index];
        const KeyVaultFinding::Grant before = f.grant;
        f.haveKeys.clear();
        f.haveSecrets.clear();
        f.roles.clear();
        f.rbacGranted = false;
        if (!op->isOk()) {
            f.checked = false;
            f.error = op->error();
            end(false);
            return;
        }
        const KeyVault kv = KeyVault::fromJson(op->response().object());
        f.checked = true;
        f.error = {};
        f.rbac = kv.rbacAuthorization;
        f.vaultUri = kv.vaultUri;
        f.tenantId = kv.tenantId.isEmpty() ? m_services->tenantId() : kv.tenantId;
        if (const KeyVault::AccessPolicy *p = kv.policyFor(m_objectId);
            p && !m_objectId.isEmpty()) {
            f.haveKeys = p->keys;
            f.haveSecrets = p->secrets;
        }
        if (f.rbac && !m_objectId.isEmpty()) {
            readRoles(index); // ends the step itself
            return;
        }
        f.grant = settledGrant(f, before);
        end(false);
    });
    op->start();
}

void KeyVaultAccessController::readRoles(int index)
{
    const KeyVaultFinding &finding = m_findings.at(index);
    auto *op = new KeyVaultRolesOperation(m_services, finding.keyVaultId, m_objectId, this);
    connect(op, &Operation::finished, this, [this, op, index] {
        op->deleteLater();
        KeyVaultFinding &f = m_findings[index];
        const KeyVaultFinding::Grant before = f.grant;
        if (!op->isOk()) {
            f.checked = false;
            f.error = op->error();
        }
        // Any role counts by its data actions: Key Vault Administrator, the app's custom
        // role, or one an administrator made.
        for (const KeyVaultRolesOperation::Role &r : op->roles()) {
            f.roles.append(r.name.isEmpty() ? roleName(r.guid) : r.name);
        }
        f.rbacGranted = op->isOk() && op->grants(f.needKeys);
        f.grant = settledGrant(f, before);
        end(false);
    });
    op->start();
}

void KeyVaultAccessController::grantMissing()
{
    if (isBusy() || m_objectId.isEmpty()) {
        return;
    }
    QList<int> todo;
    for (int i = 0; i < m_findings.size(); ++i) {
        const KeyVaultFinding &f = m_findings.at(i);
        if (f.checked && !f.isSatisfied() && f.grant != KeyVaultFinding::Grant::Skipped) {
            todo.append(i);
        }
    }
    if (todo.isEmpty()) {
        Q_EMIT grantFinished();
        return;
    }
    QList<KeyVaultFinding> vaults;
    for (int i : std::as_const(todo)) {
        vaults.append(m_findings.at(i));
    }
    // Without a Recovery Services vault (access granted for VMs not in one yet) the run is
    // filed under its first key vault: the resumer needs a subscription to know its owner.
    m_journal.open(m_journalDir,
                   m_recoveryVaultId.isEmpty() ? vaults.first().keyVaultId : m_recoveryVaultId,
                   vaults, m_objectId);
    begin();
    for (int i : std::as_const(todo)) {
        begin();
        // Recorded before the request leaves: after a kill the vault is read again to
        // tell whether it took effect.
        m_journal.mark(m_findings.at(i).keyVaultId, BulkJournal::ItemState::Sent);
        grant(i);
    }
    end(true);
}

void KeyVaultAccessController::grant(int index)
{
    const KeyVaultFinding &f = m_findings.at(index);
    // The vault as just read: GrantKeyVaultAccessOperation builds the request (access policy,
    // or the least-privilege custom role and its assignment) without reading it again.
    KeyVault vault;
    vault.id = f.keyVaultId;
    vault.name = f.name;
    vault.resourceGroup = f.resourceGroup;
    vault.subscriptionId = f.subscriptionId;
    vault.tenantId = f.tenantId;
    vault.rbacAuthorization = f.rbac;
    auto *op = new GrantKeyVaultAccessOperation(m_services, f.keyVaultId, f.needKeys, this);
    op->setBackupObjectId(m_objectId);
    op->setKeyVault(vault);
    connect(op, &Operation::finished, this, [this, op, index] {
        op->deleteLater();
        KeyVaultFinding &f = m_findings[index];
        if (op->isOk()) {
            f.grant = KeyVaultFinding::Grant::Granted;
            f.grantError = {};
        } else {
            f.grant = KeyVaultFinding::Grant::Failed;
            f.grantError = op->error();
        }
        m_journal.mark(f.keyVaultId,
                       op->isOk() ? BulkJournal::ItemState::Accepted
                                  : BulkJournal::ItemState::Failed,
                       op->error().code());
        end(true);
    });
    op->start();
}

void KeyVaultAccessController::setAcceptMissing(bool accept)
{
    bool changed = accept != m_acceptMissing;
    m_acceptMissing = accept;
    for (KeyVaultFinding &f : m_findings) {
        if (f.grant == KeyVaultFinding::Grant::Granted ||
            f.grant == KeyVaultFinding::Grant::NotNeeded) {
            continue;
        }
        const KeyVaultFinding::Grant next = settledGrant(f, f.grant);
        changed = changed || next != f.grant;
        f.grant = next;
    }
    if (!changed) {
        return;
    }
    Q_EMIT acceptMissingChanged(accept);
    Q_EMIT findingsChanged();
}

// What a finding's grant state is once its vault has been read (or the user's acceptance
// changed): satisfied vaults keep "granted" when this app granted it; missing access is
// skipped while the user accepts failing backups, otherwise pending, or failed when a grant
// was refused (the refusal stays on screen until the user tries again).
KeyVaultFinding::Grant KeyVaultAccessController::settledGrant(const KeyVaultFinding &f,
                                                              KeyVaultFinding::Grant before) const
{
    using Grant = KeyVaultFinding::Grant;
    if (f.checked && f.isSatisfied()) {
        return before == Grant::Granted ? Grant::Granted : Grant::NotNeeded;
    }
    if (m_acceptMissing) {
        return Grant::Skipped;
    }
    if (before == Grant::Failed || (before == Grant::Skipped && f.grantError.isError())) {
        return Grant::Failed;
    }
    return Grant::Pending;
}

bool KeyVaultAccessController::allSatisfied() const
{
    for (const KeyVaultFinding &f : m_findings) {
        if (!f.isSatisfied()) {
            return false;
        }
    }
    return true;
}

int KeyVaultAccessController::unresolvedCount() const
{
    int n = 0;
    for (const KeyVaultFinding &f : m_findings) {
        n += !f.isSatisfied() && f.grant != KeyVaultFinding::Grant::Skipped;
    }
    return n;
}

bool KeyVaultAccessController::anyGrantRefused() const
{
    for (const KeyVaultFinding &f : m_findings) {
        if (f.grant == KeyVaultFinding::Grant::Failed &&
            f.grantError.category() == AzureError::Category::Permission) {
            return true;
        }
    }
    return false;
}

QString KeyVaultAccessController::whoMustAct(const KeyVaultFinding &f)
{
    if (f.rbac) {
        return tr("An Owner or User Access Administrator of key vault %1 (or of its resource "
                  "group or subscription) must create the custom role \"%2\", which holds only "
                  "the data actions %3, and assign it to the Backup Management Service at the "
                  "vault. Those who prefer the built-in Key Vault Administrator role may assign it "
                  "instead, but it also lets the service change, delete and purge everything in "
                  "the vault.")
            .arg(f.name, BackupKeyVaultRole::roleName(f.needKeys),
                 BackupKeyVaultRule::dataActions(f.needKeys).join(QStringLiteral(", ")));
    }
    return tr("Someone with Key Vault Contributor (or Contributor or Owner) on key vault %1 must "
              "add the Backup Management Service's access policy.")
        .arg(f.name);
}

QString KeyVaultAccessController::roleName(const QString &roleDefinitionId)
{
    static const QHash<QString, QString> names{
        {BackupKeyVaultRule::keyVaultAdministratorRoleId(),
         QStringLiteral("Key Vault Administrator")},
        {QStringLiteral("8e3af657-a8ff-443c-a75c-2fe8c4bcb635"), QStringLiteral("Owner")},
        {QStringLiteral("b24988ac-6180-42a0-ab88-20f7382dd24c"), QStringLiteral("Contributor")},
        {QStringLiteral("acdd72a7-3385-48ef-bd42-f606fba81ae7"), QStringLiteral("Reader")},
        {QStringLiteral("18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"),
         QStringLiteral("User Access Administrator")},
        {QStringLiteral("f25e0fa2-a7c8-4377-a976-54943a77a395"),
         QStringLiteral("Key Vault Contributor")},
        {QStringLiteral("b86a8fe4-44ce-4948-aee5-eccb2c155cd7"),
         QStringLiteral("Key Vault Secrets Officer")},
        {QStringLiteral("14b46e9e-c2b7-41b4-b07b-48a6ebf60603"),
         QStringLiteral("Key Vault Crypto Officer")}};
    return names.value(roleDefinitionId.toLower(), roleDefinitionId);
}
