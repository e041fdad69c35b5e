<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Account</name>
    <message>
        <source>Service principal %1</source>
        <translation>Dienstprinzipal %1</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (Sandbox)</translation>
    </message>
</context>
<context>
    <name>AccountTokenProvider</name>
    <message>
        <source>You are signed out.</source>
        <translation>Sie sind abgemeldet.</translation>
    </message>
    <message>
        <source>Sign in again to continue: %1</source>
        <translation>Melden Sie sich erneut an, um fortzufahren: %1</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>AgentPage</name>
    <message>
        <source>VM agent</source>
        <translation>VM-Agent</translation>
    </message>
    <message>
        <source>Backups run through the Azure VM agent inside each VM. Until it is installed and ready, scheduled backups of these VMs fail.</source>
        <translation>Sicherungen laufen über den Azure-VM-Agent in jeder VM. Solange er nicht installiert und bereit ist, schlagen geplante Sicherungen dieser VMs fehl.</translation>
    </message>
    <message>
        <source>VM agent guidance</source>
        <translation>Hinweise zum VM-Agent</translation>
    </message>
    <message>
        <source>Install the Azure Linux agent from your distribution&apos;s package repository (the package is usually &lt;i&gt;walinuxagent&lt;/i&gt;, on some distributions &lt;i&gt;WALinuxAgent&lt;/i&gt;), enable its service, and check that it reports &lt;i&gt;Ready&lt;/i&gt; in the VM&apos;s status. Distribution packages are preferred over installing from GitHub, because they receive the distribution&apos;s updates.</source>
        <translation>Installieren Sie den Azure Linux-Agent aus dem Paketrepository Ihrer Distribution (das Paket heißt meist &lt;i&gt;walinuxagent&lt;/i&gt;, bei manchen Distributionen &lt;i&gt;WALinuxAgent&lt;/i&gt;), aktivieren Sie seinen Dienst und prüfen Sie, dass er im Status der VM &lt;i&gt;Ready&lt;/i&gt; meldet. Pakete der Distribution sind einer Installation von GitHub vorzuziehen, weil sie die Updates der Distribution erhalten.</translation>
    </message>
    <message>
        <source>Download and run the Windows VM agent installer (MSI) inside the VM with administrator rights, then check that the &lt;i&gt;WindowsAzureGuestAgent&lt;/i&gt; service is running and the VM&apos;s status shows the agent as &lt;i&gt;Ready&lt;/i&gt;.</source>
        <translation>Laden Sie das Installationsprogramm (MSI) des Windows-VM-Agents herunter, führen Sie es in der VM mit Administratorrechten aus und prüfen Sie dann, dass der Dienst &lt;i&gt;WindowsAzureGuestAgent&lt;/i&gt; läuft und der Status der VM den Agent als &lt;i&gt;Ready&lt;/i&gt; zeigt.</translation>
    </message>
    <message>
        <source>no VM agent installed</source>
        <translation>kein VM-Agent installiert</translation>
    </message>
    <message>
        <source>VM agent not ready</source>
        <translation>VM-Agent nicht bereit</translation>
    </message>
    <message>
        <source>Documentation:</source>
        <translation>Dokumentation:</translation>
    </message>
    <message>
        <source>Windows VM agent</source>
        <translation>Windows-VM-Agent</translation>
    </message>
    <message>
        <source>Linux VM agent</source>
        <translation>Linux-VM-Agent</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Back up and restore Azure VMs encrypted with Azure Disk Encryption.</source>
        <translation>Sichern und Wiederherstellen von Azure-VMs, die mit Azure Disk Encryption verschlüsselt sind.</translation>
    </message>
    <message>
        <source>Use real Azure: AzureCloud, AzureChinaCloud or AzureUSGovernment.</source>
        <translation>Echtes Azure verwenden: AzureCloud, AzureChinaCloud oder AzureUSGovernment.</translation>
    </message>
    <message>
        <source>Use the cloud described by this endpoints file.</source>
        <translation>Die in dieser Endpunktdatei beschriebene Cloud verwenden.</translation>
    </message>
    <message>
        <source>World file for the embedded sandbox.</source>
        <translation>Weltdatei für die eingebettete Sandbox.</translation>
    </message>
    <message>
        <source>Make sandbox jobs run faster (0.1: ten times).</source>
        <translation>Sandbox-Aufträge schneller ausführen (0.1: zehnmal so schnell).</translation>
    </message>
    <message>
        <source>Log every HTTP exchange (secrets redacted).</source>
        <translation>Jeden HTTP-Austausch protokollieren (Geheimnisse geschwärzt).</translation>
    </message>
    <message>
        <source>Quit as soon as the vault list is shown (for benchmarks).</source>
        <translation>Beenden, sobald die Tresorliste angezeigt wird (für Benchmarks).</translation>
    </message>
    <message>
        <source>Language of the user interface (en, de, ja).</source>
        <translation>Sprache der Benutzeroberfläche (en, de, ja).</translation>
    </message>
    <message>
        <source>Give either --cloud or --cloud-file, not both.</source>
        <translation>Geben Sie entweder --cloud oder --cloud-file an, nicht beides.</translation>
    </message>
    <message>
        <source>--sandbox-time-scale needs a positive number, got &apos;%1&apos;.</source>
        <translation>--sandbox-time-scale braucht eine positive Zahl, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>Use an evb-sandbox already running at this address instead of starting the built-in one.</source>
        <translation>Eine bereits unter dieser Adresse laufende evb-sandbox verwenden, statt die eingebaute zu starten.</translation>
    </message>
    <message>
        <source>Enable backup for these VMs (comma-separated names or resource ids) once signed in; needs --vault and --policy.</source>
        <translation>Nach der Anmeldung die Sicherung für diese VMs aktivieren (durch Kommas getrennte Namen oder Ressourcen-IDs); braucht --vault und --policy.</translation>
    </message>
    <message>
        <source>Backup policy for --enable-backup-for.</source>
        <translation>Sicherungsrichtlinie für --enable-backup-for.</translation>
    </message>
    <message>
        <source>How many VMs --enable-backup-for sends at once.</source>
        <translation>Wie viele VMs --enable-backup-for gleichzeitig sendet.</translation>
    </message>
    <message>
        <source>What to do with bulk runs a crash left unfinished: ask (the default), continue, discard or later.</source>
        <translation>Was mit Massenläufen geschehen soll, die ein Absturz unvollendet gelassen hat: ask (Standard), continue, discard oder later.</translation>
    </message>
    <message>
        <source>--sandbox-url cannot be combined with --cloud or --cloud-file.</source>
        <translation>--sandbox-url kann nicht mit --cloud oder --cloud-file kombiniert werden.</translation>
    </message>
    <message>
        <source>--enable-backup-for needs --vault and --policy.</source>
        <translation>--enable-backup-for braucht --vault und --policy.</translation>
    </message>
    <message>
        <source>--max-in-flight needs a whole number from 1, got &apos;%1&apos;.</source>
        <translation>--max-in-flight braucht eine ganze Zahl ab 1, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--resume-interrupted takes ask, continue, discard or later, not &apos;%1&apos;.</source>
        <translation>--resume-interrupted akzeptiert ask, continue, discard oder later, nicht „%1“.</translation>
    </message>
    <message>
        <source>With no saved sign-in, sign in to the sandbox&apos;s demo user without the sign-in dialog.</source>
        <translation>Ohne gespeicherte Anmeldung direkt als Demobenutzer der Sandbox anmelden, ohne Anmeldedialog.</translation>
    </message>
    <message>
        <source>--sandbox-sign-in works only with the sandbox, not with a cloud.</source>
        <translation>--sandbox-sign-in funktioniert nur mit der Sandbox, nicht mit einer Cloud.</translation>
    </message>
    <message>
        <source>Start backup now for these protected VMs (comma-separated names) once signed in; needs --vault.</source>
        <translation>Nach der Anmeldung „Jetzt sichern“ für diese geschützten VMs starten (durch Kommas getrennte Namen); braucht --vault.</translation>
    </message>
    <message>
        <source>Keep the recovery points of --backup-now-for until this day (yyyy-MM-dd, UTC); 30 days from today by default.</source>
        <translation>Die Wiederherstellungspunkte von --backup-now-for bis zu diesem Tag aufbewahren (yyyy-MM-dd, UTC); standardmäßig 30 Tage ab heute.</translation>
    </message>
    <message>
        <source>Grant the Backup service the access it lacks on the key vaults of these encrypted VMs (comma-separated names).</source>
        <translation>Dem Sicherungsdienst den fehlenden Zugriff auf die Schlüsseltresore dieser verschlüsselten VMs gewähren (durch Kommas getrennte Namen).</translation>
    </message>
    <message>
        <source>Recovery Services vault for --enable-backup-for and --backup-now-for.</source>
        <translation>Recovery Services-Tresor für --enable-backup-for und --backup-now-for.</translation>
    </message>
    <message>
        <source>Quit once the scripted runs (--enable-backup-for, --backup-now-for, --grant-key-vault-access-for, --resume-interrupted) have finished; the exit status is 1 when an item failed.</source>
        <translation>Beenden, sobald die skriptgesteuerten Läufe (--enable-backup-for, --backup-now-for, --grant-key-vault-access-for, --resume-interrupted) abgeschlossen sind; der Exitstatus ist 1, wenn ein Element fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>--backup-now-for needs --vault.</source>
        <translation>--backup-now-for braucht --vault.</translation>
    </message>
    <message>
        <source>--retain-until needs a date as yyyy-MM-dd, got &apos;%1&apos;.</source>
        <translation>--retain-until braucht ein Datum im Format yyyy-MM-dd, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>Scripted runs and --exit-when-ready: fail when not signed in with the vault list read within this many seconds.</source>
        <translation>Skriptläufe und --exit-when-ready: als fehlgeschlagen beenden, wenn nach so vielen Sekunden keine Anmeldung mit gelesener Tresorliste besteht.</translation>
    </message>
    <message>
        <source>--ready-timeout needs a whole number of seconds from 1, got &apos;%1&apos;.</source>
        <translation>--ready-timeout braucht eine ganze Zahl von Sekunden ab 1, erhalten: &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start:
%1

Start the app with --cloud AzureCloud to use real Azure instead.</source>
        <translation>Die eingebaute Sandbox konnte nicht starten:
%1

Starten Sie die App mit --cloud AzureCloud, um stattdessen echtes Azure zu verwenden.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>No sandbox answers at %1: %2</source>
        <translation>Unter %1 antwortet keine Sandbox: %2</translation>
    </message>
    <message>
        <source>not a sandbox</source>
        <translation>keine Sandbox</translation>
    </message>
    <message>
        <source>not signed in. Set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET, or sign in once without a script.</source>
        <translation>nicht angemeldet. Setzen Sie AZURE_TENANT_ID, AZURE_CLIENT_ID und AZURE_CLIENT_SECRET, oder melden Sie sich einmal ohne Skript an.</translation>
    </message>
</context>
<context>
    <name>ArmCallOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>AzureError</name>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation>Der Dienst antwortete mit HTTP-Status %1.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The request failed (%1).</source>
        <translation>Die Anforderung ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Inner code</source>
        <translation>Innerer Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anforderungs-ID</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Client request id</source>
        <translation>Clientanforderungs-ID</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
</context>
<context>
    <name>AzureNames</name>
    <message>
        <source>A vault name must be 2 to 50 characters long, start with a letter and contain only letters, numbers and hyphens.</source>
        <translation>Ein Tresorname muss 2 bis 50 Zeichen lang sein, mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern und Bindestriche enthalten.</translation>
    </message>
    <message>
        <source>A policy name must be 3 to 150 characters long, start with a letter and contain only letters, numbers, hyphens and underscores.</source>
        <translation>Ein Richtlinienname muss 3 bis 150 Zeichen lang sein, mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern, Bindestriche und Unterstriche enthalten.</translation>
    </message>
    <message>
        <source>A resource group name must be 1 to 90 characters long, contain only letters, numbers, underscores, hyphens, periods and parentheses, and not end with a period.</source>
        <translation>Ein Ressourcengruppenname muss 1 bis 90 Zeichen lang sein, darf nur Buchstaben, Ziffern, Unterstriche, Bindestriche, Punkte und Klammern enthalten und nicht mit einem Punkt enden.</translation>
    </message>
    <message>
        <source>A Windows VM name must be 1 to 15 characters long, without spaces, periods or special characters such as _ @ # or /, must not be only digits, and must not end with a hyphen.</source>
        <translation>Ein Windows-VM-Name muss 1 bis 15 Zeichen lang sein, ohne Leerzeichen, Punkte oder Sonderzeichen wie _ @ # oder /, darf nicht nur aus Ziffern bestehen und nicht mit einem Bindestrich enden.</translation>
    </message>
    <message>
        <source>A Linux VM name must be 1 to 64 characters long, without spaces or special characters such as _ @ # or /, must not be only digits, and must not end with a period or a hyphen.</source>
        <translation>Ein Linux-VM-Name muss 1 bis 64 Zeichen lang sein, ohne Leerzeichen oder Sonderzeichen wie _ @ # oder /, darf nicht nur aus Ziffern bestehen und nicht mit einem Punkt oder Bindestrich enden.</translation>
    </message>
    <message>
        <source>A VM name must be 1 to 64 characters long, without spaces or special characters such as _ @ # or /, must not be only digits, and must not end with a period or a hyphen.</source>
        <translation>Ein VM-Name muss 1 bis 64 Zeichen lang sein, ohne Leerzeichen oder Sonderzeichen wie _ @ # oder /, darf nicht nur aus Ziffern bestehen und nicht mit einem Punkt oder Bindestrich enden.</translation>
    </message>
    <message>
        <source>A storage account name must be 3 to 24 characters long and contain only lowercase letters and numbers.</source>
        <translation>Ein Speicherkontoname muss 3 bis 24 Zeichen lang sein und darf nur Kleinbuchstaben und Ziffern enthalten.</translation>
    </message>
    <message>
        <source>A key vault name must be 3 to 24 characters long, contain only letters, numbers and hyphens, start with a letter, end with a letter or a number, and have no two hyphens in a row.</source>
        <translation>Ein Schlüsseltresorname muss 3 bis 24 Zeichen lang sein, darf nur Buchstaben, Ziffern und Bindestriche enthalten, muss mit einem Buchstaben beginnen, mit einem Buchstaben oder einer Ziffer enden und darf keine zwei Bindestriche hintereinander enthalten.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Spaces are not allowed.</source>
        <translation>Leerzeichen sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed.</source>
        <translation>„%1“ ist nicht erlaubt.</translation>
    </message>
    <message numerus="yes">
        <source>The name is %n character(s) long.</source>
        <translation>
            <numerusform>Der Name ist %n Zeichen lang.</numerusform>
            <numerusform>Der Name ist %n Zeichen lang.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a letter.</source>
        <translation>„%1“ beginnt nicht mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with a hyphen.</source>
        <translation>„%1“ endet mit einem Bindestrich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two hyphens in a row.</source>
        <translation>„%1“ enthält zwei Bindestriche hintereinander.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with a period.</source>
        <translation>„%1“ endet mit einem Punkt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has only digits.</source>
        <translation>„%1“ besteht nur aus Ziffern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with &quot;%2&quot;.</source>
        <translation>„%1“ endet mit „%2“.</translation>
    </message>
    <message>
        <source>A virtual network name must be 2 to 64 characters long, contain only letters, numbers, underscores, periods and hyphens, start with a letter or a number, and end with a letter, a number or an underscore.</source>
        <translation>Der Name eines virtuellen Netzwerks muss 2 bis 64 Zeichen lang sein, darf nur Buchstaben, Ziffern, Unterstriche, Punkte und Bindestriche enthalten, muss mit einem Buchstaben oder einer Ziffer beginnen und mit einem Buchstaben, einer Ziffer oder einem Unterstrich enden.</translation>
    </message>
    <message>
        <source>A subnet name must be 1 to 80 characters long, contain only letters, numbers, underscores, periods and hyphens, start with a letter or a number, and end with a letter, a number or an underscore.</source>
        <translation>Der Name eines Subnetzes muss 1 bis 80 Zeichen lang sein, darf nur Buchstaben, Ziffern, Unterstriche, Punkte und Bindestriche enthalten, muss mit einem Buchstaben oder einer Ziffer beginnen und mit einem Buchstaben, einer Ziffer oder einem Unterstrich enden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a letter or a number.</source>
        <translation>„%1“ beginnt nicht mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
</context>
<context>
    <name>BackupJobModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 Sek.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>BackupNowController</name>
    <message>
        <source>Choose the date until which the recovery point is kept.</source>
        <translation>Wählen Sie das Datum, bis zu dem der Wiederherstellungspunkt aufbewahrt wird.</translation>
    </message>
    <message>
        <source>The recovery point must be kept at least until tomorrow (%1, UTC).</source>
        <translation>Der Wiederherstellungspunkt muss mindestens bis morgen aufbewahrt werden (%1, UTC).</translation>
    </message>
    <message>
        <source>Azure Backup keeps a recovery point at most 99 years: choose %1 or earlier.</source>
        <translation>Azure Backup bewahrt einen Wiederherstellungspunkt höchstens 99 Jahre auf: Wählen Sie %1 oder früher.</translation>
    </message>
    <message>
        <source>Daily limit reached: Azure Backup allows 3 on-demand backups of a VM per day (UTC). Try again tomorrow; the scheduled backup still runs.</source>
        <translation>Tageslimit erreicht: Azure Backup erlaubt 3 bedarfsgesteuerte Sicherungen pro VM und Tag (UTC). Versuchen Sie es morgen erneut; die geplante Sicherung läuft weiterhin.</translation>
    </message>
    <message>
        <source>Attempt limit reached: at most 9 on-demand backup attempts per VM are accepted in 24 hours (UTC). Try again after midnight UTC.</source>
        <translation>Versuchslimit erreicht: Pro VM werden in 24 Stunden (UTC) höchstens 9 Versuche einer bedarfsgesteuerten Sicherung angenommen. Versuchen Sie es nach Mitternacht UTC erneut.</translation>
    </message>
    <message>
        <source>Another backup of this VM is running. Wait for it, or cancel it in the Jobs pane, then try again.</source>
        <translation>Eine andere Sicherung dieser VM läuft. Warten Sie darauf oder brechen Sie sie im Bereich „Aufträge“ ab, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Requesting backup</source>
        <translation>Sicherung wird angefordert</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Wird gesichert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The backup job failed.</source>
        <translation>Der Sicherungsauftrag ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 The vault shows no backup job for this VM since the request, so none was started: try again.</source>
        <translation>%1 Der Tresor zeigt seit der Anforderung keinen Sicherungsauftrag für diese VM, es wurde also keiner gestartet: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 Whether the service started a backup could not be checked (%2): look for one in the Jobs pane before you try again.</source>
        <translation>%1 Ob der Dienst eine Sicherung gestartet hat, konnte nicht geprüft werden (%2): Suchen Sie im Bereich „Aufträge“ danach, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>BackupNowDialog</name>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message numerus="yes">
        <source>Start an on-demand backup of %n virtual machine(s) in vault %1. Azure Backup accepts 3 on-demand backups per VM per day (UTC).</source>
        <translation>
            <numerusform>Eine bedarfsgesteuerte Sicherung von %n virtuellen Computer im Tresor %1 starten. Azure Backup nimmt 3 bedarfsgesteuerte Sicherungen pro VM und Tag (UTC) an.</numerusform>
            <numerusform>Eine bedarfsgesteuerte Sicherung von %n virtuellen Computern im Tresor %1 starten. Azure Backup nimmt 3 bedarfsgesteuerte Sicherungen pro VM und Tag (UTC) an.</numerusform>
        </translation>
    </message>
    <message>
        <source>About this backup</source>
        <translation>Über diese Sicherung</translation>
    </message>
    <message>
        <source>Retain backup until</source>
        <translation>Sicherung aufbewahren bis</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>Aufbewahrungsregel</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Virtuelle Computer</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Virtueller Computer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try the selected VM again</source>
        <translation>Die ausgewählte VM erneut versuchen</translation>
    </message>
    <message>
        <source>Sends one new backup request; it counts against the VM&apos;s daily limit</source>
        <translation>Sendet eine neue Sicherungsanforderung; sie zählt zum Tageslimit der VM</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Retain backup until:</source>
        <translation>Sicherung &amp;aufbewahren bis:</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 backup(s) completed.</source>
        <translation>
            <numerusform>%n von %1 Sicherung abgeschlossen.</numerusform>
            <numerusform>%n von %1 Sicherungen abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Between %1 and %2 (UTC). The portal&apos;s default is 30 days.</source>
        <translation>Zwischen %1 und %2 (UTC). Die Vorgabe des Portals sind 30 Tage.</translation>
    </message>
    <message>
        <source>Backing up (%1 %)</source>
        <translation>Wird gesichert (%1 %)</translation>
    </message>
    <message>
        <source>Job started</source>
        <translation>Auftrag gestartet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot</source>
        <translation>&amp;Problembehandlung</translation>
    </message>
</context>
<context>
    <name>BackupNowReconciler</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>BackupPolicy</name>
    <message>
        <source>Hourly backups need an Enhanced policy.</source>
        <translation>Stündliche Sicherungen brauchen eine erweiterte Richtlinie.</translation>
    </message>
    <message>
        <source>Backups start on the hour or the half hour.</source>
        <translation>Sicherungen beginnen zur vollen oder halben Stunde.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Wählen Sie mindestens einen Wochentag.</translation>
    </message>
    <message>
        <source>Back up every 4, 6, 8, 12 or 24 hours.</source>
        <translation>Alle 4, 6, 8, 12 oder 24 Stunden sichern.</translation>
    </message>
    <message>
        <source>The backup window lasts from one interval up to 24 hours.</source>
        <translation>Das Sicherungsfenster dauert von einem Intervall bis zu 24 Stunden.</translation>
    </message>
    <message>
        <source>Weekly Standard policies keep snapshots for exactly 5 days.</source>
        <translation>Wöchentliche Standardrichtlinien bewahren Momentaufnahmen genau 5 Tage auf.</translation>
    </message>
    <message numerus="yes">
        <source>Keep snapshots for 1 to %n day(s) with this schedule.</source>
        <translation>
            <numerusform>Momentaufnahmen bei diesem Zeitplan 1 bis %n Tag aufbewahren.</numerusform>
            <numerusform>Momentaufnahmen bei diesem Zeitplan 1 bis %n Tage aufbewahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep daily backups for 7 to 9999 days.</source>
        <translation>Tägliche Sicherungen 7 bis 9999 Tage aufbewahren.</translation>
    </message>
    <message>
        <source>A weekly schedule needs weekly retention.</source>
        <translation>Ein wöchentlicher Zeitplan braucht eine wöchentliche Aufbewahrung.</translation>
    </message>
    <message>
        <source>Keep weekly backups for up to 5163 weeks.</source>
        <translation>Wöchentliche Sicherungen bis zu 5163 Wochen aufbewahren.</translation>
    </message>
    <message>
        <source>Keep monthly backups for up to 1188 months.</source>
        <translation>Monatliche Sicherungen bis zu 1188 Monate aufbewahren.</translation>
    </message>
    <message>
        <source>Keep yearly backups for up to 99 years.</source>
        <translation>Jährliche Sicherungen bis zu 99 Jahre aufbewahren.</translation>
    </message>
    <message>
        <source>Snapshots cannot be kept longer than the daily backups.</source>
        <translation>Momentaufnahmen können nicht länger als die täglichen Sicherungen aufbewahrt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone Azure Backup knows. Choose one from the list, for example &quot;UTC&quot; or &quot;W. Europe Standard Time&quot;.</source>
        <translation>„%1“ ist keine Zeitzone, die Azure Backup kennt. Wählen Sie eine aus der Liste, zum Beispiel „UTC“ oder „W. Europe Standard Time“.</translation>
    </message>
</context>
<context>
    <name>BackupRoleDefinitionOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Looking for the Azure Backup key vault role</source>
        <translation>Die Schlüsseltresorrolle für Azure Backup wird gesucht</translation>
    </message>
    <message>
        <source>A role named &quot;%1&quot; already exists in your directory with other permissions, so the app does not use it. Ask its owner to give it exactly the five Key Vault data actions Azure Backup needs, or assign the role with the commands shown.</source>
        <translation>In Ihrem Verzeichnis gibt es bereits eine Rolle namens „%1“ mit anderen Berechtigungen, daher verwendet die App sie nicht. Bitten Sie ihren Besitzer, ihr genau die fünf Key Vault-Datenaktionen zu geben, die Azure Backup braucht, oder weisen Sie die Rolle mit den angezeigten Befehlen zu.</translation>
    </message>
    <message>
        <source>Creating the Azure Backup key vault role</source>
        <translation>Die Schlüsseltresorrolle für Azure Backup wird erstellt</translation>
    </message>
    <message>
        <source>Making the Azure Backup key vault role assignable here</source>
        <translation>Die Schlüsseltresorrolle für Azure Backup wird hier zuweisbar gemacht</translation>
    </message>
    <message>
        <source>You may not create custom roles in subscription %1: that needs Owner or User Access Administrator there. Ask one of them to create the role &quot;%2&quot; and assign it with the commands shown, or to grant the access themselves.</source>
        <translation>Sie dürfen im Abonnement %1 keine benutzerdefinierten Rollen erstellen: Dafür ist dort die Rolle „Besitzer“ oder „Benutzerzugriffsadministrator“ nötig. Bitten Sie eine Person mit einer dieser Rollen, die Rolle „%2“ zu erstellen und mit den angezeigten Befehlen zuzuweisen oder den Zugriff selbst zu gewähren.</translation>
    </message>
    <message>
        <source>A role named &quot;%1&quot; exists in your directory but is not visible from subscription %2. Ask an Owner to add this subscription to the role&apos;s assignable scopes, then check again.</source>
        <translation>In Ihrem Verzeichnis gibt es eine Rolle namens „%1“, die im Abonnement %2 aber nicht sichtbar ist. Bitten Sie einen Besitzer, dieses Abonnement zu den zuweisbaren Bereichen der Rolle hinzuzufügen, und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>BackupServicePrincipalOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The Backup Management Service&apos;s application id is not known for the cloud %1.</source>
        <translation>Die Anwendungs-ID des Backup Management Service ist für die Cloud %1 nicht bekannt.</translation>
    </message>
    <message>
        <source>Microsoft Graph returned no object id for the Backup Management Service.</source>
        <translation>Microsoft Graph hat keine Objekt-ID für den Backup Management Service geliefert.</translation>
    </message>
</context>
<context>
    <name>BackupWizard</name>
    <message>
        <source>Configure Backup — %1</source>
        <translation>Sicherung konfigurieren – %1</translation>
    </message>
</context>
<context>
    <name>BackupWizardController</name>
    <message>
        <source>On-premises machines are backed up with the Recovery Services agent (MARS) or Microsoft Azure Backup Server, installed on your own servers. This tool covers Azure virtual machines only.</source>
        <translation>Lokale Computer werden mit dem Recovery Services-Agent (MARS) oder Microsoft Azure Backup Server gesichert, die auf Ihren eigenen Servern installiert werden. Dieses Tool deckt nur virtuelle Azure-Computer ab.</translation>
    </message>
    <message>
        <source>Other Azure workloads (files, SQL Server or SAP HANA in a VM, Azure Files) have their own backup settings in the Azure portal. This tool covers whole Azure virtual machines, including those encrypted with Azure Disk Encryption.</source>
        <translation>Andere Azure-Workloads (Dateien, SQL Server oder SAP HANA in einer VM, Azure Files) haben eigene Sicherungseinstellungen im Azure-Portal. Dieses Tool deckt ganze virtuelle Azure-Computer ab, auch solche, die mit Azure Disk Encryption verschlüsselt sind.</translation>
    </message>
    <message>
        <source>The vault already has a policy named %1. Choose it from the list, or give the new policy another name.</source>
        <translation>Der Tresor hat bereits eine Richtlinie namens %1. Wählen Sie sie aus der Liste, oder geben Sie der neuen Richtlinie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Saving policy %1…</source>
        <translation>Richtlinie %1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Asking the vault to discover the VMs in %1…</source>
        <translation>Der Tresor wird gebeten, die VMs in %1 zu ermitteln…</translation>
    </message>
    <message>
        <source>Reading VMs, encryption settings and protected items…</source>
        <translation>VMs, Verschlüsselungseinstellungen und geschützte Elemente werden gelesen…</translation>
    </message>
    <message>
        <source>Vault: %1 (%2, %3)</source>
        <translation>Tresor: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>New policy %1 (already created)</source>
        <translation>Neue Richtlinie %1 (bereits erstellt)</translation>
    </message>
    <message>
        <source>New policy %1 (will be created)</source>
        <translation>Neue Richtlinie %1 (wird erstellt)</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message numerus="yes">
        <source>Enable backup of %n VM(s):</source>
        <translation>
            <numerusform>Sicherung von %n VM aktivieren:</numerusform>
            <numerusform>Sicherung von %n VMs aktivieren:</numerusform>
        </translation>
    </message>
    <message>
        <source>Key vault %1: %2</source>
        <translation>Schlüsseltresor %1: %2</translation>
    </message>
