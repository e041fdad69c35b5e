// SPDX-License-Identifier: GPL-3.0-or-later
// Template deployments in the sandbox: the ARM template Azure Backup writes for a restored
// encrypted VM, deployed from a blob with a SAS, and deployment failures with details.
#include "BlobData.h"
#include "SandboxFixture.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

namespace {
const QString kRestore = QStringLiteral("/subscriptions/%1/resourceGroups/rg-restore-eastus")
                             .arg(SandboxIds::production);
const QString kApi = QStringLiteral("api-version=2025-04-01");

// A disk as Restore Disks leaves it, and the template that makes a VM of it (the shape of
// Azure Backup's azuredeploy template: parameters, a NIC, the VM attaching the OS disk).
QJsonObject restoreTemplate(SandboxFixture &f, const QString &secretUrl)
{
    World &world = f.sandbox().world();
    const QString diskId =
        kRestore +
        QStringLiteral("/providers/Microsoft.Compute/disks/vm-lin-keysgone-osdisk-20240501");
    world.put(QJsonObject{{QStringLiteral("id"), diskId},
                          {QStringLiteral("name"), World::nameOf(diskId)},
                          {QStringLiteral("type"), QStringLiteral("Microsoft.Compute/disks")},
                          {QStringLiteral("location"), QStringLiteral("eastus")},
                          {QStringLiteral("properties"),
                           QJsonObject{{QStringLiteral("osType"), QStringLiteral("Linux")},
                                       {QStringLiteral("diskSizeGB"), 30}}}});
    const QJsonObject source =
        world.resource(QStringLiteral("/subscriptions/%1/resourceGroups/rg-apps-eastus/providers/"
                                      "Microsoft.Compute/virtualMachines/vm-win-ready")
                           .arg(SandboxIds::production));
    QJsonObject settings = source[QStringLiteral("properties")][QStringLiteral("storageProfile")]
                                 [QStringLiteral("osDisk")][QStringLiteral("encryptionSettings")]
                                     .toObject();
    if (!secretUrl.isEmpty()) {
        QJsonObject dek = settings[QStringLiteral("diskEncryptionKey")].toObject();
        dek.insert(QStringLiteral("secretUrl"), secretUrl);
        settings.insert(QStringLiteral("diskEncryptionKey"), dek);
    }
    const QJsonObject vm{
        {QStringLiteral("type"), QStringLiteral("Microsoft.Compute/virtualMachines")},
        {QStringLiteral("apiVersion"), QStringLiteral("2017-03-30")},
        {QStringLiteral("name"), QStringLiteral("[parameters('VirtualMachineName')]")},
        {QStringLiteral("location"), QStringLiteral("[resourceGroup().location]")},
        {QStringLiteral("dependsOn"),
         QJsonArray{QStringLiteral("[concat('Microsoft.Network/networkInterfaces/', "
                                   "parameters('NetworkInterfaceName'))]")}},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("hardwareProfile"),
              QJsonObject{{QStringLiteral("vmSize"), QStringLiteral("Standard_D2s_v3")}}},
             {QStringLiteral("storageProfile"),
              QJsonObject{
                  {QStringLiteral("osDisk"),
                   QJsonObject{
                       {QStringLiteral("osType"), QStringLiteral("Linux")},
                       {QStringLiteral("name"), World::nameOf(diskId)},
                       {QStringLiteral("createOption"), QStringLiteral("Attach")},
                       {QStringLiteral("managedDisk"),
                        QJsonObject{{QStringLiteral("id"),
                                     QStringLiteral("[resourceId('Microsoft.Compute/disks', '%1')]")
                                         .arg(World::nameOf(diskId))}}},
                       {QStringLiteral("encryptionSettings"), settings}}},
                  {QStringLiteral("dataDisks"), QJsonArray()}}},
             {QStringLiteral("networkProfile"),
              QJsonObject{{QStringLiteral("networkInterfaces"),
                           QJsonArray{QJsonObject{
                               {QStringLiteral("id"),
                                QStringLiteral("[resourceId('Microsoft.Network/networkInterfaces', "
                                               "parameters('NetworkInterfaceName'))]")}}}}}}}}};
    const QJsonObject nic{
        {QStringLiteral("type"), QStringLiteral("Microsoft.Network/networkInterfaces")},
        {QStringLiteral("apiVersion"), QStringLiteral("2017-06-01")},
        {QStringLiteral("name"), QStringLiteral("[parameters('NetworkInterfaceName')]")},
        {QStringLiteral("location"), QStringLiteral("[resourceGroup().location]")},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("ipConfigurations"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("name"), QStringLiteral("ipconfig1")},
                  {QStringLiteral("properties"),
                   QJsonObject{
                       {QStringLiteral("subnet"),
                        QJsonObject{
                            {QStringLiteral("id"),
                             QStringLiteral(
                                 "[concat(resourceId(parameters('VirtualNetworkResourceGroup'), "
                                 "'Microsoft.Network/virtualNetworks', "
                                 "parameters('VirtualNetwork')), '/subnets/', "
                                 "parameters('Subnet'))]")}}}}}}}}}}};
    return QJsonObject{
        {QStringLiteral("$schema"),
         QStringLiteral(
             "https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#")},
        {QStringLiteral("contentVersion"), QStringLiteral("1.0.0.0")},
        {QStringLiteral("parameters"),
         QJsonObject{{QStringLiteral("VirtualMachineName"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("String")}}},
                     {QStringLiteral("VirtualNetwork"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("String")}}},
                     {QStringLiteral("VirtualNetworkResourceGroup"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("String")},
                                  {QStringLiteral("defaultValue"),
                                   QStringLiteral("[resourceGroup().name]")}}},
                     {QStringLiteral("Subnet"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("String")},
                                  {QStringLiteral("defaultValue"), QStringLiteral("default")}}},
                     {QStringLiteral("NetworkInterfaceName"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("String")}}}}},
        {QStringLiteral("resources"), QJsonArray{nic, vm}}};
}

