// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreRules.h"

#include <QCoreApplication>
#include <QHash>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RestoreRules", text);
}

QString normalized(const QString &region)
{
    QString r = region.toLower();
    r.remove(QLatin1Char(' '));
    return r;
}
} // namespace

QString RestoreRules::geographyOf(const QString &region)
{
    static const QHash<QString, QString> geographies = [] {
        QHash<QString, QString> g;
        const auto add = [&g](const char *geo, std::initializer_list<const char *> regions) {
            for (const char *r : regions) {
                g.insert(QLatin1String(r), QLatin1String(geo));
            }
        };
        add("United States", {"eastus", "eastus2", "westus", "westus2", "westus3", "centralus",
                              "northcentralus", "southcentralus", "westcentralus"});
        add("Europe", {"westeurope", "northeurope"});
        add("United Kingdom", {"uksouth", "ukwest"});
        add("Canada", {"canadacentral", "canadaeast"});
        add("Asia Pacific", {"eastasia", "southeastasia"});
        add("Australia", {"australiaeast", "australiasoutheast", "australiacentral"});
        add("Japan", {"japaneast", "japanwest"});
        add("India", {"centralindia", "southindia", "westindia"});
        add("Germany", {"germanywestcentral", "germanynorth"});
        add("France", {"francecentral", "francesouth"});
        add("Brazil", {"brazilsouth", "brazilsoutheast"});
        return g;
    }();
    const QString r = normalized(region);
    return geographies.value(r, r);
}

QString RestoreRules::stagingAccountProblem(const StorageAccount &account,
                                            const QString &vaultLocation,
                                            const QString &vaultSubscriptionId)
{
    if (normalized(account.location) != normalized(vaultLocation)) {
        return tr("It is in %1; the restore can only stage disks in the vault's region (%2).")
            .arg(account.location, vaultLocation);
    }
    if (!vaultSubscriptionId.isEmpty() &&
        account.subscriptionId.compare(vaultSubscriptionId, Qt::CaseInsensitive) != 0) {
        return tr("It is in another subscription; the restore stages disks in the vault's "
                  "subscription only.");
    }
    if (account.kind.compare(QLatin1String("Storage"), Qt::CaseInsensitive) != 0 &&
        account.kind.compare(QLatin1String("StorageV2"), Qt::CaseInsensitive) != 0 &&
        !account.kind.isEmpty()) {
        return tr("Accounts of kind %1 cannot hold restored disks; use a general-purpose account.")
            .arg(account.kind);
    }
    if (account.hierarchicalNamespace) {
        return tr(
            "Accounts with a hierarchical namespace (Data Lake) cannot be used for a restore.");
    }
    return {};
}

QString RestoreRules::targetKeyVaultProblem(const KeyVault &target,
                                            const QString &sourceSubscriptionId,
                                            const QString &sourceLocation)
{
    if (target.subscriptionId.compare(sourceSubscriptionId, Qt::CaseInsensitive) != 0) {
        return tr("%1 is in another subscription. Key Vault restores backups only into a vault "
                  "of the same subscription.")
            .arg(target.name);
    }
    if (geographyOf(target.location) != geographyOf(sourceLocation)) {
        return tr("%1 is in %2 (%3). Key Vault restores backups only within the geography they "
                  "came from (%4).")
            .arg(target.name, target.location, geographyOf(target.location),
                 geographyOf(sourceLocation));
    }
    if (!target.enabledForDiskEncryption) {
        return tr("%1 is not enabled for Azure Disk Encryption, so the restored VM could not "
                  "read its key. Turn on \"Azure Disk Encryption for volume encryption\" in its "
                  "access configuration first.")
            .arg(target.name);
    }
    return {};
}
