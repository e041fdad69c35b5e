// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreflightEvaluator.h"

#include "azure/KeyVault.h"
#include "azure/ProtectedItemText.h"
#include "azure/ResourceId.h"
#include "keyvault/BackupKeyVaultRule.h"
#include "troubleshooting/ErrorEntry.h"

#include <QDateTime>
#include <QJsonArray>

using Kind = PreflightCheck::Kind;
using Result = PreflightCheck::Result;

namespace {
void set(PreflightCheck &c, Result result, const QString &explanation, const QString &fix = {},
         const QString &entryId = {}, const QString &actionId = {})
{
    c.result = result;
    c.explanation = explanation;
    c.fix = fix;
    c.entryId = entryId;
    c.actionId = actionId;
}

bool forbidden(const PreflightLookup *l)
{
    return l && (l->status == 401 || l->status == 403);
}
} // namespace

QString PreflightEvaluator::kekVaultId(const VirtualMachine &vm)
{
    return vm.kekVaultId.isEmpty() ? vm.keyVaultId : vm.kekVaultId;
}

QStringList PreflightEvaluator::needs(const VirtualMachine &vm, const PreflightLookups &lookups)
{
    if (vm.classic) {
        return {};
    }
    QStringList keys{QStringLiteral("protected")};
    if (vm.agent == VirtualMachine::Agent::Unknown) {
        keys.append(PreflightLookups::instanceViewKey(vm.id));
    }
    if (!vm.isEncrypted() || vm.keyVaultId.isEmpty()) {
        return keys;
    }
    const QString kv = PreflightLookups::keyVaultKey(vm.keyVaultId);
    keys.append(kv);
    const PreflightLookup *vault = lookups.get(kv);
    if (!vault || !vault->ok()) {
        return keys; // nothing more to ask of a key vault that is missing or unreadable
    }
    keys.append(QStringLiteral("sp"));
    if (!vm.secretUrl.isEmpty()) {
        const QString secret = PreflightLookups::secretKey(vm.secretUrl);
        keys.append(secret);
        // The version the VM names is gone: has the secret been set again since (a restore
        // of a wrapped BEK always makes a new version)?
        if (const PreflightLookup *l = lookups.get(secret); l && l->done && l->status == 404) {
            keys.append(PreflightLookups::latestSecretKey(vm.secretUrl));
        }
    }
    if (!vm.keyUrl.isEmpty()) {
        keys.append(PreflightLookups::kekKey(vm.keyUrl));
    }
    if (KeyVault::fromJson(vault->body).rbacAuthorization && lookups.isDone(QStringLiteral("sp")) &&
        !lookups.backupObjectId.isEmpty()) {
        const QString ra = PreflightLookups::roleKey(vm.keyVaultId);
        keys.append(ra);
        // Roles other than Key Vault Administrator count by their data actions.
        if (const PreflightLookup *assignments = lookups.get(ra);
            assignments && assignments->ok()) {
            for (const QString &role : BackupKeyVaultRule::rolesToResolve(
                     assignments->body, vm.keyVaultId, lookups.backupObjectId)) {
                keys.append(PreflightLookups::roleDefinitionKey(role));
            }
        }
    }
    return keys;
}

