// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryPointRoutes.h"

#include "KeyVaultData.h"
#include "Sandbox.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace {
const QString kProps = QStringLiteral("properties");

QString randomBase64Url(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (char &c : data) {
        c = char(QRandomGenerator::global()->bounded(256));
    }
    return QString::fromLatin1(
        data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The versions Key Vault would have backed up. When the vault's data is gone (the vault was
// deleted, or the key purged) the point still carries what existed when it was taken.
QJsonArray keyVersionsFor(const World &world, const RecoveryIds::KeyVaultUrl &url)
{
    QJsonArray versions = KeyVaultData::keyVersions(world, url.vault, url.name);
    if (versions.isEmpty()) {
        const qint64 created =
            QDateTime(QDate(2017, 3, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        versions.append(QJsonObject{
            {QStringLiteral("version"), url.version},
            {QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("key_ops"),
             QJsonArray{QStringLiteral("encrypt"), QStringLiteral("decrypt"),
                        QStringLiteral("sign"), QStringLiteral("verify"), QStringLiteral("wrapKey"),
                        QStringLiteral("unwrapKey")}},
            {QStringLiteral("n"), randomBase64Url(256)},
            {QStringLiteral("e"), QStringLiteral("AQAB")},
            {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), true},
                                                       {QStringLiteral("created"), created},
                                                       {QStringLiteral("updated"), created},
                                                       {QStringLiteral("recoveryLevel"),
                                                        QStringLiteral("Recoverable+Purgeable")}}},
            {QStringLiteral("tags"), QJsonObject()}});
    }
    return versions;
}

QJsonArray secretVersionsFor(const World &world, const RecoveryIds::KeyVaultUrl &url,
                             const RecoveryIds::VmFacts &vm)
{
    QJsonArray versions = KeyVaultData::secretVersions(world, url.vault, url.name);
    if (versions.isEmpty()) {
        const qint64 created =
            QDateTime(QDate(2017, 3, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        QJsonObject tags{
            {QStringLiteral("DiskEncryptionKeyFileName"),
             vm.osType == QLatin1String("Linux") ? QStringLiteral("LinuxPassPhraseFileName")
                                                 : url.name.toUpper() + QStringLiteral(".BEK")},
            {QStringLiteral("DiskEncryptionKeyEncryptionAlgorithm"), QStringLiteral("RSA-OAEP")},
            {QStringLiteral("MachineName"), vm.name}};
        if (vm.hasKek) {
            tags.insert(QStringLiteral("DiskEncryptionKeyEncryptionKeyURL"), vm.keyUrl);
        }
        versions.append(QJsonObject{
            {QStringLiteral("version"), url.version},
            {QStringLiteral("value"), randomBase64Url(vm.hasKek ? 256 : 64)},
            {QStringLiteral("contentType"),
             vm.hasKek ? QStringLiteral("Wrapped BEK") : QStringLiteral("BEK")},
            {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), true},
                                                       {QStringLiteral("created"), created},
                                                       {QStringLiteral("updated"), created}}},
            {QStringLiteral("tags"), tags}});
    }
    return versions;
}

QJsonObject keyAndSecret(const World &world, const RecoveryIds::VmFacts &vm)
{
    const auto secretUrl = RecoveryIds::parseKeyVaultUrl(vm.secretUrl);
    const QJsonArray secretVersions = secretVersionsFor(world, secretUrl, vm);
    // BEK-only: a Key Vault secret backup (secret restore API). BEK + KEK: the BEK wrapped
    // by the KEK, the secret's value, which goes back with "set secret" and the ADE tags.
    QString secretData;
    if (vm.hasKek) {
        for (const QJsonValue &v : secretVersions) {
            const QJsonObject version = v.toObject();
            if (secretData.isEmpty() ||
                version.value(QStringLiteral("version")).toString() == secretUrl.version) {
                secretData = version.value(QStringLiteral("value")).toString();
            }
        }
    } else {
        secretData = KeyVaultData::secretBackupBlob(secretUrl.name, secretVersions);
    }
    QJsonObject result{{QStringLiteral("bekDetails"),
                        QJsonObject{{QStringLiteral("secretUrl"), vm.secretUrl},
                                    {QStringLiteral("secretVaultId"), vm.secretVaultId},
                                    {QStringLiteral("secretData"), secretData}}},
                       {QStringLiteral("encryptionMechanism"),
                        vm.hasKek ? QStringLiteral("DoublePass") : QStringLiteral("SinglePass")}};
    if (vm.hasKek) {
        const auto keyUrl = RecoveryIds::parseKeyVaultUrl(vm.keyUrl);
        result.insert(
            QStringLiteral("kekDetails"),
            QJsonObject{{QStringLiteral("keyUrl"), vm.keyUrl},
                        {QStringLiteral("keyVaultId"), vm.keyVaultId},
                        {QStringLiteral("keyBackupData"),
                         KeyVaultData::keyBackupBlob(keyUrl.name, keyVersionsFor(world, keyUrl))}});
    }
    return result;
}
} // namespace

