<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Account</name>
    <message>
        <source>Service principal %1</source>
        <translation>サービス プリンシパル %1</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (サンドボックス)</translation>
    </message>
</context>
<context>
    <name>AccountTokenProvider</name>
    <message>
        <source>You are signed out.</source>
        <translation>サインアウトしています。</translation>
    </message>
    <message>
        <source>Sign in again to continue: %1</source>
        <translation>続行するには、もう一度サインインしてください: %1</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
</context>
<context>
    <name>AgentPage</name>
    <message>
        <source>VM agent</source>
        <translation>VM エージェント</translation>
    </message>
    <message>
        <source>Backups run through the Azure VM agent inside each VM. Until it is installed and ready, scheduled backups of these VMs fail.</source>
        <translation>バックアップは各 VM 内の Azure VM エージェントを通じて実行されます。エージェントがインストールされて準備完了になるまで、これらの VM のスケジュールされたバックアップは失敗します。</translation>
    </message>
    <message>
        <source>VM agent guidance</source>
        <translation>VM エージェントのガイダンス</translation>
    </message>
    <message>
        <source>Install the Azure Linux agent from your distribution&apos;s package repository (the package is usually &lt;i&gt;walinuxagent&lt;/i&gt;, on some distributions &lt;i&gt;WALinuxAgent&lt;/i&gt;), enable its service, and check that it reports &lt;i&gt;Ready&lt;/i&gt; in the VM&apos;s status. Distribution packages are preferred over installing from GitHub, because they receive the distribution&apos;s updates.</source>
        <translation>ディストリビューションのパッケージ リポジトリから Azure Linux エージェントをインストールし (パッケージ名は通常 &lt;i&gt;walinuxagent&lt;/i&gt;、一部のディストリビューションでは &lt;i&gt;WALinuxAgent&lt;/i&gt;)、そのサービスを有効にして、VM の状態で &lt;i&gt;Ready&lt;/i&gt; と報告されることを確認してください。ディストリビューションの更新を受け取れるため、GitHub からのインストールよりディストリビューションのパッケージをお勧めします。</translation>
    </message>
    <message>
        <source>Download and run the Windows VM agent installer (MSI) inside the VM with administrator rights, then check that the &lt;i&gt;WindowsAzureGuestAgent&lt;/i&gt; service is running and the VM&apos;s status shows the agent as &lt;i&gt;Ready&lt;/i&gt;.</source>
        <translation>Windows VM エージェントのインストーラー (MSI) をダウンロードして VM 内で管理者権限で実行し、&lt;i&gt;WindowsAzureGuestAgent&lt;/i&gt; サービスが実行中で、VM の状態でエージェントが &lt;i&gt;Ready&lt;/i&gt; と表示されることを確認してください。</translation>
    </message>
    <message>
        <source>no VM agent installed</source>
        <translation>VM エージェントがインストールされていません</translation>
    </message>
    <message>
        <source>VM agent not ready</source>
        <translation>VM エージェントの準備ができていません</translation>
    </message>
    <message>
        <source>Documentation:</source>
        <translation>ドキュメント:</translation>
    </message>
    <message>
        <source>Windows VM agent</source>
        <translation>Windows VM エージェント</translation>
    </message>
    <message>
        <source>Linux VM agent</source>
        <translation>Linux VM エージェント</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Back up and restore Azure VMs encrypted with Azure Disk Encryption.</source>
        <translation>Azure Disk Encryption で暗号化された Azure VM をバックアップおよび復元します。</translation>
    </message>
    <message>
        <source>Use real Azure: AzureCloud, AzureChinaCloud or AzureUSGovernment.</source>
        <translation>実際の Azure を使用します: AzureCloud、AzureChinaCloud、または AzureUSGovernment。</translation>
    </message>
    <message>
        <source>Use the cloud described by this endpoints file.</source>
        <translation>このエンドポイント ファイルで記述されたクラウドを使用します。</translation>
    </message>
    <message>
        <source>World file for the embedded sandbox.</source>
        <translation>組み込みサンドボックスのワールド ファイル。</translation>
    </message>
    <message>
        <source>Make sandbox jobs run faster (0.1: ten times).</source>
        <translation>サンドボックスのジョブを速く実行します (0.1: 10 倍速)。</translation>
    </message>
    <message>
        <source>Log every HTTP exchange (secrets redacted).</source>
        <translation>すべての HTTP のやり取りをログに記録します (シークレットは伏せ字)。</translation>
    </message>
    <message>
        <source>Quit as soon as the vault list is shown (for benchmarks).</source>
        <translation>コンテナーの一覧が表示されたらすぐに終了します (ベンチマーク用)。</translation>
    </message>
    <message>
        <source>Language of the user interface (en, de, ja).</source>
        <translation>ユーザー インターフェイスの言語 (en、de、ja)。</translation>
    </message>
    <message>
        <source>Give either --cloud or --cloud-file, not both.</source>
        <translation>--cloud と --cloud-file のどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>--sandbox-time-scale needs a positive number, got &apos;%1&apos;.</source>
        <translation>--sandbox-time-scale には正の数が必要ですが、&apos;%1&apos; が指定されました。</translation>
    </message>
    <message>
        <source>Use an evb-sandbox already running at this address instead of starting the built-in one.</source>
        <translation>組み込みのサンドボックスを起動する代わりに、このアドレスで既に実行中の evb-sandbox を使用します。</translation>
    </message>
    <message>
        <source>Enable backup for these VMs (comma-separated names or resource ids) once signed in; needs --vault and --policy.</source>
        <translation>サインイン後、これらの VM (コンマ区切りの名前またはリソース ID) のバックアップを有効にします。--vault と --policy が必要です。</translation>
    </message>
    <message>
        <source>Backup policy for --enable-backup-for.</source>
        <translation>--enable-backup-for のバックアップ ポリシー。</translation>
    </message>
    <message>
        <source>How many VMs --enable-backup-for sends at once.</source>
        <translation>--enable-backup-for が一度に送信する VM の数。</translation>
    </message>
    <message>
        <source>What to do with bulk runs a crash left unfinished: ask (the default), continue, discard or later.</source>
        <translation>クラッシュによって未完了のまま残った一括実行の扱い: ask (既定)、continue、discard、または later。</translation>
    </message>
    <message>
        <source>--sandbox-url cannot be combined with --cloud or --cloud-file.</source>
        <translation>--sandbox-url は --cloud または --cloud-file と組み合わせることはできません。</translation>
    </message>
    <message>
        <source>--enable-backup-for needs --vault and --policy.</source>
        <translation>--enable-backup-for には --vault と --policy が必要です。</translation>
    </message>
    <message>
        <source>--max-in-flight needs a whole number from 1, got &apos;%1&apos;.</source>
        <translation>--max-in-flight には 1 以上の整数が必要ですが、&apos;%1&apos; が指定されました。</translation>
    </message>
    <message>
        <source>--resume-interrupted takes ask, continue, discard or later, not &apos;%1&apos;.</source>
        <translation>--resume-interrupted には ask、continue、discard、later のいずれかを指定します (&apos;%1&apos; は指定できません)。</translation>
    </message>
    <message>
        <source>With no saved sign-in, sign in to the sandbox&apos;s demo user without the sign-in dialog.</source>
        <translation>保存されたサインインがない場合、サインイン ダイアログを表示せずにサンドボックスのデモ ユーザーとしてサインインします。</translation>
    </message>
    <message>
        <source>--sandbox-sign-in works only with the sandbox, not with a cloud.</source>
        <translation>--sandbox-sign-in はサンドボックスでのみ使用でき、クラウドでは使用できません。</translation>
    </message>
    <message>
        <source>Start backup now for these protected VMs (comma-separated names) once signed in; needs --vault.</source>
        <translation>サインイン後、これらの保護された VM (コンマ区切りの名前) に対して今すぐバックアップを開始します。--vault が必要です。</translation>
    </message>
    <message>
        <source>Keep the recovery points of --backup-now-for until this day (yyyy-MM-dd, UTC); 30 days from today by default.</source>
        <translation>--backup-now-for の復旧ポイントをこの日 (yyyy-MM-dd、UTC) まで保持します。既定値は今日から 30 日後です。</translation>
    </message>
    <message>
        <source>Grant the Backup service the access it lacks on the key vaults of these encrypted VMs (comma-separated names).</source>
        <translation>これらの暗号化された VM (コンマ区切りの名前) のキー コンテナーに対して、バックアップ サービスに不足しているアクセス権を付与します。</translation>
    </message>
    <message>
        <source>Recovery Services vault for --enable-backup-for and --backup-now-for.</source>
        <translation>--enable-backup-for と --backup-now-for の Recovery Services コンテナー。</translation>
    </message>
    <message>
        <source>Quit once the scripted runs (--enable-backup-for, --backup-now-for, --grant-key-vault-access-for, --resume-interrupted) have finished; the exit status is 1 when an item failed.</source>
        <translation>スクリプトによる実行 (--enable-backup-for、--backup-now-for、--grant-key-vault-access-for、--resume-interrupted) が完了したら終了します。失敗した項目がある場合、終了コードは 1 になります。</translation>
    </message>
    <message>
        <source>--backup-now-for needs --vault.</source>
        <translation>--backup-now-for には --vault が必要です。</translation>
    </message>
    <message>
        <source>--retain-until needs a date as yyyy-MM-dd, got &apos;%1&apos;.</source>
        <translation>--retain-until には yyyy-MM-dd 形式の日付が必要ですが、&apos;%1&apos; が指定されました。</translation>
    </message>
    <message>
        <source>Scripted runs and --exit-when-ready: fail when not signed in with the vault list read within this many seconds.</source>
        <translation>スクリプト実行と --exit-when-ready: この秒数以内にサインインしてコンテナー一覧を読み込めなかった場合は失敗として終了します。</translation>
    </message>
    <message>
        <source>--ready-timeout needs a whole number of seconds from 1, got &apos;%1&apos;.</source>
        <translation>--ready-timeout には 1 以上の整数 (秒) が必要です。指定値: &apos;%1&apos;。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start:
%1

Start the app with --cloud AzureCloud to use real Azure instead.</source>
        <translation>組み込みサンドボックスを開始できませんでした:
%1

代わりに実際の Azure を使用するには、--cloud AzureCloud を付けてアプリを起動してください。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>No sandbox answers at %1: %2</source>
        <translation>%1 で応答するサンドボックスがありません: %2</translation>
    </message>
    <message>
        <source>not a sandbox</source>
        <translation>サンドボックスではありません</translation>
    </message>
    <message>
        <source>not signed in. Set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET, or sign in once without a script.</source>
        <translation>サインインしていません。AZURE_TENANT_ID、AZURE_CLIENT_ID、AZURE_CLIENT_SECRET を設定するか、スクリプトなしで一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>ArmCallOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
</context>
<context>
    <name>AzureError</name>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation>サービスが HTTP 状態 %1 を返しました。</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>The request failed (%1).</source>
        <translation>要求が失敗しました (%1)。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Inner code</source>
        <translation>内部コード</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状態</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>要求 ID</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>相関 ID</translation>
    </message>
    <message>
        <source>Client request id</source>
        <translation>クライアント要求 ID</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
</context>
<context>
    <name>AzureNames</name>
    <message>
        <source>A vault name must be 2 to 50 characters long, start with a letter and contain only letters, numbers and hyphens.</source>
        <translation>コンテナー名は 2 から 50 文字で、英字で始まり、英字、数字、ハイフンのみを含む必要があります。</translation>
    </message>
    <message>
        <source>A policy name must be 3 to 150 characters long, start with a letter and contain only letters, numbers, hyphens and underscores.</source>
        <translation>ポリシー名は 3 から 150 文字で、英字で始まり、英字、数字、ハイフン、アンダースコアのみを含む必要があります。</translation>
    </message>
    <message>
        <source>A resource group name must be 1 to 90 characters long, contain only letters, numbers, underscores, hyphens, periods and parentheses, and not end with a period.</source>
        <translation>リソース グループ名は 1 から 90 文字で、英字、数字、アンダースコア、ハイフン、ピリオド、かっこのみを含み、ピリオドで終わらない必要があります。</translation>
    </message>
    <message>
        <source>A Windows VM name must be 1 to 15 characters long, without spaces, periods or special characters such as _ @ # or /, must not be only digits, and must not end with a hyphen.</source>
        <translation>Windows VM の名前は 1 から 15 文字で、スペース、ピリオド、_ @ # / などの特殊文字を含まず、数字のみでなく、ハイフンで終わらない必要があります。</translation>
    </message>
    <message>
        <source>A Linux VM name must be 1 to 64 characters long, without spaces or special characters such as _ @ # or /, must not be only digits, and must not end with a period or a hyphen.</source>
        <translation>Linux VM の名前は 1 から 64 文字で、スペースや _ @ # / などの特殊文字を含まず、数字のみでなく、ピリオドやハイフンで終わらない必要があります。</translation>
    </message>
    <message>
        <source>A VM name must be 1 to 64 characters long, without spaces or special characters such as _ @ # or /, must not be only digits, and must not end with a period or a hyphen.</source>
        <translation>VM の名前は 1 から 64 文字で、スペースや _ @ # / などの特殊文字を含まず、数字のみでなく、ピリオドやハイフンで終わらない必要があります。</translation>
    </message>
    <message>
        <source>A storage account name must be 3 to 24 characters long and contain only lowercase letters and numbers.</source>
        <translation>ストレージ アカウント名は 3 から 24 文字で、英小文字と数字のみを含む必要があります。</translation>
    </message>
    <message>
        <source>A key vault name must be 3 to 24 characters long, contain only letters, numbers and hyphens, start with a letter, end with a letter or a number, and have no two hyphens in a row.</source>
        <translation>キー コンテナー名は 3 から 24 文字で、英字、数字、ハイフンのみを含み、英字で始まり、英字または数字で終わり、ハイフンが連続しない必要があります。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <source>Spaces are not allowed.</source>
        <translation>スペースは使用できません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed.</source>
        <translation>「%1」は使用できません。</translation>
    </message>
    <message numerus="yes">
        <source>The name is %n character(s) long.</source>
        <translation>
            <numerusform>名前は %n 文字です。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a letter.</source>
        <translation>「%1」は英字で始まっていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with a hyphen.</source>
        <translation>「%1」はハイフンで終わっています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two hyphens in a row.</source>
        <translation>「%1」にはハイフンが連続しています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with a period.</source>
        <translation>「%1」はピリオドで終わっています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has only digits.</source>
        <translation>「%1」は数字のみです。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with &quot;%2&quot;.</source>
        <translation>「%1」は「%2」で終わっています。</translation>
    </message>
    <message>
        <source>A virtual network name must be 2 to 64 characters long, contain only letters, numbers, underscores, periods and hyphens, start with a letter or a number, and end with a letter, a number or an underscore.</source>
        <translation>仮想ネットワーク名は 2 ～ 64 文字で、英字、数字、アンダースコア、ピリオド、ハイフンのみを使用し、英字または数字で始まり、英字、数字、アンダースコアのいずれかで終わる必要があります。</translation>
    </message>
    <message>
        <source>A subnet name must be 1 to 80 characters long, contain only letters, numbers, underscores, periods and hyphens, start with a letter or a number, and end with a letter, a number or an underscore.</source>
        <translation>サブネット名は 1 ～ 80 文字で、英字、数字、アンダースコア、ピリオド、ハイフンのみを使用し、英字または数字で始まり、英字、数字、アンダースコアのいずれかで終わる必要があります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a letter or a number.</source>
        <translation>「%1」は英字または数字で始まっていません。</translation>
    </message>
</context>
<context>
    <name>BackupJobModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>BackupNowController</name>
    <message>
        <source>Choose the date until which the recovery point is kept.</source>
        <translation>復旧ポイントを保持する期限の日付を選択してください。</translation>
    </message>
    <message>
        <source>The recovery point must be kept at least until tomorrow (%1, UTC).</source>
        <translation>復旧ポイントは少なくとも明日 (%1、UTC) まで保持する必要があります。</translation>
    </message>
    <message>
        <source>Azure Backup keeps a recovery point at most 99 years: choose %1 or earlier.</source>
        <translation>Azure Backup が復旧ポイントを保持できるのは最大 99 年です: %1 以前を選択してください。</translation>
    </message>
    <message>
        <source>Daily limit reached: Azure Backup allows 3 on-demand backups of a VM per day (UTC). Try again tomorrow; the scheduled backup still runs.</source>
        <translation>1 日の上限に達しました: Azure Backup で許可されるオンデマンド バックアップは VM あたり 1 日 (UTC) 3 回です。明日もう一度お試しください。スケジュールされたバックアップは引き続き実行されます。</translation>
    </message>
    <message>
        <source>Attempt limit reached: at most 9 on-demand backup attempts per VM are accepted in 24 hours (UTC). Try again after midnight UTC.</source>
        <translation>試行回数の上限に達しました: オンデマンド バックアップの試行は VM あたり 24 時間 (UTC) で最大 9 回まで受け付けられます。UTC の午前 0 時以降にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Another backup of this VM is running. Wait for it, or cancel it in the Jobs pane, then try again.</source>
        <translation>この VM の別のバックアップが実行中です。完了を待つか、[ジョブ] ウィンドウでキャンセルしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Requesting backup</source>
        <translation>バックアップを要求中</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>バックアップ中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>The backup job failed.</source>
        <translation>バックアップ ジョブが失敗しました。</translation>
    </message>
    <message>
        <source>%1 The vault shows no backup job for this VM since the request, so none was started: try again.</source>
        <translation>%1 要求以降、この VM のバックアップ ジョブはコンテナーにないため、バックアップは開始されていません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 Whether the service started a backup could not be checked (%2): look for one in the Jobs pane before you try again.</source>
        <translation>%1 サービスがバックアップを開始したかどうかを確認できませんでした (%2)。もう一度試す前に、[ジョブ] ウィンドウでバックアップを探してください。</translation>
    </message>
</context>
<context>
    <name>BackupNowDialog</name>
    <message>
        <source>Back up now</source>
        <translation>今すぐバックアップ</translation>
    </message>
    <message numerus="yes">
        <source>Start an on-demand backup of %n virtual machine(s) in vault %1. Azure Backup accepts 3 on-demand backups per VM per day (UTC).</source>
        <translation>
            <numerusform>コンテナー %1 の %n 台の仮想マシンのオンデマンド バックアップを開始します。Azure Backup が受け付けるオンデマンド バックアップは VM あたり 1 日 (UTC) 3 回です。</numerusform>
        </translation>
    </message>
    <message>
        <source>About this backup</source>
        <translation>このバックアップについて</translation>
    </message>
    <message>
        <source>Retain backup until</source>
        <translation>バックアップの保持期限</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>保持ルール</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>バックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Try the selected VM again</source>
        <translation>選択した VM を再試行します</translation>
    </message>
    <message>
        <source>Sends one new backup request; it counts against the VM&apos;s daily limit</source>
        <translation>新しいバックアップ要求を 1 件送信します。VM の 1 日の上限に数えられます</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&amp;Retain backup until:</source>
        <translation>バックアップの保持期限(&amp;R):</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 backup(s) completed.</source>
        <translation>
            <numerusform>%1 件中 %n 件のバックアップが完了しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Between %1 and %2 (UTC). The portal&apos;s default is 30 days.</source>
        <translation>%1 から %2 まで (UTC)。ポータルの既定値は 30 日です。</translation>
    </message>
    <message>
        <source>Backing up (%1 %)</source>
        <translation>バックアップ中 (%1 %)</translation>
    </message>
    <message>
        <source>Job started</source>
        <translation>ジョブ開始</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot</source>
        <translation>トラブルシューティング(&amp;S)</translation>
    </message>
</context>
<context>
    <name>BackupNowReconciler</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
</context>
<context>
    <name>BackupPolicy</name>
    <message>
        <source>Hourly backups need an Enhanced policy.</source>
        <translation>時間単位のバックアップには拡張ポリシーが必要です。</translation>
    </message>
    <message>
        <source>Backups start on the hour or the half hour.</source>
        <translation>バックアップは正時または 30 分に開始されます。</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>曜日を 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>Back up every 4, 6, 8, 12 or 24 hours.</source>
        <translation>4、6、8、12、または 24 時間ごとにバックアップします。</translation>
    </message>
    <message>
        <source>The backup window lasts from one interval up to 24 hours.</source>
        <translation>バックアップ ウィンドウの長さは 1 間隔から最大 24 時間です。</translation>
    </message>
    <message>
        <source>Weekly Standard policies keep snapshots for exactly 5 days.</source>
        <translation>週単位の標準ポリシーでは、スナップショットはちょうど 5 日間保持されます。</translation>
    </message>
    <message numerus="yes">
        <source>Keep snapshots for 1 to %n day(s) with this schedule.</source>
        <translation>
            <numerusform>このスケジュールでは、スナップショットを 1 ～ %n 日間保持します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep daily backups for 7 to 9999 days.</source>
        <translation>日単位のバックアップを 7 ～ 9999 日間保持します。</translation>
    </message>
    <message>
        <source>A weekly schedule needs weekly retention.</source>
        <translation>週単位のスケジュールには週単位の保持が必要です。</translation>
    </message>
    <message>
        <source>Keep weekly backups for up to 5163 weeks.</source>
        <translation>週単位のバックアップを最大 5163 週間保持します。</translation>
    </message>
    <message>
        <source>Keep monthly backups for up to 1188 months.</source>
        <translation>月単位のバックアップを最大 1188 か月保持します。</translation>
    </message>
    <message>
        <source>Keep yearly backups for up to 99 years.</source>
        <translation>年単位のバックアップを最大 99 年間保持します。</translation>
    </message>
    <message>
        <source>Snapshots cannot be kept longer than the daily backups.</source>
        <translation>スナップショットを日単位のバックアップより長く保持することはできません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone Azure Backup knows. Choose one from the list, for example &quot;UTC&quot; or &quot;W. Europe Standard Time&quot;.</source>
        <translation>「%1」は Azure Backup が認識するタイム ゾーンではありません。一覧から選んでください (例: &quot;UTC&quot;、&quot;Tokyo Standard Time&quot;)。</translation>
    </message>
</context>
<context>
    <name>BackupRoleDefinitionOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Looking for the Azure Backup key vault role</source>
        <translation>Azure Backup のキー コンテナー ロールを検索しています</translation>
    </message>
    <message>
        <source>A role named &quot;%1&quot; already exists in your directory with other permissions, so the app does not use it. Ask its owner to give it exactly the five Key Vault data actions Azure Backup needs, or assign the role with the commands shown.</source>
        <translation>ディレクトリには「%1」という名前のロールが別のアクセス許可で既に存在するため、アプリはこのロールを使用しません。ロールの所有者に、Azure Backup に必要な 5 つの Key Vault データ アクションだけをロールに設定するよう依頼するか、表示されているコマンドでロールを割り当ててください。</translation>
    </message>
    <message>
        <source>Creating the Azure Backup key vault role</source>
        <translation>Azure Backup のキー コンテナー ロールを作成しています</translation>
    </message>
    <message>
        <source>Making the Azure Backup key vault role assignable here</source>
        <translation>Azure Backup のキー コンテナー ロールをここで割り当て可能にしています</translation>
    </message>
    <message>
        <source>You may not create custom roles in subscription %1: that needs Owner or User Access Administrator there. Ask one of them to create the role &quot;%2&quot; and assign it with the commands shown, or to grant the access themselves.</source>
        <translation>サブスクリプション %1 ではカスタム ロールを作成できません: 作成するには、このサブスクリプションでの所有者またはユーザー アクセス管理者のロールが必要です。これらのロールを持つユーザーに、ロール「%2」を作成して表示されているコマンドで割り当てるか、アクセスを直接許可するよう依頼してください。</translation>
    </message>
    <message>
        <source>A role named &quot;%1&quot; exists in your directory but is not visible from subscription %2. Ask an Owner to add this subscription to the role&apos;s assignable scopes, then check again.</source>
        <translation>ディレクトリには「%1」という名前のロールが存在しますが、サブスクリプション %2 からは参照できません。所有者に、このサブスクリプションをロールの割り当て可能なスコープに追加するよう依頼してから、再確認してください。</translation>
    </message>
</context>
<context>
    <name>BackupServicePrincipalOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>The Backup Management Service&apos;s application id is not known for the cloud %1.</source>
        <translation>クラウド %1 の Backup Management Service のアプリケーション ID が不明です。</translation>
    </message>
    <message>
        <source>Microsoft Graph returned no object id for the Backup Management Service.</source>
        <translation>Microsoft Graph から Backup Management Service のオブジェクト ID が返されませんでした。</translation>
    </message>
</context>
<context>
    <name>BackupWizard</name>
    <message>
        <source>Configure Backup — %1</source>
        <translation>バックアップの構成 — %1</translation>
    </message>
</context>
<context>
    <name>BackupWizardController</name>
    <message>
        <source>On-premises machines are backed up with the Recovery Services agent (MARS) or Microsoft Azure Backup Server, installed on your own servers. This tool covers Azure virtual machines only.</source>
        <translation>オンプレミスのマシンは、自社のサーバーにインストールした Recovery Services エージェント (MARS) または Microsoft Azure Backup Server でバックアップします。このツールは Azure 仮想マシンのみを対象とします。</translation>
    </message>
    <message>
        <source>Other Azure workloads (files, SQL Server or SAP HANA in a VM, Azure Files) have their own backup settings in the Azure portal. This tool covers whole Azure virtual machines, including those encrypted with Azure Disk Encryption.</source>
        <translation>その他の Azure ワークロード (ファイル、VM 内の SQL Server や SAP HANA、Azure Files) には、Azure portal に独自のバックアップ設定があります。このツールは、Azure Disk Encryption で暗号化されたものを含め、Azure 仮想マシン全体を対象とします。</translation>
    </message>
    <message>
        <source>The vault already has a policy named %1. Choose it from the list, or give the new policy another name.</source>
        <translation>コンテナーには既に %1 という名前のポリシーがあります。一覧から選択するか、新しいポリシーに別の名前を付けてください。</translation>
    </message>
    <message>
        <source>Saving policy %1…</source>
        <translation>ポリシー %1 を保存しています…</translation>
    </message>
    <message>
        <source>Asking the vault to discover the VMs in %1…</source>
        <translation>%1 の VM を検出するようコンテナーに要求しています…</translation>
    </message>
    <message>
        <source>Reading VMs, encryption settings and protected items…</source>
        <translation>VM、暗号化設定、保護された項目を読み取っています…</translation>
    </message>
    <message>
        <source>Vault: %1 (%2, %3)</source>
        <translation>コンテナー: %1 (%2、%3)</translation>
    </message>
    <message>
        <source>New policy %1 (already created)</source>
        <translation>新しいポリシー %1 (作成済み)</translation>
    </message>
    <message>
        <source>New policy %1 (will be created)</source>
        <translation>新しいポリシー %1 (作成予定)</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>ポリシー: %1</translation>
    </message>
    <message numerus="yes">
        <source>Enable backup of %n VM(s):</source>
        <translation>
            <numerusform>%n 台の VM のバックアップを有効にします:</numerusform>
        </translation>
    </message>
    <message>
        <source>Key vault %1: %2</source>
        <translation>キー コンテナー %1: %2</translation>
    </message>