void PreflightEvaluator::evaluate(PreflightVmReport &report, const PreflightLookups &lookups,
                                  const Options &options)
{
    VirtualMachine &vm = report.vm;
    if (const PreflightLookup *iv = lookups.get(PreflightLookups::instanceViewKey(vm.id));
        iv && iv->ok()) {
        const VirtualMachine viewed = VirtualMachine::fromJson(
            QJsonObject{{QStringLiteral("properties"),
                         QJsonObject{{QStringLiteral("instanceView"), iv->body}}}});
        vm.agent = viewed.agent;
        if (!viewed.powerState.isEmpty()) {
            vm.powerState = viewed.powerState;
        }
    }

    PreflightCheck &rm = report.check(Kind::ResourceManager);
    if (vm.classic) {
        set(rm, Result::Fail,
            tr("%1 is a classic VM. Encrypted VMs can be backed up only when they are deployed "
               "through Azure Resource Manager.")
                .arg(vm.name),
            tr("Migrate the VM to Resource Manager first."),
            QStringLiteral("classic-encrypted-vm"));
        for (PreflightCheck &c : report.checks) {
            if (c.kind != Kind::ResourceManager) {
                set(c, Result::Skipped, tr("Not checked for classic VMs."));
            }
        }
        report.done = true;
        return;
    }
    set(rm, Result::Pass, tr("Deployed through Azure Resource Manager."));

    PreflightCheck &enc = report.check(Kind::Encryption);
    switch (vm.encryption) {
    case VirtualMachine::Encryption::None:
        set(enc, Result::Pass, tr("Not encrypted: no key vault is involved."));
        for (Kind k : {Kind::KeyVaultExists, Kind::KeySecretPresent, Kind::BackupPermissions}) {
            set(report.check(k), Result::Skipped, tr("The VM is not encrypted."));
        }
        break;
    case VirtualMachine::Encryption::BekOnly:
        if (options.rule2017) {
            set(enc, Result::Fail,
                tr("Encrypted with a BitLocker encryption key (BEK) only. Under the 2017 rules "
                   "Backup accepts only VMs encrypted with a BEK and a key encryption key (KEK)."),
                tr("Decrypt the VM, encrypt it again with BEK and KEK, then enable backup."),
                QStringLiteral("bek-only-not-supported"), FixActions::reencryptWithKek);
        } else {
            set(enc, Result::Pass,
                tr("Encrypted with a BEK only. Supported; Backup needs access to secrets only."));
        }
        break;
    case VirtualMachine::Encryption::BekAndKek:
        set(enc, Result::Pass, tr("Encrypted with a BEK and a KEK."));
        break;
    case VirtualMachine::Encryption::Unknown:
        set(enc, Result::Warn, tr("The VM's encryption settings could not be read."),
            tr("Check the Azure Disk Encryption extension's status on the VM."));
        break;
    }
    if (vm.isEncrypted()) {
        checkKeyVault(report, lookups);
        checkPermissions(report, lookups);
    }
    checkAgent(report);

    PreflightCheck &region = report.check(Kind::Region);
    if (options.vaultLocation.isEmpty()) {
        set(region, Result::Skipped, tr("No vault chosen yet."));
    } else if (vm.location.compare(options.vaultLocation, Qt::CaseInsensitive) == 0) {
        set(region, Result::Pass, tr("The VM and the vault are both in %1.").arg(vm.location));
    } else {
        set(region, Result::Fail,
            tr("The VM is in %1, the vault in %2.").arg(vm.location, options.vaultLocation),
            tr("Use a vault in %1.").arg(vm.location), QStringLiteral("vault-region-mismatch"));
    }
    checkProtection(report, lookups, options);
    report.done = true;
}