void RecoveryPointRoutes::registerRoutes(Router &router)
{
    router.arm("GET", itemPattern + QStringLiteral("/recoveryPoints"),
               QStringLiteral("recovery.points.list"), RecoveryIds::minApi,
               [this](const SandboxRequest &r, const RouteMatch &m) { return list(r, m); });
    router.arm("GET", itemPattern + QStringLiteral("/recoveryPoints/{point}"),
               QStringLiteral("recovery.points.get"), RecoveryIds::minApi,
               [this](const SandboxRequest &, const RouteMatch &m) { return get(m); });
}

QString RecoveryPointRoutes::create(World &world, const QString &itemId,
                                    const RecoveryIds::VmFacts &vm, const QDateTime &time,
                                    const QString &type, int instantDays, const QDateTime &expiry)
{
    const QString name =
        QString::number(time.toMSecsSinceEpoch() * 10 + QRandomGenerator::global()->bounded(10));
    const QJsonObject vmProps = vm.resource.value(kProps).toObject();
    const QJsonObject storage = vmProps.value(QStringLiteral("storageProfile")).toObject();
    QJsonArray included{
        QJsonObject{{QStringLiteral("lun"), -1},
                    {QStringLiteral("name"), storage.value(QStringLiteral("osDisk"))
                                                 .toObject()
                                                 .value(QStringLiteral("name"))
                                                 .toString(vm.name + QStringLiteral("_OsDisk"))}}};
    for (const QJsonValue &d : storage.value(QStringLiteral("dataDisks")).toArray()) {
        included.append(QJsonObject{
            {QStringLiteral("lun"), d.toObject().value(QStringLiteral("lun")).toInt()},
            {QStringLiteral("name"), d.toObject().value(QStringLiteral("name")).toString()}});
    }
    QJsonArray tiers;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (time.daysTo(now) < instantDays) {
        tiers.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("InstantRP")},
                                 {QStringLiteral("status"), QStringLiteral("Valid")}});
    }
    tiers.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("HardenedRP")},
                             {QStringLiteral("status"), QStringLiteral("Valid")}});
    QJsonObject props{
        {QStringLiteral("objectType"), QStringLiteral("IaasVMRecoveryPoint")},
        {QStringLiteral("recoveryPointType"), type},
        {QStringLiteral("recoveryPointTime"), RecoveryIds::timestamp(time)},
        {QStringLiteral("recoveryPointAdditionalInfo"), QString()},
        {QStringLiteral("sourceVMStorageType"), QStringLiteral("NormalStorage")},
        {QStringLiteral("isSourceVMEncrypted"), vm.encrypted},
        {QStringLiteral("isInstantIlrSessionActive"), false},
        {QStringLiteral("recoveryPointTierDetails"), tiers},
        {QStringLiteral("isManagedVirtualMachine"), !vm.classic},
        {QStringLiteral("virtualMachineSize"), vmProps.value(QStringLiteral("hardwareProfile"))
                                                   .toObject()
                                                   .value(QStringLiteral("vmSize"))
                                                   .toString(QStringLiteral("Standard_D2s_v3"))},
        {QStringLiteral("originalStorageAccountOption"), false},
        {QStringLiteral("osType"), vm.osType},
        {QStringLiteral("recoveryPointDiskConfiguration"),
         QJsonObject{{QStringLiteral("numberOfDisksIncludedInBackup"), included.size()},
                     {QStringLiteral("numberOfDisksAttachedToVm"), included.size()},
                     {QStringLiteral("includedDiskList"), included},
                     {QStringLiteral("excludedDiskList"), QJsonArray()}}},
        {QStringLiteral("recoveryPointMoveReadinessInfo"),
         QJsonObject{{QStringLiteral("ArchivedRP"),
                      QJsonObject{{QStringLiteral("isReadyForMove"), false},
                                  {QStringLiteral("additionalInfo"),
                                   QStringLiteral("Recovery points of encrypted VMs cannot be "
                                                  "moved to the archive tier.")}}}}},
        {QStringLiteral("recoveryPointProperties"),
         QJsonObject{{QStringLiteral("expiryTime"),
                      expiry.isValid() ? RecoveryIds::timestamp(expiry) : QString()},
                     {QStringLiteral("ruleName"),
                      expiry.isValid() ? QString() : QStringLiteral("DailyRetentionRule")},
                     {QStringLiteral("isSoftDeleted"), false}}},
        {QStringLiteral("isPrivateAccessEnabledOnAnyDisk"), false}};
    if (vm.encrypted && !vm.secretUrl.isEmpty()) {
        props.insert(QStringLiteral("keyAndSecret"), keyAndSecret(world, vm));
    }
    const QString id = itemId + QStringLiteral("/recoveryPoints/") + name;
    world.put(QJsonObject{{QStringLiteral("id"), id},
                          {QStringLiteral("name"), name},
                          {QStringLiteral("type"), RecoveryIds::pointType},
                          {kProps, props},
                          {QStringLiteral("sandbox"),
                           QJsonObject{{QStringLiteral("vm"), World::publicView(vm.resource)}}}});
    return id;
}