QString sasFor(SandboxFixture &f, const QString &blob)
{
    const auto keys = f.http().sendJson(
        "POST",
        f.url(QStringLiteral(
                  "/subscriptions/%1/resourceGroups/rg-storage-eastus/providers/Microsoft.Storage/"
                  "storageAccounts/stgrestoreeastus/listKeys?api-version=2025-01-01")
                  .arg(SandboxIds::production)),
        {}, f.automationToken());
    const QByteArray key =
        keys.json()[QStringLiteral("keys")][0][QStringLiteral("value")].toString().toLatin1();
    const QString se = QDateTime::currentDateTimeUtc().addSecs(3600).toString(
        QStringLiteral("yyyy-MM-ddThh:mm:ssZ"));
    const QString sts = QStringList{
        QStringLiteral("r"),
        {},
        se,
        QStringLiteral("/blob/stgrestoreeastus/templates/") + blob,
        {},
        {},
        {},
        QStringLiteral("2020-12-06"),
        QStringLiteral("b"),
        {},
        {},
        {},
        {},
        {},
        {},
        {}}.join(QLatin1Char('\n'));
    const QByteArray sig =
        QMessageAuthenticationCode::hash(sts.toUtf8(), QByteArray::fromBase64(key),
                                         QCryptographicHash::Sha256)
            .toBase64();
    return QStringLiteral("sv=2020-12-06&sr=b&sp=r&se=%1&sig=%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(se)),
             QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(sig))));
}

QJsonObject deploymentBody(SandboxFixture &f, const QString &blob)
{
    return QJsonObject{
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("templateLink"),
              QJsonObject{
                  {QStringLiteral("uri"),
                   f.url(QStringLiteral("/blob/stgrestoreeastus/templates/") + blob).toString()},
                  {QStringLiteral("queryString"), sasFor(f, blob)}}},
             {QStringLiteral("parameters"),
              QJsonObject{{QStringLiteral("VirtualMachineName"),
                           QJsonObject{{QStringLiteral("value"),
                                        QStringLiteral("vm-lin-keysgone-restored")}}},
                          {QStringLiteral("VirtualNetwork"),
                           QJsonObject{{QStringLiteral("value"), QStringLiteral("vnet-restore")}}},
                          {QStringLiteral("NetworkInterfaceName"),
                           QJsonObject{{QStringLiteral("value"),
                                        QStringLiteral("vm-lin-keysgone-restored-nic")}}}}},
             {QStringLiteral("mode"), QStringLiteral("Incremental")}}}};
}