</context>
<context>
    <name>BlobDownloadOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>The blob address is not valid.</source>
        <translation>BLOB のアドレスが無効です。</translation>
    </message>
    <message>
        <source>The storage account %1 does not allow access with account keys.</source>
        <translation>ストレージ アカウント %1 では、アカウント キーによるアクセスが許可されていません。</translation>
    </message>
    <message>
        <source>Reading the storage account key</source>
        <translation>ストレージ アカウント キーを読み取っています</translation>
    </message>
    <message>
        <source>The storage account returned no usable key.</source>
        <translation>ストレージ アカウントから使用可能なキーが返されませんでした。</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 をダウンロードしています</translation>
    </message>
    <message>
        <source>The storage account key is not valid base64.</source>
        <translation>ストレージ アカウント キーが有効な Base64 ではありません。</translation>
    </message>
    <message>
        <source>No SAS could be signed for %1: the blob is not in the account, or its key is not valid base64.</source>
        <translation>%1 の SAS に署名できませんでした: BLOB がアカウント内にないか、アカウント キーが有効な Base64 ではありません。</translation>
    </message>
</context>
<context>
    <name>BrowserSignInFlow</name>
    <message>
        <source>The browser sign-in did not finish in time. Start it again.</source>
        <translation>ブラウザーでのサインインが時間内に完了しませんでした。もう一度開始してください。</translation>
    </message>
    <message>
        <source>Could not listen for the browser&apos;s answer on this computer: %1</source>
        <translation>このコンピューターでブラウザーからの応答を待ち受けできませんでした: %1</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open the sign-in address yourself, or use a device code instead.</source>
        <translation>Web ブラウザーを開けませんでした。サインイン アドレスを自分で開くか、代わりにデバイス コードを使用してください。</translation>
    </message>
    <message>
        <source>Sign-in was canceled.</source>
        <translation>サインインがキャンセルされました。</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in. Start again.</source>
        <translation>ブラウザーから、このサインインに属さない応答が返されました。もう一度やり直してください。</translation>
    </message>
    <message>
        <source>Sign-in was declined in the browser.</source>
        <translation>ブラウザーでサインインが拒否されました。</translation>
    </message>
</context>
<context>
    <name>BuiltInFixActions</name>
    <message>
        <source>keys and secrets</source>
        <translation>キーとシークレット</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Restore the key encryption key and the BitLocker secret saved with the recovery point into the key vault %1?

Key Vault&apos;s restore keeps their names and versions; nothing that exists there is overwritten.</source>
        <translation>復旧ポイントと共に保存されたキー暗号化キーと BitLocker シークレットをキー コンテナー %1 に復元しますか?

Key Vault の復元では名前とバージョンが保持されます。そこに既に存在するものは上書きされません。</translation>
    </message>
    <message>
        <source>Restore the disks of the recovery point to the storage account %1, then create the VM %2 in the resource group %3 from them?

The VM is created with your account, not by the Backup service.</source>
        <translation>復旧ポイントのディスクをストレージ アカウント %1 に復元し、そのディスクからリソース グループ %3 に VM %2 を作成しますか?

VM はバックアップ サービスではなく、このアカウントで作成されます。</translation>
    </message>
    <message>
        <source>Give the Backup Management Service (application id %1) access to the key vault %2?

On a vault that uses access policies, a policy is added with get, list and backup on %3. On a vault that uses Azure RBAC, the custom role &quot;%4&quot; (created in the subscription if it does not exist yet) is assigned on the vault: it may only read and back up %3, unlike Key Vault Administrator. Nothing else changes.</source>
        <translation>Backup Management Service (アプリケーション ID %1) にキー コンテナー %2 へのアクセスを許可しますか?

アクセス ポリシーを使用するコンテナーでは、%3 に対する取得、一覧表示、バックアップのポリシーが追加されます。Azure RBAC を使用するコンテナーでは、カスタム ロール「%4」(まだ存在しない場合はサブスクリプションに作成されます) がコンテナーに割り当てられます: Key Vault 管理者とは異なり、このロールで可能なのは %3 の読み取りとバックアップだけです。その他は何も変更されません。</translation>
    </message>
</context>
<context>
    <name>BulkJournal</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write the run journal %1: %2</source>
        <translation>実行ジャーナル %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>不明な形式のバージョンです</translation>
    </message>
    <message>
        <source>run id, kind, vault or items missing</source>
        <translation>実行 ID、種類、コンテナー、または項目がありません</translation>
    </message>
    <message>
        <source>an item without id or with an unknown state</source>
        <translation>ID がないか状態が不明な項目があります</translation>
    </message>
    <message>
        <source>The record of an interrupted run (%1) could not be read (%2). It was set aside as %3; check the vault&apos;s backup items and jobs to see what that run did.</source>
        <translation>中断された実行の記録 (%1) を読み取れませんでした (%2)。記録は %3 として別に保存されました。その実行の結果は、コンテナーのバックアップ項目とジョブで確認してください。</translation>
    </message>
</context>
<context>
    <name>BulkRunReconciler</name>
    <message>
        <source>Protected</source>
        <translation>保護済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
</context>
<context>
    <name>CloudEnvironment</name>
    <message>
        <source>The cloud definition has no usable %1 (HTTPS, or HTTP to 127.0.0.1 only): &apos;%2&apos;.</source>
        <translation>クラウド定義に使用可能な %1 がありません (HTTPS、または 127.0.0.1 への HTTP のみ): &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>The cloud definition&apos;s Graph endpoint must use HTTPS: &apos;%1&apos;.</source>
        <translation>クラウド定義の Graph エンドポイントは HTTPS を使用する必要があります: &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Cannot read the cloud file %1: %2</source>
        <translation>クラウド ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The cloud file %1 is not a JSON object: %2</source>
        <translation>クラウド ファイル %1 は JSON オブジェクトではありません: %2</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Encrypted VM Backup stopped unexpectedly the last time it ran (%1).</source>
        <translation>Encrypted VM Backup は前回の実行時に予期せず停止しました (%1)。</translation>
    </message>
    <message>
        <source>Encrypted VM Backup did not close normally the last time it ran (it was ended from outside, or the computer stopped).</source>
        <translation>Encrypted VM Backup は前回の実行時に正常に終了しませんでした (外部から終了されたか、コンピューターが停止しました)。</translation>
    </message>
    <message>
        <source>Encrypted VM Backup crash report</source>
        <translation>Encrypted VM Backup のクラッシュ レポート</translation>
    </message>
    <message>
        <source>Signal: %1</source>
        <translation>シグナル: %1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Version that stopped: %1</source>
        <translation>停止したバージョン: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>開始: %1</translation>
    </message>
    <message>
        <source>Last marker update: %1</source>
        <translation>マーカーの最終更新: %1</translation>
    </message>
    <message>
        <source>This run:</source>
        <translation>今回の実行:</translation>
    </message>
    <message>
        <source>Last log lines of that run (%1, secrets removed):</source>
        <translation>その実行の最後のログ行 (%1、シークレットは除去済み):</translation>
    </message>