</context>
<context>
    <name>BlobDownloadOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The blob address is not valid.</source>
        <translation>Die Blobadresse ist ungültig.</translation>
    </message>
    <message>
        <source>The storage account %1 does not allow access with account keys.</source>
        <translation>Das Speicherkonto %1 erlaubt keinen Zugriff mit Kontoschlüsseln.</translation>
    </message>
    <message>
        <source>Reading the storage account key</source>
        <translation>Der Speicherkontoschlüssel wird gelesen</translation>
    </message>
    <message>
        <source>The storage account returned no usable key.</source>
        <translation>Das Speicherkonto hat keinen verwendbaren Schlüssel geliefert.</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <source>The storage account key is not valid base64.</source>
        <translation>Der Speicherkontoschlüssel ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>No SAS could be signed for %1: the blob is not in the account, or its key is not valid base64.</source>
        <translation>Für %1 konnte keine SAS signiert werden: Das Blob ist nicht im Konto, oder der Kontoschlüssel ist kein gültiges Base64.</translation>
    </message>
</context>
<context>
    <name>BrowserSignInFlow</name>
    <message>
        <source>The browser sign-in did not finish in time. Start it again.</source>
        <translation>Die Anmeldung im Browser wurde nicht rechtzeitig abgeschlossen. Starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>Could not listen for the browser&apos;s answer on this computer: %1</source>
        <translation>Auf diesem Computer konnte nicht auf die Antwort des Browsers gewartet werden: %1</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open the sign-in address yourself, or use a device code instead.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie die Anmeldeadresse selbst, oder verwenden Sie stattdessen einen Gerätecode.</translation>
    </message>
    <message>
        <source>Sign-in was canceled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in. Start again.</source>
        <translation>Der Browser hat eine Antwort geliefert, die nicht zu dieser Anmeldung gehört. Beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>Sign-in was declined in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt.</translation>
    </message>
</context>
<context>
    <name>BuiltInFixActions</name>
    <message>
        <source>keys and secrets</source>
        <translation>Schlüssel und Geheimnisse</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Restore the key encryption key and the BitLocker secret saved with the recovery point into the key vault %1?

Key Vault&apos;s restore keeps their names and versions; nothing that exists there is overwritten.</source>
        <translation>Den Schlüsselverschlüsselungsschlüssel und das BitLocker-Geheimnis, die mit dem Wiederherstellungspunkt gespeichert wurden, im Schlüsseltresor %1 wiederherstellen?

Die Wiederherstellung von Key Vault behält ihre Namen und Versionen bei; nichts, was dort bereits vorhanden ist, wird überschrieben.</translation>
    </message>
    <message>
        <source>Restore the disks of the recovery point to the storage account %1, then create the VM %2 in the resource group %3 from them?

The VM is created with your account, not by the Backup service.</source>
        <translation>Die Datenträger des Wiederherstellungspunkts im Speicherkonto %1 wiederherstellen und daraus dann die VM %2 in der Ressourcengruppe %3 erstellen?

Die VM wird mit Ihrem Konto erstellt, nicht vom Sicherungsdienst.</translation>
    </message>
    <message>
        <source>Give the Backup Management Service (application id %1) access to the key vault %2?

On a vault that uses access policies, a policy is added with get, list and backup on %3. On a vault that uses Azure RBAC, the custom role &quot;%4&quot; (created in the subscription if it does not exist yet) is assigned on the vault: it may only read and back up %3, unlike Key Vault Administrator. Nothing else changes.</source>
        <translation>Dem Backup Management Service (Anwendungs-ID %1) Zugriff auf den Schlüsseltresor %2 geben?

Bei einem Tresor mit Zugriffsrichtlinien wird eine Richtlinie mit „Abrufen“, „Auflisten“ und „Sichern“ für %3 hinzugefügt. Bei einem Tresor mit Azure RBAC wird die benutzerdefinierte Rolle „%4“ (im Abonnement erstellt, falls sie noch nicht existiert) für den Tresor zugewiesen: Anders als „Key Vault-Administrator“ darf sie %3 nur lesen und sichern. Sonst ändert sich nichts.</translation>
    </message>
</context>
<context>
    <name>BulkJournal</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write the run journal %1: %2</source>
        <translation>Das Laufjournal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>unbekannte Formatversion</translation>
    </message>
    <message>
        <source>run id, kind, vault or items missing</source>
        <translation>Lauf-ID, Art, Tresor oder Elemente fehlen</translation>
    </message>
    <message>
        <source>an item without id or with an unknown state</source>
        <translation>ein Element ohne ID oder mit unbekanntem Zustand</translation>
    </message>
    <message>
        <source>The record of an interrupted run (%1) could not be read (%2). It was set aside as %3; check the vault&apos;s backup items and jobs to see what that run did.</source>
        <translation>Die Aufzeichnung eines unterbrochenen Laufs (%1) konnte nicht gelesen werden (%2). Sie wurde als %3 beiseitegelegt; prüfen Sie die Sicherungselemente und Aufträge des Tresors, um zu sehen, was dieser Lauf getan hat.</translation>
    </message>
</context>
<context>
    <name>BulkRunReconciler</name>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>CloudEnvironment</name>
    <message>
        <source>The cloud definition has no usable %1 (HTTPS, or HTTP to 127.0.0.1 only): &apos;%2&apos;.</source>
        <translation>Die Clouddefinition hat kein verwendbares %1 (HTTPS oder HTTP nur zu 127.0.0.1): „%2“.</translation>
    </message>
    <message>
        <source>The cloud definition&apos;s Graph endpoint must use HTTPS: &apos;%1&apos;.</source>
        <translation>Der Graph-Endpunkt der Clouddefinition muss HTTPS verwenden: „%1“.</translation>
    </message>
    <message>
        <source>Cannot read the cloud file %1: %2</source>
        <translation>Die Clouddatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The cloud file %1 is not a JSON object: %2</source>
        <translation>Die Clouddatei %1 ist kein JSON-Objekt: %2</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Encrypted VM Backup stopped unexpectedly the last time it ran (%1).</source>
        <translation>Encrypted VM Backup wurde bei der letzten Ausführung unerwartet beendet (%1).</translation>
    </message>
    <message>
        <source>Encrypted VM Backup did not close normally the last time it ran (it was ended from outside, or the computer stopped).</source>
        <translation>Encrypted VM Backup wurde bei der letzten Ausführung nicht normal geschlossen (es wurde von außen beendet, oder der Computer wurde abgeschaltet).</translation>
    </message>
    <message>
        <source>Encrypted VM Backup crash report</source>
        <translation>Absturzbericht von Encrypted VM Backup</translation>
    </message>
    <message>
        <source>Signal: %1</source>
        <translation>Signal: %1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keines aufgezeichnet</translation>
    </message>
    <message>
        <source>Version that stopped: %1</source>
        <translation>Betroffene Version: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Last marker update: %1</source>
        <translation>Letzte Aktualisierung der Markierung: %1</translation>
    </message>
    <message>
        <source>This run:</source>
        <translation>Diese Ausführung:</translation>
    </message>
    <message>
        <source>Last log lines of that run (%1, secrets removed):</source>
        <translation>Letzte Protokollzeilen jener Ausführung (%1, Geheimnisse entfernt):</translation>
    </message>
</context>
<context>
    <name>CrashReportDialog</name>
    <message>
        <source>Crash report</source>
        <translation>Absturzbericht</translation>
    </message>
    <message>
        <source>%1 The report below may help to find the cause. It holds versions and the last log lines, with tokens, keys and secrets removed. It stays on this computer: copy or save it to attach it to a bug report, or close this window.</source>
        <translation>%1 Der folgende Bericht kann helfen, die Ursache zu finden. Er enthält Versionen und die letzten Protokollzeilen, ohne Token, Schlüssel und Geheimnisse. Er bleibt auf diesem Computer: Kopieren oder speichern Sie ihn, um ihn einem Fehlerbericht beizufügen, oder schließen Sie dieses Fenster.</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the crash report</source>
        <translation>Den Absturzbericht kopieren</translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation>Bericht &amp;speichern...</translation>
    </message>
    <message>
        <source>Save the crash report to a file</source>
        <translation>Den Absturzbericht in einer Datei speichern</translation>
    </message>
    <message>
        <source>Close the crash report</source>
        <translation>Den Absturzbericht schließen</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>Der Bericht ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Save crash report</source>
        <translation>Absturzbericht speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2. Choose another folder, or copy the report instead.</source>
        <translation>Der Bericht konnte nicht in %1 gespeichert werden: %2. Wählen Sie einen anderen Ordner, oder kopieren Sie stattdessen den Bericht.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>CreateKeyVaultOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Choose the resource group of the new key vault.</source>
        <translation>Wählen Sie die Ressourcengruppe des neuen Schlüsseltresors.</translation>
    </message>
    <message>
        <source>Finding your account in Microsoft Entra ID</source>
        <translation>Ihr Konto wird in Microsoft Entra ID gesucht</translation>
    </message>
    <message>
        <source>Microsoft Graph did not say which account is signed in, so the new key vault could not be given an access policy for it.</source>
        <translation>Microsoft Graph hat nicht mitgeteilt, welches Konto angemeldet ist, daher konnte der neue Schlüsseltresor keine Zugriffsrichtlinie dafür erhalten.</translation>
    </message>
    <message>
        <source>Creating the key vault %1</source>
        <translation>Der Schlüsseltresor %1 wird erstellt</translation>
    </message>
    <message>
        <source>The key vault %1 exists</source>
        <translation>Der Schlüsseltresor %1 ist vorhanden</translation>
    </message>
</context>
<context>
    <name>CreateVaultController</name>
    <message>
        <source>The resource groups could not be listed: %1</source>
        <translation>Die Ressourcengruppen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Choose a subscription.</source>
        <translation>Wählen Sie ein Abonnement.</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>Wählen Sie eine Region.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Creating resource group %1…</source>
        <translation>Ressourcengruppe %1 wird erstellt…</translation>
    </message>
    <message>
        <source>The resource group %1 could not be created: %2</source>
        <translation>Die Ressourcengruppe %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Creating vault %1…</source>
        <translation>Tresor %1 wird erstellt…</translation>
    </message>
    <message>
        <source>The vault %1 could not be created: %2</source>
        <translation>Der Tresor %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region of this subscription. Choose one from the list.</source>
        <translation>„%1“ ist keine Region dieses Abonnements. Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>Checking that the name %1 is free…</source>
        <translation>Es wird geprüft, ob der Name %1 frei ist…</translation>
    </message>
    <message>
        <source>A vault named %1 already exists in resource group %2. Creating it again would change that vault: choose another name, or use the existing vault.</source>
        <translation>In der Ressourcengruppe %2 gibt es bereits einen Tresor namens %1. Ihn erneut zu erstellen würde diesen Tresor ändern: Wählen Sie einen anderen Namen oder verwenden Sie den vorhandenen Tresor.</translation>
    </message>
    <message>
        <source>Whether the vault %1 already exists could not be checked: %2</source>
        <translation>Ob der Tresor %1 bereits existiert, konnte nicht geprüft werden: %2</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>&amp;Existing:</source>
        <translation>&amp;Vorhanden:</translation>
    </message>
    <message>
        <source>Create ne&amp;w:</source>
        <translation>Ne&amp;u erstellen:</translation>
    </message>
    <message>
        <source>Create a Recovery Services vault</source>
        <translation>Recovery Services-Tresor erstellen</translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation>Tresorname</translation>
    </message>
    <message>
        <source>Vault name rule</source>
        <translation>Regel für den Tresornamen</translation>
    </message>
    <message>
        <source>2 to 50 characters: letters, numbers and hyphens, starting with a letter.</source>
        <translation>2 bis 50 Zeichen: Buchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Existing resource group</source>
        <translation>Vorhandene Ressourcengruppe</translation>
    </message>
    <message>
        <source>New resource group name</source>
        <translation>Name der neuen Ressourcengruppe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Set storage &amp;replication…</source>
        <translation>Speicher&amp;replikation festlegen…</translation>
    </message>
    <message>
        <source>Vault &amp;name:</source>
        <translation>&amp;Tresorname:</translation>
    </message>
    <message>
        <source>&amp;Subscription:</source>
        <translation>&amp;Abonnement:</translation>
    </message>
    <message>
        <source>Resource group:</source>
        <translation>Ressourcengruppe:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>The name follows the rule.</source>
        <translation>Der Name folgt der Regel.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No resource groups</source>
        <translation>Keine Ressourcengruppen</translation>
    </message>
    <message>
        <source>Vault %1 was created. Its storage replication is geo-redundant (GRS) by default; choose it now if you need another, because it cannot change once the vault protects an item.</source>
        <translation>Der Tresor %1 wurde erstellt. Seine Speicherreplikation ist standardmäßig georedundant (GRS); wählen Sie jetzt eine andere, falls nötig, denn sie lässt sich nicht mehr ändern, sobald der Tresor ein Element schützt.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Resource group name rule</source>
        <translation>Regel für Ressourcengruppennamen</translation>
    </message>
    <message>
        <source>Region check</source>
        <translation>Prüfung der Region</translation>
    </message>
    <message>
        <source>Choose a resource group</source>
        <translation>Ressourcengruppe wählen</translation>
    </message>
</context>
<context>
    <name>CreateVmOperation</name>
    <message>
        <source>Azure Backup writes a deployment template only for recovery points taken after 26 April 2017; this restore has none. Create the VM with the REST route or the PowerShell script instead.</source>
        <translation>Azure Backup schreibt eine Bereitstellungsvorlage nur für Wiederherstellungspunkte nach dem 26. April 2017; diese Wiederherstellung hat keine. Erstellen Sie die VM stattdessen über REST oder mit dem PowerShell-Skript.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Name the new VM and its resource group.</source>
        <translation>Geben Sie der neuen VM und ihrer Ressourcengruppe einen Namen.</translation>
    </message>
    <message>
        <source>The restore job names no VM config file.</source>
        <translation>Der Wiederherstellungsauftrag nennt keine VM-Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>The template the restore wrote cannot be read: %1</source>
        <translation>Die von der Wiederherstellung geschriebene Vorlage kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The template needs values for: %1</source>
        <translation>Die Vorlage braucht Werte für: %1</translation>
    </message>
    <message>
        <source>Deploying the template</source>
        <translation>Die Vorlage wird bereitgestellt</translation>
    </message>
    <message>
        <source>The VM config file the restore wrote cannot be read: %1</source>
        <translation>Die von der Wiederherstellung geschriebene VM-Konfigurationsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Creating the virtual machine</source>
        <translation>Der virtuelle Computer wird erstellt</translation>
    </message>
    <message>
        <source>The virtual machine exists</source>
        <translation>Der virtuelle Computer ist vorhanden</translation>
    </message>
</context>
<context>
    <name>CreateVmPage</name>
    <message>
        <source>Deploy the &amp;template Azure Backup wrote</source>
        <translation>Die von Azure Backup geschriebene &amp;Vorlage bereitstellen</translation>
    </message>
    <message>
        <source>Create the VM &amp;directly (REST) from the config file</source>
        <translation>Die VM &amp;direkt (REST) aus der Konfigurationsdatei erstellen</translation>
    </message>
    <message>
        <source>&amp;Create VM</source>
        <translation>VM &amp;erstellen</translation>
    </message>
    <message>
        <source>Deploy the restore template</source>
        <translation>Die Wiederherstellungsvorlage bereitstellen</translation>
    </message>
    <message>
        <source>Create the VM directly</source>
        <translation>Die VM direkt erstellen</translation>
    </message>
    <message>
        <source>About the chosen route</source>
        <translation>Über den gewählten Weg</translation>
    </message>
    <message>
        <source>New VM name</source>
        <translation>Name der neuen VM</translation>
    </message>
    <message>
        <source>Virtual network name</source>
        <translation>Name des virtuellen Netzwerks</translation>
    </message>
    <message>
        <source>Subnet name</source>
        <translation>Subnetzname</translation>
    </message>
    <message>
        <source>How to read the restore files</source>
        <translation>Wie die Wiederherstellungsdateien gelesen werden</translation>
    </message>
    <message>
        <source>Create VM</source>
        <translation>VM erstellen</translation>
    </message>
    <message>
        <source>VM creation status</source>
        <translation>Status der VM-Erstellung</translation>
    </message>
    <message>
        <source>Storage account key (shared key)</source>
        <translation>Speicherkontoschlüssel (gemeinsam verwendeter Schlüssel)</translation>
    </message>
    <message>
        <source>My Microsoft Entra sign-in</source>
        <translation>Meine Microsoft Entra-Anmeldung</translation>
    </message>
    <message>
        <source>VM &amp;name</source>
        <translation>VM-&amp;Name</translation>
    </message>
    <message>
        <source>Virtual &amp;network</source>
        <translation>Virt&amp;uelles Netzwerk</translation>
    </message>
    <message>
        <source>S&amp;ubnet</source>
        <translation>Su&amp;bnetz</translation>
    </message>
    <message>
        <source>Read files &amp;with</source>
        <translation>Dateien &amp;lesen mit</translation>
    </message>
    <message>
        <source>The template attaches the restored disks with their encryption settings and is deployed to %1.</source>
        <translation>Die Vorlage hängt die wiederhergestellten Datenträger mit ihren Verschlüsselungseinstellungen an und wird in %1 bereitgestellt.</translation>
    </message>
    <message>
        <source>The VM is created with the restored disks attached and the key and secret URLs from the config file.</source>
        <translation>Die VM wird mit den angehängten wiederhergestellten Datenträgern und den Schlüssel- und Geheimnis-URLs aus der Konfigurationsdatei erstellt.</translation>
    </message>
    <message>
        <source>The VM was not created.</source>
        <translation>Die VM wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>%1 was created with its disk encryption settings.</source>
        <translation>%1 wurde mit seinen Einstellungen zur Datenträgerverschlüsselung erstellt.</translation>
    </message>
    <message>
        <source>Co&amp;py script</source>
        <translation>Skript &amp;kopieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve script…</source>
        <translation>Skript &amp;speichern…</translation>
    </message>
    <message>
        <source>Equivalent script</source>
        <translation>Entsprechendes Skript</translation>
    </message>
    <message>
        <source>Script language</source>
        <translation>Skriptsprache</translation>
    </message>
    <message>
        <source>Copy the script</source>
        <translation>Skript kopieren</translation>
    </message>
    <message>
        <source>Save the script to a file</source>
        <translation>Skript in einer Datei speichern</translation>
    </message>
    <message>
        <source>How to turn Azure Disk Encryption back on</source>
        <translation>So aktivieren Sie Azure Disk Encryption wieder</translation>
    </message>
    <message>
        <source>Az PowerShell</source>
        <translation>Az PowerShell</translation>
    </message>
    <message>
        <source>az CLI (bash)</source>
        <translation>az CLI (bash)</translation>
    </message>
    <message>
        <source>Read-only SAS for one hour (signed with the account key)</source>
        <translation>Schreibgeschützte SAS für eine Stunde (mit dem Kontoschlüssel signiert)</translation>
    </message>
    <message>
        <source>The script appears once the config file is read.</source>
        <translation>Das Skript erscheint, sobald die Konfigurationsdatei gelesen ist.</translation>
    </message>
    <message>
        <source>Or run it yourself, in &amp;language:</source>
        <translation>Oder selbst ausführen, in der Sp&amp;rache:</translation>
    </message>
    <message>
        <source>The script is on the clipboard.</source>
        <translation>Das Skript ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The script could not be saved to %1 (%2). Choose another folder, or copy the script instead.</source>
        <translation>Das Skript konnte nicht in %1 gespeichert werden (%2). Wählen Sie einen anderen Ordner, oder kopieren Sie stattdessen das Skript.</translation>
    </message>
    <message>
        <source>The script is saved to %1.</source>
        <translation>Das Skript wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Save the script</source>
        <translation>Skript speichern</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation>Shell-Skripte (*.sh)</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>PowerShell-Skripte (*.ps1)</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>Prüfung des Namens</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Der Schlüsselbund hat keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1).</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was denied (%1).</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert (%1).</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>A keychain entry is damaged; sign in again.</source>
        <translation>Ein Schlüsselbundeintrag ist beschädigt; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>A keychain entry is incomplete; sign in again.</source>
        <translation>Ein Schlüsselbundeintrag ist unvollständig; melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeFlow</name>
    <message>
        <source>The code expired before it was entered.</source>
        <translation>Der Code ist abgelaufen, bevor er eingegeben wurde.</translation>
    </message>
    <message>
        <source>Sign-in was canceled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in service sent an incomplete device code.</source>
        <translation>Der Anmeldedienst hat einen unvollständigen Gerätecode gesendet.</translation>
    </message>
    <message>
        <source>The code expired before it was entered. Start again for a new code.</source>
        <translation>Der Code ist abgelaufen, bevor er eingegeben wurde. Beginnen Sie erneut, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>Sign-in was declined on the verification page.</source>
        <translation>Die Anmeldung wurde auf der Bestätigungsseite abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in service did not recognise this device code. Start again.</source>
        <translation>Der Anmeldedienst hat diesen Gerätecode nicht erkannt. Beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>Asking for a code…</source>
        <translation>Code wird angefordert…</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code on the verification page.</source>
        <translation>Es wird gewartet, bis Sie den Code auf der Bestätigungsseite eingeben.</translation>
    </message>
    <message>
        <source>Still waiting; the sign-in service asked to check less often.</source>
        <translation>Es wird weiter gewartet; der Anmeldedienst hat um selteneres Nachfragen gebeten.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>The code expired. Start again for a new code.</source>
        <translation>Der Code ist abgelaufen. Beginnen Sie erneut, um einen neuen Code zu erhalten.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsReport</name>
    <message>
        <source>Application: %1 %2</source>
        <translation>Anwendung: %1 %2</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Operating system: %1</source>
        <translation>Betriebssystem: %1</translation>
    </message>
    <message>
        <source>Kernel: %1 %2</source>
        <translation>Kernel: %1 %2</translation>
    </message>
    <message>
        <source>CPU architecture: %1</source>
        <translation>CPU-Architektur: %1</translation>
    </message>
    <message>
        <source>Encrypted VM Backup diagnostics, %1</source>
        <translation>Diagnosedaten von Encrypted VM Backup, %1</translation>
    </message>
    <message>
        <source>Signed in: no</source>
        <translation>Angemeldet: nein</translation>
    </message>
    <message>
        <source>Cloud: %1%2</source>
        <translation>Cloud: %1%2</translation>
    </message>
    <message>
        <source> (built-in sandbox)</source>
        <translation> (eingebaute Sandbox)</translation>
    </message>
    <message>
        <source>Sign-in method: %1</source>
        <translation>Anmeldemethode: %1</translation>
    </message>
    <message>
        <source>Tenant (fingerprint): %1</source>
        <translation>Mandant (Fingerabdruck): %1</translation>
    </message>
    <message>
        <source>Subscriptions (fingerprints): %1</source>
        <translation>Abonnements (Fingerabdrücke): %1</translation>
    </message>
    <message>
        <source>none selected</source>
        <translation>keine ausgewählt</translation>
    </message>
    <message>
        <source>Recent log lines (%1, secrets removed):</source>
        <translation>Neueste Protokollzeilen (%1, Geheimnisse entfernt):</translation>
    </message>
</context>
<context>
    <name>DiagnosticsService</name>
    <message>
        <source>Sandbox account</source>
        <translation>Sandbox-Konto</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Gerätecode</translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation>Dienstprinzipal</translation>
    </message>
    <message>
        <source>Remembered sign-in</source>
        <translation>Gespeicherte Anmeldung</translation>
    </message>
</context>
<context>
    <name>EnableProtectionOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Configuring protection</source>
        <translation>Schutz wird konfiguriert</translation>
    </message>
    <message>
        <source>Waiting for the configure-backup job</source>
        <translation>Es wird auf den Auftrag „Sicherung konfigurieren“ gewartet</translation>
    </message>
</context>
<context>
    <name>EncryptionKeysCheckOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The recovery point names no disk encryption secret.</source>
        <translation>Der Wiederherstellungspunkt nennt kein Geheimnis für die Datenträgerverschlüsselung.</translation>
    </message>
    <message>
        <source>Looking for the key vault</source>
        <translation>Der Schlüsseltresor wird gesucht</translation>
    </message>
    <message>
        <source>The recovery point names an invalid Key Vault address: %1</source>
        <translation>Der Wiederherstellungspunkt nennt eine ungültige Key Vault-Adresse: %1</translation>
    </message>
    <message>
        <source>Checking the key encryption key</source>
        <translation>Der Schlüsselverschlüsselungsschlüssel wird geprüft</translation>
    </message>
    <message>
        <source>Checking the disk encryption secret</source>
        <translation>Das Geheimnis für die Datenträgerverschlüsselung wird geprüft</translation>
    </message>
