// SPDX-License-Identifier: GPL-3.0-or-later
// Compute in the sandbox: VMs with ADE instance views, lists of thousands of VMs, VM
// creation from attached disks with encryption settings, extensions and disks.
#include "SandboxFixture.h"
#include "TestData.h"

#include <QJsonArray>
#include <QTest>

namespace {
const QString kApps =
    QStringLiteral("/subscriptions/%1/resourceGroups/rg-apps-eastus").arg(SandboxIds::production);
const QString kVms = kApps + QStringLiteral("/providers/Microsoft.Compute/virtualMachines/");
const QString kApi = QStringLiteral("api-version=2024-11-01");

// Every key both objects have carries the same JSON type, recursively (arrays: first items).
void compareTypes(const QJsonValue &actual, const QJsonValue &example, const QString &path,
                  QStringList *problems)
{
    if (actual.type() != example.type()) {
        problems->append(
            QStringLiteral("%1: %2 vs %3").arg(path).arg(actual.type()).arg(example.type()));
        return;
    }
    if (example.isObject()) {
        const QJsonObject a = actual.toObject();
        const QJsonObject e = example.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (a.contains(it.key())) {
                compareTypes(a.value(it.key()), it.value(), path + QLatin1Char('.') + it.key(),
                             problems);
            }
        }
    } else if (example.isArray() && !example.toArray().isEmpty() && !actual.toArray().isEmpty()) {
        compareTypes(actual.toArray().at(0), example.toArray().at(0), path + QStringLiteral("[0]"),
                     problems);
    }
}

void expectShape(const QJsonObject &actual, const QJsonObject &example, const QStringList &required)
{
    QStringList problems;
    compareTypes(actual, example, QStringLiteral("$"), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    for (const QString &path : required) {
        QJsonValue v = actual;
        for (const QString &part : path.split(QLatin1Char('.'))) {
            v = v.isArray() ? v.toArray().at(part.toInt()) : v.toObject().value(part);
        }
        QVERIFY2(!v.isUndefined(), qPrintable(QStringLiteral("missing %1").arg(path)));
    }
}
} // namespace

class tst_ComputeService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vmGetMatchesExample();
    void instanceViewOfAdeVm();
    void instanceViewWithoutAgent();
    void listAllTenThousandVmsPaged();
    void listByResourceGroupWithStatus();
    void extensionsListAndGet();
    void diskGetMatchesExample();
    void createFromAttachedDiskSucceeds();
    void createWithBadSecretUrlFails();
    void createWithMissingSecretFails();
    void unknownVmIs404();
};

void tst_ComputeService::vmGetMatchesExample()
{
    SandboxFixture f;
    const auto reply =
        f.http().get(f.url(kVms + QStringLiteral("vm-win-ready?") + kApi), f.adminToken());
    QCOMPARE(reply.status, 200);
    const QJsonObject vm = reply.json();
    expectShape(
        vm,
        TestData::exampleResponseBody(QStringLiteral("compute/2024-11-01/VirtualMachine_Get.json")),
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"),
         QStringLiteral("location"), QStringLiteral("properties.vmId"),
         QStringLiteral("properties.hardwareProfile.vmSize"),
         QStringLiteral("properties.storageProfile.osDisk.managedDisk.id"),
         QStringLiteral("properties.osProfile.computerName"),
         QStringLiteral("properties.networkProfile.networkInterfaces"),
         QStringLiteral("properties.provisioningState")});
    // The ADE settings as the ListAll "maximum set" example spells them.
    const QJsonObject example = TestData::exampleResponseBody(
        QStringLiteral("compute/2024-11-01/VirtualMachine_ListAll_MaximumSet_Gen.json"));
    const QJsonObject exampleSettings =
        example[QStringLiteral("value")][0][QStringLiteral("properties")][QStringLiteral(
            "storageProfile")][QStringLiteral("osDisk")][QStringLiteral("encryptionSettings")]
            .toObject();
    const QJsonObject settings = vm[QStringLiteral("properties")][QStringLiteral("storageProfile")]
                                   [QStringLiteral("osDisk")][QStringLiteral("encryptionSettings")]
                                       .toObject();
    QCOMPARE(QStringList(settings.keys()), QStringList(exampleSettings.keys()));
    expectShape(settings, exampleSettings, {});
    QVERIFY(
        settings[QStringLiteral("diskEncryptionKey")][QStringLiteral("secretUrl")]
            .toString()
            .startsWith(f.url(QStringLiteral("/keyvault/kv-ready-eastus/secrets/")).toString()));
    QVERIFY(!vm.contains(QStringLiteral("sandbox")));
    QVERIFY(!vm[QStringLiteral("properties")].toObject().contains(QStringLiteral("instanceView")));
}