</context>
<context>
    <name>CrashReportDialog</name>
    <message>
        <source>Crash report</source>
        <translation>クラッシュ レポート</translation>
    </message>
    <message>
        <source>%1 The report below may help to find the cause. It holds versions and the last log lines, with tokens, keys and secrets removed. It stays on this computer: copy or save it to attach it to a bug report, or close this window.</source>
        <translation>%1 下のレポートは原因の特定に役立つ場合があります。レポートにはバージョンと最後のログ行が含まれ、トークン、キー、シークレットは除去されています。レポートはこのコンピューターから送信されません: バグ報告に添付するにはコピーまたは保存し、不要な場合はこのウィンドウを閉じてください。</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>レポートのコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the crash report</source>
        <translation>クラッシュ レポートをコピーします</translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation>レポートの保存(&amp;S)...</translation>
    </message>
    <message>
        <source>Save the crash report to a file</source>
        <translation>クラッシュ レポートをファイルに保存します</translation>
    </message>
    <message>
        <source>Close the crash report</source>
        <translation>クラッシュ レポートを閉じます</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>レポートをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Save crash report</source>
        <translation>クラッシュ レポートの保存</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>テキスト ファイル (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2. Choose another folder, or copy the report instead.</source>
        <translation>レポートを %1 に保存できませんでした: %2。別のフォルダーを選択するか、代わりにレポートをコピーしてください。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>CreateKeyVaultOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Choose the resource group of the new key vault.</source>
        <translation>新しいキー コンテナーのリソース グループを選択してください。</translation>
    </message>
    <message>
        <source>Finding your account in Microsoft Entra ID</source>
        <translation>Microsoft Entra ID でアカウントを検索しています</translation>
    </message>
    <message>
        <source>Microsoft Graph did not say which account is signed in, so the new key vault could not be given an access policy for it.</source>
        <translation>Microsoft Graph からサインインしているアカウントが返されなかったため、新しいキー コンテナーにそのアカウントのアクセス ポリシーを付与できませんでした。</translation>
    </message>
    <message>
        <source>Creating the key vault %1</source>
        <translation>キー コンテナー %1 を作成しています</translation>
    </message>
    <message>
        <source>The key vault %1 exists</source>
        <translation>キー コンテナー %1 が存在します</translation>
    </message>
</context>
<context>
    <name>CreateVaultController</name>
    <message>
        <source>The resource groups could not be listed: %1</source>
        <translation>リソース グループを一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>Choose a subscription.</source>
        <translation>サブスクリプションを選択してください。</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>リージョンを選択してください。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Creating resource group %1…</source>
        <translation>リソース グループ %1 を作成しています…</translation>
    </message>
    <message>
        <source>The resource group %1 could not be created: %2</source>
        <translation>リソース グループ %1 を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>Creating vault %1…</source>
        <translation>コンテナー %1 を作成しています…</translation>
    </message>
    <message>
        <source>The vault %1 could not be created: %2</source>
        <translation>コンテナー %1 を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region of this subscription. Choose one from the list.</source>
        <translation>「%1」はこのサブスクリプションのリージョンではありません。一覧から選んでください。</translation>
    </message>
    <message>
        <source>Checking that the name %1 is free…</source>
        <translation>名前 %1 が使用可能か確認しています…</translation>
    </message>
    <message>
        <source>A vault named %1 already exists in resource group %2. Creating it again would change that vault: choose another name, or use the existing vault.</source>
        <translation>リソース グループ %2 には %1 という名前のコンテナーが既にあります。もう一度作成するとそのコンテナーが変更されます。別の名前を選ぶか、既存のコンテナーを使用してください。</translation>
    </message>
    <message>
        <source>Whether the vault %1 already exists could not be checked: %2</source>
        <translation>コンテナー %1 が既に存在するかどうかを確認できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>&amp;Existing:</source>
        <translation>既存(&amp;E):</translation>
    </message>
    <message>
        <source>Create ne&amp;w:</source>
        <translation>新規作成(&amp;W):</translation>
    </message>
    <message>
        <source>Create a Recovery Services vault</source>
        <translation>Recovery Services コンテナーの作成</translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation>コンテナー名</translation>
    </message>
    <message>
        <source>Vault name rule</source>
        <translation>コンテナー名の規則</translation>
    </message>
    <message>
        <source>2 to 50 characters: letters, numbers and hyphens, starting with a letter.</source>
        <translation>2 ～ 50 文字: 英字、数字、ハイフン。英字で始めます。</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <source>Existing resource group</source>
        <translation>既存のリソース グループ</translation>
    </message>
    <message>
        <source>New resource group name</source>
        <translation>新しいリソース グループの名前</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>Set storage &amp;replication…</source>
        <translation>ストレージ レプリケーションの設定(&amp;R)…</translation>
    </message>
    <message>
        <source>Vault &amp;name:</source>
        <translation>コンテナー名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Subscription:</source>
        <translation>サブスクリプション(&amp;S):</translation>
    </message>
    <message>
        <source>Resource group:</source>
        <translation>リソース グループ:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>リージョン(&amp;G):</translation>
    </message>
    <message>
        <source>The name follows the rule.</source>
        <translation>名前は規則に従っています。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>No resource groups</source>
        <translation>リソース グループがありません</translation>
    </message>
    <message>
        <source>Vault %1 was created. Its storage replication is geo-redundant (GRS) by default; choose it now if you need another, because it cannot change once the vault protects an item.</source>
        <translation>コンテナー %1 が作成されました。ストレージ レプリケーションの既定値は geo 冗長 (GRS) です。別の種類が必要な場合は今選択してください。コンテナーが項目を保護し始めると変更できなくなります。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Resource group name rule</source>
        <translation>リソース グループ名の規則</translation>
    </message>
    <message>
        <source>Region check</source>
        <translation>リージョンの確認</translation>
    </message>
    <message>
        <source>Choose a resource group</source>
        <translation>リソース グループを選択</translation>
    </message>
</context>
<context>
    <name>CreateVmOperation</name>
    <message>
        <source>Azure Backup writes a deployment template only for recovery points taken after 26 April 2017; this restore has none. Create the VM with the REST route or the PowerShell script instead.</source>
        <translation>Azure Backup がデプロイ テンプレートを書き込むのは 2017 年 4 月 26 日以降に作成された復旧ポイントだけで、この復元にはテンプレートがありません。代わりに REST または PowerShell スクリプトで VM を作成してください。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Name the new VM and its resource group.</source>
        <translation>新しい VM とそのリソース グループに名前を付けてください。</translation>
    </message>
    <message>
        <source>The restore job names no VM config file.</source>
        <translation>復元ジョブに VM 構成ファイルが示されていません。</translation>
    </message>
    <message>
        <source>The template the restore wrote cannot be read: %1</source>
        <translation>復元で書き込まれたテンプレートを読み取れません: %1</translation>
    </message>
    <message>
        <source>The template needs values for: %1</source>
        <translation>テンプレートには次の値が必要です: %1</translation>
    </message>
    <message>
        <source>Deploying the template</source>
        <translation>テンプレートをデプロイしています</translation>
    </message>
    <message>
        <source>The VM config file the restore wrote cannot be read: %1</source>
        <translation>復元で書き込まれた VM 構成ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>Creating the virtual machine</source>
        <translation>仮想マシンを作成しています</translation>
    </message>
    <message>
        <source>The virtual machine exists</source>
        <translation>仮想マシンが存在します</translation>
    </message>
</context>
<context>
    <name>CreateVmPage</name>
    <message>
        <source>Deploy the &amp;template Azure Backup wrote</source>
        <translation>Azure Backup が書き込んだテンプレートをデプロイする(&amp;T)</translation>
    </message>
    <message>
        <source>Create the VM &amp;directly (REST) from the config file</source>
        <translation>構成ファイルから VM を直接作成する (REST)(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Create VM</source>
        <translation>VM の作成(&amp;C)</translation>
    </message>
    <message>
        <source>Deploy the restore template</source>
        <translation>復元テンプレートをデプロイする</translation>
    </message>
    <message>
        <source>Create the VM directly</source>
        <translation>VM を直接作成する</translation>
    </message>
    <message>
        <source>About the chosen route</source>
        <translation>選択した方法について</translation>
    </message>
    <message>
        <source>New VM name</source>
        <translation>新しい VM の名前</translation>
    </message>
    <message>
        <source>Virtual network name</source>
        <translation>仮想ネットワーク名</translation>
    </message>
    <message>
        <source>Subnet name</source>
        <translation>サブネット名</translation>
    </message>
    <message>
        <source>How to read the restore files</source>
        <translation>復元ファイルの読み取り方法</translation>
    </message>
    <message>
        <source>Create VM</source>
        <translation>VM の作成</translation>
    </message>
    <message>
        <source>VM creation status</source>
        <translation>VM の作成状態</translation>
    </message>
    <message>
        <source>Storage account key (shared key)</source>
        <translation>ストレージ アカウント キー (共有キー)</translation>
    </message>
    <message>
        <source>My Microsoft Entra sign-in</source>
        <translation>自分の Microsoft Entra サインイン</translation>
    </message>
    <message>
        <source>VM &amp;name</source>
        <translation>VM 名(&amp;N)</translation>
    </message>
    <message>
        <source>Virtual &amp;network</source>
        <translation>仮想ネットワーク(&amp;N)</translation>
    </message>
    <message>
        <source>S&amp;ubnet</source>
        <translation>サブネット(&amp;U)</translation>
    </message>
    <message>
        <source>Read files &amp;with</source>
        <translation>ファイルの読み取り方法(&amp;W)</translation>
    </message>
    <message>
        <source>The template attaches the restored disks with their encryption settings and is deployed to %1.</source>
        <translation>テンプレートは復元されたディスクを暗号化設定とともに接続し、%1 にデプロイされます。</translation>
    </message>
    <message>
        <source>The VM is created with the restored disks attached and the key and secret URLs from the config file.</source>
        <translation>VM は、復元されたディスクを接続し、構成ファイルのキーとシークレットの URL を使用して作成されます。</translation>
    </message>
    <message>
        <source>The VM was not created.</source>
        <translation>VM は作成されませんでした。</translation>
    </message>
    <message>
        <source>%1 was created with its disk encryption settings.</source>
        <translation>%1 がディスク暗号化設定とともに作成されました。</translation>
    </message>
    <message>
        <source>Co&amp;py script</source>
        <translation>スクリプトのコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Sa&amp;ve script…</source>
        <translation>スクリプトの保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Equivalent script</source>
        <translation>同等のスクリプト</translation>
    </message>
    <message>
        <source>Script language</source>
        <translation>スクリプト言語</translation>
    </message>
    <message>
        <source>Copy the script</source>
        <translation>スクリプトのコピー</translation>
    </message>
    <message>
        <source>Save the script to a file</source>
        <translation>スクリプトをファイルに保存</translation>
    </message>
    <message>
        <source>How to turn Azure Disk Encryption back on</source>
        <translation>Azure Disk Encryption を再び有効にする方法</translation>
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
        <translation>1 時間有効な読み取り専用 SAS (アカウント キーで署名)</translation>
    </message>
    <message>
        <source>The script appears once the config file is read.</source>
        <translation>構成ファイルが読み取られるとスクリプトが表示されます。</translation>
    </message>
    <message>
        <source>Or run it yourself, in &amp;language:</source>
        <translation>または、自分で実行する言語(&amp;L):</translation>
    </message>
    <message>
        <source>The script is on the clipboard.</source>
        <translation>スクリプトをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>The script could not be saved to %1 (%2). Choose another folder, or copy the script instead.</source>
        <translation>スクリプトを %1 に保存できませんでした (%2)。別のフォルダーを選択するか、代わりにスクリプトをコピーしてください。</translation>
    </message>
    <message>
        <source>The script is saved to %1.</source>
        <translation>スクリプトを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Save the script</source>
        <translation>スクリプトの保存</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation>シェル スクリプト (*.sh)</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>PowerShell スクリプト (*.ps1)</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>名前の確認</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>キーチェーンにそのようなエントリはありません。</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1).</source>
        <translation>このシステムではキーチェーンを使用できません (%1)。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied (%1).</source>
        <translation>キーチェーンへのアクセスが拒否されました (%1)。</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>キーチェーンからエラーが報告されました: %1</translation>
    </message>
    <message>
        <source>A keychain entry is damaged; sign in again.</source>
        <translation>キーチェーンのエントリが破損しています。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>A keychain entry is incomplete; sign in again.</source>
        <translation>キーチェーンのエントリが不完全です。もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>DeviceCodeFlow</name>
    <message>
        <source>The code expired before it was entered.</source>
        <translation>コードが入力される前に有効期限が切れました。</translation>
    </message>
    <message>
        <source>Sign-in was canceled.</source>
        <translation>サインインがキャンセルされました。</translation>
    </message>
    <message>
        <source>The sign-in service sent an incomplete device code.</source>
        <translation>サインイン サービスから不完全なデバイス コードが送信されました。</translation>
    </message>
    <message>
        <source>The code expired before it was entered. Start again for a new code.</source>
        <translation>コードが入力される前に有効期限が切れました。新しいコードを取得するには、もう一度開始してください。</translation>
    </message>
    <message>
        <source>Sign-in was declined on the verification page.</source>
        <translation>確認ページでサインインが拒否されました。</translation>
    </message>
    <message>
        <source>The sign-in service did not recognise this device code. Start again.</source>
        <translation>サインイン サービスがこのデバイス コードを認識しませんでした。もう一度やり直してください。</translation>
    </message>
    <message>
        <source>Asking for a code…</source>
        <translation>コードを要求しています…</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code on the verification page.</source>
        <translation>確認ページでコードが入力されるのを待っています。</translation>
    </message>
    <message>
        <source>Still waiting; the sign-in service asked to check less often.</source>
        <translation>引き続き待機しています。サインイン サービスから確認の間隔を空けるよう求められました。</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>サインインしました。</translation>
    </message>
    <message>
        <source>The code expired. Start again for a new code.</source>
        <translation>コードの有効期限が切れました。新しいコードを取得するには、もう一度開始してください。</translation>
    </message>
</context>
<context>
    <name>DiagnosticsReport</name>
    <message>
        <source>Application: %1 %2</source>
        <translation>アプリケーション: %1 %2</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (%2 でビルド)</translation>
    </message>
    <message>
        <source>Operating system: %1</source>
        <translation>オペレーティング システム: %1</translation>
    </message>
    <message>
        <source>Kernel: %1 %2</source>
        <translation>カーネル: %1 %2</translation>
    </message>
    <message>
        <source>CPU architecture: %1</source>
        <translation>CPU アーキテクチャ: %1</translation>
    </message>
    <message>
        <source>Encrypted VM Backup diagnostics, %1</source>
        <translation>Encrypted VM Backup の診断情報、%1</translation>
    </message>
    <message>
        <source>Signed in: no</source>
        <translation>サインイン: いいえ</translation>
    </message>
    <message>
        <source>Cloud: %1%2</source>
        <translation>クラウド: %1%2</translation>
    </message>
    <message>
        <source> (built-in sandbox)</source>
        <translation> (組み込みサンドボックス)</translation>
    </message>
    <message>
        <source>Sign-in method: %1</source>
        <translation>サインイン方法: %1</translation>
    </message>
    <message>
        <source>Tenant (fingerprint): %1</source>
        <translation>テナント (フィンガープリント): %1</translation>
    </message>
    <message>
        <source>Subscriptions (fingerprints): %1</source>
        <translation>サブスクリプション (フィンガープリント): %1</translation>
    </message>
    <message>
        <source>none selected</source>
        <translation>選択なし</translation>
    </message>
    <message>
        <source>Recent log lines (%1, secrets removed):</source>
        <translation>最近のログ行 (%1、シークレットは除去済み):</translation>
    </message>
</context>
<context>
    <name>DiagnosticsService</name>
    <message>
        <source>Sandbox account</source>
        <translation>サンドボックス アカウント</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>ブラウザー</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>デバイス コード</translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation>サービス プリンシパル</translation>
    </message>
    <message>
        <source>Remembered sign-in</source>
        <translation>保存されたサインイン</translation>
    </message>
</context>
<context>
    <name>EnableProtectionOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Configuring protection</source>
        <translation>保護を構成しています</translation>
    </message>
    <message>
        <source>Waiting for the configure-backup job</source>
        <translation>バックアップ構成ジョブを待っています</translation>
    </message>
</context>
<context>
    <name>EncryptionKeysCheckOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>The recovery point names no disk encryption secret.</source>
        <translation>復旧ポイントにディスク暗号化シークレットが示されていません。</translation>
    </message>
    <message>
        <source>Looking for the key vault</source>
        <translation>キー コンテナーを探しています</translation>
    </message>
    <message>
        <source>The recovery point names an invalid Key Vault address: %1</source>
        <translation>復旧ポイントに無効な Key Vault アドレスが示されています: %1</translation>
    </message>
    <message>
        <source>Checking the key encryption key</source>
        <translation>キー暗号化キーを確認しています</translation>
    </message>
    <message>
        <source>Checking the disk encryption secret</source>
        <translation>ディスク暗号化シークレットを確認しています</translation>
    </message>
</context>
<context>
    <name>ErrorCatalogue</name>
    <message>
        <source>Check that the VM is running and that its VM agent reports &quot;Ready&quot;.</source>
        <translation>VM が実行中で、VM エージェントが &quot;Ready&quot; と報告していることを確認してください。</translation>
    </message>
    <message>
        <source>Windows: restart the Windows Azure Guest Agent service, or reinstall the agent.</source>
        <translation>Windows: Windows Azure Guest Agent サービスを再起動するか、エージェントを再インストールしてください。</translation>
    </message>
    <message>
        <source>Linux: update the walinuxagent package from the distribution&apos;s repository and restart it.</source>
        <translation>Linux: ディストリビューションのリポジトリから walinuxagent パッケージを更新し、再起動してください。</translation>
    </message>
    <message>
        <source>Make sure the VM can reach Azure Storage and the Azure platform addresses.</source>
        <translation>VM が Azure Storage と Azure プラットフォームのアドレスに到達できることを確認してください。</translation>
    </message>
    <message>
        <source>Retry the backup.</source>
        <translation>バックアップを再試行してください。</translation>
    </message>
    <message>
        <source>The VM agent does not answer Azure Backup</source>
        <translation>VM エージェントが Azure Backup に応答しません</translation>
    </message>
    <message>
        <source>Backup takes its snapshot through the VM agent. The agent is stopped, missing, outdated or cannot reach Azure, so Backup cannot talk to it.</source>
        <translation>バックアップは VM エージェントを通じてスナップショットを作成します。エージェントが停止している、存在しない、古い、または Azure に到達できないため、バックアップがエージェントと通信できません。</translation>
    </message>
    <message>
        <source>Show VM agent steps</source>
        <translation>VM エージェントの手順を表示</translation>
    </message>
    <message>
        <source>The VM is in a failed provisioning state</source>
        <translation>VM のプロビジョニング状態が失敗です</translation>
    </message>
    <message>
        <source>An extension failed and left the VM in the Failed state; Backup does not start on such a VM.</source>
        <translation>拡張機能が失敗し、VM が失敗状態のままになっています。このような VM ではバックアップは開始されません。</translation>
    </message>
    <message>
        <source>Look at the VM&apos;s extensions and find the failed one.</source>
        <translation>VM の拡張機能を確認し、失敗したものを見つけてください。</translation>
    </message>
    <message>
        <source>Remove a failed VMSnapshot extension; Backup installs it again.</source>
        <translation>失敗した VMSnapshot 拡張機能を削除してください。バックアップによって再インストールされます。</translation>
    </message>
    <message>
        <source>Fix or remove other failed extensions, then retry the backup.</source>
        <translation>失敗したその他の拡張機能を修復または削除してから、バックアップを再試行してください。</translation>
    </message>
    <message>
        <source>The snapshot extension has no network access</source>
        <translation>スナップショット拡張機能がネットワークにアクセスできません</translation>
    </message>
    <message>
        <source>The backup extension inside the VM cannot reach the Azure endpoints it needs.</source>
        <translation>VM 内のバックアップ拡張機能が、必要な Azure エンドポイントに到達できません。</translation>
    </message>
    <message>
        <source>Allow outbound traffic to Azure Storage (service tags) from the VM&apos;s subnet.</source>
        <translation>VM のサブネットから Azure Storage への送信トラフィックを許可してください (サービス タグ)。</translation>
    </message>
    <message>
        <source>Configure the proxy for the agent if the VM uses one.</source>
        <translation>VM がプロキシを使用している場合は、エージェントのプロキシを構成してください。</translation>
    </message>
    <message>
        <source>Allow port 8443 for VMs with managed disks, then retry.</source>
        <translation>マネージド ディスクを使用する VM ではポート 8443 を許可してから、再試行してください。</translation>
    </message>
    <message>
        <source>The snapshot extension failed</source>
        <translation>スナップショット拡張機能が失敗しました</translation>
    </message>
    <message>
        <source>The VMSnapshot extension that takes the backup snapshot failed.</source>
        <translation>バックアップ スナップショットを作成する VMSnapshot 拡張機能が失敗しました。</translation>
    </message>
    <message>
        <source>Uninstall the VMSnapshot extension so Backup reinstalls it.</source>
        <translation>バックアップで再インストールされるように、VMSnapshot 拡張機能をアンインストールしてください。</translation>
    </message>
    <message>
        <source>Check that the VM agent is ready.</source>
        <translation>VM エージェントの準備ができていることを確認してください。</translation>
    </message>
    <message>
        <source>Backup failed with an internal error</source>
        <translation>内部エラーでバックアップが失敗しました</translation>
    </message>
    <message>
        <source>A generic failure. Often temporary; it is also reported when a lock on the restore point resource group stops Backup from cleaning up.</source>
        <translation>一般的なエラーです。多くの場合は一時的なものですが、復元ポイントのリソース グループのロックによってバックアップがクリーンアップできない場合にも報告されます。</translation>
    </message>
    <message>
        <source>Wait a few minutes and retry.</source>
        <translation>数分待ってから再試行してください。</translation>
    </message>
    <message>
        <source>Check the VM agent and the VM&apos;s network access.</source>
        <translation>VM エージェントと VM のネットワーク アクセスを確認してください。</translation>
    </message>
    <message>
        <source>Remove any lock on the AzureBackupRG_&lt;region&gt;_&lt;number&gt; resource group.</source>
        <translation>リソース グループ AzureBackupRG_&lt;region&gt;_&lt;number&gt; のロックをすべて削除してください。</translation>
    </message>
    <message>
        <source>Too many restore points in the restore point collection</source>
        <translation>復元ポイント コレクション内の復元ポイントが多すぎます</translation>
    </message>
    <message>
        <source>A VM keeps at most 18 instant restore points. Old ones could not be removed, usually because a lock protects the restore point resource group.</source>
        <translation>VM が保持できるインスタント リストア ポイントは最大 18 個です。古いポイントを削除できませんでした。通常、復元ポイントのリソース グループがロックで保護されていることが原因です。</translation>
    </message>
    <message>
        <source>Remove the lock from the AzureBackupRG_&lt;region&gt;_&lt;number&gt; resource group.</source>
        <translation>リソース グループ AzureBackupRG_&lt;region&gt;_&lt;number&gt; からロックを削除してください。</translation>
    </message>
    <message>
        <source>Delete the stale restore point collection, then retry the backup.</source>
        <translation>古い復元ポイント コレクションを削除してから、バックアップを再試行してください。</translation>
    </message>
    <message>
        <source>Another backup of this VM is running</source>
        <translation>この VM の別のバックアップが実行中です</translation>
    </message>
    <message>
        <source>Only one backup job per VM can run. Another job (possibly started from another vault) is still in progress.</source>
        <translation>VM ごとに実行できるバックアップ ジョブは 1 つだけです。別のジョブ (別のコンテナーから開始された可能性があります) がまだ進行中です。</translation>
    </message>
    <message>
        <source>Wait for the running job to finish, or cancel it.</source>
        <translation>実行中のジョブが完了するまで待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>Retry.</source>
        <translation>再試行してください。</translation>
    </message>
    <message>
        <source>Open the jobs</source>
        <translation>ジョブを開く</translation>
    </message>
    <message>
        <source>A disk is larger than Backup supports</source>
        <translation>ディスクがバックアップでサポートされるサイズを超えています</translation>
    </message>
    <message>
        <source>One of the VM&apos;s disks is above the size Azure Backup supports for this kind of VM (limits are lower for encrypted disks).</source>
        <translation>VM のディスクの 1 つが、この種類の VM で Azure Backup がサポートするサイズを超えています (暗号化されたディスクでは上限が低くなります)。</translation>
    </message>
    <message>
        <source>Split the data over smaller disks, or shrink the disk.</source>
        <translation>データを小さいディスクに分割するか、ディスクを縮小してください。</translation>
    </message>
    <message>
        <source>A BitLocker volume was locked during the snapshot</source>
        <translation>スナップショット中に BitLocker ボリュームがロックされていました</translation>
    </message>
    <message>
        <source>The Windows snapshot (VSS) met a volume that BitLocker keeps locked.</source>
        <translation>Windows のスナップショット (VSS) で、BitLocker によってロックされたままのボリュームが見つかりました。</translation>
    </message>
    <message>
        <source>Unlock all volumes in the VM and retry.</source>
        <translation>VM 内のすべてのボリュームのロックを解除してから再試行してください。</translation>
    </message>
    <message>
        <source>Do not turn BitLocker off on a VM encrypted with Azure Disk Encryption; contact support if the volume stays locked.</source>
        <translation>Azure Disk Encryption で暗号化された VM では BitLocker を無効にしないでください。ボリュームがロックされたままの場合はサポートに問い合わせてください。</translation>
    </message>
    <message>
        <source>The VM is not in a state that allows backup</source>
        <translation>VM がバックアップを許可する状態ではありません</translation>
    </message>
    <message>
        <source>The VM is failed or between states (starting, stopping, updating).</source>
        <translation>VM が失敗状態か、状態の遷移中 (開始中、停止中、更新中) です。</translation>
    </message>
    <message>
        <source>Wait until the VM is running or stopped.</source>
        <translation>VM が実行中または停止済みになるまで待ってください。</translation>
    </message>
    <message>
        <source>If it stays failed, redeploy or repair it, then retry.</source>
        <translation>失敗状態のままの場合は、再デプロイまたは修復してから再試行してください。</translation>
    </message>
    <message>
        <source>The protected VM no longer exists</source>
        <translation>保護された VM はもう存在しません</translation>
    </message>
    <message>
        <source>The VM was deleted, so there is nothing to back up.</source>
        <translation>VM が削除されたため、バックアップする対象がありません。</translation>
    </message>
    <message>
        <source>Recreate the VM with the same name in the same resource group, or</source>
        <translation>同じリソース グループに同じ名前で VM を再作成するか、</translation>
    </message>
    <message>
        <source>stop protection and keep (or delete) the existing recovery points.</source>
        <translation>保護を停止して、既存の復旧ポイントを保持 (または削除) してください。</translation>
    </message>
    <message>
        <source>An Azure Policy blocks the operation</source>
        <translation>Azure Policy によって操作がブロックされています</translation>
    </message>
    <message>
        <source>A policy assignment denies a resource Backup creates, typically the restore point resource group or its tags.</source>
        <translation>ポリシーの割り当てによって、バックアップが作成するリソース (通常は復元ポイントのリソース グループまたはそのタグ) が拒否されています。</translation>
    </message>
    <message>
        <source>Change the policy&apos;s effect (for example to Modify), or exempt the resource.</source>
        <translation>ポリシーの効果を変更する (たとえば Modify に) か、リソースを除外してください。</translation>
    </message>
    <message>
        <source>Or create the restore point resource group yourself with the names and tags the policy demands.</source>
        <translation>または、ポリシーで求められる名前とタグを付けて、復元ポイントのリソース グループを自分で作成してください。</translation>
    </message>
    <message>
        <source>Too many operations on this item</source>
        <translation>この項目に対する操作が多すぎます</translation>
    </message>
    <message>
        <source>The service limits how many times an operation (for example Backup now) may run for one item in a day, and blocks repeats for a while.</source>
        <translation>サービスは、1 つの項目に対して 1 日に操作 (たとえば [今すぐバックアップ]) を実行できる回数を制限しており、しばらくの間は繰り返しをブロックします。</translation>
    </message>
    <message>
        <source>Wait and retry later (the block lifts after some hours, at most a day).</source>
        <translation>しばらく待ってから再試行してください (ブロックは数時間、最長で 1 日後に解除されます)。</translation>
    </message>
    <message>
        <source>Rely on the scheduled backups in the meantime.</source>
        <translation>その間はスケジュールされたバックアップに任せてください。</translation>
    </message>
    <message>
        <source>The VM is encrypted with a BitLocker key only (no key encryption key)</source>
        <translation>VM は BitLocker キーのみで暗号化されています (キー暗号化キーなし)</translation>
    </message>
    <message>
        <source>Under the 2017 rules Azure Backup protects an encrypted VM only when its disk encryption key (BEK) is wrapped by a key encryption key (KEK). This VM keeps its BEK in Key Vault without a KEK, so enabling backup is refused.</source>
        <translation>2017 年のルールでは、Azure Backup が暗号化された VM を保護するのは、ディスク暗号化キー (BEK) がキー暗号化キー (KEK) でラップされている場合だけです。この VM は KEK なしで BEK を Key Vault に保存しているため、バックアップの有効化が拒否されます。</translation>
    </message>
    <message>
        <source>Create an RSA key in the VM&apos;s key vault to use as key encryption key.</source>
        <translation>キー暗号化キーとして使用する RSA キーを VM のキー コンテナーに作成してください。</translation>
    </message>
    <message>
        <source>Turn disk encryption off for the VM and wait until the disks are decrypted.</source>
        <translation>VM のディスク暗号化を無効にし、ディスクの暗号化が解除されるまで待ってください。</translation>
    </message>
    <message>
        <source>Encrypt the VM again, this time with both the BEK and the new KEK.</source>
        <translation>今度は BEK と新しい KEK の両方を使って、VM をもう一度暗号化してください。</translation>
    </message>
    <message>
        <source>Enable backup again once the VM reports encryption with BEK and KEK.</source>
        <translation>VM が BEK と KEK による暗号化を報告したら、バックアップをもう一度有効にしてください。</translation>
    </message>
    <message>
        <source>Show how to re-encrypt with a KEK</source>
        <translation>KEK で再暗号化する方法を表示</translation>
    </message>
    <message>
        <source>The Backup service cannot read the VM&apos;s keys and secrets</source>
        <translation>バックアップ サービスが VM のキーとシークレットを読み取れません</translation>
    </message>
    <message>
        <source>To back up an encrypted VM, the Backup Management Service (a Microsoft application in your directory) must be able to read and back up the VM&apos;s BEK secret and KEK key. The key vault gives it no such right, so enabling protection or a scheduled backup fails.</source>
        <translation>暗号化された VM をバックアップするには、Backup Management Service (ディレクトリ内の Microsoft アプリケーション) が VM の BEK シークレットと KEK キーを読み取ってバックアップできる必要があります。キー コンテナーがその権限を与えていないため、保護の有効化やスケジュールされたバックアップが失敗します。</translation>
    </message>
    <message>
        <source>Make sure the VM is encrypted with both a BEK and a KEK.</source>
        <translation>VM が BEK と KEK の両方で暗号化されていることを確認してください。</translation>
    </message>
    <message>
        <source>For a key vault that uses access policies: add a policy for the Backup Management Service with get, list and backup on keys and on secrets (secrets only for a VM without KEK).</source>
        <translation>アクセス ポリシーを使用するキー コンテナーの場合: Backup Management Service に、キーとシークレットに対する取得、一覧表示、バックアップのポリシーを追加してください (KEK のない VM ではシークレットのみ)。</translation>
    </message>
    <message>
        <source>Enable backup again, or run Backup now for a VM that is already protected.</source>
        <translation>バックアップをもう一度有効にするか、既に保護されている VM では [今すぐバックアップ] を実行してください。</translation>
    </message>
    <message>
        <source>Grant access to the Backup service</source>
        <translation>バックアップ サービスにアクセスを許可</translation>
    </message>
    <message>
        <source>Encrypted classic VMs cannot be backed up</source>
        <translation>暗号化されたクラシック VM はバックアップできません</translation>
    </message>
    <message>
        <source>Backup and restore of encrypted VMs works only for VMs deployed through Azure Resource Manager. This VM is a classic (Service Management) VM.</source>
        <translation>暗号化された VM のバックアップと復元は、Azure Resource Manager でデプロイされた VM でのみ機能します。この VM はクラシック (Service Management) VM です。</translation>
    </message>
    <message>
        <source>Migrate the VM to Azure Resource Manager.</source>
        <translation>VM を Azure Resource Manager に移行してください。</translation>
    </message>
    <message>
        <source>Check that the migrated VM still reports its disk encryption settings.</source>
        <translation>移行した VM が引き続きディスク暗号化設定を報告していることを確認してください。</translation>
    </message>
    <message>
        <source>Enable backup for the migrated VM.</source>
        <translation>移行した VM のバックアップを有効にしてください。</translation>
    </message>
    <message>
        <source>The VM is already protected by another vault</source>
        <translation>VM は既に別のコンテナーで保護されています</translation>
    </message>
    <message>
        <source>A VM can be protected by one Recovery Services vault at a time. Another vault already protects (or is starting to protect) this VM.</source>
        <translation>VM を保護できる Recovery Services コンテナーは一度に 1 つだけです。別のコンテナーが既にこの VM を保護しています (または保護を開始しています)。</translation>
    </message>
    <message>
        <source>Keep the existing protection, or stop protection in the other vault first.</source>
        <translation>既存の保護を維持するか、まず別のコンテナーで保護を停止してください。</translation>
    </message>
    <message>
        <source>If the old vault&apos;s backups are no longer needed, delete its backup data.</source>
        <translation>古いコンテナーのバックアップが不要になった場合は、そのバックアップ データを削除してください。</translation>
    </message>
    <message>
        <source>Enable backup in this vault afterwards.</source>
        <translation>その後、このコンテナーでバックアップを有効にしてください。</translation>
    </message>
    <message>
        <source>Disks cannot be excluded from the backup of an encrypted VM</source>
        <translation>暗号化された VM のバックアップからディスクを除外することはできません</translation>
    </message>
    <message>
        <source>With the standard policy, an encrypted VM is backed up with all its disks; including or excluding single disks is refused.</source>
        <translation>標準ポリシーでは、暗号化された VM はすべてのディスクと共にバックアップされます。個々のディスクの追加や除外は拒否されます。</translation>
    </message>
    <message>
        <source>Back up all disks of the VM.</source>
        <translation>VM のすべてのディスクをバックアップしてください。</translation>
    </message>
    <message>
        <source>Or protect the VM with an Enhanced policy, which allows selective disk backup.</source>
        <translation>または、選択的ディスク バックアップが可能な拡張ポリシーで VM を保護してください。</translation>
    </message>
    <message>
        <source>The vault cannot use its own customer-managed key</source>
        <translation>コンテナーが独自のカスタマー マネージド キーを使用できません</translation>
    </message>
    <message>
        <source>The Recovery Services vault encrypts its backup data with a key you manage, and the vault&apos;s managed identity cannot reach that key. This is about the vault&apos;s key, not about the VM&apos;s disk encryption keys.</source>
        <translation>Recovery Services コンテナーはユーザーが管理するキーでバックアップ データを暗号化しており、コンテナーのマネージド ID がそのキーに到達できません。これはコンテナーのキーの問題であり、VM のディスク暗号化キーの問題ではありません。</translation>
    </message>
    <message>
        <source>Open the key vault that holds the vault&apos;s encryption key.</source>
        <translation>コンテナーの暗号化キーを保持するキー コンテナーを開いてください。</translation>
    </message>
    <message>
        <source>Give the vault&apos;s managed identity get, wrap key and unwrap key on that key.</source>
        <translation>コンテナーのマネージド ID に、そのキーに対する取得、キーのラップ、キーのラップ解除の権限を付与してください。</translation>
    </message>
    <message>
        <source>Check that the key is enabled and not expired, then retry the backup.</source>
        <translation>キーが有効で期限切れでないことを確認してから、バックアップを再試行してください。</translation>
    </message>
    <message>
        <source>You are not allowed to read or write in the key vault</source>
        <translation>キー コンテナーの読み取りまたは書き込みが許可されていません</translation>
    </message>
    <message>
        <source>The key vault refused your own account: no access policy or role gives you the permission the step needs, or the key vault&apos;s firewall blocks your address.</source>
        <translation>キー コンテナーが自分のアカウントを拒否しました: 手順に必要なアクセス許可を与えるアクセス ポリシーまたはロールがないか、キー コンテナーのファイアウォールによってアドレスがブロックされています。</translation>
    </message>
    <message>
        <source>Ask the key vault&apos;s owner for the missing key or secret permission (the message names the action).</source>
        <translation>不足しているキーまたはシークレットのアクセス許可をキー コンテナーの所有者に依頼してください (メッセージにアクションが示されています)。</translation>
    </message>
    <message>
        <source>If the message mentions the client address, allow your address in the key vault&apos;s networking settings.</source>
        <translation>メッセージにクライアント アドレスが示されている場合は、キー コンテナーのネットワーク設定で自分のアドレスを許可してください。</translation>
    </message>
    <message>
        <source>Try again after the change has propagated (a few minutes for role assignments).</source>
        <translation>変更が反映されてから再試行してください (ロールの割り当てでは数分かかります)。</translation>
    </message>
    <message>
        <source>Disk encryption could not be turned on for the restored VM</source>
        <translation>復元された VM のディスク暗号化を有効にできませんでした</translation>
    </message>
    <message>
        <source>The Azure Disk Encryption extension failed on the VM built from restored disks. Usually the key vault URL or resource id is wrong, the key vault is not enabled for disk encryption, or the VM cannot reach Key Vault.</source>
        <translation>復元されたディスクから作成された VM で Azure Disk Encryption 拡張機能が失敗しました。通常は、キー コンテナーの URL またはリソース ID が間違っている、キー コンテナーでディスク暗号化が有効になっていない、または VM が Key Vault に到達できないことが原因です。</translation>
    </message>
    <message>
        <source>Check the key vault URL and resource id passed to the extension.</source>
        <translation>拡張機能に渡されたキー コンテナーの URL とリソース ID を確認してください。</translation>
    </message>
    <message>
        <source>Enable the key vault for disk encryption.</source>
        <translation>キー コンテナーでディスク暗号化を有効にしてください。</translation>
    </message>
    <message>
        <source>Check the VM&apos;s outbound connectivity to Key Vault and Azure AD, then retry.</source>
        <translation>VM から Key Vault と Azure AD への送信接続を確認してから、再試行してください。</translation>
    </message>
    <message>
        <source>The secret URL given for disk encryption is not valid</source>
        <translation>ディスク暗号化に指定されたシークレットの URL が無効です</translation>
    </message>
    <message>
        <source>Disk encryption needs the full URL of one secret version. A tool passed something else (a status text, or a URL without version).</source>
        <translation>ディスク暗号化には、シークレットの 1 つのバージョンの完全な URL が必要です。ツールが別のもの (状態テキストやバージョンなしの URL) を渡しました。</translation>
    </message>
    <message>
        <source>Copy the secret URL, with its version, from the restored secret.</source>
        <translation>復元されたシークレットから、バージョン付きのシークレット URL をコピーしてください。</translation>
    </message>
    <message>
        <source>Run the step again with that URL.</source>
        <translation>その URL で手順をもう一度実行してください。</translation>
    </message>
    <message>
        <source>Your account may not do this</source>
        <translation>このアカウントにはこの操作が許可されていません</translation>
    </message>
    <message>
        <source>Azure Resource Manager refused the request: your role on the resource, its resource group or subscription does not include the action.</source>
        <translation>Azure Resource Manager が要求を拒否しました: リソース、そのリソース グループ、またはサブスクリプションに対するロールにこのアクションが含まれていません。</translation>
    </message>
    <message>
        <source>The message names the action and the scope; ask an Owner or User Access Administrator to grant a role that includes it.</source>
        <translation>メッセージにアクションとスコープが示されています。所有者またはユーザー アクセス管理者に、それを含むロールの割り当てを依頼してください。</translation>
    </message>
    <message>
        <source>Sign in again after the role was assigned, then retry.</source>
        <translation>ロールが割り当てられたらもう一度サインインし、再試行してください。</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>もう一度サインイン</translation>
    </message>
    <message>
        <source>Your sign-in has expired</source>
        <translation>サインインの有効期限が切れました</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer accepted (expired, revoked, or a password change).</source>
        <translation>保存されたサインインは受け付けられなくなりました (有効期限切れ、取り消し、またはパスワードの変更)。</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Retry the operation.</source>
        <translation>操作を再試行してください。</translation>
    </message>
    <message>
        <source>The service principal&apos;s credentials were refused</source>
        <translation>サービス プリンシパルの資格情報が拒否されました</translation>
    </message>
    <message>
        <source>Microsoft Entra ID does not know this client id in the tenant, or the client secret is wrong or has expired.</source>
        <translation>Microsoft Entra ID がテナント内でこのクライアント ID を認識していないか、クライアント シークレットが間違っているか期限切れです。</translation>
    </message>
    <message>
        <source>Check the tenant: the app registration must exist in (or be consented to) the tenant you sign in to.</source>
        <translation>テナントを確認してください: アプリの登録は、サインインするテナントに存在する (または同意されている) 必要があります。</translation>
    </message>
    <message>
        <source>Use the secret&apos;s value, not its id; the value is shown only once when the secret is created in the app registration&apos;s Certificates &amp; secrets page.</source>
        <translation>シークレットの ID ではなく値を使用してください。値は、アプリの登録の [証明書とシークレット] ページでシークレットを作成したときに一度だけ表示されます。</translation>
    </message>
    <message>
        <source>If the secret expired, create a new one and sign in with it.</source>
        <translation>シークレットの有効期限が切れている場合は、新しいシークレットを作成してサインインしてください。</translation>
    </message>
    <message>
        <source>The tenant was not found</source>
        <translation>テナントが見つかりませんでした</translation>
    </message>
    <message>
        <source>The tenant id or domain does not exist in the chosen cloud.</source>
        <translation>テナント ID またはドメインが、選択したクラウドに存在しません。</translation>
    </message>
    <message>
        <source>Check the tenant id (a GUID) or its domain, such as contoso.onmicrosoft.com.</source>
        <translation>テナント ID (GUID) またはそのドメイン (contoso.onmicrosoft.com など) を確認してください。</translation>
    </message>
    <message>
        <source>Check the cloud: a tenant of Azure US Government or Azure operated by 21Vianet is not found in the public cloud.</source>
        <translation>クラウドを確認してください: Azure US Government や 21Vianet が運営する Azure のテナントは、パブリック クラウドでは見つかりません。</translation>
    </message>
    <message>
        <source>Azure is limiting the request rate</source>
        <translation>Azure が要求レートを制限しています</translation>
    </message>
    <message>
        <source>Too many requests were sent in a short time; Azure asks to wait before sending more. The app already retried after the delay Azure asked for.</source>
        <translation>短時間に送信された要求が多すぎるため、Azure は次の要求まで待つよう求めています。アプリは Azure が指定した待機時間の後に既に再試行しました。</translation>
    </message>
    <message>
        <source>Wait a minute and retry.</source>
        <translation>1 分待ってから再試行してください。</translation>
    </message>
    <message>
        <source>Work on fewer VMs at once, or close other tools using the same subscription.</source>
        <translation>一度に扱う VM の数を減らすか、同じサブスクリプションを使用する他のツールを閉じてください。</translation>
    </message>
    <message>
        <source>The VM is in another region than the vault</source>
        <translation>VM がコンテナーとは別のリージョンにあります</translation>
    </message>
    <message>
        <source>A Recovery Services vault protects only VMs of its own region.</source>
        <translation>Recovery Services コンテナーが保護できるのは、同じリージョンの VM だけです。</translation>
    </message>
    <message>
        <source>Choose (or create) a vault in the VM&apos;s region.</source>
        <translation>VM のリージョンにあるコンテナーを選択 (または作成) してください。</translation>
    </message>
    <message>
        <source>The key vault could not be checked</source>
        <translation>キー コンテナーを確認できませんでした</translation>
    </message>
    <message>
        <source>Your account may not read this key vault&apos;s keys or secrets, so the app cannot confirm that the VM&apos;s key and secret exist. Backup itself does not need your access; it needs the Backup service&apos;s.</source>
        <translation>このアカウントではこのキー コンテナーのキーまたはシークレットを読み取れないため、VM のキーとシークレットが存在することをアプリで確認できません。バックアップ自体に必要なのは、このアカウントのアクセスではなく、バックアップ サービスのアクセスです。</translation>
    </message>
    <message>
        <source>Ask the key vault&apos;s owner to confirm the key and secret exist and are enabled, or to give you read access to their metadata.</source>
        <translation>キー コンテナーの所有者に、キーとシークレットが存在して有効であることの確認、またはそれらのメタデータへの読み取りアクセスの付与を依頼してください。</translation>
    </message>
    <message>
        <source>The VM&apos;s key vault no longer exists</source>
        <translation>VM のキー コンテナーはもう存在しません</translation>
    </message>
    <message>
        <source>The recovery point refers to a key vault that was deleted. Without it the restored disks cannot be unlocked.</source>
        <translation>復旧ポイントは削除されたキー コンテナーを参照しています。それがないと、復元されたディスクのロックを解除できません。</translation>
    </message>
    <message>
        <source>Create a key vault (or pick one) in the same subscription and region, enabled for disk encryption.</source>
        <translation>同じサブスクリプションとリージョンに、ディスク暗号化が有効なキー コンテナーを作成 (または選択) してください。</translation>
    </message>
    <message>
        <source>Restore the KEK and then the BEK secret from the recovery point into that key vault.</source>
        <translation>復旧ポイントから KEK を、次に BEK シークレットを、そのキー コンテナーに復元してください。</translation>
    </message>
    <message>
        <source>Restore the disks, then create the VM from them with the new key and secret URLs.</source>
        <translation>ディスクを復元してから、新しいキーとシークレットの URL を使用して、そのディスクから VM を作成してください。</translation>
    </message>
    <message>
        <source>Restore key and secret</source>
        <translation>キーとシークレットを復元</translation>
    </message>
    <message>
        <source>The VM&apos;s key and secret are missing from the key vault</source>
        <translation>VM のキーとシークレットがキー コンテナーにありません</translation>
    </message>
    <message>
        <source>The key vault still exists, but the KEK version or the BEK secret version the recovery point refers to was deleted (and purged).</source>
        <translation>キー コンテナーは存在しますが、復旧ポイントが参照する KEK のバージョンまたは BEK シークレットのバージョンが削除 (および消去) されています。</translation>
    </message>
    <message>
        <source>Restore the key and the secret from the recovery point&apos;s backup data.</source>
        <translation>復旧ポイントのバックアップ データからキーとシークレットを復元してください。</translation>
    </message>
    <message>
        <source>Restore the disks, then create the VM from them.</source>
        <translation>ディスクを復元してから、そのディスクから VM を作成してください。</translation>
    </message>
    <message>
        <source>The Backup service may not create the VM for you</source>
        <translation>バックアップ サービスは VM を代わりに作成できません</translation>
    </message>
    <message>
        <source>Restoring as a new VM lets the Backup service create resources in your subscription on your behalf, and it is not authorised to do so there.</source>
        <translation>新しい VM として復元すると、バックアップ サービスがユーザーに代わってサブスクリプションにリソースを作成しますが、そこではその権限がありません。</translation>
    </message>
    <message>
        <source>Restore the disks instead of a new VM.</source>
        <translation>新しい VM ではなく、ディスクを復元してください。</translation>
    </message>
    <message>
        <source>Create the VM yourself from the restored disks (template or script), with the encryption settings of the recovery point.</source>
        <translation>復旧ポイントの暗号化設定を使用して、復元されたディスクから VM を自分で作成してください (テンプレートまたはスクリプト)。</translation>
    </message>
    <message>
        <source>Restore disks, then create the VM</source>
        <translation>ディスクを復元してから VM を作成</translation>
    </message>
    <message>
        <source>An encrypted VM cannot be restored directly as a new VM</source>
        <translation>暗号化された VM を新しい VM として直接復元することはできません</translation>
    </message>
    <message>
        <source>For encrypted VMs the service only restores disks; the VM is created afterwards from those disks.</source>
        <translation>暗号化された VM の場合、サービスが復元するのはディスクだけです。VM はその後、そのディスクから作成されます。</translation>
    </message>
    <message>
        <source>Restore the disks.</source>
        <translation>ディスクを復元してください。</translation>
    </message>
    <message>
        <source>Create the VM from the restored disks.</source>
        <translation>復元されたディスクから VM を作成してください。</translation>
    </message>
    <message>
        <source>The snapshot of this recovery point is gone</source>
        <translation>この復旧ポイントのスナップショットはもう存在しません</translation>
    </message>
    <message>
        <source>The recovery point&apos;s snapshot tier no longer exists.</source>
        <translation>復旧ポイントのスナップショット層はもう存在しません。</translation>
    </message>
    <message>
        <source>Choose another recovery point, one kept in the vault tier.</source>
        <translation>別の復旧ポイント (コンテナー層に保持されているもの) を選択してください。</translation>
    </message>
    <message>
        <source>Choose another recovery point</source>
        <translation>別の復旧ポイントを選択</translation>
    </message>
    <message>
        <source>The VM size or image plan is not available</source>
        <translation>VM のサイズまたはイメージ プランを使用できません</translation>
    </message>
    <message>
        <source>The size of the original VM, or its marketplace plan, cannot be used in the target region or subscription.</source>
        <translation>元の VM のサイズまたは Marketplace プランは、ターゲットのリージョンまたはサブスクリプションでは使用できません。</translation>
    </message>
    <message>
        <source>Create the VM from them with an available size (and accept the plan terms for marketplace images).</source>
        <translation>利用可能なサイズでそのディスクから VM を作成してください (Marketplace イメージではプランの条件に同意してください)。</translation>
    </message>
    <message>
        <source>The service rejected the restore input</source>
        <translation>サービスが復元の入力を拒否しました</translation>
    </message>
    <message>
        <source>A generic input error; most often the staging storage account is in another region or of an unsupported type.</source>
        <translation>一般的な入力エラーです。ほとんどの場合、ステージング ストレージ アカウントが別のリージョンにあるか、サポートされていない種類です。</translation>
    </message>
    <message>
        <source>Use a general-purpose storage account in the vault&apos;s region.</source>
        <translation>コンテナーのリージョンにある汎用ストレージ アカウントを使用してください。</translation>
    </message>
    <message>
        <source>Retry the restore.</source>
        <translation>復元を再試行してください。</translation>
    </message>
    <message>
        <source>Replacing the existing VM failed</source>
        <translation>既存の VM の置換に失敗しました</translation>
    </message>
    <message>
        <source>An undocumented failure of &quot;replace existing&quot;. That option is not available for encrypted VMs anyway.</source>
        <translation>&quot;既存のものを置換&quot; の文書化されていないエラーです。このオプションは、いずれにしても暗号化された VM では使用できません。</translation>
    </message>
    <message>
        <source>Restore the disks and create the VM from them instead.</source>
        <translation>代わりにディスクを復元し、そのディスクから VM を作成してください。</translation>
    </message>
    <message>
        <source>If the error persists, copy the details and open a support request.</source>
        <translation>エラーが解決しない場合は、詳細をコピーしてサポート リクエストを作成してください。</translation>
    </message>
    <message>
        <source>The restored VM&apos;s agent does not report</source>
        <translation>復元された VM のエージェントが応答しません</translation>
    </message>
    <message>
        <source>The VM created from restored disks did not start its agent. An encrypted VM whose BEK is missing or wrong stops at the BitLocker recovery screen and never reports.</source>
        <translation>復元されたディスクから作成された VM でエージェントが開始されませんでした。BEK がない、または間違っている暗号化 VM は、BitLocker 回復画面で停止し、応答しません。</translation>
    </message>
    <message>
        <source>Look at the VM&apos;s boot diagnostics: a BitLocker recovery screen means the key or secret is missing or wrong.</source>
        <translation>VM のブート診断を確認してください: BitLocker 回復画面が表示される場合は、キーまたはシークレットがないか間違っています。</translation>
    </message>
    <message>
        <source>Otherwise check that the agent runs and can reach Azure Storage.</source>
        <translation>そうでない場合は、エージェントが実行中で Azure Storage に到達できることを確認してください。</translation>
    </message>
    <message>
        <source>The key or secret backup cannot be restored into this key vault</source>
        <translation>キーまたはシークレットのバックアップをこのキー コンテナーに復元できません</translation>
    </message>
    <message>
        <source>A Key Vault backup can only be restored in the same subscription and Azure geography as the key vault it came from.</source>
        <translation>Key Vault のバックアップは、元のキー コンテナーと同じサブスクリプションおよび Azure 地域にのみ復元できます。</translation>
    </message>
    <message>
        <source>Pick a key vault in the VM&apos;s subscription and region.</source>
        <translation>VM のサブスクリプションとリージョンにあるキー コンテナーを選択してください。</translation>
    </message>
    <message>
        <source>Restore the key and secret again.</source>
        <translation>キーとシークレットをもう一度復元してください。</translation>
    </message>
    <message>
        <source>The restore template cannot be read from storage</source>
        <translation>復元テンプレートをストレージから読み取れません</translation>
    </message>
    <message>
        <source>The staging storage account does not allow shared-key access, which template deployment from a blob URL needs.</source>
        <translation>ステージング ストレージ アカウントで共有キー アクセスが許可されていませんが、BLOB の URL からテンプレートをデプロイするにはそれが必要です。</translation>
    </message>
    <message>
        <source>Let the app download the template with your Entra ID sign-in and deploy it directly.</source>
        <translation>アプリで Entra ID のサインインを使ってテンプレートをダウンロードし、直接デプロイしてください。</translation>
    </message>
    <message>
        <source>Or allow shared-key access on the account for the time of the deployment.</source>
        <translation>または、デプロイの間だけアカウントで共有キー アクセスを許可してください。</translation>
    </message>
    <message>
        <source>Create the VM from restored disks</source>
        <translation>復元されたディスクから VM を作成</translation>
    </message>
    <message>
        <source>Enable backup</source>
        <translation>バックアップの有効化</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Create VM from restored disks</source>
        <translation>復元されたディスクから VM を作成</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Any operation</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>For a key vault that uses Azure RBAC: assign the Backup Management Service, at the key vault, a custom role with only the data actions it needs (back up and read keys; back up, get and read the metadata of secrets). Key Vault Administrator also works but grants far more.</source>
        <translation>Azure RBAC を使用するキー コンテナーの場合: キー コンテナーのスコープで、必要なデータ アクション (キーのバックアップと読み取り、シークレットのバックアップ、取得、メタデータの読み取り) だけを含むカスタム ロールを Backup Management Service に割り当ててください。Key Vault 管理者でも機能しますが、はるかに多くの権限が付与されます。</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>&amp;Troubleshoot</source>
        <translation>トラブルシューティング(&amp;T)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>%1 (error code %2)</source>
        <translation>%1 (エラー コード %2)</translation>
    </message>
    <message>
        <source>Troubleshooting entry: %1</source>
        <translation>トラブルシューティング項目: %1</translation>
    </message>
</context>
<context>
    <name>FeatureLauncher</name>
    <message>
        <source>Settings saved. The cloud and language change at the next start.</source>
        <translation>設定を保存しました。クラウドと言語は次回の起動時に変更されます。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
    <message>
        <source>The disks of %1 are restored. Choose Restore for %1 to create the VM.</source>
        <translation>%1 のディスクが復元されました。VM を作成するには、%1 の [復元] を選んでください。</translation>
    </message>
    <message>
        <source>The restore of %1 did not succeed. Choose Restore for %1 to see why.</source>
        <translation>%1 の復元は成功しませんでした。理由を確認するには、%1 の [復元] を選んでください。</translation>
    </message>
</context>
<context>
    <name>FindRecentJobOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
</context>
<context>
    <name>FollowJobOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>The job answer has no status.</source>
        <translation>ジョブの応答に状態がありません。</translation>
    </message>
    <message>
        <source>The job %1 was cancelled.</source>
        <translation>ジョブ %1 はキャンセルされました。</translation>
    </message>
    <message>
        <source>The job %1 failed.</source>
        <translation>ジョブ %1 は失敗しました。</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <source>Backup goal</source>
        <translation>バックアップの目標</translation>
    </message>
    <message>
        <source>Vault %1 in %2. Tell us what you want to protect.</source>
        <translation>%2 のコンテナー %1。保護する対象を指定してください。</translation>
    </message>
    <message>
        <source>Where is your workload running?</source>
        <translation>ワークロードはどこで実行されていますか?</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>On-premises</source>
        <translation>オンプレミス</translation>
    </message>
    <message>
        <source>What do you want to back up?</source>
        <translation>何をバックアップしますか?</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Other (files and folders, SQL Server, SAP HANA, Azure Files)</source>
        <translation>その他 (ファイルとフォルダー、SQL Server、SAP HANA、Azure Files)</translation>
    </message>
    <message>
        <source>Goal message</source>
        <translation>目標に関するメッセージ</translation>
    </message>
    <message>
        <source>&amp;Where is your workload running?</source>
        <translation>ワークロードはどこで実行されていますか(&amp;W)?</translation>
    </message>
    <message>
        <source>W&amp;hat do you want to back up?</source>
        <translation>何をバックアップしますか(&amp;H)?</translation>
    </message>
</context>
<context>
    <name>GrantKeyVaultAccessOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Looking up the Backup Management Service</source>
        <translation>Backup Management Service を検索しています</translation>
    </message>
    <message>
        <source>Reading the key vault</source>
        <translation>キー コンテナーを読み取っています</translation>
    </message>
    <message>
        <source>Added an access policy on %1: the Backup Management Service may get, list and back up keys and secrets.</source>
        <translation>%1 にアクセス ポリシーを追加しました: Backup Management Service はキーとシークレットの取得、一覧表示、バックアップができます。</translation>
    </message>
    <message>
        <source>Added an access policy on %1: the Backup Management Service may get, list and back up secrets.</source>
        <translation>%1 にアクセス ポリシーを追加しました: Backup Management Service はシークレットの取得、一覧表示、バックアップができます。</translation>
    </message>
    <message>
        <source>Granting access</source>
        <translation>アクセスを許可しています</translation>
    </message>
    <message>
        <source>Assigned the role &quot;%1&quot; on %2 to the Backup Management Service: it may read and back up %3, nothing more.</source>
        <translation>%2 に対するロール「%1」を Backup Management Service に割り当てました: このサービスで可能なのは %3 の読み取りとバックアップだけです。</translation>
    </message>
    <message>
        <source>keys and secrets</source>
        <translation>キーとシークレット</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>シークレット</translation>
    </message>
</context>
<context>
    <name>InterruptedBackupNowRun</name>
    <message>
        <source>Interrupted backup now</source>
        <translation>中断された [今すぐバックアップ]</translation>
    </message>
    <message numerus="yes">
        <source>Backup now for %n VM(s) in vault %1 did not finish: the app was closed or stopped while it ran. This is what the vault&apos;s backup jobs show now. A request whose answer never came is not sent again when its job was found. Every on-demand backup attempt counts against the VM&apos;s daily limit, so only the VMs not started are sent by default.</source>
        <translation>
            <numerusform>コンテナー %1 の %n 台の VM に対する [今すぐバックアップ] が完了しませんでした: 実行中にアプリが閉じられたか停止しました。以下は、コンテナーのバックアップ ジョブの現在の状態です。応答が届かなかった要求でも、そのジョブが見つかった場合は再送信されません。オンデマンド バックアップの試行はすべて VM の 1 日の上限に数えられるため、既定では未開始の VM だけが送信されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 backed up, %2 running, %3 failed or refused, %4 not started.</source>
        <translation>バックアップ済み %1 台、実行中 %2 台、失敗または拒否 %3 台、未開始 %4 台。</translation>
    </message>
    <message>
        <source>Starts backup now, until %1, for the VMs not started (and the failed ones if you ask for them), and follows the backups still running</source>
        <translation>未開始の VM (および指定した場合は失敗した VM) に対して、%1 まで保持する今すぐバックアップを開始し、実行中のバックアップを引き続き追跡します</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Sent, but the vault has no backup job for it</source>
        <translation>送信済みですが、コンテナーにバックアップ ジョブがありません</translation>
    </message>
    <message>
        <source>Backup running</source>
        <translation>バックアップ実行中</translation>
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation>バックアップ キャンセル済み</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>バックアップ失敗</translation>
    </message>
    <message>
        <source>Backup completed</source>
        <translation>バックアップ完了</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Start backup now again from the vault to choose a new date.</source>
        <translation>新しい日付を選択するには、コンテナーから [今すぐバックアップ] をもう一度開始してください。</translation>
    </message>
    <message>
        <source>The backup job was cancelled (job %1).</source>
        <translation>バックアップ ジョブはキャンセルされました (ジョブ %1)。</translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <translation>%1 (ジョブ %2)</translation>
    </message>
    <message>
        <source>The backup job failed.</source>
        <translation>バックアップ ジョブは失敗しました。</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>ジョブ %1</translation>
    </message>
    <message>
        <source>Completed (job %1)</source>
        <translation>完了 (ジョブ %1)</translation>
    </message>
</context>
<context>
    <name>InterruptedEnableRun</name>
    <message>
        <source>Interrupted backup run</source>
        <translation>中断されたバックアップの実行</translation>
    </message>
    <message numerus="yes">
        <source>Enabling backup for %n VM(s) in vault %1 did not finish: the app was closed or stopped while it ran. This is what the vault shows now.</source>
        <translation>
            <numerusform>コンテナー %1 の %n 台の VM に対するバックアップの有効化が完了しませんでした: 実行中にアプリが閉じられたか停止しました。以下は、コンテナーの現在の状態です。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 protected, %2 failed.</source>
        <translation>保護済み %1 台、失敗 %2 台。</translation>
    </message>
    <message>
        <source>%1 protected, %2 failed, %3 not started.</source>
        <translation>保護済み %1 台、失敗 %2 台、未開始 %3 台。</translation>
    </message>
    <message>
        <source>Enables backup for the failed and not started VMs only</source>
        <translation>失敗した VM と未開始の VM に対してのみバックアップを有効にします</translation>
    </message>
</context>
<context>
    <name>InterruptedGrantRun</name>
    <message>
        <source>Interrupted Key Vault access grant</source>
        <translation>中断された Key Vault アクセスの付与</translation>
    </message>
    <message numerus="yes">
        <source>Granting the Backup service access to %n key vault(s) did not finish: the app was closed or stopped while it ran. This is the access each key vault shows now.</source>
        <translation>
            <numerusform>%n 個のキー コンテナーへのアクセスをバックアップ サービスに付与する処理が完了しませんでした: 実行中にアプリが閉じられたか停止しました。以下は、各キー コンテナーの現在のアクセス状態です。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 granted, %2 failed, %3 not started.</source>
        <translation>許可済み %1 個、失敗 %2 個、未開始 %3 個。</translation>
    </message>
    <message>
        <source>Grants the access still missing, on those key vaults only</source>
        <translation>まだ不足しているアクセスを、それらのキー コンテナーに対してのみ付与します</translation>
    </message>
    <message>
        <source>The record of this run does not say which identity the Backup service has. Open Key Vault access from the vault to check and grant it again.</source>
        <translation>この実行の記録には、バックアップ サービスの ID が記載されていません。確認してもう一度付与するには、コンテナーから Key Vault アクセスを開いてください。</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>読み取れません</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>許可済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Granting</source>
        <translation>許可中</translation>
    </message>
</context>
<context>
    <name>InterruptedRunDialog</name>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>続行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Discard the run</source>
        <translation>実行を破棄</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>後で決定</translation>
    </message>
    <message>
        <source>Keeps the record; the next start asks again</source>
        <translation>記録を保持します。次回の起動時にもう一度確認されます</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>非表示(&amp;H)</translation>
    </message>
    <message>
        <source>The run goes on; its progress is kept on disk</source>
        <translation>実行は続行されます。進行状況はディスクに保存されます</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Items of the interrupted run</source>
        <translation>中断された実行の項目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Also send the &amp;failed and refused ones again</source>
        <translation>失敗および拒否されたものも再送信する(&amp;F)</translation>
    </message>
    <message>
        <source>Also send the failed and refused ones again</source>
        <translation>失敗および拒否されたものも再送信する</translation>
    </message>
    <message>
        <source>Each on-demand backup attempt counts against the VM&apos;s daily limit</source>
        <translation>オンデマンド バックアップの試行はそれぞれ VM の 1 日の上限に数えられます</translation>
    </message>
    <message>
        <source>Forgets the record of this run; what it did stays as it is</source>
        <translation>この実行の記録を消去します。実行済みの内容はそのまま残ります</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading what the service shows now…</source>
        <translation>サービスの現在の状態を読み取っています…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Continue (%n left)</source>
        <translation>
            <numerusform>続行 (残り %n 件)(&amp;C)</numerusform>
        </translation>
    </message>
    <message>
        <source>The service could not be read, so what the run did is not known yet: %1 Choose Later to try again at the next start.</source>
        <translation>サービスを読み取れなかったため、実行の結果はまだわかりません: %1 次回の起動時に再試行するには、[後で] を選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>The run is complete; %n item(s) did not succeed. The Details column says why.</source>
        <translation>
            <numerusform>実行は完了しましたが、%n 個の項目が成功しませんでした。理由は [詳細] 列に示されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The run is complete: every item of it succeeded.</source>
        <translation>実行は完了しました: すべての項目が成功しました。</translation>
    </message>
</context>
<context>
    <name>JobDetailsView</name>
    <message>
        <source>&amp;Copy details</source>
        <translation>詳細のコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>ジョブの詳細</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Job status</source>
        <translation>ジョブの状態</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Job properties</source>
        <translation>ジョブのプロパティ</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Job and correlation ids</source>
        <translation>ジョブ ID と相関 ID</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細のコピー</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>ジョブのキャンセル</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>プロパティ(&amp;P)</translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation>ジョブが選択されていません</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>%1 · started %2 · %3</source>
        <translation>%1 · 開始 %2 · %3</translation>
    </message>
    <message>
        <source> · %1 % done</source>
        <translation> · %1 % 完了</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>推奨: %1</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot</source>
        <translation>トラブルシューティング(&amp;R)</translation>
    </message>
    <message>
        <source>The job completed with warnings.</source>
        <translation>ジョブは警告付きで完了しました。</translation>
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
        <translation>ジョブ ID: %1</translation>
    </message>
    <message>
        <source>Correlation (activity) id: %1</source>
        <translation>相関 (アクティビティ) ID: %1</translation>
    </message>
    <message>
        <source>Start (UTC): %1</source>
        <translation>開始 (UTC): %1</translation>
    </message>
    <message>
        <source>End (UTC): %1</source>
        <translation>終了 (UTC): %1</translation>
    </message>
    <message>
        <source>T&amp;asks</source>
        <translation>タスク(&amp;A)</translation>
    </message>
</context>
<context>
    <name>JobFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>Configure backup</source>
        <translation>バックアップの構成</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Disable backup</source>
        <translation>バックアップの無効化</translation>
    </message>
    <message>
        <source>Delete backup data</source>
        <translation>バックアップ データの削除</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Completed with warnings</source>
        <translation>警告付きで完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>キャンセル中</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>操作: %1</translation>
    </message>
    <message>
        <source>Item: %1</source>
        <translation>項目: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Start (UTC): %1</source>
        <translation>開始 (UTC): %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>期間: %1</translation>
    </message>
    <message>
        <source>Job id: %1</source>
        <translation>ジョブ ID: %1</translation>
    </message>
    <message>
        <source>Correlation (activity) id: %1</source>
        <translation>相関 (アクティビティ) ID: %1</translation>
    </message>
    <message>
        <source>End (UTC): %1</source>
        <translation>終了 (UTC): %1</translation>
    </message>
    <message>
        <source>Task: %1 - %2</source>
        <translation>タスク: %1 - %2</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>エラー コード: %1</translation>
    </message>
    <message>
        <source>Error message: %1</source>
        <translation>エラー メッセージ: %1</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>推奨事項: %1</translation>
    </message>
</context>
<context>
    <name>JobListModel</name>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Progress unknown</source>
        <translation>進行状況不明</translation>
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
        <translation>ジョブはもう一覧にありません。</translation>
    </message>
</context>
<context>
    <name>JobsPane</name>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状態フィルター</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Operation filter</source>
        <translation>操作フィルター</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh jobs</source>
        <translation>ジョブを更新</translation>
    </message>
    <message>
        <source>Cance&amp;l job</source>
        <translation>ジョブのキャンセル(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>選択したジョブをキャンセルします</translation>
    </message>
    <message>
        <source>Jobs summary</source>
        <translation>ジョブの概要</translation>
    </message>
    <message>
        <source>Jobs list</source>
        <translation>ジョブの一覧</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>操作(&amp;O):</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n 件のジョブ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n running</source>
        <translation>
            <numerusform>、%n 件実行中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%2 の %1: %3</translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation>ジョブを読み込んでいます…</translation>
    </message>
    <message>
        <source>The job could not be cancelled: %1</source>
        <translation>ジョブをキャンセルできませんでした: %1</translation>
    </message>
    <message>
        <source>Job cancelled</source>
        <translation>ジョブをキャンセルしました</translation>
    </message>
    <message>
        <source>Some jobs could not be read: %1</source>
        <translation>一部のジョブを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状態(&amp;U):</translation>
    </message>
    <message>
        <source>Ti&amp;me:</source>
        <translation>期間(&amp;M):</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>ジョブのキャンセル</translation>
    </message>
    <message>
        <source>Cancel %1 of %2? What the job has done so far is not undone.</source>
        <translation>%2 の %1 をキャンセルしますか? ジョブがここまでに行った処理は元に戻りません。</translation>
    </message>
    <message>
        <source>No jobs</source>
        <translation>ジョブはありません</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>KeyVaultAccessController</name>
    <message>
        <source>Someone with Key Vault Contributor (or Contributor or Owner) on key vault %1 must add the Backup Management Service&apos;s access policy.</source>
        <translation>キー コンテナー %1 に対する Key Vault 共同作成者 (または共同作成者か所有者) のロールを持つユーザーが、Backup Management Service のアクセス ポリシーを追加する必要があります。</translation>
    </message>
    <message>
        <source>An Owner or User Access Administrator of key vault %1 (or of its resource group or subscription) must create the custom role &quot;%2&quot;, which holds only the data actions %3, and assign it to the Backup Management Service at the vault. Those who prefer the built-in Key Vault Administrator role may assign it instead, but it also lets the service change, delete and purge everything in the vault.</source>
        <translation>キー コンテナー %1 (またはそのリソース グループかサブスクリプション) の所有者またはユーザー アクセス管理者が、データ アクション %3 だけを含むカスタム ロール「%2」を作成し、コンテナーのスコープで Backup Management Service に割り当てる必要があります。代わりに組み込みの Key Vault 管理者ロールを割り当てることもできますが、その場合、サービスはコンテナー内のすべてのものを変更、削除、消去できるようになります。</translation>
    </message>
</context>
<context>
    <name>KeyVaultAccessDialog</name>
    <message>
        <source>Key Vault Access for Azure Backup</source>
        <translation>Azure Backup の Key Vault アクセス</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>KeyVaultAccessPage</name>
    <message>
        <source>Key Vault access</source>
        <translation>Key Vault アクセス</translation>
    </message>
    <message>
        <source>Azure Backup must be able to read and back up the keys and secrets of the encrypted VMs.</source>
        <translation>Azure Backup が、暗号化された VM のキーとシークレットを読み取ってバックアップできる必要があります。</translation>
    </message>
    <message>
        <source>&amp;Grant and continue</source>
        <translation>許可して続行(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>続行(&amp;C)</translation>
    </message>
</context>
<context>
    <name>KeyVaultAccessScanOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Some virtual machines could not be read: %1</source>
        <translation>一部の仮想マシンを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The Backup Management Service is not known in this cloud, so key vault access policies were not checked.</source>
        <translation>このクラウドでは Backup Management Service が不明なため、キー コンテナーのアクセス ポリシーは確認されませんでした。</translation>
    </message>
    <message>
        <source>The Backup Management Service could not be looked up in Microsoft Graph (%1), so key vault permissions were not checked.</source>
        <translation>Microsoft Graph で Backup Management Service を検索できなかったため (%1)、キー コンテナーのアクセス許可は確認されませんでした。</translation>
    </message>
    <message>
        <source>Key vault %1 could not be read: %2</source>
        <translation>キー コンテナー %1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>The role assignments of key vault %1 could not be read: %2</source>
        <translation>キー コンテナー %1 のロールの割り当てを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>No access policy of key vault %1 gives the Backup Management Service get, list and backup on keys and secrets.</source>
        <translation>キー コンテナー %1 には、Backup Management Service にキーとシークレットの取得、一覧表示、バックアップを許可するアクセス ポリシーがありません。</translation>
    </message>
    <message>
        <source>No access policy of key vault %1 gives the Backup Management Service get, list and backup on secrets.</source>
        <translation>キー コンテナー %1 には、Backup Management Service にシークレットの取得、一覧表示、バックアップを許可するアクセス ポリシーがありません。</translation>
    </message>
    <message>
        <source>The last backup of %1 failed with %2: the Backup Management Service cannot read the VM&apos;s keys and secrets.</source>
        <translation>%1 の前回のバックアップは %2 で失敗しました: Backup Management Service が VM のキーとシークレットを読み取れません。</translation>
    </message>
    <message>
        <source>Key vault %1 uses Azure RBAC and the Backup Management Service has no role on it.</source>
        <translation>キー コンテナー %1 は Azure RBAC を使用していますが、Backup Management Service にはこのキー コンテナーに対するロールがありません。</translation>
    </message>
    <message>
        <source>Key vault %1 uses Azure RBAC and the roles of the Backup Management Service there (%2) do not let it read and back up %3.</source>
        <translation>キー コンテナー %1 は Azure RBAC を使用していますが、そこでの Backup Management Service のロール (%2) では %3 の読み取りとバックアップができません。</translation>
    </message>
    <message>
        <source>keys and secrets</source>
        <translation>キーとシークレット</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>シークレット</translation>
    </message>
</context>
<context>
    <name>KeyVaultAccessWidget</name>
    <message>
        <source>Why Backup needs key vault access</source>
        <translation>バックアップにキー コンテナーへのアクセスが必要な理由</translation>
    </message>
    <message>
        <source>Backup Management Service lookup</source>
        <translation>Backup Management Service の検索</translation>
    </message>
    <message>
        <source>Backup Management Service object ID</source>
        <translation>Backup Management Service のオブジェクト ID</translation>
    </message>
    <message>
        <source>&amp;Use this object ID</source>
        <translation>このオブジェクト ID を使用(&amp;U)</translation>
    </message>
    <message>
        <source>Use this object ID</source>
        <translation>このオブジェクト ID を使用</translation>
    </message>
    <message>
        <source>Key vaults</source>
        <translation>キー コンテナー</translation>
    </message>
    <message>
        <source>Key vault access message</source>
        <translation>Key Vault アクセスに関するメッセージ</translation>
    </message>
    <message>
        <source>Equivalent commands</source>
        <translation>同等のコマンド</translation>
    </message>
    <message>
        <source>Copy &amp;PowerShell</source>
        <translation>PowerShell のコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the Az PowerShell commands</source>
        <translation>Az PowerShell コマンドをコピーします</translation>
    </message>
    <message>
        <source>Copy Azure C&amp;LI</source>
        <translation>Azure CLI のコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Copy the Azure CLI commands</source>
        <translation>Azure CLI コマンドをコピーします</translation>
    </message>
    <message>
        <source>I c&amp;onfirm: give the Backup Management Service the missing permissions on the key vaults above</source>
        <translation>確認しました: 上記のキー コンテナーに対する不足しているアクセス許可を Backup Management Service に付与します(&amp;O)</translation>
    </message>
    <message>
        <source>Confirm the grant</source>
        <translation>許可の確認</translation>
    </message>
    <message>
        <source>&amp;Grant access</source>
        <translation>アクセスを許可(&amp;G)</translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation>アクセスを許可</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>再確認(&amp;H)</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <source>Continue &amp;without this access: I understand that backups of the VMs behind these key vaults will fail until someone grants it</source>
        <translation>このアクセスなしで続行: これらのキー コンテナーを使用する VM のバックアップは、誰かがアクセスを許可するまで失敗することを理解しています(&amp;W)</translation>
    </message>
    <message>
        <source>Continue without key vault access</source>
        <translation>キー コンテナーへのアクセスなしで続行</translation>
    </message>
    <message>
        <source>Object ID of &quot;Backup Management Service&quot; in your tenant</source>
        <translation>テナント内の &quot;Backup Management Service&quot; のオブジェクト ID</translation>
    </message>
    <message>
        <source>Find it with: az ad sp list --display-name &quot;Backup Management Service&quot;</source>
        <translation>確認方法: az ad sp list --display-name &quot;Backup Management Service&quot;</translation>
    </message>
    <message>
        <source>Key vault</source>
        <translation>キー コンテナー</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Permission model</source>
        <translation>アクセス許可モデル</translation>
    </message>
    <message>
        <source>Backup needs</source>
        <translation>バックアップに必要</translation>
    </message>
    <message>
        <source>Backup has</source>
        <translation>バックアップの現状</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Commands an administrator can run elsewhere to grant the same access</source>
        <translation>同じアクセスを許可するために管理者が別の場所で実行できるコマンド</translation>
    </message>
    <message>
        <source>Or run elsewhere:</source>
        <translation>または別の場所で実行:</translation>
    </message>
    <message>
        <source>Looking up the Backup Management Service in your directory…</source>
        <translation>ディレクトリで Backup Management Service を検索しています…</translation>
    </message>
    <message>
        <source>Backup Management Service object ID in this tenant: %1</source>
        <translation>このテナントの Backup Management Service のオブジェクト ID: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph did not let you look up the Backup Management Service (you need Application.Read.All or a directory reader role). Type its object ID below.</source>
        <translation>Microsoft Graph で Backup Management Service を検索することが許可されませんでした (Application.Read.All またはディレクトリ閲覧者ロールが必要です)。下にオブジェクト ID を入力してください。</translation>
    </message>
    <message>
        <source>The Backup Management Service is not known in this cloud or tenant. Type its object ID below.</source>
        <translation>このクラウドまたはテナントでは Backup Management Service が不明です。下にオブジェクト ID を入力してください。</translation>
    </message>
    <message>
        <source>Could not look up the Backup Management Service: %1. Type its object ID below, or check again.</source>
        <translation>Backup Management Service を検索できませんでした: %1。下にオブジェクト ID を入力するか、再確認してください。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Checking key vault access…</source>
        <translation>キー コンテナーへのアクセスを確認しています…</translation>
    </message>
    <message>
        <source>You may not grant this access yourself. %1 Send them the commands below.</source>
        <translation>このアクセスを自分で許可することはできません。%1 以下のコマンドを送ってください。</translation>
    </message>
    <message>
        <source>None of the selected VMs is encrypted: no key vault access is needed.</source>
        <translation>選択した VM はどれも暗号化されていません: キー コンテナーへのアクセスは必要ありません。</translation>
    </message>
    <message>
        <source>The Backup Management Service has the access it needs on every key vault.</source>
        <translation>Backup Management Service には、すべてのキー コンテナーに必要なアクセス権があります。</translation>
    </message>
    <message numerus="yes">
        <source>%n key vault(s) lack access for Azure Backup. Tick the confirmation to grant it, or run the commands below.</source>
        <translation>
            <numerusform>%n 個のキー コンテナーに Azure Backup のアクセス権がありません。許可するには確認のチェック ボックスをオンにするか、以下のコマンドを実行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to run: no access is missing.</source>
        <translation>実行するものはありません: 不足しているアクセスはありません。</translation>
    </message>
    <message>
        <source>Azure Backup copies each encrypted VM&apos;s disk encryption key (BEK, a secret) and key encryption key (KEK, a key) along with its disks, so the VM can be restored even if the keys change later. For that, the Backup Management Service needs read and backup access to keys and secrets in every key vault behind the selected VMs. On a key vault that uses Azure RBAC, the app assigns a custom role with exactly those data actions rather than Key Vault Administrator, which would also let the service change, delete and purge everything in the vault.</source>
        <translation>Azure Backup は、暗号化された各 VM のディスク暗号化キー (BEK、シークレット) とキー暗号化キー (KEK、キー) をディスクと共にコピーするため、後でキーが変更されても VM を復元できます。そのため Backup Management Service には、選択した VM が使用するすべてのキー コンテナーで、キーとシークレットに対する読み取りとバックアップのアクセス権が必要です。Azure RBAC を使用するキー コンテナーでは、アプリは Key Vault 管理者ではなく、これらのデータ アクションだけを含むカスタム ロールを割り当てます。Key Vault 管理者を割り当てると、サービスがコンテナー内のすべてのものを変更、削除、消去できるようになってしまうためです。</translation>
    </message>
</context>
<context>
    <name>KeyVaultFinding</name>
    <message>
        <source>Azure role-based access control</source>
        <translation>Azure ロールベースのアクセス制御</translation>
    </message>
    <message>
        <source>Vault access policy</source>
        <translation>コンテナーのアクセス ポリシー</translation>
    </message>
    <message>
        <source>Keys: get, list, backup; secrets: get, list, backup</source>
        <translation>キー: 取得、一覧表示、バックアップ。シークレット: 取得、一覧表示、バックアップ</translation>
    </message>
    <message>
        <source>Secrets: get, list, backup (BEK-only VMs need no key permissions)</source>
        <translation>シークレット: 取得、一覧表示、バックアップ (BEK のみの VM ではキーのアクセス許可は不要)</translation>
    </message>
    <message>
        <source>Unknown (the vault could not be read)</source>
        <translation>不明 (コンテナーを読み取れませんでした)</translation>
    </message>
    <message>
        <source>No role assignment</source>
        <translation>ロールの割り当てなし</translation>
    </message>
    <message>
        <source>No access policy entry</source>
        <translation>アクセス ポリシーのエントリなし</translation>
    </message>
    <message>
        <source>Keys: %1; secrets: %2</source>
        <translation>キー: %1。シークレット: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>keys: %1</source>
        <translation>キー: %1</translation>
    </message>
    <message>
        <source>secrets: %1</source>
        <translation>シークレット: %1</translation>
    </message>
    <message>
        <source>Already has the access it needs</source>
        <translation>必要なアクセス権は既にあります</translation>
    </message>
    <message>
        <source>Not granted yet</source>
        <translation>まだ許可されていません</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>許可済み</translation>
    </message>
    <message>
        <source>Grant failed: %1</source>
        <translation>許可に失敗しました: %1</translation>
    </message>
    <message>
        <source>Skipped: backups of these VMs will fail</source>
        <translation>スキップ: これらの VM のバックアップは失敗します</translation>
    </message>
    <message>
        <source>A role with the data actions to read and back up keys and secrets (the app creates the custom role &quot;%1&quot;)</source>
        <translation>キーとシークレットの読み取りとバックアップのデータ アクションを含むロール (アプリがカスタム ロール「%1」を作成します)</translation>
    </message>
    <message>
        <source>A role with the data actions to read and back up secrets (the app creates the custom role &quot;%1&quot;)</source>
        <translation>シークレットの読み取りとバックアップのデータ アクションを含むロール (アプリがカスタム ロール「%1」を作成します)</translation>
    </message>
    <message>
        <source>%1 (enough for Backup)</source>
        <translation>%1 (バックアップに十分)</translation>
    </message>
    <message>
        <source>%1 (not enough for Backup)</source>
        <translation>%1 (バックアップには不十分)</translation>
    </message>
    <message>
        <source>Data actions %1 at the vault</source>
        <translation>コンテナーに対するデータ アクション %1</translation>
    </message>
</context>
<context>
    <name>KeyVaultRolesOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
</context>
<context>
    <name>LongRunningOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectServer</name>
    <message>
        <source>Signed in</source>
        <translation>サインインしました</translation>
    </message>
    <message>
        <source>You can close this window and return to the application.</source>
        <translation>このウィンドウを閉じて、アプリケーションに戻ってかまいません。</translation>
    </message>
</context>
<context>
    <name>LroPoller</name>
    <message>
        <source>Stopped waiting for the operation. It may still complete in Azure.</source>
        <translation>操作の待機を停止しました。操作は Azure で引き続き完了する可能性があります。</translation>
    </message>
    <message>
        <source>The network layer is gone.</source>
        <translation>ネットワーク層がなくなりました。</translation>
    </message>
    <message>
        <source>The provisioning state is not text.</source>
        <translation>プロビジョニング状態がテキストではありません。</translation>
    </message>
    <message>
        <source>The operation status link is not a valid URL.</source>
        <translation>操作の状態リンクが有効な URL ではありません。</translation>
    </message>
    <message>
        <source>Could not read the status of the operation: %1</source>
        <translation>操作の状態を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The operation status has no state.</source>
        <translation>操作の状態に状態値がありません。</translation>
    </message>
    <message>
        <source>The operation succeeded, but reading its result failed: %1</source>
        <translation>操作は成功しましたが、結果を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The operation was canceled in Azure.</source>
        <translation>操作は Azure でキャンセルされました。</translation>
    </message>
    <message>
        <source>The operation failed in Azure.</source>
        <translation>操作は Azure で失敗しました。</translation>
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
        <translation>サインインしているアカウント</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>サンドボックス モード</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>新しいコンテナー(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a Recovery Services vault</source>
        <translation>Recovery Services コンテナーを作成します</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Protect virtual machines in the selected vault</source>
        <translation>選択したコンテナーで仮想マシンを保護します</translation>
    </message>
    <message>
        <source>Backup &amp;now</source>
        <translation>今すぐバックアップ(&amp;O)</translation>
    </message>
    <message>
        <source>Back up the selected items now</source>
        <translation>選択した項目を今すぐバックアップします</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore the selected item</source>
        <translation>選択した項目を復元します</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <translation>トラブルシューティング(&amp;T)…</translation>
    </message>
    <message>
        <source>Explain and fix backup and restore errors</source>
        <translation>バックアップと復元のエラーを説明して修正します</translation>
    </message>
    <message>
        <source>&amp;Preflight check…</source>
        <translation>事前チェック(&amp;P)…</translation>
    </message>
    <message>
        <source>Check the VMs of the vault&apos;s subscription before backing them up</source>
        <translation>バックアップする前に、コンテナーのサブスクリプションの VM を確認します</translation>
    </message>
    <message>
        <source>Fix &amp;Key Vault access…</source>
        <translation>Key Vault アクセスの修正(&amp;K)…</translation>
    </message>
    <message>
        <source>Give the Backup service access to the key vaults of protected VMs</source>
        <translation>保護された VM のキー コンテナーへのアクセスをバックアップ サービスに付与します</translation>
    </message>
    <message>
        <source>Storage &amp;replication…</source>
        <translation>ストレージ レプリケーション(&amp;E)…</translation>
    </message>
    <message>
        <source>Show or change the vault&apos;s storage replication</source>
        <translation>コンテナーのストレージ レプリケーションを表示または変更します</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>最新の情報に更新(&amp;F)</translation>
    </message>
    <message>
        <source>Read the vaults and dashboard again</source>
        <translation>コンテナーとダッシュボードをもう一度読み取ります</translation>
    </message>
    <message>
        <source>&amp;Filter vaults</source>
        <translation>コンテナーのフィルター(&amp;F)</translation>
    </message>
    <message>
        <source>Filter the vault list</source>
        <translation>コンテナーの一覧をフィルターします</translation>
    </message>
    <message>
        <source>&amp;Subscriptions…</source>
        <translation>サブスクリプション(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose the subscriptions to show</source>
        <translation>表示するサブスクリプションを選択します</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Sign out and forget the saved sign-in</source>
        <translation>サインアウトして、保存されたサインインを消去します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit the application</source>
        <translation>アプリケーションを終了します</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>コンテナー(&amp;V)</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>表示(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked: %1 Sign in again to go on; nothing you were doing is lost.</source>
        <translation>サインインの有効期限が切れたか、取り消されました: %1 続行するにはもう一度サインインしてください。作業中の内容は失われません。</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Cloud, default subscription, parallel operations, log level and language</source>
        <translation>クラウド、既定のサブスクリプション、並列操作、ログ レベル、言語</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>ツール バー(&amp;T)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>診断情報のコピー(&amp;D)</translation>
    </message>
    <message>
        <source>Copy versions, cloud and recent log lines, without secrets, for a support request</source>
        <translation>サポート リクエスト用に、バージョン、クラウド、最近のログ行をシークレットを除いてコピーします</translation>
    </message>
    <message>
        <source>Diagnostics copied. Paste them into your support request; they hold no tokens, keys or secrets.</source>
        <translation>診断情報をコピーしました。サポート リクエストに貼り付けてください。トークン、キー、シークレットは含まれていません。</translation>
    </message>
    <message>
        <source>Sign in a&amp;gain</source>
        <translation>もう一度サインイン(&amp;G)</translation>
    </message>
    <message>
        <source>SANDBOX: emulated Azure, nothing here is real. It starts afresh each time the app starts.</source>
        <translation>サンドボックス: エミュレートされた Azure です。ここにあるものはすべて実在しません。アプリを起動するたびに初期状態に戻ります。</translation>
    </message>
    <message>
        <source>&amp;About Encrypted VM Backup</source>
        <translation>Encrypted VM Backup について(&amp;A)</translation>
    </message>
    <message>
        <source>Version and purpose of this app</source>
        <translation>このアプリのバージョンと目的</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Version and licence of the Qt toolkit</source>
        <translation>Qt ツールキットのバージョンとライセンス</translation>
    </message>
    <message>
        <source>About Encrypted VM Backup</source>
        <translation>Encrypted VM Backup について</translation>
    </message>
    <message>
        <source>%1 %2

Backs up and restores Azure virtual machines encrypted with Azure Disk Encryption: checks and grants the Key Vault access Azure Backup needs, restores missing keys and secrets, and explains known errors.

Built with Qt %3, running on Qt %4. Licensed under the GNU GPL, version 3 or later.</source>
        <translation>%1 %2

Azure Disk Encryption で暗号化された Azure 仮想マシンをバックアップおよび復元します。Azure Backup に必要な Key Vault アクセスを確認して付与し、失われたキーとシークレットを復元し、既知のエラーを説明します。

Qt %3 でビルドされ、Qt %4 で動作しています。GNU GPL バージョン 3 以降のライセンスで提供されます。</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Copy &amp;details</source>
        <translation>詳細のコピー(&amp;D)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細のコピー</translation>
    </message>
    <message>
        <source>Copies the error code, request ids and time for support</source>
        <translation>サポート用にエラー コード、要求 ID、時刻をコピーします</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>The operation was canceled.</source>
        <translation>操作はキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>Listing was canceled.</source>
        <translation>一覧の取得はキャンセルされました。</translation>
    </message>
    <message>
        <source>The network layer is gone.</source>
        <translation>ネットワーク層がなくなりました。</translation>
    </message>
    <message>
        <source>A page of results had no list of items.</source>
        <translation>結果のページに項目の一覧がありませんでした。</translation>
    </message>
    <message>
        <source>The link to the next page is not text.</source>
        <translation>次のページへのリンクがテキストではありません。</translation>
    </message>
    <message>
        <source>The link to the next page is not a valid URL.</source>
        <translation>次のページへのリンクが有効な URL ではありません。</translation>
    </message>
    <message>
        <source>The service returned the same page link twice; stopped to avoid a loop.</source>
        <translation>サービスから同じページ リンクが 2 回返されたため、ループを避けるために停止しました。</translation>
    </message>
</context>
<context>
    <name>PolicyEditorWidget</name>
    <message>
        <source>Policy name</source>
        <translation>ポリシー名</translation>
    </message>
    <message>
        <source>Policy type</source>
        <translation>ポリシーの種類</translation>
    </message>
    <message>
        <source>Backup frequency</source>
        <translation>バックアップの頻度</translation>
    </message>
    <message>
        <source>Backup time</source>
        <translation>バックアップの時刻</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>曜日</translation>
    </message>
    <message>
        <source>Every how many hours</source>
        <translation>何時間ごと</translation>
    </message>
    <message>
        <source>Backup window in hours</source>
        <translation>バックアップ ウィンドウ (時間)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイム ゾーン</translation>
    </message>
    <message>
        <source>Keep instant restore snapshots, days</source>
        <translation>インスタント リストア スナップショットの保持 (日)</translation>
    </message>
    <message>
        <source>Keep daily backups, days</source>
        <translation>日単位のバックアップの保持 (日)</translation>
    </message>
    <message>
        <source>Keep weekly backups, weeks</source>
        <translation>週単位のバックアップの保持 (週)</translation>
    </message>
    <message>
        <source>Keep monthly backups, months</source>
        <translation>月単位のバックアップの保持 (か月)</translation>
    </message>
    <message>
        <source>Keep yearly backups, years</source>
        <translation>年単位のバックアップの保持 (年)</translation>
    </message>
    <message>
        <source>Standard (daily or weekly)</source>
        <translation>標準 (日単位または週単位)</translation>
    </message>
    <message>
        <source>Enhanced (several backups a day)</source>
        <translation>拡張 (1 日に複数回のバックアップ)</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>日単位</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>週単位</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>時間単位</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>%n 時間ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>for example DailyEncryptedVms</source>
        <translation>例: DailyEncryptedVms</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>種類(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>頻度(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>時刻(&amp;T):</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>曜日(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>間隔(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Window (hours):</source>
        <translation>ウィンドウ (時間)(&amp;W):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>タイム ゾーン(&amp;Z):</translation>
    </message>
    <message>
        <source>&amp;Snapshots (days):</source>
        <translation>スナップショット (日)(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Daily retention (days):</source>
        <translation>日単位の保持 (日)(&amp;D):</translation>
    </message>
    <message>
        <source>W&amp;eekly retention (weeks):</source>
        <translation>週単位の保持 (週)(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Monthly retention (months):</source>
        <translation>月単位の保持 (か月)(&amp;M):</translation>
    </message>
    <message>
        <source>Yea&amp;rly retention (years):</source>
        <translation>年単位の保持 (年)(&amp;R):</translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>毎日 %1</translation>
    </message>
    <message>
        <source>Weekly on %1 at %2</source>
        <translation>毎週 %1 の %2</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s) from %1 for %2 hours</source>
        <translation>
            <numerusform>%1 から %2 時間、%n 時間ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>種類: %1</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <translation>拡張</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Schedule: %1 (%2)</source>
        <translation>スケジュール: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Instant restore snapshots: %n day(s)</source>
        <translation>
            <numerusform>インスタント リストア スナップショット: %n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>daily %n day(s)</source>
        <translation>
            <numerusform>日単位 %n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>weekly %n week(s)</source>
        <translation>
            <numerusform>週単位 %n 週</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>monthly %n month(s)</source>
        <translation>
            <numerusform>月単位 %n か月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>yearly %n year(s)</source>
        <translation>
            <numerusform>年単位 %n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>保持: %1</translation>
    </message>
    <message numerus="yes">
        <source>Already protects %n item(s)</source>
        <translation>
            <numerusform>既に %n 個の項目を保護しています</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>&amp;Save policy</source>
        <translation>ポリシーの保存(&amp;S)</translation>
    </message>
    <message>
        <source>Backup policy</source>
        <translation>バックアップ ポリシー</translation>
    </message>
    <message>
        <source>When the VMs are backed up and how long each backup is kept.</source>
        <translation>VM をバックアップするタイミングと、各バックアップを保持する期間です。</translation>
    </message>
    <message>
        <source>Policy details</source>
        <translation>ポリシーの詳細</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>ポリシーの保存</translation>
    </message>
    <message>
        <source>&amp;Choose a backup policy:</source>
        <translation>バックアップ ポリシーの選択(&amp;C):</translation>
    </message>
    <message>
        <source>Could not read the vault&apos;s policies: %1</source>
        <translation>コンテナーのポリシーを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Reading the policies…</source>
        <translation>ポリシーを読み取っています…</translation>
    </message>
    <message>
        <source>Create new policy…</source>
        <translation>新しいポリシーの作成…</translation>
    </message>
    <message>
        <source>Policy %1 was created in the vault.</source>
        <translation>ポリシー %1 がコンテナーに作成されました。</translation>
    </message>
    <message>
        <source>The policy was not saved: %1</source>
        <translation>ポリシーは保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Creating policy %1…</source>
        <translation>ポリシー %1 を作成しています…</translation>
    </message>
</context>
<context>
    <name>PreflightCheck</name>
    <message>
        <source>Resource Manager VM</source>
        <translation>Resource Manager VM</translation>
    </message>
    <message>
        <source>Encryption type</source>
        <translation>暗号化の種類</translation>
    </message>
    <message>
        <source>Key vault exists</source>
        <translation>キー コンテナーの存在</translation>
    </message>
    <message>
        <source>Key and secret present</source>
        <translation>キーとシークレットの存在</translation>
    </message>
    <message>
        <source>Backup permissions</source>
        <translation>バックアップのアクセス許可</translation>
    </message>
    <message>
        <source>VM agent</source>
        <translation>VM エージェント</translation>
    </message>
    <message>
        <source>Same region as the vault</source>
        <translation>コンテナーと同じリージョン</translation>
    </message>
    <message>
        <source>Not protected elsewhere</source>
        <translation>他の場所で保護されていない</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Backup preflight check</source>
        <translation>バックアップの事前チェック</translation>
    </message>
    <message>
        <source>Preflight results</source>
        <translation>事前チェックの結果</translation>
    </message>
    <message>
        <source>&amp;Failures only</source>
        <translation>失敗のみ(&amp;F)</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>失敗のみ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;Do it</source>
        <translation>実行(&amp;D)</translation>
    </message>
    <message>
        <source>Run the fix for the selected check</source>
        <translation>選択したチェックの修正を実行します</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot</source>
        <translation>トラブルシューティング(&amp;T)</translation>
    </message>
    <message>
        <source>Open the troubleshooting entry</source>
        <translation>トラブルシューティング項目を開きます</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV のエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>レポートを CSV としてエクスポートします</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>HTML のエクスポート(&amp;H)…</translation>
    </message>
    <message>
        <source>Export the report as HTML</source>
        <translation>レポートを HTML としてエクスポートします</translation>
    </message>
    <message>
        <source>Done. Checking again…</source>
        <translation>完了しました。再確認しています…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>CSV としてエクスポート</translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>HTML としてエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML ファイル (*.html)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>PreflightEvaluator</name>
    <message>
        <source>%1 is a classic VM. Encrypted VMs can be backed up only when they are deployed through Azure Resource Manager.</source>
        <translation>%1 はクラシック VM です。暗号化された VM は、Azure Resource Manager でデプロイされている場合にのみバックアップできます。</translation>
    </message>
    <message>
        <source>Migrate the VM to Resource Manager first.</source>
        <translation>まず VM を Resource Manager に移行してください。</translation>
    </message>
    <message>
        <source>Not checked for classic VMs.</source>
        <translation>クラシック VM では確認されません。</translation>
    </message>
    <message>
        <source>Deployed through Azure Resource Manager.</source>
        <translation>Azure Resource Manager でデプロイされています。</translation>
    </message>
    <message>
        <source>Not encrypted: no key vault is involved.</source>
        <translation>暗号化されていません: キー コンテナーは関係しません。</translation>
    </message>
    <message>
        <source>The VM is not encrypted.</source>
        <translation>VM は暗号化されていません。</translation>
    </message>
    <message>
        <source>Encrypted with a BitLocker encryption key (BEK) only. Under the 2017 rules Backup accepts only VMs encrypted with a BEK and a key encryption key (KEK).</source>
        <translation>BitLocker 暗号化キー (BEK) のみで暗号化されています。2017 年のルールでは、バックアップが受け付けるのは BEK とキー暗号化キー (KEK) で暗号化された VM だけです。</translation>
    </message>
    <message>
        <source>Decrypt the VM, encrypt it again with BEK and KEK, then enable backup.</source>
        <translation>VM の暗号化を解除し、BEK と KEK でもう一度暗号化してから、バックアップを有効にしてください。</translation>
    </message>
    <message>
        <source>Encrypted with a BEK only. Supported; Backup needs access to secrets only.</source>
        <translation>BEK のみで暗号化されています。サポートされています。バックアップにはシークレットへのアクセスだけが必要です。</translation>
    </message>
    <message>
        <source>Encrypted with a BEK and a KEK.</source>
        <translation>BEK と KEK で暗号化されています。</translation>
    </message>
    <message>
        <source>The VM&apos;s encryption settings could not be read.</source>
        <translation>VM の暗号化設定を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Check the Azure Disk Encryption extension&apos;s status on the VM.</source>
        <translation>VM の Azure Disk Encryption 拡張機能の状態を確認してください。</translation>
    </message>
    <message>
        <source>No vault chosen yet.</source>
        <translation>コンテナーがまだ選択されていません。</translation>
    </message>
    <message>
        <source>The VM and the vault are both in %1.</source>
        <translation>VM とコンテナーはどちらも %1 にあります。</translation>
    </message>
    <message>
        <source>The VM is in %1, the vault in %2.</source>
        <translation>VM は %1、コンテナーは %2 にあります。</translation>
    </message>
    <message>
        <source>Use a vault in %1.</source>
        <translation>%1 のコンテナーを使用してください。</translation>
    </message>
    <message>
        <source>The VM does not name the key vault of its BEK.</source>
        <translation>VM に BEK のキー コンテナーが示されていません。</translation>
    </message>
    <message>
        <source>No key vault to look in.</source>
        <translation>確認するキー コンテナーがありません。</translation>
    </message>
    <message>
        <source>The key vault %1 does not exist any more.</source>
        <translation>キー コンテナー %1 はもう存在しません。</translation>
    </message>
    <message>
        <source>Restore the key and secret from a recovery point into an existing key vault.</source>
        <translation>復旧ポイントから既存のキー コンテナーにキーとシークレットを復元してください。</translation>
    </message>
    <message>
        <source>The key vault does not exist.</source>
        <translation>キー コンテナーが存在しません。</translation>
    </message>
    <message>
        <source>Cannot check: you may not read the key vault %1.</source>
        <translation>確認できません: キー コンテナー %1 の読み取りが許可されていません。</translation>
    </message>
    <message>
        <source>Cannot check: %1</source>
        <translation>確認できません: %1</translation>
    </message>
    <message>
        <source>The key vault could not be read.</source>
        <translation>キー コンテナーを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The key vault %1 exists.</source>
        <translation>キー コンテナー %1 は存在します。</translation>
    </message>
    <message>
        <source>BEK secret</source>
        <translation>BEK シークレット</translation>
    </message>
    <message>
        <source>KEK key</source>
        <translation>KEK キー</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>不足: %1</translation>
    </message>
    <message>
        <source>disabled or expired: %1</source>
        <translation>無効または期限切れ: %1</translation>
    </message>
    <message>
        <source>The versions the VM uses are not usable in %1 (%2).</source>
        <translation>VM が使用するバージョンは %1 では使用できません (%2)。</translation>
    </message>
    <message>
        <source>Restore the key and secret from a recovery point.</source>
        <translation>復旧ポイントからキーとシークレットを復元してください。</translation>
    </message>
    <message>
        <source>Cannot check: no permission to read %1 in %2.</source>
        <translation>確認できません: %2 の %1 を読み取るアクセス許可がありません。</translation>
    </message>
    <message>
        <source>Ask the key vault&apos;s owner to confirm they exist and are enabled.</source>
        <translation>それらが存在して有効であることの確認を、キー コンテナーの所有者に依頼してください。</translation>
    </message>
    <message>
        <source>%1 present and enabled.</source>
        <translation>%1 は存在し、有効です。</translation>
    </message>
    <message>
        <source>Cannot check: the Backup Management Service was not found in the directory (%1).</source>
        <translation>確認できません: ディレクトリに Backup Management Service が見つかりませんでした (%1)。</translation>
    </message>
    <message>
        <source>Grant the Backup Management Service access to %1 (the app can do it).</source>
        <translation>Backup Management Service に %1 へのアクセスを許可してください (アプリで実行できます)。</translation>
    </message>
    <message>
        <source>Cannot check the role assignments of %1: %2</source>
        <translation>%1 のロールの割り当てを確認できません: %2</translation>
    </message>
    <message>
        <source>The Backup Management Service has the Key Vault Administrator role on %1 (Azure RBAC).</source>
        <translation>Backup Management Service には %1 に対する Key Vault 管理者ロールがあります (Azure RBAC)。</translation>
    </message>
    <message>
        <source>An access policy of %1 lets the Backup Management Service get, list and back up %2.</source>
        <translation>%1 のアクセス ポリシーにより、Backup Management Service は %2 の取得、一覧表示、バックアップができます。</translation>
    </message>
    <message>
        <source>keys and secrets</source>
        <translation>キーとシークレット</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>The Backup Management Service&apos;s access policy on %1 lacks get, list or backup on %2.</source>
        <translation>%1 に対する Backup Management Service のアクセス ポリシーには、%2 の取得、一覧表示、またはバックアップがありません。</translation>
    </message>
    <message>
        <source>keys or secrets</source>
        <translation>キーまたはシークレット</translation>
    </message>
    <message>
        <source>No access policy of %1 gives the Backup Management Service access.</source>
        <translation>%1 には、Backup Management Service にアクセスを与えるアクセス ポリシーがありません。</translation>
    </message>
    <message>
        <source>The VM agent is ready.</source>
        <translation>VM エージェントの準備ができています。</translation>
    </message>
    <message>
        <source>The VM is stopped, so its agent cannot report. Backups of a stopped VM still run; start it to check the agent.</source>
        <translation>VM が停止しているため、エージェントは報告できません。停止した VM のバックアップも実行されます。エージェントを確認するには VM を起動してください。</translation>
    </message>
    <message>
        <source>No VM agent reports from this VM. Backup needs it to take snapshots.</source>
        <translation>この VM から VM エージェントの報告がありません。バックアップはスナップショットの作成にエージェントを必要とします。</translation>
    </message>
    <message>
        <source>The VM agent is not ready. Backup needs it to take snapshots.</source>
        <translation>VM エージェントの準備ができていません。バックアップはスナップショットの作成にエージェントを必要とします。</translation>
    </message>
    <message>
        <source>Install or restart the VM agent, then check again.</source>
        <translation>VM エージェントをインストールまたは再起動してから、再確認してください。</translation>
    </message>
    <message>
        <source>The VM agent&apos;s status could not be read.</source>
        <translation>VM エージェントの状態を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Cannot check: the vaults could not be read (%1).</source>
        <translation>確認できません: コンテナーを読み取れませんでした (%1)。</translation>
    </message>
    <message>
        <source>Already protected by this vault (%1).</source>
        <translation>既にこのコンテナーで保護されています (%1)。</translation>
    </message>
    <message>
        <source>Already protected by the vault %1 (%2).</source>
        <translation>既にコンテナー %1 で保護されています (%2)。</translation>
    </message>
    <message>
        <source>Keep that protection, or stop it there before protecting the VM here.</source>
        <translation>その保護を維持するか、ここで VM を保護する前にそちらで保護を停止してください。</translation>
    </message>
    <message>
        <source>Not protected by any vault of the subscription.</source>
        <translation>サブスクリプションのどのコンテナーでも保護されていません。</translation>
    </message>
    <message>
        <source>The roles of the Backup Management Service on %1 let it read and back up %2 (Azure RBAC).</source>
        <translation>%1 に対する Backup Management Service のロールにより、%2 の読み取りとバックアップが可能です (Azure RBAC)。</translation>
    </message>
    <message>
        <source>%1 uses Azure RBAC and no role of the Backup Management Service there lets it read and back up %2.</source>
        <translation>%1 は Azure RBAC を使用していますが、Backup Management Service が %2 を読み取ってバックアップできるロールがそこにありません。</translation>
    </message>
    <message>
        <source>The BEK secret exists in %1 again, as a new version (%2), but this VM still uses the version that was deleted, so its backups fail. A VM created from restored disks uses the new version.</source>
        <translation>BEK シークレットは %1 に新しいバージョン (%2) として再び存在しますが、この VM は削除されたバージョンを使い続けているため、バックアップは失敗します。復元したディスクから作成した VM は新しいバージョンを使用します。</translation>
    </message>
    <message>
        <source>Create the VM from the restored disks, or enable disk encryption on this VM again so that it uses a secret that exists.</source>
        <translation>復元したディスクから VM を作成するか、存在するシークレットを使うようにこの VM でディスク暗号化をもう一度有効にしてください。</translation>
    </message>
</context>
<context>
    <name>PreflightReportExporter</name>
    <message>
        <source>Backup preflight report</source>
        <translation>バックアップの事前チェック レポート</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>作成日時 %1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>PreflightResultModel</name>
    <message numerus="yes">
        <source>%n check(s) need attention</source>
        <translation>
            <numerusform>%n 件のチェックに注意が必要です</numerusform>
        </translation>
    </message>
    <message>
        <source>VM / check</source>
        <translation>VM / チェック</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
</context>
<context>
    <name>PreflightRunner</name>
    <message numerus="yes">
        <source>Checking %n VM(s)…</source>
        <translation>
            <numerusform>%n 台の VM を確認しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the subscription&apos;s VMs…</source>
        <translation>サブスクリプションの VM を一覧表示しています…</translation>
    </message>
    <message>
        <source>Not available in this cloud.</source>
        <translation>このクラウドでは使用できません。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lookup(s) done</source>
        <translation>
            <numerusform>%n 件中 %1 件の検索が完了</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the vault to discover the VMs…</source>
        <translation>コンテナーに VM の検出を依頼しています…</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>&amp;Retry failed</source>
        <translation>失敗したものを再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop starting new VMs</source>
        <translation>新しい VM の開始を停止(&amp;S)</translation>
    </message>
    <message>
        <source>Enabling backup</source>
        <translation>バックアップを有効にしています</translation>
    </message>
    <message>
        <source>Each VM gets the policy and a configure-backup job.</source>
        <translation>各 VM にポリシーとバックアップ構成ジョブが割り当てられます。</translation>
    </message>
    <message>
        <source>Progress per VM</source>
        <translation>VM ごとの進行状況</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>全体の進行状況</translation>
    </message>
    <message>
        <source>Retry the failed VMs</source>
        <translation>失敗した VM を再試行します</translation>
    </message>
    <message>
        <source>Stop starting new VMs</source>
        <translation>新しい VM の開始を停止</translation>
    </message>
    <message>
        <source>VMs already in progress finish; the others are not started</source>
        <translation>既に進行中の VM は完了しますが、その他の VM は開始されません</translation>
    </message>
    <message>
        <source>Troubleshoot</source>
        <translation>トラブルシューティング</translation>
    </message>
    <message>
        <source>Troubleshoot %1</source>
        <translation>%1 のトラブルシューティング</translation>
    </message>
    <message>
        <source>Backup enabled</source>
        <translation>バックアップが有効になりました</translation>
    </message>
    <message numerus="yes">
        <source>Backup is enabled for %n VM(s).</source>
        <translation>
            <numerusform>%n 台の VM のバックアップが有効になりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup enabled with failures</source>
        <translation>バックアップが有効になりました (一部失敗)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) protected</source>
        <translation>
            <numerusform>%n 台の VM を保護済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 台失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started because you stopped</source>
        <translation>
            <numerusform>停止したため %n 台は開始されませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: run &quot;Backup now&quot; from the vault for a first recovery point, or wait for the policy&apos;s schedule; follow the jobs in the Jobs pane.</source>
        <translation>次の手順: 最初の復旧ポイントを作成するにはコンテナーで [今すぐバックアップ] を実行するか、ポリシーのスケジュールを待ってください。ジョブは [ジョブ] ウィンドウで確認できます。</translation>
    </message>
    <message>
        <source>Open Troubleshoot next to a failed VM for the fix, then choose Retry failed.</source>
        <translation>失敗した VM の横にある [トラブルシューティング] を開いて修正方法を確認し、[失敗したものを再試行] を選択してください。</translation>
    </message>
    <message>
        <source>Some VMs have no ready VM agent: Next shows how to install it.</source>
        <translation>一部の VM には準備完了の VM エージェントがありません: [次へ] でインストール方法を確認できます。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>次の手順</translation>
    </message>
</context>
<context>
    <name>ProtectedItemModel</name>
    <message>
        <source>Key Vault access missing</source>
        <translation>Key Vault アクセスがありません</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保護</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>正常性</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>前回のバックアップ</translation>
    </message>
    <message>
        <source>Last backup time</source>
        <translation>前回のバックアップ時刻</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意</translation>
    </message>
</context>
<context>
    <name>ProtectedItemText</name>
    <message>
        <source>Protected</source>
        <translation>保護済み</translation>
    </message>
    <message>
        <source>Waiting for first backup</source>
        <translation>最初のバックアップ待ち</translation>
    </message>
    <message>
        <source>Protection stopped</source>
        <translation>保護停止</translation>
    </message>
    <message>
        <source>Protection error</source>
        <translation>保護エラー</translation>
    </message>
    <message>
        <source>Protection paused</source>
        <translation>保護一時停止</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>未保護</translation>
    </message>
    <message>
        <source>Backups suspended</source>
        <translation>バックアップ中断</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>対処が必要</translation>
    </message>
    <message>
        <source>Action suggested</source>
        <translation>対処を推奨</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>異常</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Completed with warnings</source>
        <translation>警告ありで完了</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>ProtectionBatch</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Backup enabled</source>
        <translation>バックアップ有効</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Not started (cancelled)</source>
        <translation>未開始 (キャンセル)</translation>
    </message>
</context>
<context>
    <name>RecoveryPointModel</name>
    <message>
        <source>Snapshot and vault</source>
        <translation>スナップショットとコンテナー</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Application consistent</source>
        <translation>アプリケーション整合性</translation>
    </message>
    <message>
        <source>File-system consistent</source>
        <translation>ファイル システム整合性</translation>
    </message>
    <message>
        <source>Crash consistent</source>
        <translation>クラッシュ整合性</translation>
    </message>
    <message>
        <source>Taken %1 UTC</source>
        <translation>%1 UTC に作成</translation>
    </message>
    <message>
        <source>Taken before 27 April 2017: no deployment template will be written; the VM is created by REST or script.</source>
        <translation>2017 年 4 月 27 日より前に作成: デプロイ テンプレートは書き込まれません。VM は REST またはスクリプトで作成されます。</translation>
    </message>
    <message>
        <source>Encrypted (ADE)</source>
        <translation>暗号化済み (ADE)</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>暗号化なし</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>整合性</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>暗号化</translation>
    </message>
</context>
<context>
    <name>RestCall</name>
    <message>
        <source>The request URL is not a valid http(s) URL.</source>
        <translation>要求 URL が有効な http(s) URL ではありません。</translation>
    </message>
    <message>
        <source>Refusing to send credentials to %1 over unencrypted HTTP. Use an https:// endpoint.</source>
        <translation>暗号化されていない HTTP で %1 に資格情報を送信することは拒否されました。https:// エンドポイントを使用してください。</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>要求はキャンセルされました。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>The network layer is gone.</source>
        <translation>ネットワーク層がなくなりました。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>The service sent an answer that could not be read (%1).</source>
        <translation>サービスから読み取れない応答が送信されました (%1)。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 の復元</translation>
    </message>
    <message>
        <source>Restore messages</source>
        <translation>復元のメッセージ</translation>
    </message>
    <message>
        <source>Restore steps</source>
        <translation>復元の手順</translation>
    </message>
    <message>
        <source>Restore step content</source>
        <translation>復元手順の内容</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>1. Recovery point</source>
        <translation>1. 復旧ポイント</translation>
    </message>
    <message>
        <source>2. Restore configuration</source>
        <translation>2. 復元の構成</translation>
    </message>
    <message>
        <source>3. Keys and restore</source>
        <translation>3. キーと復元</translation>
    </message>
    <message>
        <source>4. Create the VM</source>
        <translation>4. VM の作成</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in vault %2 (%3)</source>
        <translation>コンテナー %2 (%3) の &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Item being restored</source>
        <translation>復元する項目</translation>
    </message>
    <message>
        <source>The disks are restored. Continue to create the VM from them.</source>
        <translation>ディスクが復元されました。続けて、そのディスクから VM を作成してください。</translation>
    </message>
    <message>
        <source>Choose another staging account</source>
        <translation>別のステージング アカウントを選択</translation>
    </message>
    <message>
        <source>Troubleshoot</source>
        <translation>トラブルシューティング</translation>
    </message>
    <message>
        <source>Restore still running</source>
        <translation>復元はまだ実行中です</translation>
    </message>
    <message>
        <source>The restore job for %1 is still running in Azure. Close this window anyway?

The job goes on and the app keeps following it. Choose Restore for %1 again to come back here and create the VM from the restored disks.</source>
        <translation>%1 の復元ジョブは Azure でまだ実行中です。それでもこのウィンドウを閉じますか?

ジョブは続行され、アプリは引き続き追跡します。ここに戻って復元したディスクから VM を作成するには、もう一度 %1 の [復元] を選んでください。</translation>
    </message>
</context>
<context>
    <name>RestoreDisksOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Validating the restore with Azure Backup</source>
        <translation>Azure Backup で復元を検証しています</translation>
    </message>
    <message>
        <source>Starting the restore</source>
        <translation>復元を開始しています</translation>
    </message>
    <message>
        <source>The service started the restore but named no job.</source>
        <translation>サービスは復元を開始しましたが、ジョブが示されませんでした。</translation>
    </message>
    <message>
        <source>Checking whether the restore started</source>
        <translation>復元が開始されたかどうかを確認しています</translation>
    </message>
    <message>
        <source>%1 The vault shows no restore job since the request, so no restore was started: start it again.</source>
        <translation>%1 要求以降、コンテナーに復元ジョブがないため、復元は開始されていません。もう一度開始してください。</translation>
    </message>
    <message>
        <source>%1 Whether a restore started could not be checked (%2): look for a Restore job in the Jobs pane before you start another.</source>
        <translation>%1 復元が開始されたかどうかを確認できませんでした (%2)。別の復元を開始する前に、[ジョブ] ウィンドウで復元ジョブを探してください。</translation>
    </message>
</context>
<context>
    <name>RestoreDisksThenCreateVmFix</name>
    <message>
        <source>The disks were restored and the VM %1 was created in %2.</source>
        <translation>ディスクが復元され、VM %1 が %2 に作成されました。</translation>
    </message>
    <message>
        <source>The session ended.</source>
        <translation>セッションが終了しました。</translation>
    </message>
    <message>
        <source>Reading the recovery point…</source>
        <translation>復旧ポイントを読み取っています…</translation>
    </message>
    <message>
        <source>Restoring the disks…</source>
        <translation>ディスクを復元しています…</translation>
    </message>
    <message>
        <source>Creating the VM %1…</source>
        <translation>VM %1 を作成しています…</translation>
    </message>
</context>
<context>
    <name>RestoreErrorText</name>
    <message>
        <source>The key vault of this VM no longer exists</source>
        <translation>この VM のキー コンテナーはもう存在しません</translation>
    </message>
    <message>
        <source>The recovery point&apos;s disks are locked with a key and a secret that lived in a key vault that has since been deleted. Pick (or create) a key vault in the same subscription and region, restore the key and secret there from the backup, then restore the disks with them.</source>
        <translation>復旧ポイントのディスクは、その後削除されたキー コンテナーにあったキーとシークレットでロックされています。同じサブスクリプションとリージョンのキー コンテナーを選択 (または作成) し、バックアップからそこにキーとシークレットを復元してから、それらを使ってディスクを復元してください。</translation>
    </message>
    <message>
        <source>The encryption key or secret of this VM is missing</source>
        <translation>この VM の暗号化キーまたはシークレットがありません</translation>
    </message>
    <message>
        <source>The key vault still exists, but the key version or the secret version the recovery point needs was deleted. The backup holds copies of both: use &quot;Restore key and secret&quot; to put them back, then continue.</source>
        <translation>キー コンテナーは存在しますが、復旧ポイントに必要なキーのバージョンまたはシークレットのバージョンが削除されています。バックアップには両方のコピーが含まれています: [キーとシークレットを復元] を使用して戻してから、続行してください。</translation>
    </message>
    <message>
        <source>Azure Backup may not create this VM for you</source>
        <translation>Azure Backup はこの VM を代わりに作成できません</translation>
    </message>
    <message>
        <source>The Backup service is not allowed to create resources in the target. For encrypted VMs, restore the disks instead, then create the VM from them with the template or the script this dialog provides.</source>
        <translation>バックアップ サービスにはターゲットにリソースを作成する権限がありません。暗号化された VM では、代わりにディスクを復元し、このダイアログが提供するテンプレートまたはスクリプトでそのディスクから VM を作成してください。</translation>
    </message>
    <message>
        <source>The staging storage account does not accept account keys</source>
        <translation>ステージング ストレージ アカウントでアカウント キーが受け付けられません</translation>
    </message>
    <message>
        <source>Shared key access is turned off for this account, so the restore files cannot be read with its key (nor with a SAS built from it). Download them with your Microsoft Entra sign-in instead (you need the Storage Blob Data Reader role on the account), or restore again to another staging account.</source>
        <translation>このアカウントでは共有キー アクセスが無効になっているため、そのキー (またはそのキーから作成した SAS) で復元ファイルを読み取ることはできません。代わりに Microsoft Entra のサインインでダウンロードするか (アカウントに対するストレージ BLOB データ閲覧者ロールが必要です)、別のステージング アカウントにもう一度復元してください。</translation>
    </message>
    <message>
        <source>You may not read blobs in this storage account</source>
        <translation>このストレージ アカウントの BLOB の読み取りが許可されていません</translation>
    </message>
    <message>
        <source>Reading blobs with your sign-in needs a data role such as Storage Blob Data Reader on the account; Owner or Contributor alone do not grant it. Ask for the role, or restore again to another staging account.</source>
        <translation>サインインで BLOB を読み取るには、アカウントに対するストレージ BLOB データ閲覧者などのデータ ロールが必要です。所有者や共同作成者だけでは付与されません。ロールを依頼するか、別のステージング アカウントにもう一度復元してください。</translation>
    </message>
    <message>
        <source>The storage account refused the key</source>
        <translation>ストレージ アカウントがキーを拒否しました</translation>
    </message>
    <message>
        <source>The signature made with the account key did not match. The key may have been rotated: read the keys again and retry.</source>
        <translation>アカウント キーで作成した署名が一致しませんでした。キーがローテーションされた可能性があります: キーをもう一度読み取ってから再試行してください。</translation>
    </message>
    <message>
        <source>The service refused the restore settings</source>
        <translation>サービスが復元の設定を拒否しました</translation>
    </message>
    <message>
        <source>Check that the staging storage account is in the vault&apos;s region and that the target resource group exists.</source>
        <translation>ステージング ストレージ アカウントがコンテナーのリージョンにあり、ターゲットのリソース グループが存在することを確認してください。</translation>
    </message>
    <message>
        <source>The key vault cannot be used for disk encryption</source>
        <translation>キー コンテナーをディスク暗号化に使用できません</translation>
    </message>
    <message>
        <source>Turn on access for Azure Disk Encryption on the key vault, then retry.</source>
        <translation>キー コンテナーで Azure Disk Encryption のアクセスを有効にしてから、再試行してください。</translation>
    </message>
    <message>
        <source>The key or secret already exists</source>
        <translation>キーまたはシークレットは既に存在します</translation>
    </message>
    <message>
        <source>Key Vault keeps the existing object; the app checks that the version it needs is there.</source>
        <translation>Key Vault は既存のオブジェクトを保持します。アプリは必要なバージョンが存在することを確認します。</translation>
    </message>
    <message>
        <source>Too many restores today</source>
        <translation>本日の復元が多すぎます</translation>
    </message>
    <message>
        <source>This item reached the daily limit of restore operations. Retry tomorrow.</source>
        <translation>この項目は 1 日の復元操作の上限に達しました。明日もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>RestoreJobOutputs</name>
    <message>
        <source>OS disk: %1 (resource group %2)</source>
        <translation>OS ディスク: %1 (リソース グループ %2)</translation>
    </message>
    <message>
        <source>Data disks: none</source>
        <translation>データ ディスク: なし</translation>
    </message>
    <message>
        <source>Data disks: %1</source>
        <translation>データ ディスク: %1</translation>
    </message>
    <message>
        <source>Disks: managed disks in resource group %1 (listed in the VM config file)</source>
        <translation>ディスク: リソース グループ %1 のマネージド ディスク (VM 構成ファイルに記載)</translation>
    </message>
    <message>
        <source>Staging storage account: %1</source>
        <translation>ステージング ストレージ アカウント: %1</translation>
    </message>
    <message>
        <source>VM config file: %1/%2</source>
        <translation>VM 構成ファイル: %1/%2</translation>
    </message>
    <message>
        <source>Deployment template: %1</source>
        <translation>デプロイ テンプレート: %1</translation>
    </message>
    <message>
        <source>Deployment template: none (recovery point from before 27 April 2017)</source>
        <translation>デプロイ テンプレート: なし (2017 年 4 月 27 日より前の復旧ポイント)</translation>
    </message>
    <message>
        <source>Encryption info file: none</source>
        <translation>暗号化情報ファイル: なし</translation>
    </message>
    <message>
        <source>Encryption info file: %1/%2 (holds the key backup: keep it private and delete it when done)</source>
        <translation>暗号化情報ファイル: %1/%2 (キーのバックアップを含みます。非公開にし、完了したら削除してください)</translation>
    </message>
</context>
<context>
    <name>RestoreKeyAndSecretFix</name>
    <message>
        <source>The key and the secret of the recovery point are back in the key vault %1.</source>
        <translation>復旧ポイントのキーとシークレットがキー コンテナー %1 に戻りました。</translation>
    </message>
    <message>
        <source>The session ended.</source>
        <translation>セッションが終了しました。</translation>
    </message>
    <message>
        <source>Reading the recovery point…</source>
        <translation>復旧ポイントを読み取っています…</translation>
    </message>
    <message>
        <source>The recovery point holds no key or secret backup: choose a recovery point of the encrypted VM.</source>
        <translation>復旧ポイントにキーまたはシークレットのバックアップが含まれていません: 暗号化された VM の復旧ポイントを選択してください。</translation>
    </message>
    <message>
        <source>Reading the key vault…</source>
        <translation>キー コンテナーを読み取っています…</translation>
    </message>
    <message>
        <source>Restoring the key and the secret into %1…</source>
        <translation>キーとシークレットを %1 に復元しています…</translation>
    </message>
</context>
<context>
    <name>RestoreKeysOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>The key vault %1 has no data-plane address.</source>
        <translation>キー コンテナー %1 にはデータ プレーンのアドレスがありません。</translation>
    </message>
    <message>
        <source>The recovery point carries no backup of the key.</source>
        <translation>復旧ポイントにキーのバックアップが含まれていません。</translation>
    </message>
    <message>
        <source>The recovery point carries no backup of the secret.</source>
        <translation>復旧ポイントにシークレットのバックアップが含まれていません。</translation>
    </message>
    <message>
        <source>Restoring the key encryption key into %1</source>
        <translation>キー暗号化キーを %1 に復元しています</translation>
    </message>
    <message>
        <source>Restoring the disk encryption secret into %1</source>
        <translation>ディスク暗号化シークレットを %1 に復元しています</translation>
    </message>
    <message>
        <source>%1 %2 already exists in %3 without the version the recovery point needs, and Key Vault cannot restore over it. Delete and purge it there, or choose another key vault.</source>
        <translation>%1 %2 は、復旧ポイントに必要なバージョンなしで既に %3 に存在し、Key Vault はその上に復元できません。そこで削除して消去するか、別のキー コンテナーを選択してください。</translation>
    </message>
    <message>
        <source>The key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>The secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Key and secret are in place</source>
        <translation>キーとシークレットが揃っています</translation>
    </message>
    <message>
        <source>Key Vault did not say which version of the secret it created.</source>
        <translation>Key Vault から、作成されたシークレットのバージョンが返されませんでした。</translation>
    </message>
</context>
<context>
    <name>RestorePointPage</name>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>Recovery points from</source>
        <translation>復旧ポイントの開始日</translation>
    </message>
    <message>
        <source>Recovery points until</source>
        <translation>復旧ポイントの終了日</translation>
    </message>
    <message>
        <source>Show recovery points in this range</source>
        <translation>この期間の復旧ポイントを表示します</translation>
    </message>
    <message>
        <source>Recovery points</source>
        <translation>復旧ポイント</translation>
    </message>
    <message>
        <source>Recovery point list status</source>
        <translation>復旧ポイントの一覧の状態</translation>
    </message>
    <message>
        <source>Choose the point in time to restore %1 from. Encrypted VMs are restored as disks; the VM is then created from them.</source>
        <translation>%1 を復元する時点を選択してください。暗号化された VM はディスクとして復元され、その後ディスクから VM が作成されます。</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>開始(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>終了(&amp;T)</translation>
    </message>
    <message>
        <source>Loading recovery points…</source>
        <translation>復旧ポイントを読み込んでいます…</translation>
    </message>
    <message>
        <source>The recovery points could not be read.</source>
        <translation>復旧ポイントを読み取れませんでした。</translation>
    </message>
    <message>
        <source>No recovery points in this range. Widen the range.</source>
        <translation>この期間には復旧ポイントがありません。期間を広げてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n recovery point(s).</source>
        <translation>
            <numerusform>%n 個の復旧ポイント。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the recovery point…</source>
        <translation>復旧ポイントを読み取っています…</translation>
    </message>
</context>
<context>
    <name>RestoreRules</name>
    <message>
        <source>It is in %1; the restore can only stage disks in the vault&apos;s region (%2).</source>
        <translation>これは %1 にあります。復元でディスクをステージングできるのは、コンテナーのリージョン (%2) だけです。</translation>
    </message>
    <message>
        <source>It is in another subscription; the restore stages disks in the vault&apos;s subscription only.</source>
        <translation>これは別のサブスクリプションにあります。復元でディスクをステージングできるのは、コンテナーのサブスクリプションだけです。</translation>
    </message>
    <message>
        <source>Accounts of kind %1 cannot hold restored disks; use a general-purpose account.</source>
        <translation>種類 %1 のアカウントには復元されたディスクを格納できません。汎用アカウントを使用してください。</translation>
    </message>
    <message>
        <source>Accounts with a hierarchical namespace (Data Lake) cannot be used for a restore.</source>
        <translation>階層型名前空間 (Data Lake) を持つアカウントは復元に使用できません。</translation>
    </message>
    <message>
        <source>%1 is in another subscription. Key Vault restores backups only into a vault of the same subscription.</source>
        <translation>%1 は別のサブスクリプションにあります。Key Vault がバックアップを復元できるのは、同じサブスクリプションのコンテナーだけです。</translation>
    </message>
    <message>
        <source>%1 is in %2 (%3). Key Vault restores backups only within the geography they came from (%4).</source>
        <translation>%1 は %2 (%3) にあります。Key Vault がバックアップを復元できるのは、元の地域 (%4) 内だけです。</translation>
    </message>
    <message>
        <source>%1 is not enabled for Azure Disk Encryption, so the restored VM could not read its key. Turn on &quot;Azure Disk Encryption for volume encryption&quot; in its access configuration first.</source>
        <translation>%1 では Azure Disk Encryption が有効になっていないため、復元された VM はキーを読み取れません。まず、アクセス構成で [ボリューム暗号化用の Azure Disk Encryption] をオンにしてください。</translation>
    </message>
</context>
<context>
    <name>RestoreRunPage</name>
    <message>
        <source>Restore &amp;key and secret</source>
        <translation>キーとシークレットの復元(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Validate and restore disks</source>
        <translation>検証してディスクを復元(&amp;V)</translation>
    </message>
    <message>
        <source>Key and secret status</source>
        <translation>キーとシークレットの状態</translation>
    </message>
    <message>
        <source>Key vault to restore the key and secret into</source>
        <translation>キーとシークレットの復元先のキー コンテナー</translation>
    </message>
    <message>
        <source>About the key vault choice</source>
        <translation>キー コンテナーの選択について</translation>
    </message>
    <message>
        <source>Restore key and secret from the backup</source>
        <translation>バックアップからキーとシークレットを復元</translation>
    </message>
    <message>
        <source>Validate and restore disks</source>
        <translation>検証してディスクを復元</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>復元の進行状況</translation>
    </message>
    <message>
        <source>Restore job status</source>
        <translation>復元ジョブの状態</translation>
    </message>
    <message>
        <source>What the restore produced</source>
        <translation>復元で作成されたもの</translation>
    </message>
    <message>
        <source>The restored disks and files appear here.</source>
        <translation>復元されたディスクとファイルがここに表示されます。</translation>
    </message>
    <message>
        <source>Key vault, key and secret</source>
        <translation>キー コンテナー、キー、シークレット</translation>
    </message>
    <message>
        <source>Restore disks</source>
        <translation>ディスクの復元</translation>
    </message>
    <message>
        <source>This recovery point is not encrypted; no key is needed.</source>
        <translation>この復旧ポイントは暗号化されていないため、キーは不要です。</translation>
    </message>
    <message>
        <source>Checking that the key vault, key and secret still exist…</source>
        <translation>キー コンテナー、キー、シークレットがまだ存在するか確認しています…</translation>
    </message>
    <message>
        <source>The key vault could not be checked.</source>
        <translation>キー コンテナーを確認できませんでした。</translation>
    </message>
    <message>
        <source>The key vault %1 exists, but %2 the recovery point needs %3 missing. Restore them from the backup before restoring the disks.</source>
        <translation>キー コンテナー %1 は存在しますが、復旧ポイントに必要な%2%3。ディスクを復元する前に、バックアップからそれらを復元してください。</translation>
    </message>
    <message>
        <source>the key and the secret</source>
        <translation>キーとシークレット</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>the secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>are</source>
        <translation>がありません</translation>
    </message>
    <message>
        <source>is</source>
        <translation>がありません</translation>
    </message>
    <message>
        <source>The key vault %1 holds the key and the secret this recovery point needs.</source>
        <translation>キー コンテナー %1 には、この復旧ポイントに必要なキーとシークレットがあります。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not offered:
%1</source>
        <translation>提供されていません:
%1</translation>
    </message>
    <message>
        <source>The key and secret are restored in %1.</source>
        <translation>キーとシークレットが %1 に復元されました。</translation>
    </message>
    <message>
        <source>Validation passed. Starting the restore…</source>
        <translation>検証に合格しました。復元を開始しています…</translation>
    </message>
    <message>
        <source>The restore did not succeed.</source>
        <translation>復元は成功しませんでした。</translation>
    </message>
    <message>
        <source>The restore job %1 completed.</source>
        <translation>復元ジョブ %1 が完了しました。</translation>
    </message>
    <message>
        <source>Create key &amp;vault</source>
        <translation>キー コンテナーの作成(&amp;V)</translation>
    </message>
    <message>
        <source>Name of a new key vault</source>
        <translation>新しいキー コンテナーの名前</translation>
    </message>
    <message>
        <source>Create the key vault</source>
        <translation>キー コンテナーを作成</translation>
    </message>
    <message>
        <source>About the new key vault</source>
        <translation>新しいキー コンテナーについて</translation>
    </message>
    <message>
        <source>Or create one, &amp;named:</source>
        <translation>または、次の名前で作成(&amp;N):</translation>
    </message>
    <message>
        <source>The key vault this VM used no longer exists, so the restored disks could not be unlocked. Choose another key vault in the same subscription and region, or create one here; the key and secret are then restored into it from the backup.</source>
        <translation>この VM が使用していたキー コンテナーはもう存在しないため、復元されたディスクのロックを解除できませんでした。同じサブスクリプションとリージョンの別のキー コンテナーを選択するか、ここで作成してください。その後、バックアップからキーとシークレットがそこに復元されます。</translation>
    </message>
    <message>
        <source>%1 is in %2; Azure Disk Encryption needs the key vault in the VM&apos;s region, %3.</source>
        <translation>%1 は %2 にあります。Azure Disk Encryption では、キー コンテナーが VM のリージョン (%3) にある必要があります。</translation>
    </message>
    <message>
        <source>The new key vault goes into resource group %1 in %2 (the region of the restore), enabled for disk encryption, with an access policy for you.</source>
        <translation>新しいキー コンテナーは、%2 (復元先のリージョン) のリソース グループ %1 に作成されます。ディスク暗号化が有効になり、このアカウントのアクセス ポリシーが設定されます。</translation>
    </message>
    <message>
        <source>%1 was created and is chosen. Restore the key and secret into it next.</source>
        <translation>%1 が作成され、選択されています。次に、キーとシークレットをそこに復元してください。</translation>
    </message>
    <message>
        <source>The key vault %1 was created.</source>
        <translation>キー コンテナー %1 が作成されました。</translation>
    </message>
    <message>
        <source>&amp;Yes, restore them</source>
        <translation>はい、復元します(&amp;Y)</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>いいえ(&amp;O)</translation>
    </message>
    <message>
        <source>Confirm restoring the key and secret</source>
        <translation>キーとシークレットの復元の確認</translation>
    </message>
    <message>
        <source>What restoring writes</source>
        <translation>復元で書き込まれる内容</translation>
    </message>
    <message>
        <source>Restore the key and secret</source>
        <translation>キーとシークレットを復元する</translation>
    </message>
    <message>
        <source>Do not restore the key and secret</source>
        <translation>キーとシークレットを復元しない</translation>
    </message>
    <message>
        <source>Choose a key vault…</source>
        <translation>キー コンテナーを選択…</translation>
    </message>
    <message>
        <source>Restore %1 saved with the recovery point into the key vault %2? Nothing that exists there is overwritten; a secret stored again gets a new version.</source>
        <translation>復旧ポイントと共に保存された%1をキー コンテナー %2 に復元しますか? 既存のものは上書きされません。再度保存したシークレットには新しいバージョンが付きます。</translation>
    </message>
</context>
<context>
    <name>RestoreScript</name>
    <message>
        <source># Creates %1 from the restored disks, then gives it its Azure Disk Encryption settings.</source>
        <translation># 復元されたディスクから %1 を作成し、Azure Disk Encryption の設定を適用します。</translation>
    </message>
    <message>
        <source># The restore does not bring back the Azure Disk Encryption extension: turn it on again once the VM runs.
</source>
        <translation># 復元では Azure Disk Encryption 拡張機能は元に戻りません。VM の実行後にもう一度有効にしてください。
</translation>
    </message>
    <message>
        <source>Next: turn Azure Disk Encryption back on. The restored disks are still encrypted and the VM reads its keys from the key vault, but the restore does not bring back the Azure Disk Encryption extension, so new data disks and key rotations are not handled until it runs again. Once the VM is running, re-enable it with the same key vault%1:

Az PowerShell:
%2

az CLI:
%3</source>
        <translation>次の手順: Azure Disk Encryption を再び有効にしてください。復元されたディスクは引き続き暗号化されており、VM はキー コンテナーからキーを読み取りますが、復元では Azure Disk Encryption 拡張機能は元に戻らないため、拡張機能が再び実行されるまで、新しいデータ ディスクとキーのローテーションは処理されません。VM の実行後、同じキー コンテナー%1で拡張機能を再び有効にしてください:

Az PowerShell:
%2

az CLI:
%3</translation>
    </message>
    <message>
        <source> and key encryption key</source>
        <translation>とキー暗号化キー</translation>
    </message>
</context>
<context>
    <name>RestoreSettingsPage</name>
    <message>
        <source>Restore type</source>
        <translation>復元の種類</translation>
    </message>
    <message>
        <source>Target resource group</source>
        <translation>ターゲット リソース グループ</translation>
    </message>
    <message>
        <source>Staging storage account</source>
        <translation>ステージング ストレージ アカウント</translation>
    </message>
    <message>
        <source>About restore types</source>
        <translation>復元の種類について</translation>
    </message>
    <message>
        <source>Storage accounts that cannot be used</source>
        <translation>使用できないストレージ アカウント</translation>
    </message>
    <message>
        <source>Restore disks</source>
        <translation>ディスクの復元</translation>
    </message>
    <message>
        <source>Create a new virtual machine</source>
        <translation>新しい仮想マシンの作成</translation>
    </message>
    <message>
        <source>Replace the existing disks</source>
        <translation>既存のディスクの置換</translation>
    </message>
    <message>
        <source>For VMs encrypted with Azure Disk Encryption, Azure Backup restores the disks only. Creating or replacing a VM directly is not supported for them: the VM must be built from the restored disks with their key and secret, which the next steps do.</source>
        <translation>Azure Disk Encryption で暗号化された VM の場合、Azure Backup が復元するのはディスクだけです。VM を直接作成または置換することはサポートされていません: VM は、復元されたディスクからキーとシークレットを使用して作成する必要があり、次の手順でそれを行います。</translation>
    </message>
    <message>
        <source>Restore &amp;type</source>
        <translation>復元の種類(&amp;T)</translation>
    </message>
    <message>
        <source>Target &amp;resource group</source>
        <translation>ターゲット リソース グループ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Staging storage account</source>
        <translation>ステージング ストレージ アカウント(&amp;S)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) – cannot be used</source>
        <translation>%1 (%2) – 使用不可</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 does not accept account keys: the restore works, but its files must then be read with your Microsoft Entra sign-in (Storage Blob Data Reader role).</source>
        <translation>%1 ではアカウント キーが受け付けられません: 復元は機能しますが、そのファイルは Microsoft Entra のサインインで読み取る必要があります (ストレージ BLOB データ閲覧者ロール)。</translation>
    </message>
    <message>
        <source>Not usable:
%1</source>
        <translation>使用不可:
%1</translation>
    </message>
</context>
<context>
    <name>RestoredVmConfig</name>
    <message>
        <source>The file is not a JSON object (%1).</source>
        <translation>ファイルが JSON オブジェクトではありません (%1)。</translation>
    </message>
    <message>
        <source># Creates %1 from the restored disks, with its Azure Disk Encryption settings.</source>
        <translation># 復元されたディスクから、Azure Disk Encryption の設定を使用して %1 を作成します。</translation>
    </message>
</context>
<context>
    <name>ScriptedRunGuard</name>
    <message>
        <source>no answer from the sign-in authority or Azure Resource Manager</source>
        <translation>サインイン機関または Azure Resource Manager から応答がありません</translation>
    </message>
    <message numerus="yes">
        <source>not signed in with the vault list read within %n second(s) (%1). Check the network and AZURE_AUTHORITY_HOST, or allow longer with --ready-timeout.</source>
        <translation>
            <numerusform>%n 秒以内にサインインしてコンテナー一覧を読み込めませんでした (%1)。ネットワークと AZURE_AUTHORITY_HOST を確認するか、--ready-timeout で時間を延ばしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>the sign-in ended without an account</source>
        <translation>サインインはアカウントなしで終了しました</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Your saved sign-in could not be restored: %1</source>
        <translation>保存されたサインインを復元できませんでした: %1</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be read from the system keychain (%1). Sign in again.</source>
        <translation>保存されたサインインをシステムのキーチェーンから読み取れませんでした (%1)。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Your saved sign-in has expired or was revoked. Sign in again.</source>
        <translation>保存されたサインインの有効期限が切れたか、取り消されました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Could not restore your sign-in: %1</source>
        <translation>サインインを復元できませんでした: %1</translation>
    </message>
    <message>
        <source>The sandbox is not running.</source>
        <translation>サンドボックスが実行されていません。</translation>
    </message>
    <message>
        <source>Could not sign in to the sandbox</source>
        <translation>サンドボックスにサインインできませんでした</translation>
    </message>
    <message>
        <source>Browser sign-in failed</source>
        <translation>ブラウザーでのサインインに失敗しました</translation>
    </message>
    <message>
        <source>Device code sign-in failed</source>
        <translation>デバイス コードでのサインインに失敗しました</translation>
    </message>
    <message>
        <source>Enter the tenant, the client id and the client secret.</source>
        <translation>テナント、クライアント ID、クライアント シークレットを入力してください。</translation>
    </message>
    <message>
        <source>The service principal could not sign in</source>
        <translation>サービス プリンシパルはサインインできませんでした</translation>
    </message>
    <message>
        <source>The sign-in service did not return a refresh token.</source>
        <translation>サインイン サービスから更新トークンが返されませんでした。</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>サインインに失敗しました</translation>
    </message>
    <message>
        <source>You are signed in for this session only: the sign-in cannot be remembered because the system keychain is not available (%1).</source>
        <translation>このセッションのみサインインしています: システムのキーチェーンを使用できないため、サインインを記憶できません (%1)。</translation>
    </message>
    <message>
        <source>The cloud &apos;%1&apos; is not available.</source>
        <translation>クラウド &apos;%1&apos; は使用できません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked (%1). Sign in again to continue; nothing you were doing is lost.</source>
        <translation>サインインの有効期限が切れたか、取り消されました (%1)。続行するにはもう一度サインインしてください。作業中の内容は失われません。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Refuse VMs encrypted with a BEK only (the &amp;2017 rule)</source>
        <translation>BEK のみで暗号化された VM を拒否する (2017 年のルール)(&amp;2)</translation>
    </message>
    <message>
        <source>Back them up as Azure does &amp;today</source>
        <translation>現在の Azure と同様にバックアップする(&amp;T)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Custom endpoints file</source>
        <translation>カスタム エンドポイント ファイル</translation>
    </message>
    <message>
        <source>Cloud definitions (*.json)</source>
        <translation>クラウド定義 (*.json)</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <source>Set every preference back to its default? Your sign-in and subscription choice stay.</source>
        <translation>すべての設定を既定値に戻しますか? サインインとサブスクリプションの選択はそのまま残ります。</translation>
    </message>
    <message>
        <source>Sandbox (emulated Azure on this computer)</source>
        <translation>サンドボックス (このコンピューター上のエミュレートされた Azure)</translation>
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
        <translation>--cloud または --cloud-file を指定せずに起動したときにアプリが接続するクラウドです。</translation>
    </message>
    <message>
        <source>The cloud&apos;s endpoints, as JSON</source>
        <translation>クラウドのエンドポイント (JSON)</translation>
    </message>
    <message>
        <source>Browse for the endpoints file</source>
        <translation>エンドポイント ファイルを参照</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Preselected where the app asks for a subscription, such as a new vault.</source>
        <translation>新しいコンテナーなど、アプリがサブスクリプションを尋ねる場所で事前に選択されます。</translation>
    </message>
    <message>
        <source>The Backup service of 2017 did not back up VMs whose disks were encrypted without a key encryption key.</source>
        <translation>2017 年のバックアップ サービスは、キー暗号化キーなしでディスクが暗号化された VM をバックアップしませんでした。</translation>
    </message>
    <message>
        <source>Today&apos;s Backup service protects VMs encrypted with a BEK only.</source>
        <translation>現在のバックアップ サービスは、BEK のみで暗号化された VM を保護します。</translation>
    </message>
    <message>
        <source>How many VMs are enabled or checked at the same time. Fewer is gentler on Azure&apos;s request limits.</source>
        <translation>同時に有効化またはチェックする VM の数です。少ないほど Azure の要求制限への負荷が軽くなります。</translation>
    </message>
    <message>
        <source>Debug (everything)</source>
        <translation>デバッグ (すべて)</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告とエラー</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <source>Secrets are removed from the log at every level.</source>
        <translation>どのレベルでも、シークレットはログから削除されます。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定値</translation>
    </message>
    <message>
        <source>The cloud and the language change the next time the app starts.</source>
        <translation>クラウドと言語は、次回アプリを起動したときに変更されます。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>クラウド(&amp;C):</translation>
    </message>
    <message>
        <source>Endpoints &amp;file:</source>
        <translation>エンドポイント ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Default &amp;subscription:</source>
        <translation>既定のサブスクリプション(&amp;S):</translation>
    </message>
    <message>
        <source>VMs encrypted with a BEK only</source>
        <translation>BEK のみで暗号化された VM</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>&amp;Parallel operations:</source>
        <translation>並列操作(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Log level:</source>
        <translation>ログ レベル(&amp;L):</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>言語(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>既定値に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Choose the endpoints file of the custom cloud.</source>
        <translation>カスタム クラウドのエンドポイント ファイルを選択してください。</translation>
    </message>
    <message>
        <source>The endpoints file cannot be used: %1</source>
        <translation>エンドポイント ファイルを使用できません: %1</translation>
    </message>
</context>
<context>
    <name>SettingsFileCheck</name>
    <message>
        <source>The settings file %1 cannot be read or written, so default settings are used and nothing you change is kept. Check that the file and its folder belong to you, then start the app again.</source>
        <translation>設定ファイル %1 を読み書きできないため、既定の設定が使用され、変更内容は保存されません。ファイルとそのフォルダーの所有者が自分であることを確認してから、アプリをもう一度起動してください。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged, so default settings are used where it could not be read. It will be written anew; you may have to sign in and choose your subscriptions again.</source>
        <translation>設定ファイル %1 が破損しているため、読み取れなかった部分には既定の設定が使用されます。ファイルは新しく書き直されます。もう一度サインインして、サブスクリプションを選択し直す必要がある場合があります。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged, so default settings are used where it could not be read. A copy of the damaged file is kept as %2; the file itself will be written anew. You may have to sign in and choose your subscriptions again.</source>
        <translation>設定ファイル %1 が破損しているため、読み取れなかった部分には既定の設定が使用されます。破損したファイルのコピーは %2 として保存され、ファイル自体は新しく書き直されます。もう一度サインインして、サブスクリプションを選択し直す必要がある場合があります。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Custom endpoints file</source>
        <translation>カスタム エンドポイント ファイル</translation>
    </message>
    <message>
        <source>Cloud definitions (*.json)</source>
        <translation>クラウド定義 (*.json)</translation>
    </message>
    <message>
        <source>Sign-in not remembered</source>
        <translation>サインインは記憶されません</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>クラウド</translation>
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
        <translation>カスタム エンドポイント ファイル…</translation>
    </message>
    <message>
        <source>Choose how to sign in</source>
        <translation>サインイン方法を選択してください</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Encrypted VM Backup&lt;/b&gt;&lt;br&gt;Back up and restore Azure virtual machines encrypted with Azure Disk Encryption.</source>
        <translation>&lt;b&gt;Encrypted VM Backup へようこそ&lt;/b&gt;&lt;br&gt;Azure Disk Encryption で暗号化された Azure 仮想マシンをバックアップおよび復元します。</translation>
    </message>
    <message>
        <source>Try it without an account</source>
        <translation>アカウントなしで試す</translation>
    </message>
    <message>
        <source>The sandbox is an emulated Azure on this computer with demo vaults, key vaults and encrypted VMs. Nothing leaves your machine.</source>
        <translation>サンドボックスは、デモ用のコンテナー、キー コンテナー、暗号化された VM を含む、このコンピューター上のエミュレートされた Azure です。データがこのコンピューターの外に出ることはありません。</translation>
    </message>
    <message>
        <source>&amp;Try the sandbox</source>
        <translation>サンドボックスを試す(&amp;T)</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>サンドボックスを試す</translation>
    </message>
    <message>
        <source>Explore everything offline in an emulated Azure, no account needed.</source>
        <translation>エミュレートされた Azure ですべてをオフラインで試せます。アカウントは不要です。</translation>
    </message>
    <message>
        <source>Sign in to Azure</source>
        <translation>Azure にサインイン</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>organizations (any work or school account)</source>
        <translation>organizations (任意の職場または学校アカウント)</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>クラウド(&amp;L):</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>テナント(&amp;E):</translation>
    </message>
    <message>
        <source>Sign in with a &amp;browser</source>
        <translation>ブラウザーでサインイン(&amp;B)</translation>
    </message>
    <message>
        <source>Sign in with a browser</source>
        <translation>ブラウザーでサインイン</translation>
    </message>
    <message>
        <source>Use a &amp;device code</source>
        <translation>デバイス コードを使用(&amp;D)</translation>
    </message>
    <message>
        <source>Sign in with a device code</source>
        <translation>デバイス コードでサインイン</translation>
    </message>
    <message>
        <source>For machines without a browser: enter a code on another device.</source>
        <translation>ブラウザーのないマシン向け: 別のデバイスでコードを入力します。</translation>
    </message>
    <message>
        <source>&amp;Service principal…</source>
        <translation>サービス プリンシパル(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign in as a service principal</source>
        <translation>サービス プリンシパルとしてサインイン</translation>
    </message>
    <message>
        <source>An app registration with a client secret, for automation accounts.</source>
        <translation>自動化アカウント向けの、クライアント シークレットを持つアプリの登録です。</translation>
    </message>
    <message>
        <source>Signing in to the sandbox…</source>
        <translation>サンドボックスにサインインしています…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>ブラウザーでサインインを完了してください…</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>デバイス コード</translation>
    </message>
    <message>
        <source>Open this address on any device and enter the code:</source>
        <translation>任意のデバイスでこのアドレスを開き、コードを入力してください:</translation>
    </message>
    <message>
        <source>Verification address</source>
        <translation>確認用アドレス</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>入力するコード</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>コードのコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>コードをコピーします</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>キャンセル(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel the device code sign-in</source>
        <translation>デバイス コードでのサインインをキャンセルします</translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation>サービス プリンシパル</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>テナント ID</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>テナント(&amp;T):</translation>
    </message>
    <message>
        <source>C&amp;lient id:</source>
        <translation>クライアント ID(&amp;L):</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>クライアント シークレット(&amp;E):</translation>
    </message>
    <message>
        <source>Cl&amp;oud:</source>
        <translation>クラウド(&amp;O):</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>サインイン(&amp;I)</translation>
    </message>
    <message>
        <source>Sign in as the service principal</source>
        <translation>サービス プリンシパルとしてサインインします</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the choices</source>
        <translation>選択に戻ります</translation>
    </message>
    <message>
        <source>Signing in as the service principal…</source>
        <translation>サービス プリンシパルとしてサインインしています…</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>サインイン中</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>サインインをキャンセルします</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot</source>
        <translation>トラブルシューティング(&amp;T)</translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation>コードの有効期限まで残り %1:%2 です。</translation>
    </message>
</context>
<context>
    <name>StorageReplicationController</name>
    <message numerus="yes">
        <source>Storage replication cannot change because %1 already protects %n item(s). Azure Backup lets you choose it only before the first item is protected; to use other storage, back up to a new vault.</source>
        <translation>
            <numerusform>%1 は既に %n 個の項目を保護しているため、ストレージ レプリケーションを変更できません。Azure Backup でこれを選択できるのは最初の項目を保護する前だけです。別のストレージを使用するには、新しいコンテナーにバックアップしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Storage replication of %1 is locked: the vault has held backup data. Azure Backup lets you choose it only before the first item is protected.</source>
        <translation>%1 のストレージ レプリケーションはロックされています: コンテナーにはバックアップ データが保存されたことがあります。Azure Backup でこれを選択できるのは最初の項目を保護する前だけです。</translation>
    </message>
    <message>
        <source>The storage replication of %1 could not be read: %2</source>
        <translation>%1 のストレージ レプリケーションを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>The backup items of %1 could not be counted: %2</source>
        <translation>%1 のバックアップ項目を数えられませんでした: %2</translation>
    </message>
    <message>
        <source>Cross-region restore needs geo-redundant (GRS) storage.</source>
        <translation>リージョンをまたがる復元には geo 冗長 (GRS) ストレージが必要です。</translation>
    </message>
    <message>
        <source>Azure Backup refused to change the storage replication of %1 because the vault already protects items (%2). Storage replication can be chosen only before the first item is protected; use a new vault for other storage.</source>
        <translation>コンテナーが既に項目を保護しているため (%2)、Azure Backup は %1 のストレージ レプリケーションの変更を拒否しました。ストレージ レプリケーションを選択できるのは最初の項目を保護する前だけです。別のストレージには新しいコンテナーを使用してください。</translation>
    </message>
    <message>
        <source>The storage replication of %1 could not be changed: %2</source>
        <translation>%1 のストレージ レプリケーションを変更できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>StorageReplicationDialog</name>
    <message>
        <source>&amp;Geo-redundant (GRS): copies in a paired region</source>
        <translation>geo 冗長 (GRS): ペア リージョンにコピー(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Locally redundant (LRS): copies in one datacenter</source>
        <translation>ローカル冗長 (LRS): 1 つのデータセンター内にコピー(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Zone-redundant (ZRS): copies across availability zones</source>
        <translation>ゾーン冗長 (ZRS): 可用性ゾーン間でコピー(&amp;Z)</translation>
    </message>
    <message>
        <source>Allow cross-&amp;region restore (GRS only)</source>
        <translation>リージョンをまたがる復元を許可 (GRS のみ)(&amp;R)</translation>
    </message>
    <message>
        <source>Storage replication of %1</source>
        <translation>%1 のストレージ レプリケーション</translation>
    </message>
    <message>
        <source>Why storage replication cannot change</source>
        <translation>ストレージ レプリケーションを変更できない理由</translation>
    </message>
    <message>
        <source>Backup storage</source>
        <translation>バックアップ ストレージ</translation>
    </message>
    <message>
        <source>Choose before protecting the first item: Azure Backup does not change it afterwards.</source>
        <translation>最初の項目を保護する前に選択してください: その後は Azure Backup で変更されません。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Storage replication saved.</source>
        <translation>ストレージ レプリケーションを保存しました。</translation>
    </message>
</context>
<context>
    <name>SubscriptionPickerDialog</name>
    <message>
        <source>Select subscriptions</source>
        <translation>サブスクリプションの選択</translation>
    </message>
    <message>
        <source>Filter subscriptions</source>
        <translation>サブスクリプションのフィルター</translation>
    </message>
    <message>
        <source>Filter by name or id</source>
        <translation>名前または ID でフィルター</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>フィルター(&amp;F):</translation>
    </message>
    <message>
        <source>Tenants and subscriptions</source>
        <translation>テナントとサブスクリプション</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply the selection</source>
        <translation>選択を適用します</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>SubscriptionPickerModel</name>
    <message>
        <source>All subscriptions</source>
        <translation>すべてのサブスクリプション</translation>
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
        <translation>概要</translation>
    </message>
    <message>
        <source>Check what will be changed, then enable backup.</source>
        <translation>変更される内容を確認してから、バックアップを有効にしてください。</translation>
    </message>
    <message>
        <source>&amp;Enable backup</source>
        <translation>バックアップの有効化(&amp;E)</translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation>変更の概要</translation>
    </message>
    <message>
        <source>Enabling backup assigns the policy to each VM and starts a configure-backup job per VM. The first backup runs at the policy&apos;s next scheduled time, or when you choose Backup now.</source>
        <translation>バックアップを有効にすると、各 VM にポリシーが割り当てられ、VM ごとにバックアップ構成ジョブが開始されます。最初のバックアップは、ポリシーの次のスケジュール時刻、または [今すぐバックアップ] を選択したときに実行されます。</translation>
    </message>
</context>
<context>
    <name>TokenRequestJob</name>
    <message>
        <source>The network layer is gone.</source>
        <translation>ネットワーク層がなくなりました。</translation>
    </message>
</context>
<context>
    <name>TokenResult</name>
    <message>
        <source>The sign-in service sent an answer without a usable access token.</source>
        <translation>サインイン サービスから、使用可能なアクセス トークンのない応答が送信されました。</translation>
    </message>
</context>
<context>
    <name>TriggerBackupOperation</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>The service accepted the backup but did not name its job. Look for it in the Jobs pane.</source>
        <translation>サービスはバックアップを受け付けましたが、ジョブが示されませんでした。[ジョブ] ウィンドウで探してください。</translation>
    </message>
</context>
<context>
    <name>TroubleshootingDialog</name>
    <message>
        <source>Troubleshooting</source>
        <translation>トラブルシューティング</translation>
    </message>
    <message>
        <source>Search errors</source>
        <translation>エラーの検索</translation>
    </message>
    <message>
        <source>Search by error code, message or words…</source>
        <translation>エラー コード、メッセージ、または語句で検索…</translation>
    </message>
    <message>
        <source>Known errors</source>
        <translation>既知のエラー</translation>
    </message>
    <message>
        <source>Error title</source>
        <translation>エラーのタイトル</translation>
    </message>
    <message>
        <source>Operation and error codes</source>
        <translation>操作とエラー コード</translation>
    </message>
    <message>
        <source>Explanation and steps</source>
        <translation>説明と手順</translation>
    </message>
    <message>
        <source>What failed</source>
        <translation>失敗した内容</translation>
    </message>
    <message>
        <source>Failing resource</source>
        <translation>失敗したリソース</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>About the fix</source>
        <translation>修正について</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <source>Runs the preflight checks again for the VM</source>
        <translation>VM の事前チェックをもう一度実行します</translation>
    </message>
    <message>
        <source>Confirm the fix</source>
        <translation>修正の確認</translation>
    </message>
    <message>
        <source>What the fix changes</source>
        <translation>修正で変更される内容</translation>
    </message>
    <message>
        <source>&amp;Yes, do it</source>
        <translation>はい、実行します(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>Do not run the fix</source>
        <translation>修正を実行しません</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>チェックの結果</translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation>項目が選択されていません</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>操作: %1</translation>
    </message>
    <message>
        <source>Operation: %1 — error codes: %2</source>
        <translation>操作: %1 — エラー コード: %2</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>修正方法</translation>
    </message>
    <message>
        <source>VM:</source>
        <translation>VM:</translation>
    </message>
    <message>
        <source>Key vault:</source>
        <translation>キー コンテナー:</translation>
    </message>
    <message>
        <source>Recovery Services vault:</source>
        <translation>Recovery Services コンテナー:</translation>
    </message>
    <message>
        <source>Open this page from the failing VM or job to run the fix here.</source>
        <translation>ここで修正を実行するには、失敗した VM またはジョブからこのページを開いてください。</translation>
    </message>
    <message>
        <source>This fix is done from another screen of the app.</source>
        <translation>この修正はアプリの別の画面で行います。</translation>
    </message>
    <message>
        <source>Running the fix…</source>
        <translation>修正を実行しています…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Use &quot;Check again&quot; to confirm.</source>
        <translation>確認するには [再確認] を使用してください。</translation>
    </message>
    <message>
        <source>Reading the VM…</source>
        <translation>VM を読み取っています…</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) pass.</source>
        <translation>
            <numerusform>%n 件のチェックすべてに合格しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) still need attention:</source>
        <translation>
            <numerusform>%n 件のチェックにまだ注意が必要です:</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を確認しています…</translation>
    </message>
    <message>
        <source>Restore &amp;into key vault:</source>
        <translation>復元先のキー コンテナー(&amp;I):</translation>
    </message>
    <message>
        <source>Key vault to restore the key and secret into</source>
        <translation>キーとシークレットの復元先のキー コンテナー</translation>
    </message>
    <message>
        <source>Choose a key vault…</source>
        <translation>キー コンテナーを選択…</translation>
    </message>
    <message>
        <source>Listing key vaults…</source>
        <translation>キー コンテナーを一覧表示しています…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n key vault(s) left out: other region or not enabled for disk encryption.</source>
        <translation>
            <numerusform>%n 個のキー コンテナーを除外しました: 別のリージョンにあるか、ディスク暗号化が有効になっていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>No key vault can take them: create one in the VM&apos;s region, enabled for disk encryption, then open this page again.</source>
        <translation>それらを受け入れられるキー コンテナーがありません: VM のリージョンに、ディスク暗号化を有効にしたキー コンテナーを作成してから、このページをもう一度開いてください。</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>No known error matches &quot;%1&quot;. Try the error code, an HTTP status such as 403, or a few words of the message.</source>
        <translation>「%1」に一致する既知のエラーはありません。エラー コード、403 などの HTTP 状態、またはメッセージの一部の語句で検索してください。</translation>
    </message>
    <message>
        <source>The guide opens in your web browser: %1 If no browser opened, copy the address with &quot;Copy details&quot;.</source>
        <translation>ガイドは Web ブラウザーで開きます: %1 ブラウザーが開かない場合は、[詳細のコピー] でアドレスをコピーしてください。</translation>
    </message>
</context>
<context>
    <name>VaultBrowserController</name>
    <message>
        <source>Subscription %1 (%2):</source>
        <translation>サブスクリプション %1 (%2):</translation>
    </message>
    <message numerus="yes">
        <source>The vaults of %n subscription(s) could not be listed: %1. The vaults of the other subscriptions are shown. %2</source>
        <translation>
            <numerusform>%n 個のサブスクリプションのコンテナーを一覧表示できませんでした: %1。その他のサブスクリプションのコンテナーは表示されています。%2</numerusform>
        </translation>
    </message>
    <message>
        <source>The vaults could not be listed: %1</source>
        <translation>コンテナーを一覧表示できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>VaultDashboardController</name>
    <message>
        <source>backup items</source>
        <translation>バックアップ項目</translation>
    </message>
    <message>
        <source>recent jobs</source>
        <translation>最近のジョブ</translation>
    </message>
    <message>
        <source>storage replication</source>
        <translation>ストレージ レプリケーション</translation>
    </message>
    <message>
        <source>Key Vault access check</source>
        <translation>Key Vault アクセスのチェック</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Part of the dashboard could not be loaded. %1</source>
        <translation>ダッシュボードの一部を読み込めませんでした。%1</translation>
    </message>
</context>
<context>
    <name>VaultDashboardWidget</name>
    <message>
        <source>Geo-redundant (GRS)</source>
        <translation>geo 冗長 (GRS)</translation>
    </message>
    <message>
        <source>Locally redundant (LRS)</source>
        <translation>ローカル冗長 (LRS)</translation>
    </message>
    <message>
        <source>Zone-redundant (ZRS)</source>
        <translation>ゾーン冗長 (ZRS)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Select a vault to see its backup items, jobs and storage.</source>
        <translation>バックアップ項目、ジョブ、ストレージを表示するには、コンテナーを選択してください。</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <source>Storage replication</source>
        <translation>ストレージ レプリケーション</translation>
    </message>
    <message>
        <source>Change storage replication</source>
        <translation>ストレージ レプリケーションの変更</translation>
    </message>
    <message>
        <source>Backup items</source>
        <translation>バックアップ項目</translation>
    </message>
    <message>
        <source>Recent jobs</source>
        <translation>最近のジョブ</translation>
    </message>
    <message>
        <source>Jobs shown</source>
        <translation>表示するジョブ</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Recent &amp;jobs</source>
        <translation>最近のジョブ(&amp;J)</translation>
    </message>
    <message>
        <source>Resource group %1 · Region %2</source>
        <translation>リソース グループ %1 · リージョン %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%n backup item(s)</source>
        <translation>
            <numerusform>%n 個のバックアップ項目</numerusform>
        </translation>
    </message>
    <message>
        <source>Storage replication: …</source>
        <translation>ストレージ レプリケーション: …</translation>
    </message>
    <message>
        <source>Storage replication: %1</source>
        <translation>ストレージ レプリケーション: %1</translation>
    </message>
    <message>
        <source>, cross-region restore on</source>
        <translation>、リージョンをまたがる復元: オン</translation>
    </message>
    <message>
        <source>, cross-region restore off</source>
        <translation>、リージョンをまたがる復元: オフ</translation>
    </message>
    <message>
        <source>locked: the vault protects items</source>
        <translation>ロック済み: コンテナーが項目を保護しています</translation>
    </message>
    <message numerus="yes">
        <source>Backups of %n protected VM(s) fail or will fail: the Backup Management Service lacks permissions on the key vault (typical for VMs encrypted after backup was enabled): %1.</source>
        <translation>
            <numerusform>保護された %n 台の VM のバックアップが失敗しているか、今後失敗します: Backup Management Service にキー コンテナーに対するアクセス許可がありません (バックアップを有効にした後で暗号化された VM によくあります): %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix &amp;Key Vault access…</source>
        <translation>Key Vault アクセスの修正(&amp;K)…</translation>
    </message>
    <message>
        <source>Chang&amp;e…</source>
        <translation>変更(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Backup items (Azure virtual machines)</source>
        <translation>バックアップ項目 (Azure 仮想マシン)(&amp;B)</translation>
    </message>
</context>
<context>
    <name>VaultListModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>リソース グループ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>サブスクリプション</translation>
    </message>
</context>
<context>
    <name>VaultListPane</name>
    <message>
        <source>&amp;New vault…</source>
        <translation>新しいコンテナー(&amp;N)…</translation>
    </message>
    <message>
        <source>Filter by name, resource group, region or subscription</source>
        <translation>名前、リソース グループ、リージョン、またはサブスクリプションでフィルター</translation>
    </message>
    <message>
        <source>Filter vaults</source>
        <translation>コンテナーのフィルター</translation>
    </message>
    <message>
        <source>Vaults</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <source>Vault list status</source>
        <translation>コンテナーの一覧の状態</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>新しいコンテナー</translation>
    </message>
    <message numerus="yes">
        <source>%n vault(s)</source>
        <translation>
            <numerusform>%n 個のコンテナー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n vault(s)</source>
        <translation>
            <numerusform>%n 個中 %1 個のコンテナー</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading vaults… %1</source>
        <translation>コンテナーを読み込んでいます… %1</translation>
    </message>
    <message>
        <source>Recovery &amp;Services vaults</source>
        <translation>Recovery Services コンテナー(&amp;S)</translation>
    </message>
    <message>
        <source>No subscription is chosen, so no vaults are listed. Choose subscriptions with File &gt; Subscriptions….</source>
        <translation>サブスクリプションが選択されていないため、コンテナーは表示されません。[ファイル] &gt; [サブスクリプション…] でサブスクリプションを選んでください。</translation>
    </message>
</context>
<context>
    <name>VirtualMachine</name>
    <message>
        <source>Not encrypted</source>
        <translation>暗号化なし</translation>
    </message>
    <message>
        <source>BEK only</source>
        <translation>BEK のみ</translation>
    </message>
    <message>
        <source>BEK and KEK</source>
        <translation>BEK と KEK</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>VmCandidate</name>
    <message>
        <source>Classic (Service Manager) VMs cannot be backed up as encrypted VMs; only Resource Manager VMs can.</source>
        <translation>クラシック (Service Manager) VM は暗号化された VM としてバックアップできません。バックアップできるのは Resource Manager VM だけです。</translation>
    </message>
    <message>
        <source>Encrypted with a BitLocker/DM-Crypt key (BEK) only. Azure Backup needs the BEK to be wrapped by a key encryption key (KEK).</source>
        <translation>BitLocker/DM-Crypt キー (BEK) のみで暗号化されています。Azure Backup では、BEK がキー暗号化キー (KEK) でラップされている必要があります。</translation>
    </message>
    <message>
        <source>Already backed up in vault %1.</source>
        <translation>既にコンテナー %1 でバックアップされています。</translation>
    </message>
    <message>
        <source>The vault&apos;s discovery did not report this VM. Refresh the list, or check that the VM is running and in the vault&apos;s region.</source>
        <translation>コンテナーの検出でこの VM が報告されませんでした。一覧を更新するか、VM が実行中でコンテナーのリージョンにあることを確認してください。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>BEK only</source>
        <translation>BEK のみ</translation>
    </message>
    <message>
        <source>BEK + KEK</source>
        <translation>BEK + KEK</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>クラシック</translation>
    </message>
    <message>
        <source>Resource Manager</source>
        <translation>Resource Manager</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>準備未完了</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>未インストール</translation>
    </message>
</context>
<context>
    <name>VmSelectionModel</name>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Protected in %1</source>
        <translation>%1 で保護</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>保護されていません</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>リソース グループ</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>Key vault</source>
        <translation>キー コンテナー</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>VM agent</source>
        <translation>VM エージェント</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保護</translation>
    </message>
</context>
<context>
    <name>VmSelectionPage</name>
    <message>
        <source>Select &amp;all visible</source>
        <translation>表示されているものをすべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Choose the VMs to back up with this policy. Only VMs in the vault&apos;s region (%1) are listed.</source>
        <translation>このポリシーでバックアップする VM を選択してください。コンテナーのリージョン (%1) の VM だけが一覧表示されます。</translation>
    </message>
    <message>
        <source>Loading virtual machines</source>
        <translation>仮想マシンを読み込んでいます</translation>
    </message>
    <message>
        <source>Filter virtual machines</source>
        <translation>仮想マシンのフィルター</translation>
    </message>
    <message>
        <source>Filter by name, resource group or key vault</source>
        <translation>名前、リソース グループ、またはキー コンテナーでフィルター</translation>
    </message>
    <message>
        <source>Select all visible</source>
        <translation>表示されているものをすべて選択</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>一覧を更新します</translation>
    </message>
    <message>
        <source>Why the VM cannot be selected</source>
        <translation>VM を選択できない理由</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>フィルター(&amp;F):</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) in %1.</source>
        <translation>
            <numerusform>%1 に %n 台の VM。</numerusform>
        </translation>
    </message>
    <message>
        <source>The VM list is incomplete: %1</source>
        <translation>VM の一覧が不完全です: %1</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>理由</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) selected.</source>
        <translation>
            <numerusform>%n 台の VM を選択しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One policy can protect at most %1 VMs, and %2 already protects %n item(s). Split the VMs over more policies.</source>
        <translation>
            <numerusform>1 つのポリシーで保護できる VM は最大 %1 台で、%2 は既に %n 個の項目を保護しています。VM を複数のポリシーに分けてください。</numerusform>
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
        <translation>サンドボックス</translation>
    </message>
</context>
</TS>