</context>
<context>
    <name>ErrorCatalogue</name>
    <message>
        <source>Check that the VM is running and that its VM agent reports &quot;Ready&quot;.</source>
        <translation>Prüfen Sie, dass die VM läuft und ihr VM-Agent „Ready“ meldet.</translation>
    </message>
    <message>
        <source>Windows: restart the Windows Azure Guest Agent service, or reinstall the agent.</source>
        <translation>Windows: Starten Sie den Dienst „Windows Azure Guest Agent“ neu, oder installieren Sie den Agent erneut.</translation>
    </message>
    <message>
        <source>Linux: update the walinuxagent package from the distribution&apos;s repository and restart it.</source>
        <translation>Linux: Aktualisieren Sie das Paket walinuxagent aus dem Repository der Distribution und starten Sie es neu.</translation>
    </message>
    <message>
        <source>Make sure the VM can reach Azure Storage and the Azure platform addresses.</source>
        <translation>Stellen Sie sicher, dass die VM Azure Storage und die Adressen der Azure-Plattform erreicht.</translation>
    </message>
    <message>
        <source>Retry the backup.</source>
        <translation>Wiederholen Sie die Sicherung.</translation>
    </message>
    <message>
        <source>The VM agent does not answer Azure Backup</source>
        <translation>Der VM-Agent antwortet Azure Backup nicht</translation>
    </message>
    <message>
        <source>Backup takes its snapshot through the VM agent. The agent is stopped, missing, outdated or cannot reach Azure, so Backup cannot talk to it.</source>
        <translation>Die Sicherung erstellt ihre Momentaufnahme über den VM-Agent. Der Agent ist beendet, fehlt, ist veraltet oder erreicht Azure nicht, daher kann die Sicherung nicht mit ihm kommunizieren.</translation>
    </message>
    <message>
        <source>Show VM agent steps</source>
        <translation>Schritte zum VM-Agent anzeigen</translation>
    </message>
    <message>
        <source>The VM is in a failed provisioning state</source>
        <translation>Die VM ist in einem fehlerhaften Bereitstellungszustand</translation>
    </message>
    <message>
        <source>An extension failed and left the VM in the Failed state; Backup does not start on such a VM.</source>
        <translation>Eine Erweiterung ist fehlgeschlagen und hat die VM im Zustand „Fehlgeschlagen“ hinterlassen; auf einer solchen VM startet keine Sicherung.</translation>
    </message>
    <message>
        <source>Look at the VM&apos;s extensions and find the failed one.</source>
        <translation>Sehen Sie sich die Erweiterungen der VM an und suchen Sie die fehlgeschlagene.</translation>
    </message>
    <message>
        <source>Remove a failed VMSnapshot extension; Backup installs it again.</source>
        <translation>Entfernen Sie eine fehlgeschlagene VMSnapshot-Erweiterung; die Sicherung installiert sie erneut.</translation>
    </message>
    <message>
        <source>Fix or remove other failed extensions, then retry the backup.</source>
        <translation>Reparieren oder entfernen Sie andere fehlgeschlagene Erweiterungen und wiederholen Sie dann die Sicherung.</translation>
    </message>
    <message>
        <source>The snapshot extension has no network access</source>
        <translation>Die Momentaufnahme-Erweiterung hat keinen Netzwerkzugriff</translation>
    </message>
    <message>
        <source>The backup extension inside the VM cannot reach the Azure endpoints it needs.</source>
        <translation>Die Sicherungserweiterung in der VM erreicht die benötigten Azure-Endpunkte nicht.</translation>
    </message>
    <message>
        <source>Allow outbound traffic to Azure Storage (service tags) from the VM&apos;s subnet.</source>
        <translation>Lassen Sie ausgehenden Datenverkehr vom Subnetz der VM zu Azure Storage zu (Diensttags).</translation>
    </message>
    <message>
        <source>Configure the proxy for the agent if the VM uses one.</source>
        <translation>Konfigurieren Sie den Proxy für den Agent, wenn die VM einen verwendet.</translation>
    </message>
    <message>
        <source>Allow port 8443 for VMs with managed disks, then retry.</source>
        <translation>Lassen Sie für VMs mit verwalteten Datenträgern Port 8443 zu, und wiederholen Sie den Vorgang.</translation>
    </message>
    <message>
        <source>The snapshot extension failed</source>
        <translation>Die Momentaufnahme-Erweiterung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The VMSnapshot extension that takes the backup snapshot failed.</source>
        <translation>Die VMSnapshot-Erweiterung, die die Sicherungsmomentaufnahme erstellt, ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Uninstall the VMSnapshot extension so Backup reinstalls it.</source>
        <translation>Deinstallieren Sie die VMSnapshot-Erweiterung, damit die Sicherung sie neu installiert.</translation>
    </message>
    <message>
        <source>Check that the VM agent is ready.</source>
        <translation>Prüfen Sie, dass der VM-Agent bereit ist.</translation>
    </message>
    <message>
        <source>Backup failed with an internal error</source>
        <translation>Die Sicherung ist mit einem internen Fehler fehlgeschlagen</translation>
    </message>
    <message>
        <source>A generic failure. Often temporary; it is also reported when a lock on the restore point resource group stops Backup from cleaning up.</source>
        <translation>Ein allgemeiner Fehler. Oft vorübergehend; er wird auch gemeldet, wenn eine Sperre auf der Ressourcengruppe der Wiederherstellungspunkte die Sicherung am Aufräumen hindert.</translation>
    </message>
    <message>
        <source>Wait a few minutes and retry.</source>
        <translation>Warten Sie einige Minuten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the VM agent and the VM&apos;s network access.</source>
        <translation>Prüfen Sie den VM-Agent und den Netzwerkzugriff der VM.</translation>
    </message>
    <message>
        <source>Remove any lock on the AzureBackupRG_&lt;region&gt;_&lt;number&gt; resource group.</source>
        <translation>Entfernen Sie jede Sperre auf der Ressourcengruppe AzureBackupRG_&lt;region&gt;_&lt;number&gt;.</translation>
    </message>
    <message>
        <source>Too many restore points in the restore point collection</source>
        <translation>Zu viele Wiederherstellungspunkte in der Sammlung der Wiederherstellungspunkte</translation>
    </message>
    <message>
        <source>A VM keeps at most 18 instant restore points. Old ones could not be removed, usually because a lock protects the restore point resource group.</source>
        <translation>Eine VM behält höchstens 18 Punkte für die sofortige Wiederherstellung. Alte Punkte konnten nicht entfernt werden, meist weil eine Sperre die Ressourcengruppe der Wiederherstellungspunkte schützt.</translation>
    </message>
    <message>
        <source>Remove the lock from the AzureBackupRG_&lt;region&gt;_&lt;number&gt; resource group.</source>
        <translation>Entfernen Sie die Sperre von der Ressourcengruppe AzureBackupRG_&lt;region&gt;_&lt;number&gt;.</translation>
    </message>
    <message>
        <source>Delete the stale restore point collection, then retry the backup.</source>
        <translation>Löschen Sie die veraltete Sammlung der Wiederherstellungspunkte und wiederholen Sie dann die Sicherung.</translation>
    </message>
    <message>
        <source>Another backup of this VM is running</source>
        <translation>Eine andere Sicherung dieser VM läuft</translation>
    </message>
    <message>
        <source>Only one backup job per VM can run. Another job (possibly started from another vault) is still in progress.</source>
        <translation>Pro VM kann nur ein Sicherungsauftrag laufen. Ein anderer Auftrag (eventuell aus einem anderen Tresor gestartet) läuft noch.</translation>
    </message>
    <message>
        <source>Wait for the running job to finish, or cancel it.</source>
        <translation>Warten Sie, bis der laufende Auftrag abgeschlossen ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Retry.</source>
        <translation>Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Open the jobs</source>
        <translation>Aufträge öffnen</translation>
    </message>
    <message>
        <source>A disk is larger than Backup supports</source>
        <translation>Ein Datenträger ist größer, als die Sicherung unterstützt</translation>
    </message>
    <message>
        <source>One of the VM&apos;s disks is above the size Azure Backup supports for this kind of VM (limits are lower for encrypted disks).</source>
        <translation>Einer der Datenträger der VM überschreitet die Größe, die Azure Backup für diese Art VM unterstützt (für verschlüsselte Datenträger sind die Grenzen niedriger).</translation>
    </message>
    <message>
        <source>Split the data over smaller disks, or shrink the disk.</source>
        <translation>Verteilen Sie die Daten auf kleinere Datenträger, oder verkleinern Sie den Datenträger.</translation>
    </message>
    <message>
        <source>A BitLocker volume was locked during the snapshot</source>
        <translation>Ein BitLocker-Volume war während der Momentaufnahme gesperrt</translation>
    </message>
    <message>
        <source>The Windows snapshot (VSS) met a volume that BitLocker keeps locked.</source>
        <translation>Die Windows-Momentaufnahme (VSS) ist auf ein Volume gestoßen, das BitLocker gesperrt hält.</translation>
    </message>
    <message>
        <source>Unlock all volumes in the VM and retry.</source>
        <translation>Entsperren Sie alle Volumes in der VM und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Do not turn BitLocker off on a VM encrypted with Azure Disk Encryption; contact support if the volume stays locked.</source>
        <translation>Schalten Sie BitLocker auf einer mit Azure Disk Encryption verschlüsselten VM nicht aus; wenden Sie sich an den Support, wenn das Volume gesperrt bleibt.</translation>
    </message>
    <message>
        <source>The VM is not in a state that allows backup</source>
        <translation>Die VM ist in keinem Zustand, der eine Sicherung erlaubt</translation>
    </message>
    <message>
        <source>The VM is failed or between states (starting, stopping, updating).</source>
        <translation>Die VM ist fehlerhaft oder zwischen zwei Zuständen (wird gestartet, beendet, aktualisiert).</translation>
    </message>
    <message>
        <source>Wait until the VM is running or stopped.</source>
        <translation>Warten Sie, bis die VM läuft oder beendet ist.</translation>
    </message>
    <message>
        <source>If it stays failed, redeploy or repair it, then retry.</source>
        <translation>Bleibt sie fehlerhaft, stellen Sie sie erneut bereit oder reparieren Sie sie, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The protected VM no longer exists</source>
        <translation>Die geschützte VM existiert nicht mehr</translation>
    </message>
    <message>
        <source>The VM was deleted, so there is nothing to back up.</source>
        <translation>Die VM wurde gelöscht, daher gibt es nichts zu sichern.</translation>
    </message>
    <message>
        <source>Recreate the VM with the same name in the same resource group, or</source>
        <translation>Erstellen Sie die VM mit demselben Namen in derselben Ressourcengruppe neu, oder</translation>
    </message>
    <message>
        <source>stop protection and keep (or delete) the existing recovery points.</source>
        <translation>beenden Sie den Schutz und behalten (oder löschen) Sie die vorhandenen Wiederherstellungspunkte.</translation>
    </message>
    <message>
        <source>An Azure Policy blocks the operation</source>
        <translation>Eine Azure Policy blockiert den Vorgang</translation>
    </message>
    <message>
        <source>A policy assignment denies a resource Backup creates, typically the restore point resource group or its tags.</source>
        <translation>Eine Richtlinienzuweisung verweigert eine Ressource, die die Sicherung erstellt, typischerweise die Ressourcengruppe der Wiederherstellungspunkte oder deren Tags.</translation>
    </message>
    <message>
        <source>Change the policy&apos;s effect (for example to Modify), or exempt the resource.</source>
        <translation>Ändern Sie den Effekt der Richtlinie (zum Beispiel auf „Modify“), oder nehmen Sie die Ressource aus.</translation>
    </message>
    <message>
        <source>Or create the restore point resource group yourself with the names and tags the policy demands.</source>
        <translation>Oder erstellen Sie die Ressourcengruppe der Wiederherstellungspunkte selbst mit den Namen und Tags, die die Richtlinie verlangt.</translation>
    </message>
    <message>
        <source>Too many operations on this item</source>
        <translation>Zu viele Vorgänge für dieses Element</translation>
    </message>
    <message>
        <source>The service limits how many times an operation (for example Backup now) may run for one item in a day, and blocks repeats for a while.</source>
        <translation>Der Dienst begrenzt, wie oft ein Vorgang (zum Beispiel „Jetzt sichern“) pro Element und Tag laufen darf, und sperrt Wiederholungen eine Zeit lang.</translation>
    </message>
    <message>
        <source>Wait and retry later (the block lifts after some hours, at most a day).</source>
        <translation>Warten Sie und versuchen Sie es später erneut (die Sperre endet nach einigen Stunden, spätestens nach einem Tag).</translation>
    </message>
    <message>
        <source>Rely on the scheduled backups in the meantime.</source>
        <translation>Verlassen Sie sich in der Zwischenzeit auf die geplanten Sicherungen.</translation>
    </message>
    <message>
        <source>The VM is encrypted with a BitLocker key only (no key encryption key)</source>
        <translation>Die VM ist nur mit einem BitLocker-Schlüssel verschlüsselt (kein Schlüsselverschlüsselungsschlüssel)</translation>
    </message>
    <message>
        <source>Under the 2017 rules Azure Backup protects an encrypted VM only when its disk encryption key (BEK) is wrapped by a key encryption key (KEK). This VM keeps its BEK in Key Vault without a KEK, so enabling backup is refused.</source>
        <translation>Nach den Regeln von 2017 schützt Azure Backup eine verschlüsselte VM nur, wenn ihr Datenträgerverschlüsselungsschlüssel (BEK) von einem Schlüsselverschlüsselungsschlüssel (KEK) umschlossen ist. Diese VM bewahrt ihren BEK ohne KEK im Key Vault auf, daher wird das Aktivieren der Sicherung abgelehnt.</translation>
    </message>
    <message>
        <source>Create an RSA key in the VM&apos;s key vault to use as key encryption key.</source>
        <translation>Erstellen Sie im Schlüsseltresor der VM einen RSA-Schlüssel als Schlüsselverschlüsselungsschlüssel.</translation>
    </message>
    <message>
        <source>Turn disk encryption off for the VM and wait until the disks are decrypted.</source>
        <translation>Schalten Sie die Datenträgerverschlüsselung der VM aus und warten Sie, bis die Datenträger entschlüsselt sind.</translation>
    </message>
    <message>
        <source>Encrypt the VM again, this time with both the BEK and the new KEK.</source>
        <translation>Verschlüsseln Sie die VM erneut, diesmal mit dem BEK und dem neuen KEK.</translation>
    </message>
    <message>
        <source>Enable backup again once the VM reports encryption with BEK and KEK.</source>
        <translation>Aktivieren Sie die Sicherung erneut, sobald die VM eine Verschlüsselung mit BEK und KEK meldet.</translation>
    </message>
    <message>
        <source>Show how to re-encrypt with a KEK</source>
        <translation>Zeigen, wie mit einem KEK neu verschlüsselt wird</translation>
    </message>
    <message>
        <source>The Backup service cannot read the VM&apos;s keys and secrets</source>
        <translation>Der Sicherungsdienst kann die Schlüssel und Geheimnisse der VM nicht lesen</translation>
    </message>
    <message>
        <source>To back up an encrypted VM, the Backup Management Service (a Microsoft application in your directory) must be able to read and back up the VM&apos;s BEK secret and KEK key. The key vault gives it no such right, so enabling protection or a scheduled backup fails.</source>
        <translation>Um eine verschlüsselte VM zu sichern, muss der Backup Management Service (eine Microsoft-Anwendung in Ihrem Verzeichnis) das BEK-Geheimnis und den KEK-Schlüssel der VM lesen und sichern können. Der Schlüsseltresor gibt ihm dieses Recht nicht, daher schlagen das Aktivieren des Schutzes oder eine geplante Sicherung fehl.</translation>
    </message>
    <message>
        <source>Make sure the VM is encrypted with both a BEK and a KEK.</source>
        <translation>Stellen Sie sicher, dass die VM mit einem BEK und einem KEK verschlüsselt ist.</translation>
    </message>
    <message>
        <source>For a key vault that uses access policies: add a policy for the Backup Management Service with get, list and backup on keys and on secrets (secrets only for a VM without KEK).</source>
        <translation>Für einen Schlüsseltresor mit Zugriffsrichtlinien: Fügen Sie eine Richtlinie für den Backup Management Service mit „Abrufen“, „Auflisten“ und „Sichern“ für Schlüssel und Geheimnisse hinzu (nur Geheimnisse bei einer VM ohne KEK).</translation>
    </message>
    <message>
        <source>Enable backup again, or run Backup now for a VM that is already protected.</source>
        <translation>Aktivieren Sie die Sicherung erneut, oder führen Sie „Jetzt sichern“ für eine bereits geschützte VM aus.</translation>
    </message>
    <message>
        <source>Grant access to the Backup service</source>
        <translation>Dem Sicherungsdienst Zugriff gewähren</translation>
    </message>
    <message>
        <source>Encrypted classic VMs cannot be backed up</source>
        <translation>Verschlüsselte klassische VMs können nicht gesichert werden</translation>
    </message>
    <message>
        <source>Backup and restore of encrypted VMs works only for VMs deployed through Azure Resource Manager. This VM is a classic (Service Management) VM.</source>
        <translation>Sicherung und Wiederherstellung verschlüsselter VMs funktionieren nur für VMs, die über Azure Resource Manager bereitgestellt wurden. Diese VM ist eine klassische VM (Service Management).</translation>
    </message>
    <message>
        <source>Migrate the VM to Azure Resource Manager.</source>
        <translation>Migrieren Sie die VM zu Azure Resource Manager.</translation>
    </message>
    <message>
        <source>Check that the migrated VM still reports its disk encryption settings.</source>
        <translation>Prüfen Sie, dass die migrierte VM ihre Einstellungen zur Datenträgerverschlüsselung weiterhin meldet.</translation>
    </message>
    <message>
        <source>Enable backup for the migrated VM.</source>
        <translation>Aktivieren Sie die Sicherung für die migrierte VM.</translation>
    </message>
    <message>
        <source>The VM is already protected by another vault</source>
        <translation>Die VM wird bereits von einem anderen Tresor geschützt</translation>
    </message>
    <message>
        <source>A VM can be protected by one Recovery Services vault at a time. Another vault already protects (or is starting to protect) this VM.</source>
        <translation>Eine VM kann jeweils nur von einem Recovery Services-Tresor geschützt werden. Ein anderer Tresor schützt diese VM bereits (oder beginnt gerade damit).</translation>
    </message>
    <message>
        <source>Keep the existing protection, or stop protection in the other vault first.</source>
        <translation>Behalten Sie den vorhandenen Schutz, oder beenden Sie zuerst den Schutz im anderen Tresor.</translation>
    </message>
    <message>
        <source>If the old vault&apos;s backups are no longer needed, delete its backup data.</source>
        <translation>Wenn die Sicherungen des alten Tresors nicht mehr gebraucht werden, löschen Sie seine Sicherungsdaten.</translation>
    </message>
    <message>
        <source>Enable backup in this vault afterwards.</source>
        <translation>Aktivieren Sie danach die Sicherung in diesem Tresor.</translation>
    </message>
    <message>
        <source>Disks cannot be excluded from the backup of an encrypted VM</source>
        <translation>Bei einer verschlüsselten VM können keine Datenträger von der Sicherung ausgeschlossen werden</translation>
    </message>
    <message>
        <source>With the standard policy, an encrypted VM is backed up with all its disks; including or excluding single disks is refused.</source>
        <translation>Mit der Standardrichtlinie wird eine verschlüsselte VM mit allen Datenträgern gesichert; das Ein- oder Ausschließen einzelner Datenträger wird abgelehnt.</translation>
    </message>
    <message>
        <source>Back up all disks of the VM.</source>
        <translation>Sichern Sie alle Datenträger der VM.</translation>
    </message>
    <message>
        <source>Or protect the VM with an Enhanced policy, which allows selective disk backup.</source>
        <translation>Oder schützen Sie die VM mit einer erweiterten Richtlinie, die eine selektive Datenträgersicherung erlaubt.</translation>
    </message>
    <message>
        <source>The vault cannot use its own customer-managed key</source>
        <translation>Der Tresor kann seinen eigenen kundenseitig verwalteten Schlüssel nicht verwenden</translation>
    </message>
    <message>
        <source>The Recovery Services vault encrypts its backup data with a key you manage, and the vault&apos;s managed identity cannot reach that key. This is about the vault&apos;s key, not about the VM&apos;s disk encryption keys.</source>
        <translation>Der Recovery Services-Tresor verschlüsselt seine Sicherungsdaten mit einem von Ihnen verwalteten Schlüssel, und die verwaltete Identität des Tresors erreicht diesen Schlüssel nicht. Es geht um den Schlüssel des Tresors, nicht um die Datenträgerverschlüsselungsschlüssel der VM.</translation>
    </message>
    <message>
        <source>Open the key vault that holds the vault&apos;s encryption key.</source>
        <translation>Öffnen Sie den Schlüsseltresor mit dem Verschlüsselungsschlüssel des Tresors.</translation>
    </message>
    <message>
        <source>Give the vault&apos;s managed identity get, wrap key and unwrap key on that key.</source>
        <translation>Geben Sie der verwalteten Identität des Tresors „Abrufen“, „Schlüssel packen“ und „Schlüssel entpacken“ für diesen Schlüssel.</translation>
    </message>
    <message>
        <source>Check that the key is enabled and not expired, then retry the backup.</source>
        <translation>Prüfen Sie, dass der Schlüssel aktiviert und nicht abgelaufen ist, und wiederholen Sie dann die Sicherung.</translation>
    </message>
    <message>
        <source>You are not allowed to read or write in the key vault</source>
        <translation>Sie dürfen im Schlüsseltresor nicht lesen oder schreiben</translation>
    </message>
    <message>
        <source>The key vault refused your own account: no access policy or role gives you the permission the step needs, or the key vault&apos;s firewall blocks your address.</source>
        <translation>Der Schlüsseltresor hat Ihr eigenes Konto abgelehnt: Keine Zugriffsrichtlinie oder Rolle gibt Ihnen die Berechtigung, die der Schritt braucht, oder die Firewall des Schlüsseltresors blockiert Ihre Adresse.</translation>
    </message>
    <message>
        <source>Ask the key vault&apos;s owner for the missing key or secret permission (the message names the action).</source>
        <translation>Bitten Sie den Besitzer des Schlüsseltresors um die fehlende Schlüssel- oder Geheimnisberechtigung (die Meldung nennt die Aktion).</translation>
    </message>
    <message>
        <source>If the message mentions the client address, allow your address in the key vault&apos;s networking settings.</source>
        <translation>Wenn die Meldung die Clientadresse nennt, lassen Sie Ihre Adresse in den Netzwerkeinstellungen des Schlüsseltresors zu.</translation>
    </message>
    <message>
        <source>Try again after the change has propagated (a few minutes for role assignments).</source>
        <translation>Versuchen Sie es erneut, nachdem die Änderung verteilt wurde (bei Rollenzuweisungen einige Minuten).</translation>
    </message>
    <message>
        <source>Disk encryption could not be turned on for the restored VM</source>
        <translation>Die Datenträgerverschlüsselung konnte für die wiederhergestellte VM nicht eingeschaltet werden</translation>
    </message>
    <message>
        <source>The Azure Disk Encryption extension failed on the VM built from restored disks. Usually the key vault URL or resource id is wrong, the key vault is not enabled for disk encryption, or the VM cannot reach Key Vault.</source>
        <translation>Die Azure Disk Encryption-Erweiterung ist auf der aus wiederhergestellten Datenträgern erstellten VM fehlgeschlagen. Meist sind URL oder Ressourcen-ID des Schlüsseltresors falsch, der Schlüsseltresor ist nicht für die Datenträgerverschlüsselung aktiviert, oder die VM erreicht Key Vault nicht.</translation>
    </message>
    <message>
        <source>Check the key vault URL and resource id passed to the extension.</source>
        <translation>Prüfen Sie die URL und die Ressourcen-ID des Schlüsseltresors, die der Erweiterung übergeben wurden.</translation>
    </message>
    <message>
        <source>Enable the key vault for disk encryption.</source>
        <translation>Aktivieren Sie den Schlüsseltresor für die Datenträgerverschlüsselung.</translation>
    </message>
    <message>
        <source>Check the VM&apos;s outbound connectivity to Key Vault and Azure AD, then retry.</source>
        <translation>Prüfen Sie die ausgehende Verbindung der VM zu Key Vault und Azure AD, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The secret URL given for disk encryption is not valid</source>
        <translation>Die für die Datenträgerverschlüsselung angegebene Geheimnis-URL ist ungültig</translation>
    </message>
    <message>
        <source>Disk encryption needs the full URL of one secret version. A tool passed something else (a status text, or a URL without version).</source>
        <translation>Die Datenträgerverschlüsselung braucht die vollständige URL einer Geheimnisversion. Ein Tool hat etwas anderes übergeben (einen Statustext oder eine URL ohne Version).</translation>
    </message>
    <message>
        <source>Copy the secret URL, with its version, from the restored secret.</source>
        <translation>Kopieren Sie die Geheimnis-URL mit ihrer Version aus dem wiederhergestellten Geheimnis.</translation>
    </message>
    <message>
        <source>Run the step again with that URL.</source>
        <translation>Führen Sie den Schritt mit dieser URL erneut aus.</translation>
    </message>
    <message>
        <source>Your account may not do this</source>
        <translation>Ihr Konto darf das nicht</translation>
    </message>
    <message>
        <source>Azure Resource Manager refused the request: your role on the resource, its resource group or subscription does not include the action.</source>
        <translation>Azure Resource Manager hat die Anforderung abgelehnt: Ihre Rolle für die Ressource, ihre Ressourcengruppe oder ihr Abonnement umfasst die Aktion nicht.</translation>
    </message>
    <message>
        <source>The message names the action and the scope; ask an Owner or User Access Administrator to grant a role that includes it.</source>
        <translation>Die Meldung nennt die Aktion und den Bereich; bitten Sie einen Besitzer oder Benutzerzugriffsadministrator, eine Rolle zuzuweisen, die sie umfasst.</translation>
    </message>
    <message>
        <source>Sign in again after the role was assigned, then retry.</source>
        <translation>Melden Sie sich nach der Rollenzuweisung erneut an, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Your sign-in has expired</source>
        <translation>Ihre Anmeldung ist abgelaufen</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer accepted (expired, revoked, or a password change).</source>
        <translation>Die gespeicherte Anmeldung wird nicht mehr akzeptiert (abgelaufen, widerrufen oder Kennwortänderung).</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Retry the operation.</source>
        <translation>Wiederholen Sie den Vorgang.</translation>
    </message>
    <message>
        <source>The service principal&apos;s credentials were refused</source>
        <translation>Die Anmeldeinformationen des Dienstprinzipals wurden abgelehnt</translation>
    </message>
    <message>
        <source>Microsoft Entra ID does not know this client id in the tenant, or the client secret is wrong or has expired.</source>
        <translation>Microsoft Entra ID kennt diese Client-ID im Mandanten nicht, oder der geheime Clientschlüssel ist falsch oder abgelaufen.</translation>
    </message>
    <message>
        <source>Check the tenant: the app registration must exist in (or be consented to) the tenant you sign in to.</source>
        <translation>Prüfen Sie den Mandanten: Die App-Registrierung muss in dem Mandanten existieren (oder dort zugestimmt sein), bei dem Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Use the secret&apos;s value, not its id; the value is shown only once when the secret is created in the app registration&apos;s Certificates &amp; secrets page.</source>
        <translation>Verwenden Sie den Wert des geheimen Schlüssels, nicht seine ID; der Wert wird nur einmal angezeigt, wenn der Schlüssel auf der Seite „Zertifikate &amp; Geheimnisse“ der App-Registrierung erstellt wird.</translation>
    </message>
    <message>
        <source>If the secret expired, create a new one and sign in with it.</source>
        <translation>Ist der geheime Schlüssel abgelaufen, erstellen Sie einen neuen und melden Sie sich damit an.</translation>
    </message>
    <message>
        <source>The tenant was not found</source>
        <translation>Der Mandant wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The tenant id or domain does not exist in the chosen cloud.</source>
        <translation>Die Mandanten-ID oder -Domäne existiert in der gewählten Cloud nicht.</translation>
    </message>
    <message>
        <source>Check the tenant id (a GUID) or its domain, such as contoso.onmicrosoft.com.</source>
        <translation>Prüfen Sie die Mandanten-ID (eine GUID) oder ihre Domäne, zum Beispiel contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Check the cloud: a tenant of Azure US Government or Azure operated by 21Vianet is not found in the public cloud.</source>
        <translation>Prüfen Sie die Cloud: Ein Mandant von Azure US Government oder von Azure, betrieben von 21Vianet, wird in der öffentlichen Cloud nicht gefunden.</translation>
    </message>
    <message>
        <source>Azure is limiting the request rate</source>
        <translation>Azure begrenzt die Anforderungsrate</translation>
    </message>
    <message>
        <source>Too many requests were sent in a short time; Azure asks to wait before sending more. The app already retried after the delay Azure asked for.</source>
        <translation>In kurzer Zeit wurden zu viele Anforderungen gesendet; Azure bittet, vor weiteren zu warten. Die App hat es nach der von Azure verlangten Wartezeit bereits erneut versucht.</translation>
    </message>
    <message>
        <source>Wait a minute and retry.</source>
        <translation>Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Work on fewer VMs at once, or close other tools using the same subscription.</source>
        <translation>Bearbeiten Sie weniger VMs gleichzeitig, oder schließen Sie andere Tools, die dasselbe Abonnement verwenden.</translation>
    </message>
    <message>
        <source>The VM is in another region than the vault</source>
        <translation>Die VM liegt in einer anderen Region als der Tresor</translation>
    </message>
    <message>
        <source>A Recovery Services vault protects only VMs of its own region.</source>
        <translation>Ein Recovery Services-Tresor schützt nur VMs seiner eigenen Region.</translation>
    </message>
    <message>
        <source>Choose (or create) a vault in the VM&apos;s region.</source>
        <translation>Wählen (oder erstellen) Sie einen Tresor in der Region der VM.</translation>
    </message>
    <message>
        <source>The key vault could not be checked</source>
        <translation>Der Schlüsseltresor konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Your account may not read this key vault&apos;s keys or secrets, so the app cannot confirm that the VM&apos;s key and secret exist. Backup itself does not need your access; it needs the Backup service&apos;s.</source>
        <translation>Ihr Konto darf die Schlüssel oder Geheimnisse dieses Schlüsseltresors nicht lesen, daher kann die App nicht bestätigen, dass Schlüssel und Geheimnis der VM existieren. Die Sicherung selbst braucht nicht Ihren Zugriff, sondern den des Sicherungsdienstes.</translation>
    </message>
    <message>
        <source>Ask the key vault&apos;s owner to confirm the key and secret exist and are enabled, or to give you read access to their metadata.</source>
        <translation>Bitten Sie den Besitzer des Schlüsseltresors, zu bestätigen, dass Schlüssel und Geheimnis existieren und aktiviert sind, oder Ihnen Lesezugriff auf ihre Metadaten zu geben.</translation>
    </message>
    <message>
        <source>The VM&apos;s key vault no longer exists</source>
        <translation>Der Schlüsseltresor der VM existiert nicht mehr</translation>
    </message>
    <message>
        <source>The recovery point refers to a key vault that was deleted. Without it the restored disks cannot be unlocked.</source>
        <translation>Der Wiederherstellungspunkt verweist auf einen gelöschten Schlüsseltresor. Ohne ihn lassen sich die wiederhergestellten Datenträger nicht entsperren.</translation>
    </message>
    <message>
        <source>Create a key vault (or pick one) in the same subscription and region, enabled for disk encryption.</source>
        <translation>Erstellen (oder wählen) Sie einen Schlüsseltresor im selben Abonnement und in derselben Region, aktiviert für die Datenträgerverschlüsselung.</translation>
    </message>
    <message>
        <source>Restore the KEK and then the BEK secret from the recovery point into that key vault.</source>
        <translation>Stellen Sie den KEK und dann das BEK-Geheimnis aus dem Wiederherstellungspunkt in diesem Schlüsseltresor wieder her.</translation>
    </message>
    <message>
        <source>Restore the disks, then create the VM from them with the new key and secret URLs.</source>
        <translation>Stellen Sie die Datenträger wieder her und erstellen Sie dann daraus die VM mit den neuen Schlüssel- und Geheimnis-URLs.</translation>
    </message>
    <message>
        <source>Restore key and secret</source>
        <translation>Schlüssel und Geheimnis wiederherstellen</translation>
    </message>
    <message>
        <source>The VM&apos;s key and secret are missing from the key vault</source>
        <translation>Schlüssel und Geheimnis der VM fehlen im Schlüsseltresor</translation>
    </message>
    <message>
        <source>The key vault still exists, but the KEK version or the BEK secret version the recovery point refers to was deleted (and purged).</source>
        <translation>Der Schlüsseltresor existiert noch, aber die KEK-Version oder die BEK-Geheimnisversion, auf die der Wiederherstellungspunkt verweist, wurde gelöscht (und endgültig entfernt).</translation>
    </message>
    <message>
        <source>Restore the key and the secret from the recovery point&apos;s backup data.</source>
        <translation>Stellen Sie Schlüssel und Geheimnis aus den Sicherungsdaten des Wiederherstellungspunkts wieder her.</translation>
    </message>
    <message>
        <source>Restore the disks, then create the VM from them.</source>
        <translation>Stellen Sie die Datenträger wieder her und erstellen Sie dann daraus die VM.</translation>
    </message>
    <message>
        <source>The Backup service may not create the VM for you</source>
        <translation>Der Sicherungsdienst darf die VM nicht für Sie erstellen</translation>
    </message>
    <message>
        <source>Restoring as a new VM lets the Backup service create resources in your subscription on your behalf, and it is not authorised to do so there.</source>
        <translation>Bei der Wiederherstellung als neue VM erstellt der Sicherungsdienst in Ihrem Namen Ressourcen in Ihrem Abonnement, und dort ist er dazu nicht berechtigt.</translation>
    </message>
    <message>
        <source>Restore the disks instead of a new VM.</source>
        <translation>Stellen Sie statt einer neuen VM die Datenträger wieder her.</translation>
    </message>
    <message>
        <source>Create the VM yourself from the restored disks (template or script), with the encryption settings of the recovery point.</source>
        <translation>Erstellen Sie die VM selbst aus den wiederhergestellten Datenträgern (Vorlage oder Skript) mit den Verschlüsselungseinstellungen des Wiederherstellungspunkts.</translation>
    </message>
    <message>
        <source>Restore disks, then create the VM</source>
        <translation>Datenträger wiederherstellen, dann die VM erstellen</translation>
    </message>
    <message>
        <source>An encrypted VM cannot be restored directly as a new VM</source>
        <translation>Eine verschlüsselte VM kann nicht direkt als neue VM wiederhergestellt werden</translation>
    </message>
    <message>
        <source>For encrypted VMs the service only restores disks; the VM is created afterwards from those disks.</source>
        <translation>Bei verschlüsselten VMs stellt der Dienst nur Datenträger wieder her; die VM wird danach aus diesen Datenträgern erstellt.</translation>
    </message>
    <message>
        <source>Restore the disks.</source>
        <translation>Stellen Sie die Datenträger wieder her.</translation>
    </message>
    <message>
        <source>Create the VM from the restored disks.</source>
        <translation>Erstellen Sie die VM aus den wiederhergestellten Datenträgern.</translation>
    </message>
    <message>
        <source>The snapshot of this recovery point is gone</source>
        <translation>Die Momentaufnahme dieses Wiederherstellungspunkts ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>The recovery point&apos;s snapshot tier no longer exists.</source>
        <translation>Die Momentaufnahmeebene des Wiederherstellungspunkts existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Choose another recovery point, one kept in the vault tier.</source>
        <translation>Wählen Sie einen anderen Wiederherstellungspunkt, einen in der Tresorebene aufbewahrten.</translation>
    </message>
    <message>
        <source>Choose another recovery point</source>
        <translation>Anderen Wiederherstellungspunkt wählen</translation>
    </message>
    <message>
        <source>The VM size or image plan is not available</source>
        <translation>Die VM-Größe oder der Imageplan ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The size of the original VM, or its marketplace plan, cannot be used in the target region or subscription.</source>
        <translation>Die Größe der ursprünglichen VM oder ihr Marketplace-Plan kann in der Zielregion oder im Zielabonnement nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Create the VM from them with an available size (and accept the plan terms for marketplace images).</source>
        <translation>Erstellen Sie daraus die VM mit einer verfügbaren Größe (und akzeptieren Sie bei Marketplace-Images die Planbedingungen).</translation>
    </message>
    <message>
        <source>The service rejected the restore input</source>
        <translation>Der Dienst hat die Eingaben für die Wiederherstellung abgelehnt</translation>
    </message>
    <message>
        <source>A generic input error; most often the staging storage account is in another region or of an unsupported type.</source>
        <translation>Ein allgemeiner Eingabefehler; meist liegt das Stagingspeicherkonto in einer anderen Region oder hat einen nicht unterstützten Typ.</translation>
    </message>
    <message>
        <source>Use a general-purpose storage account in the vault&apos;s region.</source>
        <translation>Verwenden Sie ein universelles Speicherkonto in der Region des Tresors.</translation>
    </message>
    <message>
        <source>Retry the restore.</source>
        <translation>Wiederholen Sie die Wiederherstellung.</translation>
    </message>
    <message>
        <source>Replacing the existing VM failed</source>
        <translation>Das Ersetzen der vorhandenen VM ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>An undocumented failure of &quot;replace existing&quot;. That option is not available for encrypted VMs anyway.</source>
        <translation>Ein undokumentierter Fehler von „Vorhandene ersetzen“. Diese Option ist für verschlüsselte VMs ohnehin nicht verfügbar.</translation>
    </message>
    <message>
        <source>Restore the disks and create the VM from them instead.</source>
        <translation>Stellen Sie stattdessen die Datenträger wieder her und erstellen Sie daraus die VM.</translation>
    </message>
    <message>
        <source>If the error persists, copy the details and open a support request.</source>
        <translation>Bleibt der Fehler bestehen, kopieren Sie die Details und eröffnen Sie eine Supportanfrage.</translation>
    </message>
    <message>
        <source>The restored VM&apos;s agent does not report</source>
        <translation>Der Agent der wiederhergestellten VM meldet sich nicht</translation>
    </message>
    <message>
        <source>The VM created from restored disks did not start its agent. An encrypted VM whose BEK is missing or wrong stops at the BitLocker recovery screen and never reports.</source>
        <translation>Die aus wiederhergestellten Datenträgern erstellte VM hat ihren Agent nicht gestartet. Eine verschlüsselte VM, deren BEK fehlt oder falsch ist, bleibt im BitLocker-Wiederherstellungsbildschirm stehen und meldet sich nie.</translation>
    </message>
    <message>
        <source>Look at the VM&apos;s boot diagnostics: a BitLocker recovery screen means the key or secret is missing or wrong.</source>
        <translation>Sehen Sie sich die Startdiagnose der VM an: Ein BitLocker-Wiederherstellungsbildschirm bedeutet, dass Schlüssel oder Geheimnis fehlen oder falsch sind.</translation>
    </message>
    <message>
        <source>Otherwise check that the agent runs and can reach Azure Storage.</source>
        <translation>Prüfen Sie andernfalls, dass der Agent läuft und Azure Storage erreicht.</translation>
    </message>
    <message>
        <source>The key or secret backup cannot be restored into this key vault</source>
        <translation>Die Sicherung von Schlüssel oder Geheimnis kann nicht in diesem Schlüsseltresor wiederhergestellt werden</translation>
    </message>
    <message>
        <source>A Key Vault backup can only be restored in the same subscription and Azure geography as the key vault it came from.</source>
        <translation>Eine Key Vault-Sicherung kann nur im selben Abonnement und in derselben Azure-Geografie wiederhergestellt werden wie der Schlüsseltresor, aus dem sie stammt.</translation>
    </message>
    <message>
        <source>Pick a key vault in the VM&apos;s subscription and region.</source>
        <translation>Wählen Sie einen Schlüsseltresor im Abonnement und in der Region der VM.</translation>
    </message>
    <message>
        <source>Restore the key and secret again.</source>
        <translation>Stellen Sie Schlüssel und Geheimnis erneut wieder her.</translation>
    </message>
    <message>
        <source>The restore template cannot be read from storage</source>
        <translation>Die Wiederherstellungsvorlage kann nicht aus dem Speicher gelesen werden</translation>
    </message>
    <message>
        <source>The staging storage account does not allow shared-key access, which template deployment from a blob URL needs.</source>
        <translation>Das Stagingspeicherkonto erlaubt keinen Zugriff mit gemeinsam verwendetem Schlüssel, den eine Vorlagenbereitstellung aus einer Blob-URL braucht.</translation>
    </message>
    <message>
        <source>Let the app download the template with your Entra ID sign-in and deploy it directly.</source>
        <translation>Lassen Sie die App die Vorlage mit Ihrer Entra ID-Anmeldung herunterladen und direkt bereitstellen.</translation>
    </message>
    <message>
        <source>Or allow shared-key access on the account for the time of the deployment.</source>
        <translation>Oder erlauben Sie für die Dauer der Bereitstellung den Zugriff mit gemeinsam verwendetem Schlüssel auf das Konto.</translation>
    </message>
    <message>
        <source>Create the VM from restored disks</source>
        <translation>VM aus wiederhergestellten Datenträgern erstellen</translation>
    </message>
    <message>
        <source>Enable backup</source>
        <translation>Sicherung aktivieren</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Create VM from restored disks</source>
        <translation>VM aus wiederhergestellten Datenträgern erstellen</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Any operation</source>
        <translation>Beliebiger Vorgang</translation>
    </message>
    <message>
        <source>For a key vault that uses Azure RBAC: assign the Backup Management Service, at the key vault, a custom role with only the data actions it needs (back up and read keys; back up, get and read the metadata of secrets). Key Vault Administrator also works but grants far more.</source>
        <translation>Für einen Schlüsseltresor mit Azure RBAC: Weisen Sie dem Backup Management Service auf Ebene des Schlüsseltresors eine benutzerdefinierte Rolle mit nur den nötigen Datenaktionen zu (Schlüssel sichern und lesen; Geheimnisse sichern, abrufen und ihre Metadaten lesen). „Key Vault-Administrator“ funktioniert auch, gewährt aber weit mehr.</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>&amp;Troubleshoot</source>
        <translation>&amp;Problembehandlung</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (error code %2)</source>
        <translation>%1 (Fehlercode %2)</translation>
    </message>
    <message>
        <source>Troubleshooting entry: %1</source>
        <translation>Eintrag zur Problembehandlung: %1</translation>
    </message>