void PreflightEvaluator::checkKeyVault(PreflightVmReport &report, const PreflightLookups &lookups)
{
    const VirtualMachine &vm = report.vm;
    PreflightCheck &exists = report.check(Kind::KeyVaultExists);
    PreflightCheck &present = report.check(Kind::KeySecretPresent);
    const QString kvName = ResourceId(vm.keyVaultId).name();
    const PreflightLookup *kv = lookups.get(PreflightLookups::keyVaultKey(vm.keyVaultId));
    if (vm.keyVaultId.isEmpty() || !kv) {
        set(exists, Result::Warn, tr("The VM does not name the key vault of its BEK."));
        set(present, Result::Skipped, tr("No key vault to look in."));
        return;
    }
    if (kv->status == 404) {
        set(exists, Result::Fail, tr("The key vault %1 does not exist any more.").arg(kvName),
            tr("Restore the key and secret from a recovery point into an existing key vault."),
            QStringLiteral("keyvault-not-found"), FixActions::restoreKeyAndSecret);
        set(present, Result::Skipped, tr("The key vault does not exist."));
        return;
    }
    if (!kv->ok()) {
        set(exists, Result::Warn,
            forbidden(kv) ? tr("Cannot check: you may not read the key vault %1.").arg(kvName)
                          : tr("Cannot check: %1").arg(kv->error.userMessage()));
        set(present, Result::Skipped, tr("The key vault could not be read."));
        return;
    }
    set(exists, Result::Pass, tr("The key vault %1 exists.").arg(kvName));

    // The secret (BEK) and the key (KEK): missing beats unreadable beats present.
    struct Item
    {
        QString what;
        QString key;
    };
    QList<Item> items{{tr("BEK secret"), PreflightLookups::secretKey(vm.secretUrl)}};
    if (!vm.keyUrl.isEmpty()) {
        items.append({tr("KEK key"), PreflightLookups::kekKey(vm.keyUrl)});
    }
    QStringList missing, disabled, unreadable, ok;
    for (const Item &item : items) {
        const PreflightLookup *l = lookups.get(item.key);
        if (!l || !l->done) {
            unreadable.append(item.what);
        } else if (l->status == 404) {
            missing.append(item.what);
        } else if (!l->ok()) {
            unreadable.append(item.what);
        } else {
            const QJsonObject attributes = l->body.value(QStringLiteral("attributes")).toObject();
            const qint64 exp = attributes.value(QStringLiteral("exp")).toInteger(0);
            if (!attributes.value(QStringLiteral("enabled")).toBool(true) ||
                (exp > 0 && exp < QDateTime::currentSecsSinceEpoch())) {
                disabled.append(item.what);
            } else {
                ok.append(item.what);
            }
        }
    }
    const PreflightLookup *latest = lookups.get(PreflightLookups::latestSecretKey(vm.secretUrl));
    const bool secretSetAgain = missing.contains(tr("BEK secret")) && latest && latest->ok();
    if (secretSetAgain && missing.size() == 1 && disabled.isEmpty()) {
        // Restoring the key and secret (done, else the secret would not be there) cannot
        // bring the VM's version back: Key Vault's set secret always makes a new version, so
        // pointing at "Restore the key and secret" again would go round in circles. VMs
        // built from the restored disks use the new version; this VM still names the old.
        const QString version =
            latest->body.value(QStringLiteral("id")).toString().section(QLatin1Char('/'), -1);
        set(present, Result::Fail,
            tr("The BEK secret exists in %1 again, as a new version (%2), but this VM still "
               "uses the version that was deleted, so its backups fail. A VM created from "
               "restored disks uses the new version.")
                .arg(kvName, version),
            tr("Create the VM from the restored disks, or enable disk encryption on this VM "
               "again so that it uses a secret that exists."),
            QStringLiteral("keys-and-secrets-not-found"));
    } else if (!missing.isEmpty() || !disabled.isEmpty()) {
        QStringList parts;
        if (!missing.isEmpty()) {
            parts.append(tr("missing: %1").arg(missing.join(QStringLiteral(", "))));
        }
        if (!disabled.isEmpty()) {
            parts.append(tr("disabled or expired: %1").arg(disabled.join(QStringLiteral(", "))));
        }
        set(present, Result::Fail,
            tr("The versions the VM uses are not usable in %1 (%2).")
                .arg(kvName, parts.join(QStringLiteral("; "))),
            tr("Restore the key and secret from a recovery point."),
            QStringLiteral("keys-and-secrets-not-found"), FixActions::restoreKeyAndSecret);
    } else if (!unreadable.isEmpty()) {
        // A 403 says nothing about existence: never report it as missing.
        set(present, Result::Warn,
            tr("Cannot check: no permission to read %1 in %2.")
                .arg(unreadable.join(QStringLiteral(", ")), kvName),
            tr("Ask the key vault's owner to confirm they exist and are enabled."),
            QStringLiteral("keyvault-check-not-permitted"));
    } else {
        set(present, Result::Pass,
            tr("%1 present and enabled.").arg(ok.join(QStringLiteral(", "))));
    }
}

void PreflightEvaluator::checkPermissions(PreflightVmReport &report,
                                          const PreflightLookups &lookups)
{
    const VirtualMachine &vm = report.vm;
    PreflightCheck &perm = report.check(Kind::BackupPermissions);
    const PreflightLookup *kvLookup = lookups.get(PreflightLookups::keyVaultKey(vm.keyVaultId));
    if (!kvLookup || !kvLookup->ok()) {
        set(perm, Result::Skipped, tr("The key vault could not be read."));
        return;
    }
    const KeyVault kv = KeyVault::fromJson(kvLookup->body);
    const PreflightLookup *sp = lookups.get(QStringLiteral("sp"));
    if (!sp || !sp->ok() || lookups.backupObjectId.isEmpty()) {
        set(perm, Result::Warn,
            tr("Cannot check: the Backup Management Service was not found in the directory "
               "(%1).")
                .arg(sp ? sp->error.userMessage() : QString()));
        return;
    }
    const bool needKeys = vm.encryption == VirtualMachine::Encryption::BekAndKek;
    const QString grantFix =
        tr("Grant the Backup Management Service access to %1 (the app can do it).").arg(kv.name);
    const QString entry = QStringLiteral("keyvault-permissions-not-configured");
    if (kv.rbacAuthorization) {
        const PreflightLookup *ra = lookups.get(PreflightLookups::roleKey(vm.keyVaultId));
        if (!ra || !ra->ok()) {
            set(perm, Result::Warn,
                tr("Cannot check the role assignments of %1: %2")
                    .arg(kv.name, ra ? ra->error.userMessage() : QString()));
            return;
        }
        QList<QJsonObject> definitions;
        for (const QString &role :
             BackupKeyVaultRule::rolesToResolve(ra->body, vm.keyVaultId, lookups.backupObjectId)) {
            if (const PreflightLookup *d = lookups.get(PreflightLookups::roleDefinitionKey(role));
                d && d->ok()) {
                definitions.append(d->body);
            }
        }
        if (BackupKeyVaultRule::roleDefinitionsGrant(definitions, needKeys)) {
            set(perm, Result::Pass,
                tr("The roles of the Backup Management Service on %1 let it read and back up "
                   "%2 (Azure RBAC).")
                    .arg(kv.name, needKeys ? tr("keys and secrets") : tr("secrets")));
            return;
        }
        for (const QJsonValue &v : ra->body.value(QStringLiteral("value")).toArray()) {
            if (BackupKeyVaultRule::assignmentGrants(v.toObject(), vm.keyVaultId,
                                                     lookups.backupObjectId)) {
                set(perm, Result::Pass,
                    tr("The Backup Management Service has the Key Vault Administrator role on "
                       "%1 (Azure RBAC).")
                        .arg(kv.name));
                return;
            }
        }
        set(perm, Result::Fail,
            tr("%1 uses Azure RBAC and no role of the Backup Management Service there lets it "
               "read and back up %2.")
                .arg(kv.name, needKeys ? tr("keys and secrets") : tr("secrets")),
            grantFix, entry, FixActions::grantKeyVaultAccess);
        return;
    }
    if (const KeyVault::AccessPolicy *policy = kv.policyFor(lookups.backupObjectId)) {
        if (BackupKeyVaultRule::policyGrants(policy, needKeys)) {
            set(perm, Result::Pass,
                tr("An access policy of %1 lets the Backup Management Service get, list and back "
                   "up %2.")
                    .arg(kv.name, needKeys ? tr("keys and secrets") : tr("secrets")));
            return;
        }
        set(perm, Result::Fail,
            tr("The Backup Management Service's access policy on %1 lacks get, list or backup "
               "on %2.")
                .arg(kv.name, needKeys ? tr("keys or secrets") : tr("secrets")),
            grantFix, entry, FixActions::grantKeyVaultAccess);
        return;
    }
    set(perm, Result::Fail,
        tr("No access policy of %1 gives the Backup Management Service access.").arg(kv.name),
        grantFix, entry, FixActions::grantKeyVaultAccess);
}