void tst_ComputeService::instanceViewOfAdeVm()
{
    SandboxFixture f;
    // The recording is of a BEK-only Windows VM: compare it with the demo world's one.
    const auto bekOnly =
        f.http().get(f.url(kVms + QStringLiteral("vm-win-bekonly?$expand=instanceView&") + kApi),
                     f.adminToken());
    QCOMPARE(bekOnly.status, 200);
    const QJsonObject recorded = TestData::azureExample(QStringLiteral(
        "recorded/vm-get-instanceview-ade-encrypted.json"))[QStringLiteral("response")]
                                                           [QStringLiteral("body")]
                                                               .toObject();
    expectShape(
        bekOnly.json(), recorded,
        {QStringLiteral("properties.instanceView.vmAgent.extensionHandlers.0.type"),
         QStringLiteral(
             "properties.instanceView.disks.0.encryptionSettings.0.diskEncryptionKey.secretUrl"),
         QStringLiteral("properties.instanceView.extensions.0.substatuses.0.message"),
         QStringLiteral("resources.0.properties.settings.KeyVaultURL")});
    const auto reply = f.http().get(
        f.url(kVms + QStringLiteral("vm-win-ready?$expand=instanceView&") + kApi), f.adminToken());
    QCOMPARE(reply.status, 200);
    const QJsonObject view =
        reply.json()[QStringLiteral("properties")][QStringLiteral("instanceView")].toObject();
    QCOMPARE(view[QStringLiteral("vmAgent")][QStringLiteral("statuses")][0]
                 [QStringLiteral("displayStatus")]
                     .toString(),
             QStringLiteral("Ready"));
    const QJsonObject disk = view[QStringLiteral("disks")][0].toObject();
    QVERIFY(disk[QStringLiteral("encryptionSettings")][0][QStringLiteral("keyEncryptionKey")]
                [QStringLiteral("keyUrl")]
                    .isString());
    QCOMPARE(disk[QStringLiteral("statuses")][1][QStringLiteral("code")].toString(),
             QStringLiteral("EncryptionState/encrypted"));
    const QJsonObject ext = view[QStringLiteral("extensions")][0].toObject();
    QCOMPARE(ext[QStringLiteral("type")].toString(),
             QStringLiteral("Microsoft.Azure.Security.AzureDiskEncryption"));
    QCOMPARE(view[QStringLiteral("statuses")][1][QStringLiteral("code")].toString(),
             QStringLiteral("PowerState/running"));

    // The separate instanceView route answers the same view.
    const auto alone = f.http().get(
        f.url(kVms + QStringLiteral("vm-lin-rbac/instanceView?") + kApi), f.adminToken());
    QCOMPARE(alone.status, 200);
    expectShape(alone.json(),
                TestData::exampleResponseBody(
                    QStringLiteral("compute/2024-11-01/VirtualMachine_Get_InstanceView.json")),
                {QStringLiteral("vmAgent.vmAgentVersion"), QStringLiteral("disks.0.statuses"),
                 QStringLiteral("statuses")});
    QCOMPARE(alone.json()[QStringLiteral("extensions")][0][QStringLiteral("type")].toString(),
             QStringLiteral("Microsoft.Azure.Security.AzureDiskEncryptionForLinux"));
}

void tst_ComputeService::instanceViewWithoutAgent()
{
    SandboxFixture f;
    const auto reply = f.http().get(
        f.url(kVms + QStringLiteral("vm-win-noagent/instanceView?") + kApi), f.adminToken());
    QCOMPARE(reply.status, 200);
    const QJsonObject agent = reply.json()[QStringLiteral("vmAgent")].toObject();
    QCOMPARE(agent[QStringLiteral("statuses")][0][QStringLiteral("displayStatus")].toString(),
             QStringLiteral("Not Ready"));
    QVERIFY(!reply.json().contains(QStringLiteral("extensions")));
}