</context>
<context>
    <name>FeatureLauncher</name>
    <message>
        <source>Settings saved. The cloud and language change at the next start.</source>
        <translation>Einstellungen gespeichert. Cloud und Sprache ändern sich beim nächsten Start.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>The disks of %1 are restored. Choose Restore for %1 to create the VM.</source>
        <translation>Die Datenträger von %1 sind wiederhergestellt. Wählen Sie „Wiederherstellen“ für %1, um den virtuellen Computer zu erstellen.</translation>
    </message>
    <message>
        <source>The restore of %1 did not succeed. Choose Restore for %1 to see why.</source>
        <translation>Die Wiederherstellung von %1 ist nicht gelungen. Wählen Sie „Wiederherstellen“ für %1, um den Grund zu sehen.</translation>
    </message>
</context>
<context>
    <name>FindRecentJobOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>FollowJobOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The job answer has no status.</source>
        <translation>Die Antwort zum Auftrag hat keinen Status.</translation>
    </message>
    <message>
        <source>The job %1 was cancelled.</source>
        <translation>Der Auftrag %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The job %1 failed.</source>
        <translation>Der Auftrag %1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <source>Backup goal</source>
        <translation>Sicherungsziel</translation>
    </message>
    <message>
        <source>Vault %1 in %2. Tell us what you want to protect.</source>
        <translation>Tresor %1 in %2. Geben Sie an, was Sie schützen möchten.</translation>
    </message>
    <message>
        <source>Where is your workload running?</source>
        <translation>Wo wird Ihre Workload ausgeführt?</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>On-premises</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>What do you want to back up?</source>
        <translation>Was möchten Sie sichern?</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Virtueller Computer</translation>
    </message>
    <message>
        <source>Other (files and folders, SQL Server, SAP HANA, Azure Files)</source>
        <translation>Sonstiges (Dateien und Ordner, SQL Server, SAP HANA, Azure Files)</translation>
    </message>
    <message>
        <source>Goal message</source>
        <translation>Zielhinweis</translation>
    </message>
    <message>
        <source>&amp;Where is your workload running?</source>
        <translation>&amp;Wo wird Ihre Workload ausgeführt?</translation>
    </message>
    <message>
        <source>W&amp;hat do you want to back up?</source>
        <translation>Was möchten Sie &amp;sichern?</translation>
    </message>
</context>
<context>
    <name>GrantKeyVaultAccessOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Looking up the Backup Management Service</source>
        <translation>Der Backup Management Service wird gesucht</translation>
    </message>
    <message>
        <source>Reading the key vault</source>
        <translation>Der Schlüsseltresor wird gelesen</translation>
    </message>
    <message>
        <source>Added an access policy on %1: the Backup Management Service may get, list and back up keys and secrets.</source>
        <translation>Zugriffsrichtlinie für %1 hinzugefügt: Der Backup Management Service darf Schlüssel und Geheimnisse abrufen, auflisten und sichern.</translation>
    </message>
    <message>
        <source>Added an access policy on %1: the Backup Management Service may get, list and back up secrets.</source>
        <translation>Zugriffsrichtlinie für %1 hinzugefügt: Der Backup Management Service darf Geheimnisse abrufen, auflisten und sichern.</translation>
    </message>
    <message>
        <source>Granting access</source>
        <translation>Zugriff wird gewährt</translation>
    </message>
    <message>
        <source>Assigned the role &quot;%1&quot; on %2 to the Backup Management Service: it may read and back up %3, nothing more.</source>
        <translation>Rolle „%1“ für %2 dem Backup Management Service zugewiesen: Er darf %3 lesen und sichern, mehr nicht.</translation>
    </message>
    <message>
        <source>keys and secrets</source>
        <translation>Schlüssel und Geheimnisse</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>Geheimnisse</translation>
    </message>
</context>
<context>
    <name>InterruptedBackupNowRun</name>
    <message>
        <source>Interrupted backup now</source>
        <translation>Unterbrochenes „Jetzt sichern“</translation>
    </message>
    <message numerus="yes">
        <source>Backup now for %n VM(s) in vault %1 did not finish: the app was closed or stopped while it ran. This is what the vault&apos;s backup jobs show now. A request whose answer never came is not sent again when its job was found. Every on-demand backup attempt counts against the VM&apos;s daily limit, so only the VMs not started are sent by default.</source>
        <translation>
            <numerusform>„Jetzt sichern“ für %n VM im Tresor %1 wurde nicht abgeschlossen: Die App wurde während des Laufs geschlossen oder beendet. Hier sehen Sie, was die Sicherungsaufträge des Tresors jetzt anzeigen. Eine Anforderung, deren Antwort nie kam, wird nicht erneut gesendet, wenn ihr Auftrag gefunden wurde. Jeder Versuch einer bedarfsgesteuerten Sicherung zählt zum Tageslimit der VM, daher werden standardmäßig nur die nicht gestarteten VMs gesendet.</numerusform>
            <numerusform>„Jetzt sichern“ für %n VMs im Tresor %1 wurde nicht abgeschlossen: Die App wurde während des Laufs geschlossen oder beendet. Hier sehen Sie, was die Sicherungsaufträge des Tresors jetzt anzeigen. Eine Anforderung, deren Antwort nie kam, wird nicht erneut gesendet, wenn ihr Auftrag gefunden wurde. Jeder Versuch einer bedarfsgesteuerten Sicherung zählt zum Tageslimit der VM, daher werden standardmäßig nur die nicht gestarteten VMs gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 backed up, %2 running, %3 failed or refused, %4 not started.</source>
        <translation>%1 gesichert, %2 laufend, %3 fehlgeschlagen oder abgelehnt, %4 nicht gestartet.</translation>
    </message>
    <message>
        <source>Starts backup now, until %1, for the VMs not started (and the failed ones if you ask for them), and follows the backups still running</source>
        <translation>Startet „Jetzt sichern“ mit Aufbewahrung bis %1 für die nicht gestarteten VMs (und auf Wunsch für die fehlgeschlagenen) und verfolgt die noch laufenden Sicherungen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Sent, but the vault has no backup job for it</source>
        <translation>Gesendet, aber der Tresor hat keinen Sicherungsauftrag dafür</translation>
    </message>
    <message>
        <source>Backup running</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation>Sicherung abgebrochen</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backup completed</source>
        <translation>Sicherung abgeschlossen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Start backup now again from the vault to choose a new date.</source>
        <translation>Starten Sie „Jetzt sichern“ erneut über den Tresor, um ein neues Datum zu wählen.</translation>
    </message>
    <message>
        <source>The backup job was cancelled (job %1).</source>
        <translation>Der Sicherungsauftrag wurde abgebrochen (Auftrag %1).</translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <translation>%1 (Auftrag %2)</translation>
    </message>
    <message>
        <source>The backup job failed.</source>
        <translation>Der Sicherungsauftrag ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Completed (job %1)</source>
        <translation>Abgeschlossen (Auftrag %1)</translation>
    </message>
</context>
<context>
    <name>InterruptedEnableRun</name>
    <message>
        <source>Interrupted backup run</source>
        <translation>Unterbrochener Sicherungslauf</translation>
    </message>
    <message numerus="yes">
        <source>Enabling backup for %n VM(s) in vault %1 did not finish: the app was closed or stopped while it ran. This is what the vault shows now.</source>
        <translation>
            <numerusform>Das Aktivieren der Sicherung für %n VM im Tresor %1 wurde nicht abgeschlossen: Die App wurde während des Laufs geschlossen oder beendet. Hier sehen Sie, was der Tresor jetzt anzeigt.</numerusform>
            <numerusform>Das Aktivieren der Sicherung für %n VMs im Tresor %1 wurde nicht abgeschlossen: Die App wurde während des Laufs geschlossen oder beendet. Hier sehen Sie, was der Tresor jetzt anzeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 protected, %2 failed.</source>
        <translation>%1 geschützt, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 protected, %2 failed, %3 not started.</source>
        <translation>%1 geschützt, %2 fehlgeschlagen, %3 nicht gestartet.</translation>
    </message>
    <message>
        <source>Enables backup for the failed and not started VMs only</source>
        <translation>Aktiviert die Sicherung nur für die fehlgeschlagenen und nicht gestarteten VMs</translation>
    </message>
</context>
<context>
    <name>InterruptedGrantRun</name>
    <message>
        <source>Interrupted Key Vault access grant</source>
        <translation>Unterbrochene Gewährung des Key Vault-Zugriffs</translation>
    </message>
    <message numerus="yes">
        <source>Granting the Backup service access to %n key vault(s) did not finish: the app was closed or stopped while it ran. This is the access each key vault shows now.</source>
        <translation>
            <numerusform>Das Gewähren des Zugriffs für den Sicherungsdienst auf %n Schlüsseltresor wurde nicht abgeschlossen: Die App wurde während des Laufs geschlossen oder beendet. Hier sehen Sie den Zugriff, den jeder Schlüsseltresor jetzt anzeigt.</numerusform>
            <numerusform>Das Gewähren des Zugriffs für den Sicherungsdienst auf %n Schlüsseltresore wurde nicht abgeschlossen: Die App wurde während des Laufs geschlossen oder beendet. Hier sehen Sie den Zugriff, den jeder Schlüsseltresor jetzt anzeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 granted, %2 failed, %3 not started.</source>
        <translation>%1 gewährt, %2 fehlgeschlagen, %3 nicht gestartet.</translation>
    </message>
    <message>
        <source>Grants the access still missing, on those key vaults only</source>
        <translation>Gewährt den noch fehlenden Zugriff, nur für diese Schlüsseltresore</translation>
    </message>
    <message>
        <source>The record of this run does not say which identity the Backup service has. Open Key Vault access from the vault to check and grant it again.</source>
        <translation>Die Aufzeichnung dieses Laufs gibt nicht an, welche Identität der Sicherungsdienst hat. Öffnen Sie den Key Vault-Zugriff über den Tresor, um ihn zu prüfen und erneut zu gewähren.</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Granting</source>
        <translation>Wird gewährt</translation>
    </message>
