<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AzureNames</name>
    <message numerus="yes">
        <source>The name is %n character(s) long.</source>
        <translation>
            <numerusform>The name is %n character long.</numerusform>
            <numerusform>The name is %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupNowDialog</name>
    <message numerus="yes">
        <source>Start an on-demand backup of %n virtual machine(s) in vault %1. Azure Backup accepts 3 on-demand backups per VM per day (UTC).</source>
        <translation>
            <numerusform>Start an on-demand backup of %n virtual machine in vault %1. Azure Backup accepts 3 on-demand backups per VM per day (UTC).</numerusform>
            <numerusform>Start an on-demand backup of %n virtual machines in vault %1. Azure Backup accepts 3 on-demand backups per VM per day (UTC).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 backup(s) completed.</source>
        <translation>
            <numerusform>%n of %1 backup completed.</numerusform>
            <numerusform>%n of %1 backups completed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupPolicy</name>
    <message numerus="yes">
        <source>Keep snapshots for 1 to %n day(s) with this schedule.</source>
        <translation>
            <numerusform>Keep snapshots for 1 to %n day with this schedule.</numerusform>
            <numerusform>Keep snapshots for 1 to %n days with this schedule.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupWizardController</name>
    <message numerus="yes">
        <source>Enable backup of %n VM(s):</source>
        <translation>
            <numerusform>Enable backup of %n VM:</numerusform>
            <numerusform>Enable backup of %n VMs:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterruptedBackupNowRun</name>
    <message numerus="yes">
        <source>Backup now for %n VM(s) in vault %1 did not finish: the app was closed or stopped while it ran. This is what the vault&apos;s backup jobs show now. A request whose answer never came is not sent again when its job was found. Every on-demand backup attempt counts against the VM&apos;s daily limit, so only the VMs not started are sent by default.</source>
        <translation>
            <numerusform>Backup now for %n VM in vault %1 did not finish: the app was closed or stopped while it ran. This is what the vault&apos;s backup jobs show now. A request whose answer never came is not sent again when its job was found. Every on-demand backup attempt counts against the VM&apos;s daily limit, so only a VM not started is sent by default.</numerusform>
            <numerusform>Backup now for %n VMs in vault %1 did not finish: the app was closed or stopped while it ran. This is what the vault&apos;s backup jobs show now. A request whose answer never came is not sent again when its job was found. Every on-demand backup attempt counts against the VM&apos;s daily limit, so only the VMs not started are sent by default.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterruptedEnableRun</name>
    <message numerus="yes">
        <source>Enabling backup for %n VM(s) in vault %1 did not finish: the app was closed or stopped while it ran. This is what the vault shows now.</source>
        <translation>
            <numerusform>Enabling backup for %n VM in vault %1 did not finish: the app was closed or stopped while it ran. This is what the vault shows now.</numerusform>
            <numerusform>Enabling backup for %n VMs in vault %1 did not finish: the app was closed or stopped while it ran. This is what the vault shows now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterruptedGrantRun</name>
    <message numerus="yes">
        <source>Granting the Backup service access to %n key vault(s) did not finish: the app was closed or stopped while it ran. This is the access each key vault shows now.</source>
        <translation>
            <numerusform>Granting the Backup service access to %n key vault did not finish: the app was closed or stopped while it ran. This is the access it shows now.</numerusform>
            <numerusform>Granting the Backup service access to %n key vaults did not finish: the app was closed or stopped while it ran. This is the access each key vault shows now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterruptedRunDialog</name>
    <message numerus="yes">
        <source>&amp;Continue (%n left)</source>
        <translation>
            <numerusform>&amp;Continue (%n left)</numerusform>
            <numerusform>&amp;Continue (%n left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run is complete; %n item(s) did not succeed. The Details column says why.</source>
        <translation>
            <numerusform>The run is complete; %n item did not succeed. The Details column says why.</numerusform>
            <numerusform>The run is complete; %n items did not succeed. The Details column says why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsPane</name>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n running</source>
        <translation>
            <numerusform>, %n running</numerusform>
            <numerusform>, %n running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyVaultAccessWidget</name>
    <message numerus="yes">
        <source>%n key vault(s) lack access for Azure Backup. Tick the confirmation to grant it, or run the commands below.</source>
        <translation>
            <numerusform>%n key vault lacks access for Azure Backup. Tick the confirmation to grant it, or run the commands below.</numerusform>
            <numerusform>%n key vaults lack access for Azure Backup. Tick the confirmation to grant it, or run the commands below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyEditorWidget</name>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every %n hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s) from %1 for %2 hours</source>
        <translation>
            <numerusform>Every %n hour from %1 for %2 hours</numerusform>
            <numerusform>Every %n hours from %1 for %2 hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Instant restore snapshots: %n day(s)</source>
        <translation>
            <numerusform>Instant restore snapshots: %n day</numerusform>
            <numerusform>Instant restore snapshots: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>daily %n day(s)</source>
        <translation>
            <numerusform>daily %n day</numerusform>
            <numerusform>daily %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>weekly %n week(s)</source>
        <translation>
            <numerusform>weekly %n week</numerusform>
            <numerusform>weekly %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>monthly %n month(s)</source>
        <translation>
            <numerusform>monthly %n month</numerusform>
            <numerusform>monthly %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>yearly %n year(s)</source>
        <translation>
            <numerusform>yearly %n year</numerusform>
            <numerusform>yearly %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already protects %n item(s)</source>
        <translation>
            <numerusform>Already protects %n item</numerusform>
            <numerusform>Already protects %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightResultModel</name>
    <message numerus="yes">
        <source>%n check(s) need attention</source>
        <translation>
            <numerusform>%n check needs attention</numerusform>
            <numerusform>%n checks need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightRunner</name>
    <message numerus="yes">
        <source>Checking %n VM(s)…</source>
        <translation>
            <numerusform>Checking %n VM…</numerusform>
            <numerusform>Checking %n VMs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lookup(s) done</source>
        <translation>
            <numerusform>%1 of %n lookup done</numerusform>
            <numerusform>%1 of %n lookups done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message numerus="yes">
        <source>Backup is enabled for %n VM(s).</source>
        <translation>
            <numerusform>Backup is enabled for %n VM.</numerusform>
            <numerusform>Backup is enabled for %n VMs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) protected</source>
        <translation>
            <numerusform>%n VM protected</numerusform>
            <numerusform>%n VMs protected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started because you stopped</source>
        <translation>
            <numerusform>%n not started because you stopped</numerusform>
            <numerusform>%n not started because you stopped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestorePointPage</name>
    <message numerus="yes">
        <source>%n recovery point(s).</source>
        <translation>
            <numerusform>%n recovery point.</numerusform>
            <numerusform>%n recovery points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScriptedRunGuard</name>
    <message numerus="yes">
        <source>not signed in with the vault list read within %n second(s) (%1). Check the network and AZURE_AUTHORITY_HOST, or allow longer with --ready-timeout.</source>
        <translation>
            <numerusform>not signed in with the vault list read within %n second (%1). Check the network and AZURE_AUTHORITY_HOST, or allow longer with --ready-timeout.</numerusform>
            <numerusform>not signed in with the vault list read within %n seconds (%1). Check the network and AZURE_AUTHORITY_HOST, or allow longer with --ready-timeout.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageReplicationController</name>
    <message numerus="yes">
        <source>Storage replication cannot change because %1 already protects %n item(s). Azure Backup lets you choose it only before the first item is protected; to use other storage, back up to a new vault.</source>
        <translation>
            <numerusform>Storage replication cannot change because %1 already protects %n item. Azure Backup lets you choose it only before the first item is protected; to use other storage, back up to a new vault.</numerusform>
            <numerusform>Storage replication cannot change because %1 already protects %n items. Azure Backup lets you choose it only before the first item is protected; to use other storage, back up to a new vault.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TroubleshootingDialog</name>
    <message numerus="yes">
        <source>All %n check(s) pass.</source>
        <translation>
            <numerusform>The %n check passes.</numerusform>
            <numerusform>All %n checks pass.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) still need attention:</source>
        <translation>
            <numerusform>%n check still needs attention:</numerusform>
            <numerusform>%n checks still need attention:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key vault(s) left out: other region or not enabled for disk encryption.</source>
        <translation>
            <numerusform>%n key vault left out: other region or not enabled for disk encryption.</numerusform>
            <numerusform>%n key vaults left out: other region or not enabled for disk encryption.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultBrowserController</name>
    <message numerus="yes">
        <source>The vaults of %n subscription(s) could not be listed: %1. The vaults of the other subscriptions are shown. %2</source>
        <translation>
            <numerusform>The vaults of %n subscription could not be listed: %1. The vaults of the other subscriptions are shown. %2</numerusform>
            <numerusform>The vaults of %n subscriptions could not be listed: %1. The vaults of the other subscriptions are shown. %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultDashboardWidget</name>
    <message numerus="yes">
        <source>%n backup item(s)</source>
        <translation>
            <numerusform>%n backup item</numerusform>
            <numerusform>%n backup items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backups of %n protected VM(s) fail or will fail: the Backup Management Service lacks permissions on the key vault (typical for VMs encrypted after backup was enabled): %1.</source>
        <translation>
            <numerusform>Backups of %n protected VM fail or will fail: the Backup Management Service lacks permissions on the key vault (typical for VMs encrypted after backup was enabled): %1.</numerusform>
            <numerusform>Backups of %n protected VMs fail or will fail: the Backup Management Service lacks permissions on the key vault (typical for VMs encrypted after backup was enabled): %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultListPane</name>
    <message numerus="yes">
        <source>%n vault(s)</source>
        <translation>
            <numerusform>%n vault</numerusform>
            <numerusform>%n vaults</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n vault(s)</source>
        <translation>
            <numerusform>%1 of %n vault</numerusform>
            <numerusform>%1 of %n vaults</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VmSelectionPage</name>
    <message numerus="yes">
        <source>%n VM(s) in %1.</source>
        <translation>
            <numerusform>%n VM in %1.</numerusform>
            <numerusform>%n VMs in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) selected.</source>
        <translation>
            <numerusform>%n VM selected.</numerusform>
            <numerusform>%n VMs selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One policy can protect at most %1 VMs, and %2 already protects %n item(s). Split the VMs over more policies.</source>
        <translation>
            <numerusform>One policy can protect at most %1 VMs, and %2 already protects %n item. Split the VMs over more policies.</numerusform>
            <numerusform>One policy can protect at most %1 VMs, and %2 already protects %n items. Split the VMs over more policies.</numerusform>
        </translation>
    </message>
</context>
</TS>