void tst_ComputeService::listAllTenThousandVmsPaged()
{
    Sandbox::Options options = SandboxFixture::defaultOptions();
    options.generateVms = 10000;
    options.throttling = false;
    SandboxFixture f(options);
    const QByteArray token = f.adminToken();
    QUrl next = f.url(
        QStringLiteral(
            "/subscriptions/%1/providers/Microsoft.Compute/virtualMachines?statusOnly=true&%2")
            .arg(SandboxIds::production, kApi));
    int vms = 0;
    int pages = 0;
    int withAgent = 0;
    while (next.isValid() && pages < 500) {
        const auto reply = f.http().get(next, token);
        QCOMPARE(reply.status, 200);
        ++pages;
        for (const QJsonValue &v : reply.json()[QStringLiteral("value")].toArray()) {
            ++vms;
            const QJsonObject view =
                v[QStringLiteral("properties")][QStringLiteral("instanceView")].toObject();
            QVERIFY(view.contains(QStringLiteral("statuses")));
            withAgent += view[QStringLiteral("vmAgent")][QStringLiteral("statuses")][0]
                             [QStringLiteral("displayStatus")] == QLatin1String("Ready");
        }
        next = QUrl(reply.json()[QStringLiteral("nextLink")].toString());
    }
    QCOMPARE(vms, 10010); // the generated VMs and the demo world's ten Production VMs
    const int pageSize = f.sandbox().pageSize();
    QCOMPARE(pages, (vms + pageSize - 1) / pageSize);
    QCOMPARE(f.sandbox().stats().count(QStringLiteral("virtualMachines.listAll")), pages);
    QVERIFY(withAgent > vms * 0.9 && withAgent < vms);
    // A generated ADE VM's secret exists in its key vault.
    const auto vm =
        f.http().get(f.url(QStringLiteral("/subscriptions/%1/resourceGroups/rg-gen-000/providers/"
                                          "Microsoft.Compute/virtualMachines/vm-gen-00000?%2")
                               .arg(SandboxIds::production, kApi)),
                     token);
    QCOMPARE(vm.status, 200);
}

void tst_ComputeService::listByResourceGroupWithStatus()
{
    SandboxFixture f;
    const auto reply = f.http().get(
        f.url(kApps + QStringLiteral("/providers/Microsoft.Compute/virtualMachines?") + kApi),
        f.automationToken());
    QCOMPARE(reply.status, 200);
    const QJsonArray value = reply.json()[QStringLiteral("value")].toArray();
    QCOMPARE(value.size(), 10);
    QVERIFY(!value.at(0)[QStringLiteral("properties")].toObject().contains(
        QStringLiteral("instanceView")));
    expectShape(reply.json(),
                TestData::exampleResponseBody(QStringLiteral(
                    "compute/2024-11-01/VirtualMachine_ListAll_MinimumSet_Gen.json")),
                {QStringLiteral("value.0.id"), QStringLiteral("value.0.location")});
}

void tst_ComputeService::extensionsListAndGet()
{
    SandboxFixture f;
    const auto list = f.http().get(
        f.url(kVms + QStringLiteral("vm-lin-nogrant/extensions?$expand=instanceView&") + kApi),
        f.adminToken());
    QCOMPARE(list.status, 200);
    QVERIFY(!list.json().contains(QStringLiteral("nextLink")));
    const QJsonObject ext = list.json()[QStringLiteral("value")][0].toObject();
    expectShape(ext,
                TestData::exampleResponseBody(QStringLiteral(
                    "compute/2024-11-01/VirtualMachineExtension_Get_MaximumSet_Gen.json")),
                {QStringLiteral("properties.publisher"), QStringLiteral("properties.type"),
                 QStringLiteral("properties.instanceView.statuses")});
    QCOMPARE(ext[QStringLiteral("properties")][QStringLiteral("publisher")].toString(),
             QStringLiteral("Microsoft.Azure.Security"));
    const auto one = f.http().get(
        f.url(kVms + QStringLiteral("vm-lin-nogrant/extensions/AzureDiskEncryptionForLinux?") +
              kApi),
        f.adminToken());
    QCOMPARE(one.status, 200);
    const auto none = f.http().get(
        f.url(kVms + QStringLiteral("vm-lin-plain/extensions/AzureDiskEncryptionForLinux?") + kApi),
        f.adminToken());
    QCOMPARE(none.status, 404);
}