QUrl putDeployment(SandboxFixture &f, const QString &name, const QJsonObject &body,
                   HttpProbe::Reply *put)
{
    *put = f.http().sendJson(
        "PUT",
        f.url(kRestore +
              QStringLiteral("/providers/Microsoft.Resources/deployments/%1?%2").arg(name, kApi)),
        body, f.automationToken());
    return QUrl(QString::fromUtf8(put->header("azure-asyncoperation")));
}

QString statusOf(SandboxFixture &f, const QUrl &status)
{
    return f.http().get(status, f.automationToken()).json()[QStringLiteral("status")].toString();
}
} // namespace

class tst_Deployments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templateFromBlobCreatesVm();
    void failureCarriesDetails();
    void missingParameterAndBadLinkAreRefused();
};

void tst_Deployments::templateFromBlobCreatesVm()
{
    SandboxFixture f;
    BlobData::put(f.sandbox().world(), QStringLiteral("stgrestoreeastus"),
                  QStringLiteral("templates"), QStringLiteral("azuredeploy.json"),
                  QJsonDocument(restoreTemplate(f, {})).toJson(),
                  QStringLiteral("application/json"));
    HttpProbe::Reply put;
    const QUrl status = putDeployment(f, QStringLiteral("restore-vm"),
                                      deploymentBody(f, QStringLiteral("azuredeploy.json")), &put);
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(f, status) != QLatin1String("Running"), 5000);
    QCOMPARE(statusOf(f, status), QStringLiteral("Succeeded"));
    QCOMPARE(put.status, 201);
    QCOMPARE(
        put.json()[QStringLiteral("properties")][QStringLiteral("provisioningState")].toString(),
        QStringLiteral("Accepted"));
    QVERIFY(
        put.header("azure-asyncoperation").contains("/deployments/restore-vm/operationStatuses/"));
    const QJsonObject example = TestData::exampleResponseBody(
        QStringLiteral("resources-deployments/2025-04-01/PutDeploymentResourceGroup.json"));
    const auto get = f.http().get(
        f.url(kRestore + QStringLiteral("/providers/Microsoft.Resources/deployments/restore-vm?") +
              kApi),
        f.automationToken());
    const QJsonObject props = get.json()[QStringLiteral("properties")].toObject();
    for (const QString &key : example[QStringLiteral("properties")].toObject().keys()) {
        QVERIFY2(props.value(key).type() == example[QStringLiteral("properties")][key].type(),
                 qPrintable(key));
    }
    QCOMPARE(props[QStringLiteral("provisioningState")].toString(), QStringLiteral("Succeeded"));
    QCOMPARE(props[QStringLiteral("outputResources")].toArray().size(), 2);
    const auto vm = f.http().get(
        f.url(kRestore + QStringLiteral("/providers/Microsoft.Compute/virtualMachines/"
                                        "vm-lin-keysgone-restored?api-version=2024-11-01")),
        f.automationToken());
    QCOMPARE(vm.status, 200);
    QCOMPARE(
        vm.json()[QStringLiteral("properties")][QStringLiteral("provisioningState")].toString(),
        QStringLiteral("Succeeded"));
    QVERIFY(
        vm.json()[QStringLiteral("properties")][QStringLiteral("storageProfile")][QStringLiteral(
            "osDisk")][QStringLiteral("encryptionSettings")][QStringLiteral("enabled")]
            .toBool());
    QVERIFY(f.sandbox().world().contains(
        kRestore +
        QStringLiteral(
            "/providers/Microsoft.Network/networkInterfaces/vm-lin-keysgone-restored-nic")));
}