QList<QJsonObject> RecoveryPointRoutes::points(const World &world, const QString &itemId)
{
    QList<QJsonObject> result = world.children(itemId, RecoveryIds::pointType);
    std::sort(result.begin(), result.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(kProps).toObject().value(QStringLiteral("recoveryPointTime")).toString() >
               b.value(kProps).toObject().value(QStringLiteral("recoveryPointTime")).toString();
    });
    return result;
}

namespace {
struct LastJob
{
    QDateTime start;
    bool failed = false;
};

// The newest "Backup" job of a protected item among the demo jobs (matched by container).
LastJob lastBackupJob(const World &world, const QJsonObject &item)
{
    const QString container =
        item.value(kProps).toObject().value(QStringLiteral("containerName")).toString();
    LastJob last;
    for (const QJsonObject &job : world.list(RecoveryIds::jobType)) {
        const QJsonObject p = job.value(kProps).toObject();
        if (p.value(QStringLiteral("operation")).toString() != QLatin1String("Backup") ||
            container.isEmpty() ||
            p.value(QStringLiteral("containerName"))
                .toString()
                .compare(container, Qt::CaseInsensitive)) {
            continue;
        }
        const QDateTime start =
            QDateTime::fromString(p.value(QStringLiteral("startTime")).toString(), Qt::ISODate);
        if (start.isValid() && (!last.start.isValid() || start > last.start)) {
            last.start = start;
            last.failed = p.value(QStringLiteral("status")).toString() == QLatin1String("Failed");
        }
    }
    return last;
}
} // namespace