</context>
<context>
    <name>InterruptedRunDialog</name>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard the run</source>
        <translation>Lauf verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Keeps the record; the next start asks again</source>
        <translation>Behält die Aufzeichnung; beim nächsten Start wird erneut gefragt</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>The run goes on; its progress is kept on disk</source>
        <translation>Der Lauf geht weiter; sein Fortschritt wird auf dem Datenträger gespeichert</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Items of the interrupted run</source>
        <translation>Elemente des unterbrochenen Laufs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Also send the &amp;failed and refused ones again</source>
        <translation>Fehlgeschlagene und abgelehnte ebenfalls &amp;erneut senden</translation>
    </message>
    <message>
        <source>Also send the failed and refused ones again</source>
        <translation>Fehlgeschlagene und abgelehnte ebenfalls erneut senden</translation>
    </message>
    <message>
        <source>Each on-demand backup attempt counts against the VM&apos;s daily limit</source>
        <translation>Jeder Versuch einer bedarfsgesteuerten Sicherung zählt zum Tageslimit der VM</translation>
    </message>
    <message>
        <source>Forgets the record of this run; what it did stays as it is</source>
        <translation>Vergisst die Aufzeichnung dieses Laufs; was er bereits getan hat, bleibt bestehen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading what the service shows now…</source>
        <translation>Der aktuelle Stand wird vom Dienst gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Continue (%n left)</source>
        <translation>
            <numerusform>&amp;Fortsetzen (noch %n)</numerusform>
            <numerusform>&amp;Fortsetzen (noch %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The service could not be read, so what the run did is not known yet: %1 Choose Later to try again at the next start.</source>
        <translation>Der Dienst konnte nicht gelesen werden, daher ist noch nicht bekannt, was der Lauf getan hat: %1 Wählen Sie „Später“, um es beim nächsten Start erneut zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>The run is complete; %n item(s) did not succeed. The Details column says why.</source>
        <translation>
            <numerusform>Der Lauf ist abgeschlossen; %n Element war nicht erfolgreich. Die Spalte „Details“ nennt den Grund.</numerusform>
            <numerusform>Der Lauf ist abgeschlossen; %n Elemente waren nicht erfolgreich. Die Spalte „Details“ nennt den Grund.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run is complete: every item of it succeeded.</source>
        <translation>Der Lauf ist abgeschlossen: Alle Elemente waren erfolgreich.</translation>
    </message>
</context>
<context>
    <name>JobDetailsView</name>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details k&amp;opieren</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Auftragsdetails</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Job status</source>
        <translation>Auftragsstatus</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Job properties</source>
        <translation>Auftragseigenschaften</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Job and correlation ids</source>
        <translation>Auftrags- und Korrelations-IDs</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Auftrag abbrechen</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation>Kein Auftrag ausgewählt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 · started %2 · %3</source>
        <translation>%1 · gestartet %2 · %3</translation>
    </message>
    <message>
        <source> · %1 % done</source>
        <translation> · %1 % erledigt</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Empfohlen: %1</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot</source>
        <translation>&amp;Problembehandlung</translation>
    </message>
    <message>
        <source>The job completed with warnings.</source>
        <translation>Der Auftrag wurde mit Warnungen abgeschlossen.</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Job id: %1</source>
        <translation>Auftrags-ID: %1</translation>
    </message>
    <message>
        <source>Correlation (activity) id: %1</source>
        <translation>Korrelations-ID (Aktivität): %1</translation>
    </message>
    <message>
        <source>Start (UTC): %1</source>
        <translation>Beginn (UTC): %1</translation>
    </message>
    <message>
        <source>End (UTC): %1</source>
        <translation>Ende (UTC): %1</translation>
    </message>
    <message>
        <source>T&amp;asks</source>
        <translation>Au&amp;fgaben</translation>
    </message>
</context>
<context>
    <name>JobFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 Sek.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 Sek.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <source>Configure backup</source>
        <translation>Sicherung konfigurieren</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Disable backup</source>
        <translation>Sicherung deaktivieren</translation>
    </message>
    <message>
        <source>Delete backup data</source>
        <translation>Sicherungsdaten löschen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Completed with warnings</source>
        <translation>Mit Warnungen abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Vorgang: %1</translation>
    </message>
    <message>
        <source>Item: %1</source>
        <translation>Element: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Start (UTC): %1</source>
        <translation>Beginn (UTC): %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Job id: %1</source>
        <translation>Auftrags-ID: %1</translation>
    </message>
    <message>
        <source>Correlation (activity) id: %1</source>
        <translation>Korrelations-ID (Aktivität): %1</translation>
    </message>
    <message>
        <source>End (UTC): %1</source>
        <translation>Ende (UTC): %1</translation>
    </message>
    <message>
        <source>Task: %1 - %2</source>
        <translation>Aufgabe: %1 - %2</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>Error message: %1</source>
        <translation>Fehlermeldung: %1</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Empfehlung: %1</translation>
    </message>
</context>
<context>
    <name>JobListModel</name>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Progress unknown</source>
        <translation>Fortschritt unbekannt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>JobProgressDelegate</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>JobsController</name>
    <message>
        <source>The job is not in the list any more.</source>
        <translation>Der Auftrag ist nicht mehr in der Liste.</translation>
    </message>
</context>
<context>
    <name>JobsPane</name>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Operation filter</source>
        <translation>Vorgangsfilter</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Refresh jobs</source>
        <translation>Aufträge aktualisieren</translation>
    </message>
    <message>
        <source>Cance&amp;l job</source>
        <translation>Auftrag a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>Den ausgewählten Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Jobs summary</source>
        <translation>Auftragsübersicht</translation>
    </message>
    <message>
        <source>Jobs list</source>
        <translation>Auftragsliste</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Vorgang:</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n Auftrag</numerusform>
            <numerusform>%n Aufträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n running</source>
        <translation>
            <numerusform>, %n läuft</numerusform>
            <numerusform>, %n laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation>Aufträge werden geladen…</translation>
    </message>
    <message>
        <source>The job could not be cancelled: %1</source>
        <translation>Der Auftrag konnte nicht abgebrochen werden: %1</translation>
    </message>
    <message>
        <source>Job cancelled</source>
        <translation>Auftrag abgebrochen</translation>
    </message>
    <message>
        <source>Some jobs could not be read: %1</source>
        <translation>Einige Aufträge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Ti&amp;me:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Cancel %1 of %2? What the job has done so far is not undone.</source>
        <translation>%1 von %2 abbrechen? Was der Auftrag bisher getan hat, wird nicht rückgängig gemacht.</translation>
    </message>
    <message>
        <source>No jobs</source>
        <translation>Keine Aufträge</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>KeyVaultAccessController</name>
    <message>
        <source>Someone with Key Vault Contributor (or Contributor or Owner) on key vault %1 must add the Backup Management Service&apos;s access policy.</source>
        <translation>Jemand mit „Key Vault-Mitwirkender“ (oder „Mitwirkender“ oder „Besitzer“) für den Schlüsseltresor %1 muss die Zugriffsrichtlinie des Backup Management Service hinzufügen.</translation>
    </message>
    <message>
        <source>An Owner or User Access Administrator of key vault %1 (or of its resource group or subscription) must create the custom role &quot;%2&quot;, which holds only the data actions %3, and assign it to the Backup Management Service at the vault. Those who prefer the built-in Key Vault Administrator role may assign it instead, but it also lets the service change, delete and purge everything in the vault.</source>
        <translation>Ein Besitzer oder Benutzerzugriffsadministrator des Schlüsseltresors %1 (oder seiner Ressourcengruppe oder seines Abonnements) muss die benutzerdefinierte Rolle „%2“ erstellen, die nur die Datenaktionen %3 enthält, und sie dem Backup Management Service auf Ebene des Tresors zuweisen. Wer die integrierte Rolle „Key Vault-Administrator“ bevorzugt, kann stattdessen diese zuweisen; sie erlaubt dem Dienst aber auch, alles im Tresor zu ändern, zu löschen und endgültig zu entfernen.</translation>
    </message>
</context>
<context>
    <name>KeyVaultAccessDialog</name>
    <message>
        <source>Key Vault Access for Azure Backup</source>
        <translation>Key Vault-Zugriff für Azure Backup</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>KeyVaultAccessPage</name>
    <message>
        <source>Key Vault access</source>
        <translation>Key Vault-Zugriff</translation>
    </message>
    <message>
        <source>Azure Backup must be able to read and back up the keys and secrets of the encrypted VMs.</source>
        <translation>Azure Backup muss die Schlüssel und Geheimnisse der verschlüsselten VMs lesen und sichern können.</translation>
    </message>
    <message>
        <source>&amp;Grant and continue</source>
        <translation>&amp;Zugriff gewähren und fortfahren</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>KeyVaultAccessScanOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Some virtual machines could not be read: %1</source>
        <translation>Einige virtuelle Computer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The Backup Management Service is not known in this cloud, so key vault access policies were not checked.</source>
        <translation>Der Backup Management Service ist in dieser Cloud nicht bekannt, daher wurden die Zugriffsrichtlinien der Schlüsseltresore nicht geprüft.</translation>
    </message>
    <message>
        <source>The Backup Management Service could not be looked up in Microsoft Graph (%1), so key vault permissions were not checked.</source>
        <translation>Der Backup Management Service konnte in Microsoft Graph nicht gesucht werden (%1), daher wurden die Berechtigungen der Schlüsseltresore nicht geprüft.</translation>
    </message>
    <message>
        <source>Key vault %1 could not be read: %2</source>
        <translation>Der Schlüsseltresor %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The role assignments of key vault %1 could not be read: %2</source>
        <translation>Die Rollenzuweisungen des Schlüsseltresors %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No access policy of key vault %1 gives the Backup Management Service get, list and backup on keys and secrets.</source>
        <translation>Keine Zugriffsrichtlinie des Schlüsseltresors %1 gibt dem Backup Management Service „Abrufen“, „Auflisten“ und „Sichern“ für Schlüssel und Geheimnisse.</translation>
    </message>
    <message>
        <source>No access policy of key vault %1 gives the Backup Management Service get, list and backup on secrets.</source>
        <translation>Keine Zugriffsrichtlinie des Schlüsseltresors %1 gibt dem Backup Management Service „Abrufen“, „Auflisten“ und „Sichern“ für Geheimnisse.</translation>
    </message>
    <message>
        <source>The last backup of %1 failed with %2: the Backup Management Service cannot read the VM&apos;s keys and secrets.</source>
        <translation>Die letzte Sicherung von %1 ist mit %2 fehlgeschlagen: Der Backup Management Service kann die Schlüssel und Geheimnisse der VM nicht lesen.</translation>
    </message>
    <message>
        <source>Key vault %1 uses Azure RBAC and the Backup Management Service has no role on it.</source>
        <translation>Der Schlüsseltresor %1 verwendet Azure RBAC, und der Backup Management Service hat dort keine Rolle.</translation>
    </message>
    <message>
        <source>Key vault %1 uses Azure RBAC and the roles of the Backup Management Service there (%2) do not let it read and back up %3.</source>
        <translation>Der Schlüsseltresor %1 verwendet Azure RBAC, und die Rollen des Backup Management Service dort (%2) erlauben ihm nicht, %3 zu lesen und zu sichern.</translation>
    </message>
    <message>
        <source>keys and secrets</source>
        <translation>Schlüssel und Geheimnisse</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>Geheimnisse</translation>
    </message>
</context>
<context>
    <name>KeyVaultAccessWidget</name>
    <message>
        <source>Why Backup needs key vault access</source>
        <translation>Warum die Sicherung Zugriff auf den Schlüsseltresor braucht</translation>
    </message>
    <message>
        <source>Backup Management Service lookup</source>
        <translation>Suche nach dem Backup Management Service</translation>
    </message>
    <message>
        <source>Backup Management Service object ID</source>
        <translation>Objekt-ID des Backup Management Service</translation>
    </message>
    <message>
        <source>&amp;Use this object ID</source>
        <translation>Diese Objekt-ID &amp;verwenden</translation>
    </message>
    <message>
        <source>Use this object ID</source>
        <translation>Diese Objekt-ID verwenden</translation>
    </message>
    <message>
        <source>Key vaults</source>
        <translation>Schlüsseltresore</translation>
    </message>
    <message>
        <source>Key vault access message</source>
        <translation>Meldung zum Key Vault-Zugriff</translation>
    </message>
    <message>
        <source>Equivalent commands</source>
        <translation>Entsprechende Befehle</translation>
    </message>
    <message>
        <source>Copy &amp;PowerShell</source>
        <translation>&amp;PowerShell kopieren</translation>
    </message>
    <message>
        <source>Copy the Az PowerShell commands</source>
        <translation>Die Az PowerShell-Befehle kopieren</translation>
    </message>
    <message>
        <source>Copy Azure C&amp;LI</source>
        <translation>Azure C&amp;LI kopieren</translation>
    </message>
    <message>
        <source>Copy the Azure CLI commands</source>
        <translation>Die Azure CLI-Befehle kopieren</translation>
    </message>
    <message>
        <source>I c&amp;onfirm: give the Backup Management Service the missing permissions on the key vaults above</source>
        <translation>Ich &amp;bestätige: Dem Backup Management Service die fehlenden Berechtigungen für die oben genannten Schlüsseltresore geben</translation>
    </message>
    <message>
        <source>Confirm the grant</source>
        <translation>Gewährung bestätigen</translation>
    </message>
    <message>
        <source>&amp;Grant access</source>
        <translation>Zugriff &amp;gewähren</translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation>Zugriff gewähren</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>E&amp;rneut prüfen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Continue &amp;without this access: I understand that backups of the VMs behind these key vaults will fail until someone grants it</source>
        <translation>&amp;Ohne diesen Zugriff fortfahren: Mir ist klar, dass Sicherungen der VMs hinter diesen Schlüsseltresoren fehlschlagen, bis jemand ihn gewährt</translation>
    </message>
    <message>
        <source>Continue without key vault access</source>
        <translation>Ohne Zugriff auf den Schlüsseltresor fortfahren</translation>
    </message>
    <message>
        <source>Object ID of &quot;Backup Management Service&quot; in your tenant</source>
        <translation>Objekt-ID von „Backup Management Service“ in Ihrem Mandanten</translation>
    </message>
    <message>
        <source>Find it with: az ad sp list --display-name &quot;Backup Management Service&quot;</source>
        <translation>Ermitteln mit: az ad sp list --display-name &quot;Backup Management Service&quot;</translation>
    </message>
    <message>
        <source>Key vault</source>
        <translation>Schlüsseltresor</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <source>Permission model</source>
        <translation>Berechtigungsmodell</translation>
    </message>
    <message>
        <source>Backup needs</source>
        <translation>Sicherung braucht</translation>
    </message>
    <message>
        <source>Backup has</source>
        <translation>Sicherung hat</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Commands an administrator can run elsewhere to grant the same access</source>
        <translation>Befehle, die ein Administrator anderswo ausführen kann, um denselben Zugriff zu gewähren</translation>
    </message>
    <message>
        <source>Or run elsewhere:</source>
        <translation>Oder anderswo ausführen:</translation>
    </message>
    <message>
        <source>Looking up the Backup Management Service in your directory…</source>
        <translation>Der Backup Management Service wird in Ihrem Verzeichnis gesucht…</translation>
    </message>
    <message>
        <source>Backup Management Service object ID in this tenant: %1</source>
        <translation>Objekt-ID des Backup Management Service in diesem Mandanten: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph did not let you look up the Backup Management Service (you need Application.Read.All or a directory reader role). Type its object ID below.</source>
        <translation>Microsoft Graph hat Ihnen die Suche nach dem Backup Management Service nicht erlaubt (Sie brauchen Application.Read.All oder eine Verzeichnisleserolle). Geben Sie seine Objekt-ID unten ein.</translation>
    </message>
    <message>
        <source>The Backup Management Service is not known in this cloud or tenant. Type its object ID below.</source>
        <translation>Der Backup Management Service ist in dieser Cloud oder diesem Mandanten nicht bekannt. Geben Sie seine Objekt-ID unten ein.</translation>
    </message>
    <message>
        <source>Could not look up the Backup Management Service: %1. Type its object ID below, or check again.</source>
        <translation>Der Backup Management Service konnte nicht gesucht werden: %1. Geben Sie seine Objekt-ID unten ein, oder prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Checking key vault access…</source>
        <translation>Der Zugriff auf die Schlüsseltresore wird geprüft…</translation>
    </message>
    <message>
        <source>You may not grant this access yourself. %1 Send them the commands below.</source>
        <translation>Sie dürfen diesen Zugriff nicht selbst gewähren. %1 Senden Sie ihnen die folgenden Befehle.</translation>
    </message>
    <message>
        <source>None of the selected VMs is encrypted: no key vault access is needed.</source>
        <translation>Keine der ausgewählten VMs ist verschlüsselt: Es wird kein Zugriff auf Schlüsseltresore gebraucht.</translation>
    </message>
    <message>
        <source>The Backup Management Service has the access it needs on every key vault.</source>
        <translation>Der Backup Management Service hat auf jedem Schlüsseltresor den nötigen Zugriff.</translation>
    </message>
    <message numerus="yes">
        <source>%n key vault(s) lack access for Azure Backup. Tick the confirmation to grant it, or run the commands below.</source>
        <translation>
            <numerusform>%n Schlüsseltresor fehlt der Zugriff für Azure Backup. Setzen Sie das Häkchen bei der Bestätigung, um ihn zu gewähren, oder führen Sie die folgenden Befehle aus.</numerusform>
            <numerusform>%n Schlüsseltresoren fehlt der Zugriff für Azure Backup. Setzen Sie das Häkchen bei der Bestätigung, um ihn zu gewähren, oder führen Sie die folgenden Befehle aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to run: no access is missing.</source>
        <translation>Nichts auszuführen: Es fehlt kein Zugriff.</translation>
    </message>
    <message>
        <source>Azure Backup copies each encrypted VM&apos;s disk encryption key (BEK, a secret) and key encryption key (KEK, a key) along with its disks, so the VM can be restored even if the keys change later. For that, the Backup Management Service needs read and backup access to keys and secrets in every key vault behind the selected VMs. On a key vault that uses Azure RBAC, the app assigns a custom role with exactly those data actions rather than Key Vault Administrator, which would also let the service change, delete and purge everything in the vault.</source>
        <translation>Azure Backup kopiert den Datenträgerverschlüsselungsschlüssel (BEK, ein Geheimnis) und den Schlüsselverschlüsselungsschlüssel (KEK, ein Schlüssel) jeder verschlüsselten VM zusammen mit ihren Datenträgern, damit die VM auch dann wiederhergestellt werden kann, wenn sich die Schlüssel später ändern. Dafür braucht der Backup Management Service Lese- und Sicherungszugriff auf Schlüssel und Geheimnisse in jedem Schlüsseltresor, den die ausgewählten VMs verwenden. Bei einem Schlüsseltresor mit Azure RBAC weist die App eine benutzerdefinierte Rolle mit genau diesen Datenaktionen zu statt „Key Vault-Administrator“, womit der Dienst auch alles im Tresor ändern, löschen und endgültig entfernen könnte.</translation>
    </message>
</context>
<context>
    <name>KeyVaultFinding</name>
    <message>
        <source>Azure role-based access control</source>
        <translation>Rollenbasierte Zugriffssteuerung in Azure</translation>
    </message>
    <message>
        <source>Vault access policy</source>
        <translation>Tresorzugriffsrichtlinie</translation>
    </message>
    <message>
        <source>Keys: get, list, backup; secrets: get, list, backup</source>
        <translation>Schlüssel: abrufen, auflisten, sichern; Geheimnisse: abrufen, auflisten, sichern</translation>
    </message>
    <message>
        <source>Secrets: get, list, backup (BEK-only VMs need no key permissions)</source>
        <translation>Geheimnisse: abrufen, auflisten, sichern (reine BEK-VMs brauchen keine Schlüsselberechtigungen)</translation>
    </message>
    <message>
        <source>Unknown (the vault could not be read)</source>
        <translation>Unbekannt (der Tresor konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <source>No role assignment</source>
        <translation>Keine Rollenzuweisung</translation>
    </message>
    <message>
        <source>No access policy entry</source>
        <translation>Kein Eintrag in den Zugriffsrichtlinien</translation>
    </message>
    <message>
        <source>Keys: %1; secrets: %2</source>
        <translation>Schlüssel: %1; Geheimnisse: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>keys: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>secrets: %1</source>
        <translation>Geheimnisse: %1</translation>
    </message>
    <message>
        <source>Already has the access it needs</source>
        <translation>Hat bereits den nötigen Zugriff</translation>
    </message>
    <message>
        <source>Not granted yet</source>
        <translation>Noch nicht gewährt</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>Grant failed: %1</source>
        <translation>Gewährung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Skipped: backups of these VMs will fail</source>
        <translation>Übersprungen: Sicherungen dieser VMs werden fehlschlagen</translation>
    </message>
    <message>
        <source>A role with the data actions to read and back up keys and secrets (the app creates the custom role &quot;%1&quot;)</source>
        <translation>Eine Rolle mit den Datenaktionen zum Lesen und Sichern von Schlüsseln und Geheimnissen (die App erstellt die benutzerdefinierte Rolle „%1“)</translation>
    </message>
    <message>
        <source>A role with the data actions to read and back up secrets (the app creates the custom role &quot;%1&quot;)</source>
        <translation>Eine Rolle mit den Datenaktionen zum Lesen und Sichern von Geheimnissen (die App erstellt die benutzerdefinierte Rolle „%1“)</translation>
    </message>
    <message>
        <source>%1 (enough for Backup)</source>
        <translation>%1 (ausreichend für die Sicherung)</translation>
    </message>
    <message>
        <source>%1 (not enough for Backup)</source>
        <translation>%1 (nicht ausreichend für die Sicherung)</translation>
    </message>
    <message>
        <source>Data actions %1 at the vault</source>
        <translation>Datenaktionen %1 auf Ebene des Tresors</translation>
    </message>
</context>
<context>
    <name>KeyVaultRolesOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>LongRunningOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectServer</name>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You can close this window and return to the application.</source>
        <translation>Sie können dieses Fenster schließen und zur Anwendung zurückkehren.</translation>
    </message>
</context>
<context>
    <name>LroPoller</name>
    <message>
        <source>Stopped waiting for the operation. It may still complete in Azure.</source>
        <translation>Das Warten auf den Vorgang wurde beendet. Er kann in Azure trotzdem noch abgeschlossen werden.</translation>
    </message>
    <message>
        <source>The network layer is gone.</source>
        <translation>Die Netzwerkschicht ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The provisioning state is not text.</source>
        <translation>Der Bereitstellungszustand ist kein Text.</translation>
    </message>
    <message>
        <source>The operation status link is not a valid URL.</source>
        <translation>Der Statuslink des Vorgangs ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Could not read the status of the operation: %1</source>
        <translation>Der Status des Vorgangs konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The operation status has no state.</source>
        <translation>Der Vorgangsstatus hat keinen Zustand.</translation>
    </message>
    <message>
        <source>The operation succeeded, but reading its result failed: %1</source>
        <translation>Der Vorgang war erfolgreich, aber sein Ergebnis konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The operation was canceled in Azure.</source>
        <translation>Der Vorgang wurde in Azure abgebrochen.</translation>
    </message>
    <message>
        <source>The operation failed in Azure.</source>
        <translation>Der Vorgang ist in Azure fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Encrypted VM Backup</source>
        <translation>Encrypted VM Backup</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Angemeldetes Konto</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>Sandbox-Modus</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Neuer Tresor…</translation>
    </message>
    <message>
        <source>Create a Recovery Services vault</source>
        <translation>Einen Recovery Services-Tresor erstellen</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>Protect virtual machines in the selected vault</source>
        <translation>Virtuelle Computer im ausgewählten Tresor schützen</translation>
    </message>
    <message>
        <source>Backup &amp;now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Back up the selected items now</source>
        <translation>Die ausgewählten Elemente jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore the selected item</source>
        <translation>Das ausgewählte Element wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <translation>&amp;Problembehandlung…</translation>
    </message>
    <message>
        <source>Explain and fix backup and restore errors</source>
        <translation>Sicherungs- und Wiederherstellungsfehler erklären und beheben</translation>
    </message>
    <message>
        <source>&amp;Preflight check…</source>
        <translation>&amp;Vorabprüfung…</translation>
    </message>
    <message>
        <source>Check the VMs of the vault&apos;s subscription before backing them up</source>
        <translation>Die VMs des Abonnements des Tresors vor dem Sichern prüfen</translation>
    </message>
    <message>
        <source>Fix &amp;Key Vault access…</source>
        <translation>&amp;Key Vault-Zugriff korrigieren…</translation>
    </message>
    <message>
        <source>Give the Backup service access to the key vaults of protected VMs</source>
        <translation>Dem Sicherungsdienst Zugriff auf die Schlüsseltresore geschützter VMs geben</translation>
    </message>
    <message>
        <source>Storage &amp;replication…</source>
        <translation>Speicher&amp;replikation…</translation>
    </message>
    <message>
        <source>Show or change the vault&apos;s storage replication</source>
        <translation>Die Speicherreplikation des Tresors anzeigen oder ändern</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the vaults and dashboard again</source>
        <translation>Tresore und Dashboard erneut lesen</translation>
    </message>
    <message>
        <source>&amp;Filter vaults</source>
        <translation>Tresore &amp;filtern</translation>
    </message>
    <message>
        <source>Filter the vault list</source>
        <translation>Die Tresorliste filtern</translation>
    </message>
    <message>
        <source>&amp;Subscriptions…</source>
        <translation>Ab&amp;onnements…</translation>
    </message>
    <message>
        <source>Choose the subscriptions to show</source>
        <translation>Die anzuzeigenden Abonnements auswählen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Sign out and forget the saved sign-in</source>
        <translation>Abmelden und die gespeicherte Anmeldung vergessen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit the application</source>
        <translation>Die Anwendung beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Tresor</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked: %1 Sign in again to go on; nothing you were doing is lost.</source>
        <translation>Ihre Anmeldung ist abgelaufen oder wurde widerrufen: %1 Melden Sie sich erneut an, um fortzufahren; nichts von Ihrer Arbeit geht verloren.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Cloud, default subscription, parallel operations, log level and language</source>
        <translation>Cloud, Standardabonnement, parallele Vorgänge, Protokollebene und Sprache</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Symbolleiste</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>Copy versions, cloud and recent log lines, without secrets, for a support request</source>
        <translation>Versionen, Cloud und neueste Protokollzeilen ohne Geheimnisse für eine Supportanfrage kopieren</translation>
    </message>
    <message>
        <source>Diagnostics copied. Paste them into your support request; they hold no tokens, keys or secrets.</source>
        <translation>Diagnosedaten kopiert. Fügen Sie sie in Ihre Supportanfrage ein; sie enthalten keine Token, Schlüssel oder Geheimnisse.</translation>
    </message>
    <message>
        <source>Sign in a&amp;gain</source>
        <translation>Erneut an&amp;melden</translation>
    </message>
    <message>
        <source>SANDBOX: emulated Azure, nothing here is real. It starts afresh each time the app starts.</source>
        <translation>SANDBOX: emuliertes Azure, nichts hier ist echt. Sie beginnt bei jedem Start der App von vorn.</translation>
    </message>
    <message>
        <source>&amp;About Encrypted VM Backup</source>
        <translation>Ü&amp;ber Encrypted VM Backup</translation>
    </message>
    <message>
        <source>Version and purpose of this app</source>
        <translation>Version und Zweck dieser App</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Version and licence of the Qt toolkit</source>
        <translation>Version und Lizenz des Qt-Toolkits</translation>
    </message>
    <message>
        <source>About Encrypted VM Backup</source>
        <translation>Über Encrypted VM Backup</translation>
    </message>
    <message>
        <source>%1 %2

Backs up and restores Azure virtual machines encrypted with Azure Disk Encryption: checks and grants the Key Vault access Azure Backup needs, restores missing keys and secrets, and explains known errors.

Built with Qt %3, running on Qt %4. Licensed under the GNU GPL, version 3 or later.</source>
        <translation>%1 %2

Sichert und stellt virtuelle Azure-Computer wieder her, die mit Azure Disk Encryption verschlüsselt sind: prüft und gewährt den Key Vault-Zugriff, den Azure Backup braucht, stellt fehlende Schlüssel und Geheimnisse wieder her und erklärt bekannte Fehler.

Erstellt mit Qt %3, läuft mit Qt %4. Lizenziert unter der GNU GPL, Version 3 oder später.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Copy &amp;details</source>
        <translation>Detai&amp;ls kopieren</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copies the error code, request ids and time for support</source>
        <translation>Kopiert Fehlercode, Anforderungs-IDs und Zeit für den Support</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>The operation was canceled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>Listing was canceled.</source>
        <translation>Das Auflisten wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The network layer is gone.</source>
        <translation>Die Netzwerkschicht ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>A page of results had no list of items.</source>
        <translation>Eine Ergebnisseite hatte keine Liste von Elementen.</translation>
    </message>
    <message>
        <source>The link to the next page is not text.</source>
        <translation>Der Link zur nächsten Seite ist kein Text.</translation>
    </message>
    <message>
        <source>The link to the next page is not a valid URL.</source>
        <translation>Der Link zur nächsten Seite ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The service returned the same page link twice; stopped to avoid a loop.</source>
        <translation>Der Dienst hat denselben Seitenlink zweimal geliefert; zur Vermeidung einer Schleife wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>PolicyEditorWidget</name>
    <message>
        <source>Policy name</source>
        <translation>Richtlinienname</translation>
    </message>
    <message>
        <source>Policy type</source>
        <translation>Richtlinientyp</translation>
    </message>
    <message>
        <source>Backup frequency</source>
        <translation>Sicherungshäufigkeit</translation>
    </message>
    <message>
        <source>Backup time</source>
        <translation>Sicherungszeit</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Every how many hours</source>
        <translation>Alle wie viele Stunden</translation>
    </message>
    <message>
        <source>Backup window in hours</source>
        <translation>Sicherungsfenster in Stunden</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Keep instant restore snapshots, days</source>
        <translation>Momentaufnahmen zur sofortigen Wiederherstellung aufbewahren, Tage</translation>
    </message>
    <message>
        <source>Keep daily backups, days</source>
        <translation>Tägliche Sicherungen aufbewahren, Tage</translation>
    </message>
    <message>
        <source>Keep weekly backups, weeks</source>
        <translation>Wöchentliche Sicherungen aufbewahren, Wochen</translation>
    </message>
    <message>
        <source>Keep monthly backups, months</source>
        <translation>Monatliche Sicherungen aufbewahren, Monate</translation>
    </message>
    <message>
        <source>Keep yearly backups, years</source>
        <translation>Jährliche Sicherungen aufbewahren, Jahre</translation>
    </message>
    <message>
        <source>Standard (daily or weekly)</source>
        <translation>Standard (täglich oder wöchentlich)</translation>
    </message>
    <message>
        <source>Enhanced (several backups a day)</source>
        <translation>Erweitert (mehrere Sicherungen am Tag)</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Jede Stunde</numerusform>
            <numerusform>Alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>for example DailyEncryptedVms</source>
        <translation>zum Beispiel DailyEncryptedVms</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Häufigkeit:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;Wochentag:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>&amp;Window (hours):</source>
        <translation>&amp;Fenster (Stunden):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Snapshots (days):</source>
        <translation>M&amp;omentaufnahmen (Tage):</translation>
    </message>
    <message>
        <source>&amp;Daily retention (days):</source>
        <translation>Tä&amp;gliche Aufbewahrung (Tage):</translation>
    </message>
    <message>
        <source>W&amp;eekly retention (weeks):</source>
        <translation>Wö&amp;chentliche Aufbewahrung (Wochen):</translation>
    </message>
    <message>
        <source>&amp;Monthly retention (months):</source>
        <translation>Mon&amp;atliche Aufbewahrung (Monate):</translation>
    </message>
    <message>
        <source>Yea&amp;rly retention (years):</source>
        <translation>&amp;Jährliche Aufbewahrung (Jahre):</translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>Täglich um %1</translation>
    </message>
    <message>
        <source>Weekly on %1 at %2</source>
        <translation>Wöchentlich am %1 um %2</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s) from %1 for %2 hours</source>
        <translation>
            <numerusform>Jede Stunde ab %1 für %2 Stunden</numerusform>
            <numerusform>Alle %n Stunden ab %1 für %2 Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Schedule: %1 (%2)</source>
        <translation>Zeitplan: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Instant restore snapshots: %n day(s)</source>
        <translation>
            <numerusform>Momentaufnahmen zur sofortigen Wiederherstellung: %n Tag</numerusform>
            <numerusform>Momentaufnahmen zur sofortigen Wiederherstellung: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>daily %n day(s)</source>
        <translation>
            <numerusform>täglich %n Tag</numerusform>
            <numerusform>täglich %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>weekly %n week(s)</source>
        <translation>
            <numerusform>wöchentlich %n Woche</numerusform>
            <numerusform>wöchentlich %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>monthly %n month(s)</source>
        <translation>
            <numerusform>monatlich %n Monat</numerusform>
            <numerusform>monatlich %n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>yearly %n year(s)</source>
        <translation>
            <numerusform>jährlich %n Jahr</numerusform>
            <numerusform>jährlich %n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>Aufbewahrung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Already protects %n item(s)</source>
        <translation>
            <numerusform>Schützt bereits %n Element</numerusform>
            <numerusform>Schützt bereits %n Elemente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>&amp;Save policy</source>
        <translation>Richtlinie &amp;speichern</translation>
    </message>
    <message>
        <source>Backup policy</source>
        <translation>Sicherungsrichtlinie</translation>
    </message>
    <message>
        <source>When the VMs are backed up and how long each backup is kept.</source>
        <translation>Wann die VMs gesichert werden und wie lange jede Sicherung aufbewahrt wird.</translation>
    </message>
    <message>
        <source>Policy details</source>
        <translation>Richtliniendetails</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Richtlinie speichern</translation>
    </message>
    <message>
        <source>&amp;Choose a backup policy:</source>
        <translation>Sicherungs&amp;richtlinie auswählen:</translation>
    </message>
    <message>
        <source>Could not read the vault&apos;s policies: %1</source>
        <translation>Die Richtlinien des Tresors konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the policies…</source>
        <translation>Richtlinien werden gelesen…</translation>
    </message>
    <message>
        <source>Create new policy…</source>
        <translation>Neue Richtlinie erstellen…</translation>
    </message>
    <message>
        <source>Policy %1 was created in the vault.</source>
        <translation>Die Richtlinie %1 wurde im Tresor erstellt.</translation>
    </message>
    <message>
        <source>The policy was not saved: %1</source>
        <translation>Die Richtlinie wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Creating policy %1…</source>
        <translation>Richtlinie %1 wird erstellt…</translation>
    </message>
</context>
<context>
    <name>PreflightCheck</name>
    <message>
        <source>Resource Manager VM</source>
        <translation>Resource Manager-VM</translation>
    </message>
    <message>
        <source>Encryption type</source>
        <translation>Verschlüsselungstyp</translation>
    </message>
    <message>
        <source>Key vault exists</source>
        <translation>Schlüsseltresor vorhanden</translation>
    </message>
    <message>
        <source>Key and secret present</source>
        <translation>Schlüssel und Geheimnis vorhanden</translation>
    </message>
    <message>
        <source>Backup permissions</source>
        <translation>Sicherungsberechtigungen</translation>
    </message>
    <message>
        <source>VM agent</source>
        <translation>VM-Agent</translation>
    </message>
    <message>
        <source>Same region as the vault</source>
        <translation>Gleiche Region wie der Tresor</translation>
    </message>
    <message>
        <source>Not protected elsewhere</source>
        <translation>Nicht anderswo geschützt</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Backup preflight check</source>
        <translation>Vorabprüfung der Sicherung</translation>
    </message>
    <message>
        <source>Preflight results</source>
        <translation>Ergebnisse der Vorabprüfung</translation>
    </message>
    <message>
        <source>&amp;Failures only</source>
        <translation>&amp;Nur Fehler</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Do it</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the fix for the selected check</source>
        <translation>Die Korrektur für die ausgewählte Prüfung ausführen</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot</source>
        <translation>&amp;Problembehandlung</translation>
    </message>
    <message>
        <source>Open the troubleshooting entry</source>
        <translation>Den Eintrag zur Problembehandlung öffnen</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Den Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Export the report as HTML</source>
        <translation>Den Bericht als HTML exportieren</translation>
    </message>
    <message>
        <source>Done. Checking again…</source>
        <translation>Erledigt. Es wird erneut geprüft…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>Als HTML exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>PreflightEvaluator</name>
    <message>
        <source>%1 is a classic VM. Encrypted VMs can be backed up only when they are deployed through Azure Resource Manager.</source>
        <translation>%1 ist eine klassische VM. Verschlüsselte VMs können nur gesichert werden, wenn sie über Azure Resource Manager bereitgestellt wurden.</translation>
    </message>
    <message>
        <source>Migrate the VM to Resource Manager first.</source>
        <translation>Migrieren Sie die VM zuerst zu Resource Manager.</translation>
    </message>
    <message>
        <source>Not checked for classic VMs.</source>
        <translation>Bei klassischen VMs nicht geprüft.</translation>
    </message>
    <message>
        <source>Deployed through Azure Resource Manager.</source>
        <translation>Über Azure Resource Manager bereitgestellt.</translation>
    </message>
    <message>
        <source>Not encrypted: no key vault is involved.</source>
        <translation>Nicht verschlüsselt: Es ist kein Schlüsseltresor beteiligt.</translation>
    </message>
    <message>
        <source>The VM is not encrypted.</source>
        <translation>Die VM ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Encrypted with a BitLocker encryption key (BEK) only. Under the 2017 rules Backup accepts only VMs encrypted with a BEK and a key encryption key (KEK).</source>
        <translation>Nur mit einem BitLocker-Verschlüsselungsschlüssel (BEK) verschlüsselt. Nach den Regeln von 2017 akzeptiert die Sicherung nur VMs, die mit einem BEK und einem Schlüsselverschlüsselungsschlüssel (KEK) verschlüsselt sind.</translation>
    </message>
    <message>
        <source>Decrypt the VM, encrypt it again with BEK and KEK, then enable backup.</source>
        <translation>Entschlüsseln Sie die VM, verschlüsseln Sie sie erneut mit BEK und KEK, und aktivieren Sie dann die Sicherung.</translation>
    </message>
    <message>
        <source>Encrypted with a BEK only. Supported; Backup needs access to secrets only.</source>
        <translation>Nur mit einem BEK verschlüsselt. Unterstützt; die Sicherung braucht nur Zugriff auf Geheimnisse.</translation>
    </message>
    <message>
        <source>Encrypted with a BEK and a KEK.</source>
        <translation>Mit einem BEK und einem KEK verschlüsselt.</translation>
    </message>
    <message>
        <source>The VM&apos;s encryption settings could not be read.</source>
        <translation>Die Verschlüsselungseinstellungen der VM konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the Azure Disk Encryption extension&apos;s status on the VM.</source>
        <translation>Prüfen Sie den Status der Azure Disk Encryption-Erweiterung auf der VM.</translation>
    </message>
    <message>
        <source>No vault chosen yet.</source>
        <translation>Noch kein Tresor gewählt.</translation>
    </message>
    <message>
        <source>The VM and the vault are both in %1.</source>
        <translation>VM und Tresor liegen beide in %1.</translation>
    </message>
    <message>
        <source>The VM is in %1, the vault in %2.</source>
        <translation>Die VM liegt in %1, der Tresor in %2.</translation>
    </message>
    <message>
        <source>Use a vault in %1.</source>
        <translation>Verwenden Sie einen Tresor in %1.</translation>
    </message>
    <message>
        <source>The VM does not name the key vault of its BEK.</source>
        <translation>Die VM nennt den Schlüsseltresor ihres BEK nicht.</translation>
    </message>
    <message>
        <source>No key vault to look in.</source>
        <translation>Kein Schlüsseltresor zum Nachsehen.</translation>
    </message>
    <message>
        <source>The key vault %1 does not exist any more.</source>
        <translation>Der Schlüsseltresor %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Restore the key and secret from a recovery point into an existing key vault.</source>
        <translation>Stellen Sie Schlüssel und Geheimnis aus einem Wiederherstellungspunkt in einem vorhandenen Schlüsseltresor wieder her.</translation>
    </message>
    <message>
        <source>The key vault does not exist.</source>
        <translation>Der Schlüsseltresor existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot check: you may not read the key vault %1.</source>
        <translation>Prüfung nicht möglich: Sie dürfen den Schlüsseltresor %1 nicht lesen.</translation>
    </message>
    <message>
        <source>Cannot check: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <source>The key vault could not be read.</source>
        <translation>Der Schlüsseltresor konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The key vault %1 exists.</source>
        <translation>Der Schlüsseltresor %1 existiert.</translation>
    </message>
    <message>
        <source>BEK secret</source>
        <translation>BEK-Geheimnis</translation>
    </message>
    <message>
        <source>KEK key</source>
        <translation>KEK-Schlüssel</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>disabled or expired: %1</source>
        <translation>deaktiviert oder abgelaufen: %1</translation>
    </message>
    <message>
        <source>The versions the VM uses are not usable in %1 (%2).</source>
        <translation>Die Versionen, die die VM verwendet, sind in %1 nicht verwendbar (%2).</translation>
    </message>
    <message>
        <source>Restore the key and secret from a recovery point.</source>
        <translation>Stellen Sie Schlüssel und Geheimnis aus einem Wiederherstellungspunkt wieder her.</translation>
    </message>
    <message>
        <source>Cannot check: no permission to read %1 in %2.</source>
        <translation>Prüfung nicht möglich: keine Berechtigung, %1 in %2 zu lesen.</translation>
    </message>
    <message>
        <source>Ask the key vault&apos;s owner to confirm they exist and are enabled.</source>
        <translation>Bitten Sie den Besitzer des Schlüsseltresors, zu bestätigen, dass sie existieren und aktiviert sind.</translation>
    </message>
    <message>
        <source>%1 present and enabled.</source>
        <translation>%1 vorhanden und aktiviert.</translation>
    </message>
    <message>
        <source>Cannot check: the Backup Management Service was not found in the directory (%1).</source>
        <translation>Prüfung nicht möglich: Der Backup Management Service wurde im Verzeichnis nicht gefunden (%1).</translation>
    </message>
    <message>
        <source>Grant the Backup Management Service access to %1 (the app can do it).</source>
        <translation>Gewähren Sie dem Backup Management Service Zugriff auf %1 (die App kann das tun).</translation>
    </message>
    <message>
        <source>Cannot check the role assignments of %1: %2</source>
        <translation>Die Rollenzuweisungen von %1 können nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>The Backup Management Service has the Key Vault Administrator role on %1 (Azure RBAC).</source>
        <translation>Der Backup Management Service hat die Rolle „Key Vault-Administrator“ für %1 (Azure RBAC).</translation>
    </message>
    <message>
        <source>An access policy of %1 lets the Backup Management Service get, list and back up %2.</source>
        <translation>Eine Zugriffsrichtlinie von %1 erlaubt dem Backup Management Service, %2 abzurufen, aufzulisten und zu sichern.</translation>
    </message>
    <message>
        <source>keys and secrets</source>
        <translation>Schlüssel und Geheimnisse</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>The Backup Management Service&apos;s access policy on %1 lacks get, list or backup on %2.</source>
        <translation>Der Zugriffsrichtlinie des Backup Management Service für %1 fehlt „Abrufen“, „Auflisten“ oder „Sichern“ für %2.</translation>
    </message>
    <message>
        <source>keys or secrets</source>
        <translation>Schlüssel oder Geheimnisse</translation>
    </message>
    <message>
        <source>No access policy of %1 gives the Backup Management Service access.</source>
        <translation>Keine Zugriffsrichtlinie von %1 gibt dem Backup Management Service Zugriff.</translation>
    </message>
    <message>
        <source>The VM agent is ready.</source>
        <translation>Der VM-Agent ist bereit.</translation>
    </message>
    <message>
        <source>The VM is stopped, so its agent cannot report. Backups of a stopped VM still run; start it to check the agent.</source>
        <translation>Die VM ist beendet, daher kann ihr Agent nichts melden. Sicherungen einer beendeten VM laufen trotzdem; starten Sie sie, um den Agent zu prüfen.</translation>
    </message>
    <message>
        <source>No VM agent reports from this VM. Backup needs it to take snapshots.</source>
        <translation>Von dieser VM meldet sich kein VM-Agent. Die Sicherung braucht ihn für Momentaufnahmen.</translation>
    </message>
    <message>
        <source>The VM agent is not ready. Backup needs it to take snapshots.</source>
        <translation>Der VM-Agent ist nicht bereit. Die Sicherung braucht ihn für Momentaufnahmen.</translation>
    </message>
    <message>
        <source>Install or restart the VM agent, then check again.</source>
        <translation>Installieren Sie den VM-Agent oder starten Sie ihn neu, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The VM agent&apos;s status could not be read.</source>
        <translation>Der Status des VM-Agents konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot check: the vaults could not be read (%1).</source>
        <translation>Prüfung nicht möglich: Die Tresore konnten nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Already protected by this vault (%1).</source>
        <translation>Bereits von diesem Tresor geschützt (%1).</translation>
    </message>
    <message>
        <source>Already protected by the vault %1 (%2).</source>
        <translation>Bereits vom Tresor %1 geschützt (%2).</translation>
    </message>
    <message>
        <source>Keep that protection, or stop it there before protecting the VM here.</source>
        <translation>Behalten Sie diesen Schutz, oder beenden Sie ihn dort, bevor Sie die VM hier schützen.</translation>
    </message>
    <message>
        <source>Not protected by any vault of the subscription.</source>
        <translation>Von keinem Tresor des Abonnements geschützt.</translation>
    </message>
    <message>
        <source>The roles of the Backup Management Service on %1 let it read and back up %2 (Azure RBAC).</source>
        <translation>Die Rollen des Backup Management Service für %1 erlauben ihm, %2 zu lesen und zu sichern (Azure RBAC).</translation>
    </message>
    <message>
        <source>%1 uses Azure RBAC and no role of the Backup Management Service there lets it read and back up %2.</source>
        <translation>%1 verwendet Azure RBAC, und keine Rolle des Backup Management Service dort erlaubt ihm, %2 zu lesen und zu sichern.</translation>
    </message>
    <message>
        <source>The BEK secret exists in %1 again, as a new version (%2), but this VM still uses the version that was deleted, so its backups fail. A VM created from restored disks uses the new version.</source>
        <translation>Das BEK-Geheimnis existiert in %1 wieder, als neue Version (%2), aber dieser virtuelle Computer verwendet noch die gelöschte Version, daher schlagen seine Sicherungen fehl. Ein aus wiederhergestellten Datenträgern erstellter virtueller Computer verwendet die neue Version.</translation>
    </message>
    <message>
        <source>Create the VM from the restored disks, or enable disk encryption on this VM again so that it uses a secret that exists.</source>
        <translation>Erstellen Sie den virtuellen Computer aus den wiederhergestellten Datenträgern, oder aktivieren Sie die Datenträgerverschlüsselung auf diesem virtuellen Computer erneut, damit er ein vorhandenes Geheimnis verwendet.</translation>
    </message>
</context>
<context>
    <name>PreflightReportExporter</name>
    <message>
        <source>Backup preflight report</source>
        <translation>Bericht zur Vorabprüfung der Sicherung</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PreflightResultModel</name>
    <message numerus="yes">
        <source>%n check(s) need attention</source>
        <translation>
            <numerusform>%n Prüfung braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Prüfungen brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>VM / check</source>
        <translation>VM / Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
</context>
<context>
    <name>PreflightRunner</name>
    <message numerus="yes">
        <source>Checking %n VM(s)…</source>
        <translation>
            <numerusform>%n VM wird geprüft…</numerusform>
            <numerusform>%n VMs werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the subscription&apos;s VMs…</source>
        <translation>Die VMs des Abonnements werden aufgelistet…</translation>
    </message>
    <message>
        <source>Not available in this cloud.</source>
        <translation>In dieser Cloud nicht verfügbar.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lookup(s) done</source>
        <translation>
            <numerusform>%1 von %n Abfrage erledigt</numerusform>
            <numerusform>%1 von %n Abfragen erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the vault to discover the VMs…</source>
        <translation>Der Tresor wird gebeten, die virtuellen Computer zu ermitteln…</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>&amp;Stop starting new VMs</source>
        <translation>&amp;Keine neuen VMs mehr starten</translation>
    </message>
    <message>
        <source>Enabling backup</source>
        <translation>Sicherung wird aktiviert</translation>
    </message>
    <message>
        <source>Each VM gets the policy and a configure-backup job.</source>
        <translation>Jede VM erhält die Richtlinie und einen Auftrag „Sicherung konfigurieren“.</translation>
    </message>
    <message>
        <source>Progress per VM</source>
        <translation>Fortschritt pro VM</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Retry the failed VMs</source>
        <translation>Die fehlgeschlagenen VMs wiederholen</translation>
    </message>
    <message>
        <source>Stop starting new VMs</source>
        <translation>Keine neuen VMs mehr starten</translation>
    </message>
    <message>
        <source>VMs already in progress finish; the others are not started</source>
        <translation>Bereits laufende VMs werden fertig; die anderen werden nicht gestartet</translation>
    </message>
    <message>
        <source>Troubleshoot</source>
        <translation>Problembehandlung</translation>
    </message>
    <message>
        <source>Troubleshoot %1</source>
        <translation>Problembehandlung für %1</translation>
    </message>
    <message>
        <source>Backup enabled</source>
        <translation>Sicherung aktiviert</translation>
    </message>
    <message numerus="yes">
        <source>Backup is enabled for %n VM(s).</source>
        <translation>
            <numerusform>Die Sicherung ist für %n VM aktiviert.</numerusform>
            <numerusform>Die Sicherung ist für %n VMs aktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup enabled with failures</source>
        <translation>Sicherung mit Fehlern aktiviert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) protected</source>
        <translation>
            <numerusform>%n VM geschützt</numerusform>
            <numerusform>%n VMs geschützt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started because you stopped</source>
        <translation>
            <numerusform>%n nicht gestartet, weil Sie angehalten haben</numerusform>
            <numerusform>%n nicht gestartet, weil Sie angehalten haben</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: run &quot;Backup now&quot; from the vault for a first recovery point, or wait for the policy&apos;s schedule; follow the jobs in the Jobs pane.</source>
        <translation>Als Nächstes: Führen Sie im Tresor „Jetzt sichern“ für einen ersten Wiederherstellungspunkt aus, oder warten Sie auf den Zeitplan der Richtlinie; verfolgen Sie die Aufträge im Bereich „Aufträge“.</translation>
    </message>
    <message>
        <source>Open Troubleshoot next to a failed VM for the fix, then choose Retry failed.</source>
        <translation>Öffnen Sie neben einer fehlgeschlagenen VM „Problembehandlung“ für die Lösung, und wählen Sie dann „Fehlgeschlagene wiederholen“.</translation>
    </message>
    <message>
        <source>Some VMs have no ready VM agent: Next shows how to install it.</source>
        <translation>Einige VMs haben keinen bereiten VM-Agent: „Weiter“ zeigt, wie er installiert wird.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