void tst_ComputeService::diskGetMatchesExample()
{
    SandboxFixture f;
    const auto vm =
        f.http().get(f.url(kVms + QStringLiteral("vm-win-bekonly?") + kApi), f.adminToken());
    const QString diskId =
        vm.json()[QStringLiteral("properties")][QStringLiteral("storageProfile")]
                 [QStringLiteral("osDisk")][QStringLiteral("managedDisk")][QStringLiteral("id")]
                     .toString();
    const auto disk =
        f.http().get(f.url(diskId + QStringLiteral("?api-version=2024-03-02")), f.adminToken());
    QCOMPARE(disk.status, 200);
    expectShape(
        disk.json(),
        TestData::exampleResponseBody(QStringLiteral("compute-disks/2024-03-02/Disk_Get.json")),
        {QStringLiteral("managedBy"), QStringLiteral("properties.osType"),
         QStringLiteral("properties.encryptionSettingsCollection.encryptionSettings.0."
                        "diskEncryptionKey.secretUrl")});
    QVERIFY(!disk.json()[QStringLiteral("properties")][QStringLiteral(
        "encryptionSettingsCollection")][QStringLiteral("encryptionSettings")][0]
                 .toObject()
                 .contains(QStringLiteral("keyEncryptionKey")));
    const auto list = f.http().get(
        f.url(kApps + QStringLiteral("/providers/Microsoft.Compute/disks?api-version=2024-03-02")),
        f.adminToken());
    expectShape(list.json(),
                TestData::exampleResponseBody(
                    QStringLiteral("compute-disks/2024-03-02/Disk_ListByResourceGroup.json")),
                {QStringLiteral("value.0.id")});
}