void tst_Deployments::failureCarriesDetails()
{
    SandboxFixture f;
    const QString missing =
        f.url(QStringLiteral(
                  "/keyvault/kv-ready-eastus/secrets/6E2B3A4C-1D2E-4F50-8A6B-7C8D9E0F1A2B/"
                  "0123456789abcdef0123456789abcdef"))
            .toString();
    // The body the server stores keeps the placeholder, as the template written by a job would.
    BlobData::put(
        f.sandbox().world(), QStringLiteral("stgrestoreeastus"), QStringLiteral("templates"),
        QStringLiteral("bad.json"),
        QJsonDocument(restoreTemplate(f, QString(missing).replace(f.sandbox().baseUrl().toString(),
                                                                  Sandbox::placeholder)))
            .toJson(),
        {});
    HttpProbe::Reply put;
    const QUrl status = putDeployment(f, QStringLiteral("restore-bad"),
                                      deploymentBody(f, QStringLiteral("bad.json")), &put);
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(f, status) != QLatin1String("Running"), 5000);
    QCOMPARE(statusOf(f, status), QStringLiteral("Failed"));
    const auto get = f.http().get(
        f.url(kRestore + QStringLiteral("/providers/Microsoft.Resources/deployments/restore-bad?") +
              kApi),
        f.automationToken());
    const QJsonObject error =
        get.json()[QStringLiteral("properties")][QStringLiteral("error")].toObject();
    QCOMPARE(error[QStringLiteral("code")].toString(), QStringLiteral("DeploymentFailed"));
    QCOMPARE(error[QStringLiteral("details")][0][QStringLiteral("code")].toString(),
             QStringLiteral("KeyVaultSecretDoesNotExist"));
    const auto ops = f.http().get(
        f.url(kRestore +
              QStringLiteral("/providers/Microsoft.Resources/deployments/restore-bad/operations?") +
              kApi),
        f.automationToken());
    QCOMPARE(ops.status, 200);
    bool found = false;
    for (const QJsonValue &op : ops.json()[QStringLiteral("value")].toArray()) {
        const QJsonObject p = op[QStringLiteral("properties")].toObject();
        for (const char *key : {"provisioningOperation", "provisioningState", "timestamp",
                                "duration", "trackingId", "serviceRequestId", "statusCode"}) {
            QVERIFY2(p.value(QLatin1String(key)).isString(), key);
        }
        if (p[QStringLiteral("provisioningState")] == QLatin1String("Failed")) {
            found = true;
            QCOMPARE(p[QStringLiteral("statusCode")].toString(), QStringLiteral("BadRequest"));
            QCOMPARE(p[QStringLiteral("statusMessage")][QStringLiteral("error")]
                      [QStringLiteral("target")]
                          .toString(),
                     QStringLiteral("encryptionSettings.diskEncryptionKey.secretUrl"));
            QCOMPARE(p[QStringLiteral("targetResource")][QStringLiteral("resourceName")].toString(),
                     QStringLiteral("vm-lin-keysgone-restored"));
        }
    }
    QVERIFY(found);
    QVERIFY(!f.sandbox().world().contains(
        kRestore +
        QStringLiteral("/providers/Microsoft.Compute/virtualMachines/vm-lin-keysgone-restored")));
}

void tst_Deployments::missingParameterAndBadLinkAreRefused()
{
    SandboxFixture f;
    QJsonObject body{{QStringLiteral("properties"),
                      QJsonObject{{QStringLiteral("template"), restoreTemplate(f, {})},
                                  {QStringLiteral("mode"), QStringLiteral("Incremental")}}}};
    const QUrl url =
        f.url(kRestore + QStringLiteral("/providers/Microsoft.Resources/deployments/d1?") + kApi);
    const auto noParams = f.http().sendJson("PUT", url, body, f.automationToken());
    QCOMPARE(noParams.status, 400);
    QCOMPARE(noParams.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("InvalidTemplate"));
    QJsonObject linkBody = deploymentBody(f, QStringLiteral("absent.json"));
    const auto badLink = f.http().sendJson("PUT", url, linkBody, f.automationToken());
    QCOMPARE(badLink.status, 400);
    QCOMPARE(badLink.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("InvalidContentLink"));
}

QTEST_GUILESS_MAIN(tst_Deployments)
#include "tst_Deployments.moc"