</context>
<context>
    <name>ProtectedItemModel</name>
    <message>
        <source>Key Vault access missing</source>
        <translation>Key Vault-Zugriff fehlt</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Virtueller Computer</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <source>Last backup time</source>
        <translation>Zeitpunkt der letzten Sicherung</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Achtung</translation>
    </message>
</context>
<context>
    <name>ProtectedItemText</name>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Waiting for first backup</source>
        <translation>Wartet auf die erste Sicherung</translation>
    </message>
    <message>
        <source>Protection stopped</source>
        <translation>Schutz beendet</translation>
    </message>
    <message>
        <source>Protection error</source>
        <translation>Schutzfehler</translation>
    </message>
    <message>
        <source>Protection paused</source>
        <translation>Schutz angehalten</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>Nicht geschützt</translation>
    </message>
    <message>
        <source>Backups suspended</source>
        <translation>Sicherungen ausgesetzt</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>Aktion erforderlich</translation>
    </message>
    <message>
        <source>Action suggested</source>
        <translation>Aktion empfohlen</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Completed with warnings</source>
        <translation>Mit Warnungen abgeschlossen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>ProtectionBatch</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Backup enabled</source>
        <translation>Sicherung aktiviert</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not started (cancelled)</source>
        <translation>Nicht gestartet (abgebrochen)</translation>
    </message>
</context>
<context>
    <name>RecoveryPointModel</name>
    <message>
        <source>Snapshot and vault</source>
        <translation>Momentaufnahme und Tresor</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Momentaufnahme</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Application consistent</source>
        <translation>Anwendungskonsistent</translation>
    </message>
    <message>
        <source>File-system consistent</source>
        <translation>Dateisystemkonsistent</translation>
    </message>
    <message>
        <source>Crash consistent</source>
        <translation>Absturzkonsistent</translation>
    </message>
    <message>
        <source>Taken %1 UTC</source>
        <translation>Erstellt am %1 UTC</translation>
    </message>
    <message>
        <source>Taken before 27 April 2017: no deployment template will be written; the VM is created by REST or script.</source>
        <translation>Vor dem 27. April 2017 erstellt: Es wird keine Bereitstellungsvorlage geschrieben; die VM wird per REST oder Skript erstellt.</translation>
    </message>
    <message>
        <source>Encrypted (ADE)</source>
        <translation>Verschlüsselt (ADE)</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Konsistenz</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
</context>
<context>
    <name>RestCall</name>
    <message>
        <source>The request URL is not a valid http(s) URL.</source>
        <translation>Die Anforderungs-URL ist keine gültige http(s)-URL.</translation>
    </message>
    <message>
        <source>Refusing to send credentials to %1 over unencrypted HTTP. Use an https:// endpoint.</source>
        <translation>Anmeldeinformationen werden nicht über unverschlüsseltes HTTP an %1 gesendet. Verwenden Sie einen https://-Endpunkt.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Die Anforderung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The network layer is gone.</source>
        <translation>Die Netzwerkschicht ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The service sent an answer that could not be read (%1).</source>
        <translation>Der Dienst hat eine Antwort gesendet, die nicht gelesen werden konnte (%1).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Restore messages</source>
        <translation>Meldungen zur Wiederherstellung</translation>
    </message>
    <message>
        <source>Restore steps</source>
        <translation>Schritte der Wiederherstellung</translation>
    </message>
    <message>
        <source>Restore step content</source>
        <translation>Inhalt des Wiederherstellungsschritts</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>1. Recovery point</source>
        <translation>1. Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>2. Restore configuration</source>
        <translation>2. Wiederherstellungskonfiguration</translation>
    </message>
    <message>
        <source>3. Keys and restore</source>
        <translation>3. Schlüssel und Wiederherstellung</translation>
    </message>
    <message>
        <source>4. Create the VM</source>
        <translation>4. VM erstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in vault %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; im Tresor %2 (%3)</translation>
    </message>
    <message>
        <source>Item being restored</source>
        <translation>Wiederherzustellendes Element</translation>
    </message>
    <message>
        <source>The disks are restored. Continue to create the VM from them.</source>
        <translation>Die Datenträger sind wiederhergestellt. Fahren Sie fort, um daraus die VM zu erstellen.</translation>
    </message>
    <message>
        <source>Choose another staging account</source>
        <translation>Anderes Stagingkonto wählen</translation>
    </message>
    <message>
        <source>Troubleshoot</source>
        <translation>Problembehandlung</translation>
    </message>
    <message>
        <source>Restore still running</source>
        <translation>Wiederherstellung läuft noch</translation>
    </message>
    <message>
        <source>The restore job for %1 is still running in Azure. Close this window anyway?

The job goes on and the app keeps following it. Choose Restore for %1 again to come back here and create the VM from the restored disks.</source>
        <translation>Der Wiederherstellungsauftrag für %1 läuft in Azure noch. Dieses Fenster trotzdem schließen?

Der Auftrag läuft weiter, und die App verfolgt ihn. Wählen Sie erneut „Wiederherstellen“ für %1, um hierher zurückzukehren und den virtuellen Computer aus den wiederhergestellten Datenträgern zu erstellen.</translation>
    </message>
</context>
<context>
    <name>RestoreDisksOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Validating the restore with Azure Backup</source>
        <translation>Die Wiederherstellung wird mit Azure Backup validiert</translation>
    </message>
    <message>
        <source>Starting the restore</source>
        <translation>Die Wiederherstellung wird gestartet</translation>
    </message>
    <message>
        <source>The service started the restore but named no job.</source>
        <translation>Der Dienst hat die Wiederherstellung gestartet, aber keinen Auftrag genannt.</translation>
    </message>
    <message>
        <source>Checking whether the restore started</source>
        <translation>Prüfen, ob die Wiederherstellung gestartet wurde</translation>
    </message>
    <message>
        <source>%1 The vault shows no restore job since the request, so no restore was started: start it again.</source>
        <translation>%1 Der Tresor zeigt seit der Anforderung keinen Wiederherstellungsauftrag, es wurde also keine Wiederherstellung gestartet: Starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 Whether a restore started could not be checked (%2): look for a Restore job in the Jobs pane before you start another.</source>
        <translation>%1 Ob eine Wiederherstellung gestartet wurde, konnte nicht geprüft werden (%2): Suchen Sie im Bereich „Aufträge“ nach einem Wiederherstellungsauftrag, bevor Sie eine weitere starten.</translation>
    </message>
</context>
<context>
    <name>RestoreDisksThenCreateVmFix</name>
    <message>
        <source>The disks were restored and the VM %1 was created in %2.</source>
        <translation>Die Datenträger wurden wiederhergestellt, und die VM %1 wurde in %2 erstellt.</translation>
    </message>
    <message>
        <source>The session ended.</source>
        <translation>Die Sitzung wurde beendet.</translation>
    </message>
    <message>
        <source>Reading the recovery point…</source>
        <translation>Der Wiederherstellungspunkt wird gelesen…</translation>
    </message>
    <message>
        <source>Restoring the disks…</source>
        <translation>Die Datenträger werden wiederhergestellt…</translation>
    </message>
    <message>
        <source>Creating the VM %1…</source>
        <translation>Die VM %1 wird erstellt…</translation>
    </message>
</context>
<context>
    <name>RestoreErrorText</name>
    <message>
        <source>The key vault of this VM no longer exists</source>
        <translation>Der Schlüsseltresor dieser VM existiert nicht mehr</translation>
    </message>
    <message>
        <source>The recovery point&apos;s disks are locked with a key and a secret that lived in a key vault that has since been deleted. Pick (or create) a key vault in the same subscription and region, restore the key and secret there from the backup, then restore the disks with them.</source>
        <translation>Die Datenträger des Wiederherstellungspunkts sind mit einem Schlüssel und einem Geheimnis gesperrt, die in einem inzwischen gelöschten Schlüsseltresor lagen. Wählen (oder erstellen) Sie einen Schlüsseltresor im selben Abonnement und in derselben Region, stellen Sie Schlüssel und Geheimnis dort aus der Sicherung wieder her, und stellen Sie dann die Datenträger damit wieder her.</translation>
    </message>
    <message>
        <source>The encryption key or secret of this VM is missing</source>
        <translation>Der Verschlüsselungsschlüssel oder das Geheimnis dieser VM fehlt</translation>
    </message>
    <message>
        <source>The key vault still exists, but the key version or the secret version the recovery point needs was deleted. The backup holds copies of both: use &quot;Restore key and secret&quot; to put them back, then continue.</source>
        <translation>Der Schlüsseltresor existiert noch, aber die Schlüsselversion oder die Geheimnisversion, die der Wiederherstellungspunkt braucht, wurde gelöscht. Die Sicherung enthält Kopien beider: Verwenden Sie „Schlüssel und Geheimnis wiederherstellen“, um sie zurückzulegen, und fahren Sie dann fort.</translation>
    </message>
    <message>
        <source>Azure Backup may not create this VM for you</source>
        <translation>Azure Backup darf diese VM nicht für Sie erstellen</translation>
    </message>
    <message>
        <source>The Backup service is not allowed to create resources in the target. For encrypted VMs, restore the disks instead, then create the VM from them with the template or the script this dialog provides.</source>
        <translation>Der Sicherungsdienst darf im Ziel keine Ressourcen erstellen. Stellen Sie bei verschlüsselten VMs stattdessen die Datenträger wieder her und erstellen Sie daraus die VM mit der Vorlage oder dem Skript, die dieser Dialog bereitstellt.</translation>
    </message>
    <message>
        <source>The staging storage account does not accept account keys</source>
        <translation>Das Stagingspeicherkonto akzeptiert keine Kontoschlüssel</translation>
    </message>
    <message>
        <source>Shared key access is turned off for this account, so the restore files cannot be read with its key (nor with a SAS built from it). Download them with your Microsoft Entra sign-in instead (you need the Storage Blob Data Reader role on the account), or restore again to another staging account.</source>
        <translation>Der Zugriff mit gemeinsam verwendetem Schlüssel ist für dieses Konto ausgeschaltet, daher können die Wiederherstellungsdateien nicht mit seinem Schlüssel (oder einer daraus erstellten SAS) gelesen werden. Laden Sie sie stattdessen mit Ihrer Microsoft Entra-Anmeldung herunter (Sie brauchen die Rolle „Storage-Blobdatenleser“ für das Konto), oder stellen Sie erneut in ein anderes Stagingkonto wieder her.</translation>
    </message>
    <message>
        <source>You may not read blobs in this storage account</source>
        <translation>Sie dürfen in diesem Speicherkonto keine Blobs lesen</translation>
    </message>
    <message>
        <source>Reading blobs with your sign-in needs a data role such as Storage Blob Data Reader on the account; Owner or Contributor alone do not grant it. Ask for the role, or restore again to another staging account.</source>
        <translation>Das Lesen von Blobs mit Ihrer Anmeldung braucht eine Datenrolle wie „Storage-Blobdatenleser“ für das Konto; „Besitzer“ oder „Mitwirkender“ allein gewähren sie nicht. Fordern Sie die Rolle an, oder stellen Sie erneut in ein anderes Stagingkonto wieder her.</translation>
    </message>
    <message>
        <source>The storage account refused the key</source>
        <translation>Das Speicherkonto hat den Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>The signature made with the account key did not match. The key may have been rotated: read the keys again and retry.</source>
        <translation>Die mit dem Kontoschlüssel erstellte Signatur stimmte nicht. Der Schlüssel wurde möglicherweise rotiert: Lesen Sie die Schlüssel erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The service refused the restore settings</source>
        <translation>Der Dienst hat die Wiederherstellungseinstellungen abgelehnt</translation>
    </message>
    <message>
        <source>Check that the staging storage account is in the vault&apos;s region and that the target resource group exists.</source>
        <translation>Prüfen Sie, dass das Stagingspeicherkonto in der Region des Tresors liegt und die Zielressourcengruppe existiert.</translation>
    </message>
    <message>
        <source>The key vault cannot be used for disk encryption</source>
        <translation>Der Schlüsseltresor kann nicht für die Datenträgerverschlüsselung verwendet werden</translation>
    </message>
    <message>
        <source>Turn on access for Azure Disk Encryption on the key vault, then retry.</source>
        <translation>Aktivieren Sie im Schlüsseltresor den Zugriff für Azure Disk Encryption, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The key or secret already exists</source>
        <translation>Der Schlüssel oder das Geheimnis existiert bereits</translation>
    </message>
    <message>
        <source>Key Vault keeps the existing object; the app checks that the version it needs is there.</source>
        <translation>Key Vault behält das vorhandene Objekt; die App prüft, dass die benötigte Version vorhanden ist.</translation>
    </message>
    <message>
        <source>Too many restores today</source>
        <translation>Zu viele Wiederherstellungen heute</translation>
    </message>
    <message>
        <source>This item reached the daily limit of restore operations. Retry tomorrow.</source>
        <translation>Dieses Element hat das Tageslimit für Wiederherstellungsvorgänge erreicht. Versuchen Sie es morgen erneut.</translation>
    </message>