namespace {
// A restored disk (as Restore Disks leaves it) and the VM body that attaches it.
QJsonObject restoredVmBody(SandboxFixture &f, const QString &secretUrl)
{
    World &world = f.sandbox().world();
    const QJsonObject source = world.resource(kVms + QStringLiteral("vm-win-ready"));
    const QJsonObject settings =
        source[QStringLiteral("properties")][QStringLiteral("storageProfile")]
              [QStringLiteral("osDisk")][QStringLiteral("encryptionSettings")]
                  .toObject();
    const QString diskId =
        QStringLiteral("/subscriptions/%1/resourceGroups/rg-restore-eastus/providers/"
                       "Microsoft.Compute/disks/vm-win-ready-osdisk-restored")
            .arg(SandboxIds::production);
    world.put(QJsonObject{
        {QStringLiteral("id"), diskId},
        {QStringLiteral("name"), QStringLiteral("vm-win-ready-osdisk-restored")},
        {QStringLiteral("type"), QStringLiteral("Microsoft.Compute/disks")},
        {QStringLiteral("location"), QStringLiteral("eastus")},
        {QStringLiteral("sku"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Premium_LRS")}}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("osType"), QStringLiteral("Windows")},
                     {QStringLiteral("diskSizeGB"), 127},
                     {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")}}}});
    QJsonObject s = settings;
    if (!secretUrl.isEmpty()) {
        QJsonObject dek = s[QStringLiteral("diskEncryptionKey")].toObject();
        dek.insert(QStringLiteral("secretUrl"), secretUrl);
        s.insert(QStringLiteral("diskEncryptionKey"), dek);
    }
    return QJsonObject{
        {QStringLiteral("location"), QStringLiteral("eastus")},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("hardwareProfile"),
              QJsonObject{{QStringLiteral("vmSize"), QStringLiteral("Standard_D2s_v3")}}},
             {QStringLiteral("storageProfile"),
              QJsonObject{{QStringLiteral("osDisk"),
                           QJsonObject{{QStringLiteral("osType"), QStringLiteral("Windows")},
                                       {QStringLiteral("createOption"), QStringLiteral("Attach")},
                                       {QStringLiteral("managedDisk"),
                                        QJsonObject{{QStringLiteral("id"), diskId}}},
                                       {QStringLiteral("encryptionSettings"), s}}}}},
             {QStringLiteral("networkProfile"),
              QJsonObject{{QStringLiteral("networkInterfaces"),
                           QJsonArray{QJsonObject{
                               {QStringLiteral("id"),
                                QStringLiteral("/subscriptions/%1/resourceGroups/rg-restore-eastus/"
                                               "providers/Microsoft.Network/networkInterfaces/nic1")
                                    .arg(SandboxIds::production)}}}}}}}}};
}
} // namespace

void tst_ComputeService::createFromAttachedDiskSucceeds()
{
    SandboxFixture f;
    const QString id =
        QStringLiteral("/subscriptions/%1/resourceGroups/rg-restore-eastus/providers/"
                       "Microsoft.Compute/virtualMachines/vm-win-ready-restored")
            .arg(SandboxIds::production);
    const auto put = f.http().sendJson("PUT", f.url(id + QStringLiteral("?") + kApi),
                                       restoredVmBody(f, {}), f.automationToken());
    QCOMPARE(put.status, 201);
    QCOMPARE(
        put.json()[QStringLiteral("properties")][QStringLiteral("provisioningState")].toString(),
        QStringLiteral("Creating"));
    expectShape(
        put.json(),
        TestData::exampleResponseBody(
            QStringLiteral(
                "compute/2024-11-01/VirtualMachine_Create_WithDiskEncryptionSetResource.json"),
            QStringLiteral("201")),
        {QStringLiteral("properties.vmId")});
    const QUrl status(QString::fromUtf8(put.header("azure-asyncoperation")));
    QVERIFY(status.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(
        f.http().get(status, f.automationToken()).json()[QStringLiteral("status")] ==
            QLatin1String("Succeeded"),
        5000);
    const auto vm = f.http().get(f.url(id + QStringLiteral("?$expand=instanceView&") + kApi),
                                 f.automationToken());
    QCOMPARE(
        vm.json()[QStringLiteral("properties")][QStringLiteral("provisioningState")].toString(),
        QStringLiteral("Succeeded"));
    QCOMPARE(vm.json()[QStringLiteral("properties")][QStringLiteral("instanceView")][QStringLiteral(
                 "disks")][0][QStringLiteral("statuses")][1][QStringLiteral("code")]
                 .toString(),
             QStringLiteral("EncryptionState/encrypted"));
    const auto disk = f.http().get(
        f.url(QStringLiteral(
                  "/subscriptions/%1/resourceGroups/rg-restore-eastus/providers/Microsoft.Compute/"
                  "disks/vm-win-ready-osdisk-restored?api-version=2024-03-02")
                  .arg(SandboxIds::production)),
        f.automationToken());
    QCOMPARE(disk.json()[QStringLiteral("managedBy")].toString(), id);
}

void tst_ComputeService::createWithBadSecretUrlFails()
{
    SandboxFixture f;
    const QString id = QStringLiteral("/subscriptions/%1/resourceGroups/rg-restore-eastus/"
                                      "providers/Microsoft.Compute/virtualMachines/vm-bad")
                           .arg(SandboxIds::production);
    const auto put = f.http().sendJson(
        "PUT", f.url(id + QStringLiteral("?") + kApi),
        restoredVmBody(f, QStringLiteral("Encryption succeeded for data volumes")),
        f.automationToken());
    QCOMPARE(put.status, 400);
    const QJsonObject recorded = TestData::azureExample(QStringLiteral(
        "recorded/vm-put-error-invalid-secreturl.json"))[QStringLiteral("response")]
                                                        [QStringLiteral("body")]
                                                            .toObject();
    QCOMPARE(put.json(), recorded);
    QVERIFY(!f.sandbox().world().contains(id));
}

void tst_ComputeService::createWithMissingSecretFails()
{
    SandboxFixture f;
    const QString id = QStringLiteral("/subscriptions/%1/resourceGroups/rg-restore-eastus/"
                                      "providers/Microsoft.Compute/virtualMachines/vm-bad")
                           .arg(SandboxIds::production);
    const QString missing =
        f.url(QStringLiteral(
                  "/keyvault/kv-ready-eastus/secrets/00000000-0000-0000-0000-000000000000/"
                  "0123456789abcdef0123456789abcdef"))
            .toString();
    const auto put = f.http().sendJson("PUT", f.url(id + QStringLiteral("?") + kApi),
                                       restoredVmBody(f, missing), f.automationToken());
    QCOMPARE(put.status, 400);
    QCOMPARE(put.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("KeyVaultSecretDoesNotExist"));
    QCOMPARE(put.json()[QStringLiteral("error")][QStringLiteral("target")].toString(),
             QStringLiteral("encryptionSettings.diskEncryptionKey.secretUrl"));
}

void tst_ComputeService::unknownVmIs404()
{
    SandboxFixture f;
    const auto reply =
        f.http().get(f.url(kVms + QStringLiteral("vm-nope?") + kApi), f.adminToken());
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("ResourceNotFound"));
}

QTEST_GUILESS_MAIN(tst_ComputeService)
#include "tst_ComputeService.moc"
