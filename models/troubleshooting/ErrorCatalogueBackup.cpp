// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduled and on-demand backup failures: VM agent, snapshot extension, limits and state.
#include "ErrorCatalogue.h"

using Op = ErrorEntry::Operation;

void ErrorCatalogue::addBackupEntries(QList<ErrorEntry> &entries)
{
    const QStringList agentSteps{
        tr("Check that the VM is running and that its VM agent reports \"Ready\"."),
        tr("Windows: restart the Windows Azure Guest Agent service, or reinstall the agent."),
        tr("Linux: update the walinuxagent package from the distribution's repository and "
           "restart it."),
        tr("Make sure the VM can reach Azure Storage and the Azure platform addresses."),
        tr("Retry the backup.")};
    entries.append({QStringLiteral("guest-agent-unavailable"),
                    Op::Backup,
                    {QStringLiteral("UserErrorGuestAgentStatusUnavailable"),
                     QStringLiteral("GuestAgentSnapshotTaskStatusError")},
                    {QStringLiteral("VM Agent unable to communicate with Azure Backup"),
                     QStringLiteral("Could not communicate with the VM agent")},
                    tr("The VM agent does not answer Azure Backup"),
                    tr("Backup takes its snapshot through the VM agent. The agent is stopped, "
                       "missing, outdated or cannot reach Azure, so Backup cannot talk to it."),
                    agentSteps,
                    FixActions::vmAgentGuidance,
                    tr("Show VM agent steps")});

    entries.append({QStringLiteral("vm-provisioning-failed"),
                    Op::Backup,
                    {QStringLiteral("UserErrorVmProvisioningStateFailed")},
                    {},
                    tr("The VM is in a failed provisioning state"),
                    tr("An extension failed and left the VM in the Failed state; Backup does not "
                       "start on such a VM."),
                    {tr("Look at the VM's extensions and find the failed one."),
                     tr("Remove a failed VMSnapshot extension; Backup installs it again."),
                     tr("Fix or remove other failed extensions, then retry the backup.")},
                    {},
                    {}});

    entries.append({QStringLiteral("snapshot-no-network"),
                    Op::Backup,
                    {QStringLiteral("ExtensionSnapshotFailedNoNetwork")},
                    {},
                    tr("The snapshot extension has no network access"),
                    tr("The backup extension inside the VM cannot reach the Azure endpoints it "
                       "needs."),
                    {tr("Allow outbound traffic to Azure Storage (service tags) from the VM's "
                        "subnet."),
                     tr("Configure the proxy for the agent if the VM uses one."),
                     tr("Allow port 8443 for VMs with managed disks, then retry.")},
                    {},
                    {}});

    entries.append(
        {QStringLiteral("snapshot-extension-failed"),
         Op::Backup,
         {QStringLiteral("ExtensionOperationFailedForManagedDisks"),
          QStringLiteral("ExtentionOperationFailed"), QStringLiteral("ExtensionOperationFailed")},
         {QStringLiteral("VMSnapshot extension operation failed")},
         tr("The snapshot extension failed"),
         tr("The VMSnapshot extension that takes the backup snapshot failed."),
         {tr("Uninstall the VMSnapshot extension so Backup reinstalls it."),
          tr("Check that the VM agent is ready."), tr("Retry the backup.")},
         FixActions::vmAgentGuidance,
         tr("Show VM agent steps")});

    entries.append(
        {QStringLiteral("backup-internal-error"),
         Op::Backup,
         {QStringLiteral("BackUpOperationFailed"), QStringLiteral("BackUpOperationFailedV2")},
         {QStringLiteral("Backup failed with an internal error")},
         tr("Backup failed with an internal error"),
         tr("A generic failure. Often temporary; it is also reported when a lock on "
            "the restore point resource group stops Backup from cleaning up."),
         {tr("Wait a few minutes and retry."),
          tr("Check the VM agent and the VM's network access."),
          tr("Remove any lock on the AzureBackupRG_<region>_<number> resource group.")},
         {},
         {}});

    entries.append(
        {QStringLiteral("restore-point-limit"),
         Op::Backup,
         {QStringLiteral("UserErrorRpCollectionLimitReached")},
         {},
         tr("Too many restore points in the restore point collection"),
         tr("A VM keeps at most 18 instant restore points. Old ones could not be removed, "
            "usually because a lock protects the restore point resource group."),
         {tr("Remove the lock from the AzureBackupRG_<region>_<number> resource group."),
          tr("Delete the stale restore point collection, then retry the backup.")},
         {},
         {}});

    entries.append({QStringLiteral("backup-in-progress"),
                    Op::Backup,
                    {QStringLiteral("UserErrorBackupOperationInProgress")},
                    {QStringLiteral("another backup operation is in progress")},
                    tr("Another backup of this VM is running"),
                    tr("Only one backup job per VM can run. Another job (possibly started from "
                       "another vault) is still in progress."),
                    {tr("Wait for the running job to finish, or cancel it."), tr("Retry.")},
                    FixActions::openJobs,
                    tr("Open the jobs")});

    entries.append(
        {QStringLiteral("unsupported-disk-size"),
         Op::Backup,
         {QStringLiteral("UserErrorUnsupportedDiskSize")},
         {},
         tr("A disk is larger than Backup supports"),
         tr("One of the VM's disks is above the size Azure Backup supports for this "
            "kind of VM (limits are lower for encrypted disks)."),
         {tr("Split the data over smaller disks, or shrink the disk."), tr("Retry the backup.")},
         {},
         {}});

    entries.append({QStringLiteral("bitlocker-locked-volume"),
                    Op::Backup,
                    {QStringLiteral("ExtensionSnapshotBitlockerError")},
                    {QStringLiteral("locked by BitLocker Drive Encryption")},
                    tr("A BitLocker volume was locked during the snapshot"),
                    tr("The Windows snapshot (VSS) met a volume that BitLocker keeps locked."),
                    {tr("Unlock all volumes in the VM and retry."),
                     tr("Do not turn BitLocker off on a VM encrypted with Azure Disk Encryption; "
                        "contact support if the volume stays locked.")},
                    {},
                    {}});

    entries.append({QStringLiteral("vm-not-in-desirable-state"),
                    Op::Backup,
                    {QStringLiteral("UserErrorVmNotInDesirableState"),
                     QStringLiteral("VmNotInDesirableState")},
                    {},
                    tr("The VM is not in a state that allows backup"),
                    tr("The VM is failed or between states (starting, stopping, updating)."),
                    {tr("Wait until the VM is running or stopped."),
                     tr("If it stays failed, redeploy or repair it, then retry.")},
                    {},
                    {}});

    entries.append(
        {QStringLiteral("source-vm-deleted"),
         Op::Backup,
         {QStringLiteral("BCMV2VMNotFound"), QStringLiteral("400094"), QStringLiteral("320001")},
         {},
         tr("The protected VM no longer exists"),
         tr("The VM was deleted, so there is nothing to back up."),
         {tr("Recreate the VM with the same name in the same resource group, or"),
          tr("stop protection and keep (or delete) the existing recovery points.")},
         {},
         {}});

    entries.append({QStringLiteral("request-disallowed-by-policy"),
                    Op::Backup,
                    {QStringLiteral("UserErrorRequestDisallowedByPolicy"),
                     QStringLiteral("RequestDisallowedByPolicy")},
                    {},
                    tr("An Azure Policy blocks the operation"),
                    tr("A policy assignment denies a resource Backup creates, typically the "
                       "restore point resource group or its tags."),
                    {tr("Change the policy's effect (for example to Modify), or exempt the "
                        "resource."),
                     tr("Or create the restore point resource group yourself with the names "
                        "and tags the policy demands.")},
                    {},
                    {}});

    entries.append({QStringLiteral("daily-operation-limit"),
                    Op::Backup,
                    {QStringLiteral("CloudDosTimeboudLimitReached"),
                     QStringLiteral("CloudDosTimeboundLimitReached"),
                     QStringLiteral("CloudDosAbsoluteLimitReached")},
                    {QStringLiteral("attempted beyond a limit"),
                     QStringLiteral("limit on number of operations permitted in 24 hours")},
                    tr("Too many operations on this item"),
                    tr("The service limits how many times an operation (for example Backup now) "
                       "may run for one item in a day, and blocks repeats for a while."),
                    {tr("Wait and retry later (the block lifts after some hours, at most a "
                        "day)."),
                     tr("Rely on the scheduled backups in the meantime.")},
                    {},
                    {}});
}