</context>
<context>
    <name>RestoreJobOutputs</name>
    <message>
        <source>OS disk: %1 (resource group %2)</source>
        <translation>Betriebssystemdatenträger: %1 (Ressourcengruppe %2)</translation>
    </message>
    <message>
        <source>Data disks: none</source>
        <translation>Datenträger für Daten: keine</translation>
    </message>
    <message>
        <source>Data disks: %1</source>
        <translation>Datenträger für Daten: %1</translation>
    </message>
    <message>
        <source>Disks: managed disks in resource group %1 (listed in the VM config file)</source>
        <translation>Datenträger: verwaltete Datenträger in der Ressourcengruppe %1 (in der VM-Konfigurationsdatei aufgeführt)</translation>
    </message>
    <message>
        <source>Staging storage account: %1</source>
        <translation>Stagingspeicherkonto: %1</translation>
    </message>
    <message>
        <source>VM config file: %1/%2</source>
        <translation>VM-Konfigurationsdatei: %1/%2</translation>
    </message>
    <message>
        <source>Deployment template: %1</source>
        <translation>Bereitstellungsvorlage: %1</translation>
    </message>
    <message>
        <source>Deployment template: none (recovery point from before 27 April 2017)</source>
        <translation>Bereitstellungsvorlage: keine (Wiederherstellungspunkt vor dem 27. April 2017)</translation>
    </message>
    <message>
        <source>Encryption info file: none</source>
        <translation>Datei mit Verschlüsselungsinformationen: keine</translation>
    </message>
    <message>
        <source>Encryption info file: %1/%2 (holds the key backup: keep it private and delete it when done)</source>
        <translation>Datei mit Verschlüsselungsinformationen: %1/%2 (enthält die Schlüsselsicherung: halten Sie sie vertraulich und löschen Sie sie, wenn Sie fertig sind)</translation>
    </message>
</context>
<context>
    <name>RestoreKeyAndSecretFix</name>
    <message>
        <source>The key and the secret of the recovery point are back in the key vault %1.</source>
        <translation>Schlüssel und Geheimnis des Wiederherstellungspunkts sind wieder im Schlüsseltresor %1.</translation>
    </message>
    <message>
        <source>The session ended.</source>
        <translation>Die Sitzung wurde beendet.</translation>
    </message>
    <message>
        <source>Reading the recovery point…</source>
        <translation>Der Wiederherstellungspunkt wird gelesen…</translation>
    </message>
    <message>
        <source>The recovery point holds no key or secret backup: choose a recovery point of the encrypted VM.</source>
        <translation>Der Wiederherstellungspunkt enthält keine Sicherung von Schlüssel oder Geheimnis: Wählen Sie einen Wiederherstellungspunkt der verschlüsselten VM.</translation>
    </message>
    <message>
        <source>Reading the key vault…</source>
        <translation>Der Schlüsseltresor wird gelesen…</translation>
    </message>
    <message>
        <source>Restoring the key and the secret into %1…</source>
        <translation>Schlüssel und Geheimnis werden in %1 wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>RestoreKeysOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The key vault %1 has no data-plane address.</source>
        <translation>Der Schlüsseltresor %1 hat keine Datenebenenadresse.</translation>
    </message>
    <message>
        <source>The recovery point carries no backup of the key.</source>
        <translation>Der Wiederherstellungspunkt enthält keine Sicherung des Schlüssels.</translation>
    </message>
    <message>
        <source>The recovery point carries no backup of the secret.</source>
        <translation>Der Wiederherstellungspunkt enthält keine Sicherung des Geheimnisses.</translation>
    </message>
    <message>
        <source>Restoring the key encryption key into %1</source>
        <translation>Der Schlüsselverschlüsselungsschlüssel wird in %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Restoring the disk encryption secret into %1</source>
        <translation>Das Geheimnis für die Datenträgerverschlüsselung wird in %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 %2 already exists in %3 without the version the recovery point needs, and Key Vault cannot restore over it. Delete and purge it there, or choose another key vault.</source>
        <translation>%1 %2 existiert bereits in %3 ohne die Version, die der Wiederherstellungspunkt braucht, und Key Vault kann nicht darüber wiederherstellen. Löschen und entfernen Sie es dort endgültig, oder wählen Sie einen anderen Schlüsseltresor.</translation>
    </message>
    <message>
        <source>The key</source>
        <translation>Der Schlüssel</translation>
    </message>
    <message>
        <source>The secret</source>
        <translation>Das Geheimnis</translation>
    </message>
    <message>
        <source>Key and secret are in place</source>
        <translation>Schlüssel und Geheimnis sind vorhanden</translation>
    </message>
    <message>
        <source>Key Vault did not say which version of the secret it created.</source>
        <translation>Key Vault hat nicht mitgeteilt, welche Version des Geheimnisses erstellt wurde.</translation>
    </message>
</context>
<context>
    <name>RestorePointPage</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Recovery points from</source>
        <translation>Wiederherstellungspunkte ab</translation>
    </message>
    <message>
        <source>Recovery points until</source>
        <translation>Wiederherstellungspunkte bis</translation>
    </message>
    <message>
        <source>Show recovery points in this range</source>
        <translation>Wiederherstellungspunkte in diesem Zeitraum anzeigen</translation>
    </message>
    <message>
        <source>Recovery points</source>
        <translation>Wiederherstellungspunkte</translation>
    </message>
    <message>
        <source>Recovery point list status</source>
        <translation>Status der Liste der Wiederherstellungspunkte</translation>
    </message>
    <message>
        <source>Choose the point in time to restore %1 from. Encrypted VMs are restored as disks; the VM is then created from them.</source>
        <translation>Wählen Sie den Zeitpunkt, aus dem %1 wiederhergestellt werden soll. Verschlüsselte VMs werden als Datenträger wiederhergestellt; die VM wird dann daraus erstellt.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Loading recovery points…</source>
        <translation>Wiederherstellungspunkte werden geladen…</translation>
    </message>
    <message>
        <source>The recovery points could not be read.</source>
        <translation>Die Wiederherstellungspunkte konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No recovery points in this range. Widen the range.</source>
        <translation>Keine Wiederherstellungspunkte in diesem Zeitraum. Erweitern Sie den Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n recovery point(s).</source>
        <translation>
            <numerusform>%n Wiederherstellungspunkt.</numerusform>
            <numerusform>%n Wiederherstellungspunkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the recovery point…</source>
        <translation>Der Wiederherstellungspunkt wird gelesen…</translation>
    </message>
</context>
<context>
    <name>RestoreRules</name>
    <message>
        <source>It is in %1; the restore can only stage disks in the vault&apos;s region (%2).</source>
        <translation>Es liegt in %1; die Wiederherstellung kann Datenträger nur in der Region des Tresors (%2) bereitstellen.</translation>
    </message>
    <message>
        <source>It is in another subscription; the restore stages disks in the vault&apos;s subscription only.</source>
        <translation>Es liegt in einem anderen Abonnement; die Wiederherstellung stellt Datenträger nur im Abonnement des Tresors bereit.</translation>
    </message>
    <message>
        <source>Accounts of kind %1 cannot hold restored disks; use a general-purpose account.</source>
        <translation>Konten der Art %1 können keine wiederhergestellten Datenträger aufnehmen; verwenden Sie ein universelles Konto.</translation>
    </message>
    <message>
        <source>Accounts with a hierarchical namespace (Data Lake) cannot be used for a restore.</source>
        <translation>Konten mit hierarchischem Namespace (Data Lake) können nicht für eine Wiederherstellung verwendet werden.</translation>
    </message>
    <message>
        <source>%1 is in another subscription. Key Vault restores backups only into a vault of the same subscription.</source>
        <translation>%1 liegt in einem anderen Abonnement. Key Vault stellt Sicherungen nur in einem Tresor desselben Abonnements wieder her.</translation>
    </message>
    <message>
        <source>%1 is in %2 (%3). Key Vault restores backups only within the geography they came from (%4).</source>
        <translation>%1 liegt in %2 (%3). Key Vault stellt Sicherungen nur innerhalb der Geografie wieder her, aus der sie stammen (%4).</translation>
    </message>
    <message>
        <source>%1 is not enabled for Azure Disk Encryption, so the restored VM could not read its key. Turn on &quot;Azure Disk Encryption for volume encryption&quot; in its access configuration first.</source>
        <translation>%1 ist nicht für Azure Disk Encryption aktiviert, daher könnte die wiederhergestellte VM ihren Schlüssel nicht lesen. Schalten Sie zuerst „Azure Disk Encryption für Volumeverschlüsselung“ in seiner Zugriffskonfiguration ein.</translation>
    </message>
</context>
<context>
    <name>RestoreRunPage</name>
    <message>
        <source>Restore &amp;key and secret</source>
        <translation>Sc&amp;hlüssel und Geheimnis wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Validate and restore disks</source>
        <translation>&amp;Validieren und Datenträger wiederherstellen</translation>
    </message>
    <message>
        <source>Key and secret status</source>
        <translation>Status von Schlüssel und Geheimnis</translation>
    </message>
    <message>
        <source>Key vault to restore the key and secret into</source>
        <translation>Schlüsseltresor, in dem Schlüssel und Geheimnis wiederhergestellt werden</translation>
    </message>
    <message>
        <source>About the key vault choice</source>
        <translation>Zur Wahl des Schlüsseltresors</translation>
    </message>
    <message>
        <source>Restore key and secret from the backup</source>
        <translation>Schlüssel und Geheimnis aus der Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Validate and restore disks</source>
        <translation>Validieren und Datenträger wiederherstellen</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Fortschritt der Wiederherstellung</translation>
    </message>
    <message>
        <source>Restore job status</source>
        <translation>Status des Wiederherstellungsauftrags</translation>
    </message>
    <message>
        <source>What the restore produced</source>
        <translation>Was die Wiederherstellung erzeugt hat</translation>
    </message>
    <message>
        <source>The restored disks and files appear here.</source>
        <translation>Die wiederhergestellten Datenträger und Dateien erscheinen hier.</translation>
    </message>
    <message>
        <source>Key vault, key and secret</source>
        <translation>Schlüsseltresor, Schlüssel und Geheimnis</translation>
    </message>
    <message>
        <source>Restore disks</source>
        <translation>Datenträger wiederherstellen</translation>
    </message>
    <message>
        <source>This recovery point is not encrypted; no key is needed.</source>
        <translation>Dieser Wiederherstellungspunkt ist nicht verschlüsselt; es wird kein Schlüssel gebraucht.</translation>
    </message>
    <message>
        <source>Checking that the key vault, key and secret still exist…</source>
        <translation>Es wird geprüft, ob Schlüsseltresor, Schlüssel und Geheimnis noch existieren…</translation>
    </message>
    <message>
        <source>The key vault could not be checked.</source>
        <translation>Der Schlüsseltresor konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The key vault %1 exists, but %2 the recovery point needs %3 missing. Restore them from the backup before restoring the disks.</source>
        <translation>Der Schlüsseltresor %1 existiert, aber %2, die der Wiederherstellungspunkt braucht, %3. Stellen Sie sie aus der Sicherung wieder her, bevor Sie die Datenträger wiederherstellen.</translation>
    </message>
    <message>
        <source>the key and the secret</source>
        <translation>der Schlüssel und das Geheimnis</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>der Schlüssel</translation>
    </message>
    <message>
        <source>the secret</source>
        <translation>das Geheimnis</translation>
    </message>
    <message>
        <source>are</source>
        <translation>fehlen</translation>
    </message>
    <message>
        <source>is</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>The key vault %1 holds the key and the secret this recovery point needs.</source>
        <translation>Der Schlüsseltresor %1 enthält den Schlüssel und das Geheimnis, die dieser Wiederherstellungspunkt braucht.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not offered:
%1</source>
        <translation>Nicht angeboten:
%1</translation>
    </message>
    <message>
        <source>The key and secret are restored in %1.</source>
        <translation>Schlüssel und Geheimnis sind in %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Validation passed. Starting the restore…</source>
        <translation>Validierung bestanden. Die Wiederherstellung wird gestartet…</translation>
    </message>
    <message>
        <source>The restore did not succeed.</source>
        <translation>Die Wiederherstellung war nicht erfolgreich.</translation>
    </message>
    <message>
        <source>The restore job %1 completed.</source>
        <translation>Der Wiederherstellungsauftrag %1 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Create key &amp;vault</source>
        <translation>Schlüssel&amp;tresor erstellen</translation>
    </message>
    <message>
        <source>Name of a new key vault</source>
        <translation>Name eines neuen Schlüsseltresors</translation>
    </message>
    <message>
        <source>Create the key vault</source>
        <translation>Schlüsseltresor erstellen</translation>
    </message>
    <message>
        <source>About the new key vault</source>
        <translation>Über den neuen Schlüsseltresor</translation>
    </message>
    <message>
        <source>Or create one, &amp;named:</source>
        <translation>Oder einen erstellen, mit dem &amp;Namen:</translation>
    </message>
    <message>
        <source>The key vault this VM used no longer exists, so the restored disks could not be unlocked. Choose another key vault in the same subscription and region, or create one here; the key and secret are then restored into it from the backup.</source>
        <translation>Der Schlüsseltresor, den diese VM verwendet hat, existiert nicht mehr, daher konnten die wiederhergestellten Datenträger nicht entsperrt werden. Wählen Sie einen anderen Schlüsseltresor im selben Abonnement und in derselben Region, oder erstellen Sie hier einen; Schlüssel und Geheimnis werden dann aus der Sicherung darin wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 is in %2; Azure Disk Encryption needs the key vault in the VM&apos;s region, %3.</source>
        <translation>%1 befindet sich in %2; Azure Disk Encryption braucht den Schlüsseltresor in der Region der VM, %3.</translation>
    </message>
    <message>
        <source>The new key vault goes into resource group %1 in %2 (the region of the restore), enabled for disk encryption, with an access policy for you.</source>
        <translation>Der neue Schlüsseltresor wird in der Ressourcengruppe %1 in %2 (der Region der Wiederherstellung) erstellt, für die Datenträgerverschlüsselung aktiviert und mit einer Zugriffsrichtlinie für Sie versehen.</translation>
    </message>
    <message>
        <source>%1 was created and is chosen. Restore the key and secret into it next.</source>
        <translation>%1 wurde erstellt und ist ausgewählt. Stellen Sie als Nächstes Schlüssel und Geheimnis darin wieder her.</translation>
    </message>
    <message>
        <source>The key vault %1 was created.</source>
        <translation>Der Schlüsseltresor %1 wurde erstellt.</translation>
    </message>
    <message>
        <source>&amp;Yes, restore them</source>
        <translation>&amp;Ja, wiederherstellen</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>N&amp;ein</translation>
    </message>
    <message>
        <source>Confirm restoring the key and secret</source>
        <translation>Wiederherstellen von Schlüssel und Geheimnis bestätigen</translation>
    </message>
    <message>
        <source>What restoring writes</source>
        <translation>Was die Wiederherstellung schreibt</translation>
    </message>
    <message>
        <source>Restore the key and secret</source>
        <translation>Schlüssel und Geheimnis wiederherstellen</translation>
    </message>
    <message>
        <source>Do not restore the key and secret</source>
        <translation>Schlüssel und Geheimnis nicht wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a key vault…</source>
        <translation>Key Vault wählen…</translation>
    </message>
    <message>
        <source>Restore %1 saved with the recovery point into the key vault %2? Nothing that exists there is overwritten; a secret stored again gets a new version.</source>
        <translation>%1, gespeichert mit dem Wiederherstellungspunkt, im Key Vault %2 wiederherstellen? Nichts Vorhandenes wird überschrieben; ein erneut gespeichertes Geheimnis erhält eine neue Version.</translation>
    </message>
</context>
<context>
    <name>RestoreScript</name>
    <message>
        <source># Creates %1 from the restored disks, then gives it its Azure Disk Encryption settings.</source>
        <translation># Erstellt %1 aus den wiederhergestellten Datenträgern und versieht die VM dann mit ihren Azure Disk Encryption-Einstellungen.</translation>
    </message>
    <message>
        <source># The restore does not bring back the Azure Disk Encryption extension: turn it on again once the VM runs.
</source>
        <translation># Die Wiederherstellung bringt die Azure Disk Encryption-Erweiterung nicht zurück: Aktivieren Sie sie erneut, sobald die VM läuft.
</translation>
    </message>
    <message>
        <source>Next: turn Azure Disk Encryption back on. The restored disks are still encrypted and the VM reads its keys from the key vault, but the restore does not bring back the Azure Disk Encryption extension, so new data disks and key rotations are not handled until it runs again. Once the VM is running, re-enable it with the same key vault%1:

Az PowerShell:
%2

az CLI:
%3</source>
        <translation>Als Nächstes: Aktivieren Sie Azure Disk Encryption wieder. Die wiederhergestellten Datenträger sind weiterhin verschlüsselt, und die VM liest ihre Schlüssel aus dem Schlüsseltresor, aber die Wiederherstellung bringt die Azure Disk Encryption-Erweiterung nicht zurück, daher werden neue Datenträger für Daten und Schlüsselrotationen erst verarbeitet, wenn sie wieder läuft. Sobald die VM läuft, aktivieren Sie die Erweiterung erneut mit demselben Schlüsseltresor%1:

Az PowerShell:
%2

az CLI:
%3</translation>
    </message>
    <message>
        <source> and key encryption key</source>
        <translation> und demselben Schlüsselverschlüsselungsschlüssel</translation>
    </message>
</context>
<context>
    <name>RestoreSettingsPage</name>
    <message>
        <source>Restore type</source>
        <translation>Wiederherstellungstyp</translation>
    </message>
    <message>
        <source>Target resource group</source>
        <translation>Zielressourcengruppe</translation>
    </message>
    <message>
        <source>Staging storage account</source>
        <translation>Stagingspeicherkonto</translation>
    </message>
    <message>
        <source>About restore types</source>
        <translation>Zu den Wiederherstellungstypen</translation>
    </message>
    <message>
        <source>Storage accounts that cannot be used</source>
        <translation>Speicherkonten, die nicht verwendet werden können</translation>
    </message>
    <message>
        <source>Restore disks</source>
        <translation>Datenträger wiederherstellen</translation>
    </message>
    <message>
        <source>Create a new virtual machine</source>
        <translation>Einen neuen virtuellen Computer erstellen</translation>
    </message>
    <message>
        <source>Replace the existing disks</source>
        <translation>Die vorhandenen Datenträger ersetzen</translation>
    </message>
    <message>
        <source>For VMs encrypted with Azure Disk Encryption, Azure Backup restores the disks only. Creating or replacing a VM directly is not supported for them: the VM must be built from the restored disks with their key and secret, which the next steps do.</source>
        <translation>Bei VMs, die mit Azure Disk Encryption verschlüsselt sind, stellt Azure Backup nur die Datenträger wieder her. Eine VM direkt zu erstellen oder zu ersetzen wird für sie nicht unterstützt: Die VM muss aus den wiederhergestellten Datenträgern mit ihrem Schlüssel und Geheimnis erstellt werden, was die nächsten Schritte tun.</translation>
    </message>
    <message>
        <source>Restore &amp;type</source>
        <translation>Wiederherstellungs&amp;typ</translation>
    </message>
    <message>
        <source>Target &amp;resource group</source>
        <translation>Ziel&amp;ressourcengruppe</translation>
    </message>
    <message>
        <source>&amp;Staging storage account</source>
        <translation>Stagingspeicher&amp;konto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) – cannot be used</source>
        <translation>%1 (%2) – nicht verwendbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 does not accept account keys: the restore works, but its files must then be read with your Microsoft Entra sign-in (Storage Blob Data Reader role).</source>
        <translation>%1 akzeptiert keine Kontoschlüssel: Die Wiederherstellung funktioniert, aber ihre Dateien müssen dann mit Ihrer Microsoft Entra-Anmeldung gelesen werden (Rolle „Storage-Blobdatenleser“).</translation>
    </message>
    <message>
        <source>Not usable:
%1</source>
        <translation>Nicht verwendbar:
%1</translation>
    </message>
</context>
<context>
    <name>RestoredVmConfig</name>
    <message>
        <source>The file is not a JSON object (%1).</source>
        <translation>Die Datei ist kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source># Creates %1 from the restored disks, with its Azure Disk Encryption settings.</source>
        <translation># Erstellt %1 aus den wiederhergestellten Datenträgern, mit den Azure Disk Encryption-Einstellungen.</translation>
    </message>