void RecoveryPointRoutes::generateDemoPoints(World &world)
{
    for (QJsonObject item : world.list(RecoveryIds::itemType)) {
        QJsonObject priv = item.value(QStringLiteral("sandbox")).toObject();
        const QJsonObject spec = priv.value(QStringLiteral("generatePoints")).toObject();
        const QString itemId = item.value(QStringLiteral("id")).toString();
        RecoveryIds::VmFacts vm = RecoveryIds::vmFacts(
            world,
            item.value(kProps).toObject().value(QStringLiteral("sourceResourceId")).toString());
        if (spec.value(QStringLiteral("unencrypted")).toBool() && vm.exists) {
            // Points taken before the VM was encrypted (vm-lin-encrypted-later).
            vm.encrypted = false;
            QJsonObject props = vm.resource.value(kProps).toObject();
            QJsonObject storage = props.value(QStringLiteral("storageProfile")).toObject();
            QJsonObject osDisk = storage.value(QStringLiteral("osDisk")).toObject();
            osDisk.remove(QStringLiteral("encryptionSettings"));
            storage.insert(QStringLiteral("osDisk"), osDisk);
            props.insert(QStringLiteral("storageProfile"), storage);
            vm.resource.insert(kProps, props);
        }
        if (spec.isEmpty() || !vm.exists ||
            !world.children(itemId, RecoveryIds::pointType).isEmpty()) {
            continue;
        }
        QDateTime today(QDate::currentDate(), QTime(spec.value(QStringLiteral("hour")).toInt(2), 0),
                        QTimeZone::utc());
        // The item's last demo backup job and its newest point tell one story: a completed job
        // made the newest point, a failed one made none (the point before is a day older).
        const LastJob last = lastBackupJob(world, item);
        if (last.start.isValid()) {
            today = (last.failed ? last.start.addDays(-1) : last.start).addDays(1);
        }
        const int instant = spec.value(QStringLiteral("instantDays")).toInt(2);
        QList<QDateTime> times;
        for (const QJsonValue &at : spec.value(QStringLiteral("at")).toArray()) {
            times.append(QDateTime::fromString(at.toString(), Qt::ISODate));
        }
        for (int d = spec.value(QStringLiteral("daily")).toInt(); d >= 1; --d) {
            times.append(today.addDays(-d));
        }
        QDateTime newest;
        for (const QDateTime &t : times) {
            if (t.isValid()) {
                create(world, itemId, vm, t, QStringLiteral("AppConsistent"), instant, {});
                newest = std::max(newest, t);
            }
        }
        if (!newest.isValid()) {
            continue;
        }
        QJsonObject props = item.value(kProps).toObject();
        props.insert(QStringLiteral("lastRecoveryPoint"), RecoveryIds::timestamp(newest));
        if (!props.contains(QStringLiteral("lastBackupTime"))) {
            props.insert(QStringLiteral("lastBackupTime"),
                         RecoveryIds::timestamp(last.start.isValid() ? last.start : newest));
        }
        item.insert(kProps, props);
        world.put(item);
    }
}

SandboxResponse RecoveryPointRoutes::list(const SandboxRequest &request, const RouteMatch &m)
{
    SandboxResponse error;
    const QJsonObject it = item(m, &error);
    if (it.isEmpty()) {
        return error;
    }
    const auto filter = RecoveryIds::parseFilter(request.queryValue(QStringLiteral("$filter")));
    const auto from = RecoveryIds::parseFilterTime(filter.value(QStringLiteral("startdate")));
    const auto to = RecoveryIds::parseFilterTime(filter.value(QStringLiteral("enddate")));
    QJsonArray items;
    for (const QJsonObject &p : points(world(), it.value(QStringLiteral("id")).toString())) {
        const QDateTime t = QDateTime::fromString(
            p.value(kProps).toObject().value(QStringLiteral("recoveryPointTime")).toString(),
            Qt::ISODateWithMs);
        if ((from && t < *from) || (to && t > *to)) {
            continue;
        }
        items.append(World::publicView(p));
    }
    return m_sandbox.page(request, items);
}

SandboxResponse RecoveryPointRoutes::get(const RouteMatch &m)
{
    SandboxResponse error;
    const QJsonObject it = item(m, &error);
    if (it.isEmpty()) {
        return error;
    }
    const QJsonObject p =
        world().resource(it.value(QStringLiteral("id")).toString() +
                         QStringLiteral("/recoveryPoints/") + m[QStringLiteral("point")]);
    if (p.isEmpty()) {
        return SandboxResponse::armError(
            404, QStringLiteral("BMSUserErrorRecoveryPointNotFound"),
            QStringLiteral("Recovery point '%1' was not found.").arg(m[QStringLiteral("point")]));
    }
    return SandboxResponse::json(World::publicView(p));
}