void PreflightEvaluator::checkAgent(PreflightVmReport &report)
{
    const VirtualMachine &vm = report.vm;
    PreflightCheck &agent = report.check(Kind::VmAgent);
    const bool stopped = vm.powerState.contains(QLatin1String("deallocated")) ||
                         vm.powerState.contains(QLatin1String("stopped"));
    switch (vm.agent) {
    case VirtualMachine::Agent::Ready:
        set(agent, Result::Pass, tr("The VM agent is ready."));
        return;
    case VirtualMachine::Agent::NotReady:
    case VirtualMachine::Agent::Missing:
        if (stopped) {
            set(agent, Result::Warn,
                tr("The VM is stopped, so its agent cannot report. Backups of a stopped VM still "
                   "run; start it to check the agent."));
            return;
        }
        set(agent, Result::Fail,
            vm.agent == VirtualMachine::Agent::Missing
                ? tr("No VM agent reports from this VM. Backup needs it to take snapshots.")
                : tr("The VM agent is not ready. Backup needs it to take snapshots."),
            tr("Install or restart the VM agent, then check again."),
            QStringLiteral("guest-agent-unavailable"), FixActions::vmAgentGuidance);
        return;
    case VirtualMachine::Agent::Unknown:
        break;
    }
    set(agent, Result::Warn, tr("The VM agent's status could not be read."));
}

void PreflightEvaluator::checkProtection(PreflightVmReport &report, const PreflightLookups &lookups,
                                         const Options &options)
{
    PreflightCheck &prot = report.check(Kind::Protection);
    const PreflightLookup *l = lookups.get(QStringLiteral("protected"));
    if (!l || !l->ok()) {
        set(prot, Result::Warn,
            tr("Cannot check: the vaults could not be read (%1).")
                .arg(l ? l->error.userMessage() : QString()));
        return;
    }
    for (const ProtectedItem &item : lookups.protectedItems) {
        if (!ResourceId::same(item.virtualMachineId, report.vm.id) ||
            item.protectionState.compare(QLatin1String("NotProtected"), Qt::CaseInsensitive) == 0) {
            continue;
        }
        const QString vaultName = ResourceId(item.vaultId).name();
        if (!options.vaultId.isEmpty() && ResourceId::same(item.vaultId, options.vaultId)) {
            set(prot, Result::Pass, tr("Already protected by this vault (%1).").arg(vaultName));
        } else {
            set(prot, Result::Warn,
                tr("Already protected by the vault %1 (%2).")
                    .arg(vaultName, ProtectedItemText::protectionState(item.protectionState)),
                tr("Keep that protection, or stop it there before protecting the VM here."),
                QStringLiteral("vm-already-protected"));
        }
        return;
    }
    set(prot, Result::Pass, tr("Not protected by any vault of the subscription."));
}