</context>
<context>
    <name>ScriptedRunGuard</name>
    <message>
        <source>no answer from the sign-in authority or Azure Resource Manager</source>
        <translation>keine Antwort von der Anmeldestelle oder von Azure Resource Manager</translation>
    </message>
    <message numerus="yes">
        <source>not signed in with the vault list read within %n second(s) (%1). Check the network and AZURE_AUTHORITY_HOST, or allow longer with --ready-timeout.</source>
        <translation>
            <numerusform>innerhalb von %n Sekunde nicht angemeldet oder die Tresorliste nicht gelesen (%1). Prüfen Sie das Netzwerk und AZURE_AUTHORITY_HOST, oder erlauben Sie mit --ready-timeout mehr Zeit.</numerusform>
            <numerusform>innerhalb von %n Sekunden nicht angemeldet oder die Tresorliste nicht gelesen (%1). Prüfen Sie das Netzwerk und AZURE_AUTHORITY_HOST, oder erlauben Sie mit --ready-timeout mehr Zeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>the sign-in ended without an account</source>
        <translation>die Anmeldung endete ohne Konto</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Your saved sign-in could not be restored: %1</source>
        <translation>Ihre gespeicherte Anmeldung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be read from the system keychain (%1). Sign in again.</source>
        <translation>Ihre gespeicherte Anmeldung konnte nicht aus dem Systemschlüsselbund gelesen werden (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your saved sign-in has expired or was revoked. Sign in again.</source>
        <translation>Ihre gespeicherte Anmeldung ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Could not restore your sign-in: %1</source>
        <translation>Ihre Anmeldung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The sandbox is not running.</source>
        <translation>Die Sandbox läuft nicht.</translation>
    </message>
    <message>
        <source>Could not sign in to the sandbox</source>
        <translation>Anmeldung bei der Sandbox nicht möglich</translation>
    </message>
    <message>
        <source>Browser sign-in failed</source>
        <translation>Anmeldung im Browser fehlgeschlagen</translation>
    </message>
    <message>
        <source>Device code sign-in failed</source>
        <translation>Anmeldung mit Gerätecode fehlgeschlagen</translation>
    </message>
    <message>
        <source>Enter the tenant, the client id and the client secret.</source>
        <translation>Geben Sie Mandant, Client-ID und geheimen Clientschlüssel ein.</translation>
    </message>
    <message>
        <source>The service principal could not sign in</source>
        <translation>Der Dienstprinzipal konnte sich nicht anmelden</translation>
    </message>
    <message>
        <source>The sign-in service did not return a refresh token.</source>
        <translation>Der Anmeldedienst hat kein Aktualisierungstoken geliefert.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>You are signed in for this session only: the sign-in cannot be remembered because the system keychain is not available (%1).</source>
        <translation>Sie sind nur für diese Sitzung angemeldet: Die Anmeldung kann nicht gespeichert werden, weil der Systemschlüsselbund nicht verfügbar ist (%1).</translation>
    </message>
    <message>
        <source>The cloud &apos;%1&apos; is not available.</source>
        <translation>Die Cloud „%1“ ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked (%1). Sign in again to continue; nothing you were doing is lost.</source>
        <translation>Ihre Anmeldung ist abgelaufen oder wurde widerrufen (%1). Melden Sie sich erneut an, um fortzufahren; nichts von Ihrer Arbeit geht verloren.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Refuse VMs encrypted with a BEK only (the &amp;2017 rule)</source>
        <translation>Nur mit BEK verschlüsselte VMs ablehnen (Regel von &amp;2017)</translation>
    </message>
    <message>
        <source>Back them up as Azure does &amp;today</source>
        <translation>So sichern, wie Azure es &amp;heute tut</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Custom endpoints file</source>
        <translation>Datei mit benutzerdefinierten Endpunkten</translation>
    </message>
    <message>
        <source>Cloud definitions (*.json)</source>
        <translation>Clouddefinitionen (*.json)</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Set every preference back to its default? Your sign-in and subscription choice stay.</source>
        <translation>Alle Einstellungen auf ihre Standardwerte zurücksetzen? Ihre Anmeldung und Ihre Abonnementauswahl bleiben erhalten.</translation>
    </message>
    <message>
        <source>Sandbox (emulated Azure on this computer)</source>
        <translation>Sandbox (emuliertes Azure auf diesem Computer)</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>Azure China (21Vianet)</source>
        <translation>Azure China (21Vianet)</translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <source>The cloud the app connects to when it starts without --cloud or --cloud-file.</source>
        <translation>Die Cloud, mit der sich die App verbindet, wenn sie ohne --cloud oder --cloud-file startet.</translation>
    </message>
    <message>
        <source>The cloud&apos;s endpoints, as JSON</source>
        <translation>Die Endpunkte der Cloud als JSON</translation>
    </message>
    <message>
        <source>Browse for the endpoints file</source>
        <translation>Nach der Endpunktdatei suchen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Preselected where the app asks for a subscription, such as a new vault.</source>
        <translation>Vorausgewählt, wo die App nach einem Abonnement fragt, etwa bei einem neuen Tresor.</translation>
    </message>
    <message>
        <source>The Backup service of 2017 did not back up VMs whose disks were encrypted without a key encryption key.</source>
        <translation>Der Sicherungsdienst von 2017 hat keine VMs gesichert, deren Datenträger ohne Schlüsselverschlüsselungsschlüssel verschlüsselt waren.</translation>
    </message>
    <message>
        <source>Today&apos;s Backup service protects VMs encrypted with a BEK only.</source>
        <translation>Der heutige Sicherungsdienst schützt VMs, die nur mit einem BEK verschlüsselt sind.</translation>
    </message>
    <message>
        <source>How many VMs are enabled or checked at the same time. Fewer is gentler on Azure&apos;s request limits.</source>
        <translation>Wie viele VMs gleichzeitig aktiviert oder geprüft werden. Weniger schont die Anforderungslimits von Azure.</translation>
    </message>
    <message>
        <source>Debug (everything)</source>
        <translation>Debug (alles)</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Secrets are removed from the log at every level.</source>
        <translation>Geheimnisse werden auf jeder Ebene aus dem Protokoll entfernt.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The cloud and the language change the next time the app starts.</source>
        <translation>Cloud und Sprache ändern sich beim nächsten Start der App.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>Endpoints &amp;file:</source>
        <translation>&amp;Endpunktdatei:</translation>
    </message>
    <message>
        <source>Default &amp;subscription:</source>
        <translation>S&amp;tandardabonnement:</translation>
    </message>
    <message>
        <source>VMs encrypted with a BEK only</source>
        <translation>Nur mit BEK verschlüsselte VMs</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Parallel operations:</source>
        <translation>&amp;Parallele Vorgänge:</translation>
    </message>
    <message>
        <source>&amp;Log level:</source>
        <translation>Protoko&amp;llebene:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>Standard&amp;werte wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the endpoints file of the custom cloud.</source>
        <translation>Wählen Sie die Endpunktdatei der benutzerdefinierten Cloud.</translation>
    </message>
    <message>
        <source>The endpoints file cannot be used: %1</source>
        <translation>Die Endpunktdatei kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>SettingsFileCheck</name>
    <message>
        <source>The settings file %1 cannot be read or written, so default settings are used and nothing you change is kept. Check that the file and its folder belong to you, then start the app again.</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen oder geschrieben werden, daher werden Standardeinstellungen verwendet, und keine Ihrer Änderungen wird gespeichert. Prüfen Sie, ob die Datei und ihr Ordner Ihnen gehören, und starten Sie die App dann erneut.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged, so default settings are used where it could not be read. It will be written anew; you may have to sign in and choose your subscriptions again.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt, daher werden Standardeinstellungen verwendet, wo sie nicht gelesen werden konnte. Sie wird neu geschrieben; möglicherweise müssen Sie sich erneut anmelden und Ihre Abonnements neu auswählen.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged, so default settings are used where it could not be read. A copy of the damaged file is kept as %2; the file itself will be written anew. You may have to sign in and choose your subscriptions again.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt, daher werden Standardeinstellungen verwendet, wo sie nicht gelesen werden konnte. Eine Kopie der beschädigten Datei wird als %2 aufbewahrt; die Datei selbst wird neu geschrieben. Möglicherweise müssen Sie sich erneut anmelden und Ihre Abonnements neu auswählen.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Custom endpoints file</source>
        <translation>Datei mit benutzerdefinierten Endpunkten</translation>
    </message>
    <message>
        <source>Cloud definitions (*.json)</source>
        <translation>Clouddefinitionen (*.json)</translation>
    </message>
    <message>
        <source>Sign-in not remembered</source>
        <translation>Anmeldung nicht gespeichert</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>Azure China (21Vianet)</source>
        <translation>Azure China (21Vianet)</translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <source>Custom endpoints file…</source>
        <translation>Datei mit benutzerdefinierten Endpunkten…</translation>
    </message>
    <message>
        <source>Choose how to sign in</source>
        <translation>Wählen Sie, wie Sie sich anmelden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Encrypted VM Backup&lt;/b&gt;&lt;br&gt;Back up and restore Azure virtual machines encrypted with Azure Disk Encryption.</source>
        <translation>&lt;b&gt;Willkommen bei Encrypted VM Backup&lt;/b&gt;&lt;br&gt;Sichern und Wiederherstellen virtueller Azure-Computer, die mit Azure Disk Encryption verschlüsselt sind.</translation>
    </message>
    <message>
        <source>Try it without an account</source>
        <translation>Ohne Konto ausprobieren</translation>
    </message>
    <message>
        <source>The sandbox is an emulated Azure on this computer with demo vaults, key vaults and encrypted VMs. Nothing leaves your machine.</source>
        <translation>Die Sandbox ist ein emuliertes Azure auf diesem Computer mit Demo-Tresoren, Schlüsseltresoren und verschlüsselten VMs. Nichts verlässt Ihren Computer.</translation>
    </message>
    <message>
        <source>&amp;Try the sandbox</source>
        <translation>Sandbox &amp;ausprobieren</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Explore everything offline in an emulated Azure, no account needed.</source>
        <translation>Alles offline in einem emulierten Azure erkunden, kein Konto nötig.</translation>
    </message>
    <message>
        <source>Sign in to Azure</source>
        <translation>Bei Azure anmelden</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>organizations (any work or school account)</source>
        <translation>organizations (beliebiges Geschäfts-, Schul- oder Unikonto)</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud:</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Sign in with a &amp;browser</source>
        <translation>Mit &amp;Browser anmelden</translation>
    </message>
    <message>
        <source>Sign in with a browser</source>
        <translation>Mit einem Browser anmelden</translation>
    </message>
    <message>
        <source>Use a &amp;device code</source>
        <translation>&amp;Gerätecode verwenden</translation>
    </message>
    <message>
        <source>Sign in with a device code</source>
        <translation>Mit einem Gerätecode anmelden</translation>
    </message>
    <message>
        <source>For machines without a browser: enter a code on another device.</source>
        <translation>Für Computer ohne Browser: Geben Sie einen Code auf einem anderen Gerät ein.</translation>
    </message>
    <message>
        <source>&amp;Service principal…</source>
        <translation>&amp;Dienstprinzipal…</translation>
    </message>
    <message>
        <source>Sign in as a service principal</source>
        <translation>Als Dienstprinzipal anmelden</translation>
    </message>
    <message>
        <source>An app registration with a client secret, for automation accounts.</source>
        <translation>Eine App-Registrierung mit geheimem Clientschlüssel, für Automatisierungskonten.</translation>
    </message>
    <message>
        <source>Signing in to the sandbox…</source>
        <translation>Anmeldung bei der Sandbox…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab…</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Gerätecode</translation>
    </message>
    <message>
        <source>Open this address on any device and enter the code:</source>
        <translation>Öffnen Sie diese Adresse auf einem beliebigen Gerät und geben Sie den Code ein:</translation>
    </message>
    <message>
        <source>Verification address</source>
        <translation>Bestätigungsadresse</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>Einzugebender Code</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Den Code kopieren</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the device code sign-in</source>
        <translation>Die Anmeldung mit Gerätecode abbrechen</translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation>Dienstprinzipal</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>C&amp;lient id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>&amp;Geheimer Clientschlüssel:</translation>
    </message>
    <message>
        <source>Cl&amp;oud:</source>
        <translation>C&amp;loud:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in as the service principal</source>
        <translation>Als Dienstprinzipal anmelden</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the choices</source>
        <translation>Zurück zur Auswahl</translation>
    </message>
    <message>
        <source>Signing in as the service principal…</source>
        <translation>Anmeldung als Dienstprinzipal…</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Die Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot</source>
        <translation>&amp;Problembehandlung</translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation>Der Code läuft in %1:%2 ab.</translation>
    </message>
</context>
<context>
    <name>StorageReplicationController</name>
    <message numerus="yes">
        <source>Storage replication cannot change because %1 already protects %n item(s). Azure Backup lets you choose it only before the first item is protected; to use other storage, back up to a new vault.</source>
        <translation>
            <numerusform>Die Speicherreplikation kann nicht geändert werden, weil %1 bereits %n Element schützt. Azure Backup lässt sie nur wählen, bevor das erste Element geschützt wird; um anderen Speicher zu verwenden, sichern Sie in einen neuen Tresor.</numerusform>
            <numerusform>Die Speicherreplikation kann nicht geändert werden, weil %1 bereits %n Elemente schützt. Azure Backup lässt sie nur wählen, bevor das erste Element geschützt wird; um anderen Speicher zu verwenden, sichern Sie in einen neuen Tresor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Storage replication of %1 is locked: the vault has held backup data. Azure Backup lets you choose it only before the first item is protected.</source>
        <translation>Die Speicherreplikation von %1 ist gesperrt: Der Tresor hat bereits Sicherungsdaten enthalten. Azure Backup lässt sie nur wählen, bevor das erste Element geschützt wird.</translation>
    </message>
    <message>
        <source>The storage replication of %1 could not be read: %2</source>
        <translation>Die Speicherreplikation von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The backup items of %1 could not be counted: %2</source>
        <translation>Die Sicherungselemente von %1 konnten nicht gezählt werden: %2</translation>
    </message>
    <message>
        <source>Cross-region restore needs geo-redundant (GRS) storage.</source>
        <translation>Regionsübergreifende Wiederherstellung braucht georedundanten Speicher (GRS).</translation>
    </message>
    <message>
        <source>Azure Backup refused to change the storage replication of %1 because the vault already protects items (%2). Storage replication can be chosen only before the first item is protected; use a new vault for other storage.</source>
        <translation>Azure Backup hat die Änderung der Speicherreplikation von %1 abgelehnt, weil der Tresor bereits Elemente schützt (%2). Die Speicherreplikation kann nur gewählt werden, bevor das erste Element geschützt wird; verwenden Sie für anderen Speicher einen neuen Tresor.</translation>
    </message>
    <message>
        <source>The storage replication of %1 could not be changed: %2</source>
        <translation>Die Speicherreplikation von %1 konnte nicht geändert werden: %2</translation>
    </message>
</context>
<context>
    <name>StorageReplicationDialog</name>
    <message>
        <source>&amp;Geo-redundant (GRS): copies in a paired region</source>
        <translation>&amp;Georedundant (GRS): Kopien in einer Partnerregion</translation>
    </message>
    <message>
        <source>&amp;Locally redundant (LRS): copies in one datacenter</source>
        <translation>&amp;Lokal redundant (LRS): Kopien in einem Rechenzentrum</translation>
    </message>
    <message>
        <source>&amp;Zone-redundant (ZRS): copies across availability zones</source>
        <translation>&amp;Zonenredundant (ZRS): Kopien über Verfügbarkeitszonen hinweg</translation>
    </message>
    <message>
        <source>Allow cross-&amp;region restore (GRS only)</source>
        <translation>Regionsübergreifende &amp;Wiederherstellung zulassen (nur GRS)</translation>
    </message>
    <message>
        <source>Storage replication of %1</source>
        <translation>Speicherreplikation von %1</translation>
    </message>
    <message>
        <source>Why storage replication cannot change</source>
        <translation>Warum die Speicherreplikation nicht geändert werden kann</translation>
    </message>
    <message>
        <source>Backup storage</source>
        <translation>Sicherungsspeicher</translation>
    </message>
    <message>
        <source>Choose before protecting the first item: Azure Backup does not change it afterwards.</source>
        <translation>Wählen Sie vor dem Schutz des ersten Elements: Azure Backup ändert sie danach nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Storage replication saved.</source>
        <translation>Speicherreplikation gespeichert.</translation>
    </message>
</context>
<context>
    <name>SubscriptionPickerDialog</name>
    <message>
        <source>Select subscriptions</source>
        <translation>Abonnements auswählen</translation>
    </message>
    <message>
        <source>Filter subscriptions</source>
        <translation>Abonnements filtern</translation>
    </message>
    <message>
        <source>Filter by name or id</source>
        <translation>Nach Name oder ID filtern</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Tenants and subscriptions</source>
        <translation>Mandanten und Abonnements</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Apply the selection</source>
        <translation>Die Auswahl übernehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SubscriptionPickerModel</name>
    <message>
        <source>All subscriptions</source>
        <translation>Alle Abonnements</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Check what will be changed, then enable backup.</source>
        <translation>Prüfen Sie, was geändert wird, und aktivieren Sie dann die Sicherung.</translation>
    </message>
    <message>
        <source>&amp;Enable backup</source>
        <translation>Sicherung &amp;aktivieren</translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation>Zusammenfassung der Änderungen</translation>
    </message>
    <message>
        <source>Enabling backup assigns the policy to each VM and starts a configure-backup job per VM. The first backup runs at the policy&apos;s next scheduled time, or when you choose Backup now.</source>
        <translation>Beim Aktivieren der Sicherung wird jeder VM die Richtlinie zugewiesen und pro VM ein Auftrag „Sicherung konfigurieren“ gestartet. Die erste Sicherung läuft zum nächsten geplanten Zeitpunkt der Richtlinie oder wenn Sie „Jetzt sichern“ wählen.</translation>
    </message>
</context>
<context>
    <name>TokenRequestJob</name>
    <message>
        <source>The network layer is gone.</source>
        <translation>Die Netzwerkschicht ist nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>TokenResult</name>
    <message>
        <source>The sign-in service sent an answer without a usable access token.</source>
        <translation>Der Anmeldedienst hat eine Antwort ohne verwendbares Zugriffstoken gesendet.</translation>
    </message>
</context>
<context>
    <name>TriggerBackupOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The service accepted the backup but did not name its job. Look for it in the Jobs pane.</source>
        <translation>Der Dienst hat die Sicherung angenommen, aber ihren Auftrag nicht genannt. Suchen Sie ihn im Bereich „Aufträge“.</translation>
    </message>
</context>
<context>
    <name>TroubleshootingDialog</name>
    <message>
        <source>Troubleshooting</source>
        <translation>Problembehandlung</translation>
    </message>
    <message>
        <source>Search errors</source>
        <translation>Fehler durchsuchen</translation>
    </message>
    <message>
        <source>Search by error code, message or words…</source>
        <translation>Nach Fehlercode, Meldung oder Wörtern suchen…</translation>
    </message>
    <message>
        <source>Known errors</source>
        <translation>Bekannte Fehler</translation>
    </message>
    <message>
        <source>Error title</source>
        <translation>Fehlertitel</translation>
    </message>
    <message>
        <source>Operation and error codes</source>
        <translation>Vorgang und Fehlercodes</translation>
    </message>
    <message>
        <source>Explanation and steps</source>
        <translation>Erklärung und Schritte</translation>
    </message>
    <message>
        <source>What failed</source>
        <translation>Was fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Failing resource</source>
        <translation>Fehlerhafte Ressource</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>About the fix</source>
        <translation>Zur Korrektur</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Runs the preflight checks again for the VM</source>
        <translation>Führt die Vorabprüfungen für die VM erneut aus</translation>
    </message>
    <message>
        <source>Confirm the fix</source>
        <translation>Korrektur bestätigen</translation>
    </message>
    <message>
        <source>What the fix changes</source>
        <translation>Was die Korrektur ändert</translation>
    </message>
    <message>
        <source>&amp;Yes, do it</source>
        <translation>&amp;Ja, ausführen</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Do not run the fix</source>
        <translation>Die Korrektur nicht ausführen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation>Kein Eintrag ausgewählt</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Vorgang: %1</translation>
    </message>
    <message>
        <source>Operation: %1 — error codes: %2</source>
        <translation>Vorgang: %1 — Fehlercodes: %2</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was es bedeutet</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Wie es behoben wird</translation>
    </message>
    <message>
        <source>VM:</source>
        <translation>VM:</translation>
    </message>
    <message>
        <source>Key vault:</source>
        <translation>Schlüsseltresor:</translation>
    </message>
    <message>
        <source>Recovery Services vault:</source>
        <translation>Recovery Services-Tresor:</translation>
    </message>
    <message>
        <source>Open this page from the failing VM or job to run the fix here.</source>
        <translation>Öffnen Sie diese Seite von der fehlerhaften VM oder dem fehlgeschlagenen Auftrag aus, um die Korrektur hier auszuführen.</translation>
    </message>
    <message>
        <source>This fix is done from another screen of the app.</source>
        <translation>Diese Korrektur erfolgt in einer anderen Ansicht der App.</translation>
    </message>
    <message>
        <source>Running the fix…</source>
        <translation>Die Korrektur wird ausgeführt…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Use &quot;Check again&quot; to confirm.</source>
        <translation>Verwenden Sie „Erneut prüfen“ zur Bestätigung.</translation>
    </message>
    <message>
        <source>Reading the VM…</source>
        <translation>Die VM wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) pass.</source>
        <translation>
            <numerusform>Die %n Prüfung ist bestanden.</numerusform>
            <numerusform>Alle %n Prüfungen sind bestanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) still need attention:</source>
        <translation>
            <numerusform>%n Prüfung braucht noch Aufmerksamkeit:</numerusform>
            <numerusform>%n Prüfungen brauchen noch Aufmerksamkeit:</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Restore &amp;into key vault:</source>
        <translation>Wiederherstellen &amp;in Schlüsseltresor:</translation>
    </message>
    <message>
        <source>Key vault to restore the key and secret into</source>
        <translation>Schlüsseltresor, in dem Schlüssel und Geheimnis wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Choose a key vault…</source>
        <translation>Schlüsseltresor auswählen…</translation>
    </message>
    <message>
        <source>Listing key vaults…</source>
        <translation>Schlüsseltresore werden aufgelistet…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n key vault(s) left out: other region or not enabled for disk encryption.</source>
        <translation>
            <numerusform>%n Schlüsseltresor ausgelassen: andere Region oder nicht für die Datenträgerverschlüsselung aktiviert.</numerusform>
            <numerusform>%n Schlüsseltresore ausgelassen: andere Region oder nicht für die Datenträgerverschlüsselung aktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No key vault can take them: create one in the VM&apos;s region, enabled for disk encryption, then open this page again.</source>
        <translation>Kein Schlüsseltresor kann sie aufnehmen: Erstellen Sie einen in der Region der VM, für die Datenträgerverschlüsselung aktiviert, und öffnen Sie diese Seite dann erneut.</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>No known error matches &quot;%1&quot;. Try the error code, an HTTP status such as 403, or a few words of the message.</source>
        <translation>Kein bekannter Fehler passt zu „%1“. Versuchen Sie den Fehlercode, einen HTTP-Status wie 403 oder ein paar Wörter der Meldung.</translation>
    </message>
    <message>
        <source>The guide opens in your web browser: %1 If no browser opened, copy the address with &quot;Copy details&quot;.</source>
        <translation>Die Anleitung öffnet sich im Webbrowser: %1 Falls sich kein Browser geöffnet hat, kopieren Sie die Adresse mit „Details kopieren“.</translation>
    </message>
</context>
<context>
    <name>VaultBrowserController</name>
    <message>
        <source>Subscription %1 (%2):</source>
        <translation>Abonnement %1 (%2):</translation>
    </message>
    <message numerus="yes">
        <source>The vaults of %n subscription(s) could not be listed: %1. The vaults of the other subscriptions are shown. %2</source>
        <translation>
            <numerusform>Die Tresore von %n Abonnement konnten nicht aufgelistet werden: %1. Die Tresore der anderen Abonnements werden angezeigt. %2</numerusform>
            <numerusform>Die Tresore von %n Abonnements konnten nicht aufgelistet werden: %1. Die Tresore der anderen Abonnements werden angezeigt. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The vaults could not be listed: %1</source>
        <translation>Die Tresore konnten nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>VaultDashboardController</name>
    <message>
        <source>backup items</source>
        <translation>Sicherungselemente</translation>
    </message>
    <message>
        <source>recent jobs</source>
        <translation>letzte Aufträge</translation>
    </message>
    <message>
        <source>storage replication</source>
        <translation>Speicherreplikation</translation>
    </message>
    <message>
        <source>Key Vault access check</source>
        <translation>Prüfung des Key Vault-Zugriffs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Part of the dashboard could not be loaded. %1</source>
        <translation>Ein Teil des Dashboards konnte nicht geladen werden. %1</translation>
    </message>
</context>
<context>
    <name>VaultDashboardWidget</name>
    <message>
        <source>Geo-redundant (GRS)</source>
        <translation>Georedundant (GRS)</translation>
    </message>
    <message>
        <source>Locally redundant (LRS)</source>
        <translation>Lokal redundant (LRS)</translation>
    </message>
    <message>
        <source>Zone-redundant (ZRS)</source>
        <translation>Zonenredundant (ZRS)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Select a vault to see its backup items, jobs and storage.</source>
        <translation>Wählen Sie einen Tresor, um seine Sicherungselemente, Aufträge und seinen Speicher zu sehen.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Storage replication</source>
        <translation>Speicherreplikation</translation>
    </message>
    <message>
        <source>Change storage replication</source>
        <translation>Speicherreplikation ändern</translation>
    </message>
    <message>
        <source>Backup items</source>
        <translation>Sicherungselemente</translation>
    </message>
    <message>
        <source>Recent jobs</source>
        <translation>Letzte Aufträge</translation>
    </message>
    <message>
        <source>Jobs shown</source>
        <translation>Angezeigte Aufträge</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Recent &amp;jobs</source>
        <translation>Letzte Aufträ&amp;ge</translation>
    </message>
    <message>
        <source>Resource group %1 · Region %2</source>
        <translation>Ressourcengruppe %1 · Region %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n backup item(s)</source>
        <translation>
            <numerusform>%n Sicherungselement</numerusform>
            <numerusform>%n Sicherungselemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Storage replication: …</source>
        <translation>Speicherreplikation: …</translation>
    </message>
    <message>
        <source>Storage replication: %1</source>
        <translation>Speicherreplikation: %1</translation>
    </message>
    <message>
        <source>, cross-region restore on</source>
        <translation>, regionsübergreifende Wiederherstellung ein</translation>
    </message>
    <message>
        <source>, cross-region restore off</source>
        <translation>, regionsübergreifende Wiederherstellung aus</translation>
    </message>
    <message>
        <source>locked: the vault protects items</source>
        <translation>gesperrt: Der Tresor schützt Elemente</translation>
    </message>
    <message numerus="yes">
        <source>Backups of %n protected VM(s) fail or will fail: the Backup Management Service lacks permissions on the key vault (typical for VMs encrypted after backup was enabled): %1.</source>
        <translation>
            <numerusform>Sicherungen von %n geschützten VM schlagen fehl oder werden fehlschlagen: Dem Backup Management Service fehlen Berechtigungen für den Schlüsseltresor (typisch für VMs, die nach dem Aktivieren der Sicherung verschlüsselt wurden): %1.</numerusform>
            <numerusform>Sicherungen von %n geschützten VMs schlagen fehl oder werden fehlschlagen: Dem Backup Management Service fehlen Berechtigungen für den Schlüsseltresor (typisch für VMs, die nach dem Aktivieren der Sicherung verschlüsselt wurden): %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix &amp;Key Vault access…</source>
        <translation>&amp;Key Vault-Zugriff korrigieren…</translation>
    </message>
    <message>
        <source>Chang&amp;e…</source>
        <translation>Ände&amp;rn…</translation>
    </message>
    <message>
        <source>&amp;Backup items (Azure virtual machines)</source>
        <translation>S&amp;icherungselemente (virtuelle Azure-Computer)</translation>
    </message>
</context>
<context>
    <name>VaultListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
</context>
<context>
    <name>VaultListPane</name>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Neuer Tresor…</translation>
    </message>
    <message>
        <source>Filter by name, resource group, region or subscription</source>
        <translation>Nach Name, Ressourcengruppe, Region oder Abonnement filtern</translation>
    </message>
    <message>
        <source>Filter vaults</source>
        <translation>Tresore filtern</translation>
    </message>
    <message>
        <source>Vaults</source>
        <translation>Tresore</translation>
    </message>
    <message>
        <source>Vault list status</source>
        <translation>Status der Tresorliste</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>Neuer Tresor</translation>
    </message>
    <message numerus="yes">
        <source>%n vault(s)</source>
        <translation>
            <numerusform>%n Tresor</numerusform>
            <numerusform>%n Tresore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n vault(s)</source>
        <translation>
            <numerusform>%1 von %n Tresor</numerusform>
            <numerusform>%1 von %n Tresoren</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading vaults… %1</source>
        <translation>Tresore werden geladen… %1</translation>
    </message>
    <message>
        <source>Recovery &amp;Services vaults</source>
        <translation>Re&amp;covery Services-Tresore</translation>
    </message>
    <message>
        <source>No subscription is chosen, so no vaults are listed. Choose subscriptions with File &gt; Subscriptions….</source>
        <translation>Es ist kein Abonnement gewählt, daher werden keine Tresore aufgeführt. Wählen Sie Abonnements mit Datei &gt; Abonnements….</translation>
    </message>
</context>
<context>
    <name>VirtualMachine</name>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>BEK only</source>
        <translation>Nur BEK</translation>
    </message>
    <message>
        <source>BEK and KEK</source>
        <translation>BEK und KEK</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>VmCandidate</name>
    <message>
        <source>Classic (Service Manager) VMs cannot be backed up as encrypted VMs; only Resource Manager VMs can.</source>
        <translation>Klassische VMs (Service Manager) können nicht als verschlüsselte VMs gesichert werden; das geht nur mit Resource Manager-VMs.</translation>
    </message>
    <message>
        <source>Encrypted with a BitLocker/DM-Crypt key (BEK) only. Azure Backup needs the BEK to be wrapped by a key encryption key (KEK).</source>
        <translation>Nur mit einem BitLocker/DM-Crypt-Schlüssel (BEK) verschlüsselt. Azure Backup braucht einen BEK, der von einem Schlüsselverschlüsselungsschlüssel (KEK) umschlossen ist.</translation>
    </message>
    <message>
        <source>Already backed up in vault %1.</source>
        <translation>Bereits im Tresor %1 gesichert.</translation>
    </message>
    <message>
        <source>The vault&apos;s discovery did not report this VM. Refresh the list, or check that the VM is running and in the vault&apos;s region.</source>
        <translation>Die Ermittlung des Tresors hat diese VM nicht gemeldet. Aktualisieren Sie die Liste, oder prüfen Sie, dass die VM läuft und in der Region des Tresors liegt.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>BEK only</source>
        <translation>Nur BEK</translation>
    </message>
    <message>
        <source>BEK + KEK</source>
        <translation>BEK + KEK</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Klassisch</translation>
    </message>
    <message>
        <source>Resource Manager</source>
        <translation>Resource Manager</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Nicht installiert</translation>
    </message>
</context>
<context>
    <name>VmSelectionModel</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Protected in %1</source>
        <translation>Geschützt in %1</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>Nicht geschützt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Key vault</source>
        <translation>Schlüsseltresor</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>VM agent</source>
        <translation>VM-Agent</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
</context>
<context>
    <name>VmSelectionPage</name>
    <message>
        <source>Select &amp;all visible</source>
        <translation>&amp;Alle sichtbaren auswählen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Virtuelle Computer</translation>
    </message>
    <message>
        <source>Choose the VMs to back up with this policy. Only VMs in the vault&apos;s region (%1) are listed.</source>
        <translation>Wählen Sie die VMs, die mit dieser Richtlinie gesichert werden. Nur VMs in der Region des Tresors (%1) werden aufgeführt.</translation>
    </message>
    <message>
        <source>Loading virtual machines</source>
        <translation>Virtuelle Computer werden geladen</translation>
    </message>
    <message>
        <source>Filter virtual machines</source>
        <translation>Virtuelle Computer filtern</translation>
    </message>
    <message>
        <source>Filter by name, resource group or key vault</source>
        <translation>Nach Name, Ressourcengruppe oder Schlüsseltresor filtern</translation>
    </message>
    <message>
        <source>Select all visible</source>
        <translation>Alle sichtbaren auswählen</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Die Liste aktualisieren</translation>
    </message>
    <message>
        <source>Why the VM cannot be selected</source>
        <translation>Warum die VM nicht ausgewählt werden kann</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) in %1.</source>
        <translation>
            <numerusform>%n VM in %1.</numerusform>
            <numerusform>%n VMs in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The VM list is incomplete: %1</source>
        <translation>Die VM-Liste ist unvollständig: %1</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) selected.</source>
        <translation>
            <numerusform>%n VM ausgewählt.</numerusform>
            <numerusform>%n VMs ausgewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One policy can protect at most %1 VMs, and %2 already protects %n item(s). Split the VMs over more policies.</source>
        <translation>
            <numerusform>Eine Richtlinie kann höchstens %1 VMs schützen, und %2 schützt bereits %n Element. Verteilen Sie die VMs auf mehrere Richtlinien.</numerusform>
            <numerusform>Eine Richtlinie kann höchstens %1 VMs schützen, und %2 schützt bereits %n Elemente. Verteilen Sie die VMs auf mehrere Richtlinien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
</TS>
