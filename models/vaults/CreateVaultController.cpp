// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateVaultController.h"

#include "net/ArmClient.h"
#include "net/RestClient.h"
#include "services/ArmCallOperation.h"
#include "services/AzureServices.h"
#include "services/ListOperation.h"
#include "validation/AzureNames.h"

CreateVaultController::ResourceGroup
CreateVaultController::ResourceGroup::fromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("name")).toString(),
            json.value(QStringLiteral("location")).toString()};
}

CreateVaultController::Location CreateVaultController::Location::fromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("name")).toString(),
            json.value(QStringLiteral("displayName")).toString()};
}

CreateVaultController::CreateVaultController(AzureServices *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{}

QStringList CreateVaultController::knownRegions()
{
    return {QStringLiteral("eastus"),        QStringLiteral("eastus2"),
            QStringLiteral("westus2"),       QStringLiteral("centralus"),
            QStringLiteral("northeurope"),   QStringLiteral("westeurope"),
            QStringLiteral("uksouth"),       QStringLiteral("germanywestcentral"),
            QStringLiteral("southeastasia"), QStringLiteral("australiaeast"),
            QStringLiteral("japaneast"),     QStringLiteral("canadacentral")};
}

void CreateVaultController::loadResourceGroups(const QString &subscriptionId)
{
    if (m_groupsOp) {
        m_groupsOp->disconnect(this);
        m_groupsOp->abort();
        m_groupsOp->deleteLater();
    }
    m_groups.clear();
    Q_EMIT resourceGroupsChanged();
    if (!m_services || subscriptionId.isEmpty()) {
        return;
    }
    auto *op = new ListOperation<ResourceGroup>(
        m_services->arm(), {QStringLiteral("/subscriptions/%1/resourcegroups").arg(subscriptionId)},
        this);
    m_groupsOp = op;
    connect(op, &Operation::finished, this, [this, op] {
        if (op->isOk()) {
            m_groups = op->items();
            std::sort(m_groups.begin(), m_groups.end(), [](const auto &a, const auto &b) {
                return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
            });
        } else {
            setError(
                op->error(),
                tr("The resource groups could not be listed: %1").arg(op->error().userMessage()));
        }
        op->deleteLater();
        Q_EMIT resourceGroupsChanged();
    });
    op->start();
}

void CreateVaultController::loadLocations(const QString &subscriptionId)
{
    if (m_locationsOp) {
        m_locationsOp->disconnect(this);
        m_locationsOp->abort();
        m_locationsOp->deleteLater();
    }
    m_locations.clear();
    Q_EMIT locationsChanged();
    if (!m_services || subscriptionId.isEmpty()) {
        return;
    }
    auto *op = new ListOperation<Location>(
        m_services->arm(), {QStringLiteral("/subscriptions/%1/locations").arg(subscriptionId)},
        this);
    m_locationsOp = op;
    connect(op, &Operation::finished, this, [this, op] {
        // Without the list the region is not checked here; the service still refuses a bad one.
        if (op->isOk()) {
            for (const Location &l : op->items()) {
                if (!l.name.isEmpty()) {
                    m_locations.append(l);
                }
            }
            std::sort(m_locations.begin(), m_locations.end(),
                      [](const auto &a, const auto &b) { return a.name < b.name; });
        }
        op->deleteLater();
        Q_EMIT locationsChanged();
    });
    op->start();
}

QString CreateVaultController::locationName(const QString &location) const
{
    const QString wanted = location.trimmed().toLower().remove(QLatin1Char(' '));
    for (const Location &l : m_locations) {
        if (l.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
            QString(l.displayName).remove(QLatin1Char(' ')).compare(wanted, Qt::CaseInsensitive) ==
                0) {
            return l.name;
        }
    }
    return wanted;
}

QString CreateVaultController::locationProblem(const QString &location) const
{
    if (location.trimmed().isEmpty()) {
        return tr("Choose a region.");
    }
    if (m_locations.isEmpty()) {
        return {};
    }
    const QString name = locationName(location);
    for (const Location &l : m_locations) {
        if (l.name == name) {
            return {};
        }
    }
    return tr("\"%1\" is not a region of this subscription. Choose one from the list.")
        .arg(location.trimmed());
}

bool CreateVaultController::create(const Request &request)
{
    if (m_busy) {
        return false;
    }
    QString problem = AzureNames::problem(AzureNames::Kind::RecoveryServicesVault, request.name);
    if (problem.isEmpty() && request.subscriptionId.isEmpty()) {
        problem = tr("Choose a subscription.");
    }
    if (problem.isEmpty()) {
        problem = AzureNames::problem(AzureNames::Kind::ResourceGroup, request.resourceGroup);
    }
    if (problem.isEmpty()) {
        problem = locationProblem(request.location);
    }
    if (!problem.isEmpty()) {
        setError(AzureError(AzureError::Category::Client, QStringLiteral("InvalidInput"), problem),
                 problem);
        return false;
    }
    if (!m_services) {
        setError(AzureError(AzureError::Category::Auth, QStringLiteral("NotSignedIn"),
                            tr("Not signed in.")),
                 tr("Not signed in."));
        return false;
    }
    m_request = request;
    m_request.location = locationName(request.location);
    setError({}, {});
    setBusy(true);
    if (!request.newResourceGroup) {
        checkNameFree();
        return true;
    }
    Q_EMIT progress(tr("Creating resource group %1…").arg(request.resourceGroup));
    const QString path = QStringLiteral("/subscriptions/%1/resourcegroups/%2")
                             .arg(request.subscriptionId, request.resourceGroup);
    auto *op = new ArmCallOperation(
        m_services->rest(),
        m_services->arm()->request("PUT", path,
                                   QJsonObject{{QStringLiteral("location"), m_request.location}}),
        this);
    m_op = op;
    connect(op, &Operation::finished, this, [this, op] {
        op->deleteLater();
        if (!op->isOk()) {
            setError(op->error(), tr("The resource group %1 could not be created: %2")
                                      .arg(m_request.resourceGroup, op->error().userMessage()));
            setBusy(false);
            Q_EMIT failed();
            return;
        }
        putVault();
    });
    op->start();
    return true;
}

QString CreateVaultController::vaultPath() const
{
    return QStringLiteral(
               "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.RecoveryServices/vaults/%3")
        .arg(m_request.subscriptionId, m_request.resourceGroup, m_request.name);
}

void CreateVaultController::checkNameFree()
{
    // A PUT to an existing vault is an update in ARM (it answers 200, not an error), so a
    // "new" vault with a taken name would silently rewrite that vault: ask first.
    Q_EMIT progress(tr("Checking that the name %1 is free…").arg(m_request.name));
    auto *op = new ArmCallOperation(m_services->rest(),
                                    m_services->arm()->request("GET", vaultPath()), this);
    m_op = op;
    connect(op, &Operation::finished, this, [this, op] {
        op->deleteLater();
        if (op->isOk()) {
            const QString text =
                tr("A vault named %1 already exists in resource group %2. Creating it again "
                   "would change that vault: choose another name, or use the existing vault.")
                    .arg(m_request.name, m_request.resourceGroup);
            setError(AzureError(AzureError::Category::Client, QStringLiteral("VaultAlreadyExists"),
                                text),
                     text);
            setBusy(false);
            Q_EMIT failed();
            return;
        }
        if (op->error().httpStatus() != 404) {
            setError(op->error(), tr("Whether the vault %1 already exists could not be checked: %2")
                                      .arg(m_request.name, op->error().userMessage()));
            setBusy(false);
            Q_EMIT failed();
            return;
        }
        putVault();
    });
    op->start();
}

void CreateVaultController::putVault()
{
    Q_EMIT progress(tr("Creating vault %1…").arg(m_request.name));
    const QString path = vaultPath();
    const QJsonObject body{
        {QStringLiteral("location"), m_request.location},
        {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), QStringLiteral("RS0")},
                                            {QStringLiteral("tier"), QStringLiteral("Standard")}}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("publicNetworkAccess"), QStringLiteral("Enabled")}}}};
    // Vault creation may answer 201 with an Azure-AsyncOperation header: follow it.
    auto *op = new LongRunningOperation(m_services->arm(),
                                        m_services->arm()->request("PUT", path, body), this);
    m_op = op;
    connect(op, &Operation::finished, this, [this, op, path] {
        op->deleteLater();
        setBusy(false);
        if (!op->isOk()) {
            setError(op->error(), tr("The vault %1 could not be created: %2")
                                      .arg(m_request.name, op->error().userMessage()));
            Q_EMIT failed();
            return;
        }
        m_created = Vault::fromJson(op->finalResponse().object());
        if (!m_created.isValid()) {
            // Some answers carry no body; what was asked for is what exists now.
            m_created.id = path;
            m_created.name = m_request.name;
            m_created.resourceGroup = m_request.resourceGroup;
            m_created.subscriptionId = m_request.subscriptionId;
            m_created.location = m_request.location;
        }
        Q_EMIT created(m_created);
    });
    op->start();
}

void CreateVaultController::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

void CreateVaultController::setError(const AzureError &error, const QString &text)
{
    m_error = error;
    m_errorText = text;
    Q_EMIT errorChanged();
}
