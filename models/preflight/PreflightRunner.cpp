// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreflightRunner.h"

#include "azure/ResourceId.h"
#include "azure/Vault.h"
#include "net/ArmClient.h"
#include "net/RestCall.h"
#include "net/RestClient.h"
#include "services/ArmCallOperation.h"
#include "services/AzureServices.h"
#include "services/BackupServicePrincipalOperation.h"
#include "services/ListOperation.h"

#include <QUrl>

namespace {
const QString kKeyVaultApi = QStringLiteral("api-version=7.4");
const QString kProtected = QStringLiteral("protected");
const QString kSp = QStringLiteral("sp");
} // namespace

PreflightRunner::PreflightRunner(AzureServices *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{}

PreflightRunner::~PreflightRunner()
{
    abort();
}

void PreflightRunner::start(const QList<VirtualMachine> &vms)
{
    abort();
    m_reports.clear();
    m_lookups = {};
    m_listError = {};
    m_requestsSent = 0;
    m_peak = 0;
    for (const VirtualMachine &vm : vms) {
        m_reports.append(PreflightVmReport::pending(vm));
    }
    m_running = true;
    Q_EMIT reportsReset();
    Q_EMIT progress(0, tr("Checking %n VM(s)…", nullptr, int(vms.size())));
    // Queued so that callers connect to the first signals before any report changes.
    QMetaObject::invokeMethod(this, &PreflightRunner::schedule, Qt::QueuedConnection);
}

void PreflightRunner::startForSubscription(const QString &subscriptionId)
{
    abort();
    m_reports.clear();
    m_running = true;
    Q_EMIT reportsReset();
    Q_EMIT progress(-1, tr("Listing the subscription's VMs…"));
    if (!m_services || !m_services->arm()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    // statusOnly returns the instance view (agent, power state) with each VM in one call.
    auto *list = new ListOperation<VirtualMachine>(
        m_services->arm(),
        {QStringLiteral("/subscriptions/%1/providers/Microsoft.Compute/virtualMachines"
                        "?statusOnly=true")
             .arg(subscriptionId)},
        this);
    m_operations.append(list);
    connect(list, &Operation::finished, this, [this, list, subscriptionId] {
        list->deleteLater();
        if (!list->isOk()) {
            m_listError = list->error();
            m_running = false;
            Q_EMIT progress(100, list->error().userMessage());
            Q_EMIT finished();
            return;
        }
        addClassicVms(subscriptionId, list->items());
    });
    list->start();
}

void PreflightRunner::addClassicVms(const QString &subscriptionId, QList<VirtualMachine> vms)
{
    // Compute lists Resource Manager VMs only: classic ones (which cannot be backed up
    // encrypted, and must say so) come from the vault's discovery, run first as the backup
    // wizard and the portal do (the list shows only what the last refresh found).
    if (m_options.vaultId.isEmpty()) {
        start(vms);
        return;
    }
    Q_EMIT progress(-1, tr("Asking the vault to discover the VMs…"));
    auto *refresh = new LongRunningOperation(
        m_services->arm(),
        m_services->arm()->request(
            "POST", m_options.vaultId + QStringLiteral("/backupFabrics/Azure/refreshContainers")),
        this);
    m_operations.append(refresh);
    connect(refresh, &Operation::finished, this, [this, refresh, subscriptionId, vms] {
        refresh->deleteLater();
        if (!refresh->isOk()) {
            start(vms); // no discovery: the classic VMs stay unknown, the rest is checked
            return;
        }
        listClassicVms(subscriptionId, vms);
    });
    refresh->start();
}

void PreflightRunner::listClassicVms(const QString &subscriptionId,
                                     const QList<VirtualMachine> &vms)
{
    auto *protectable = new ListOperation<ProtectableVm>(
        m_services->arm(),
        {m_options.vaultId + QStringLiteral("/backupProtectableItems?$filter=") +
         QString::fromLatin1(
             QUrl::toPercentEncoding(QStringLiteral("backupManagementType eq 'AzureIaasVM'")))},
        this);
    m_operations.append(protectable);
    connect(protectable, &Operation::finished, this, [this, protectable, subscriptionId, vms] {
        protectable->deleteLater();
        QList<VirtualMachine> all = vms;
        // A discovery that fails leaves the classic VMs out, not the whole check.
        for (const ProtectableVm &p : protectable->items()) {
            const ResourceId rid(p.virtualMachineId);
            const bool classic =
                p.classic || rid.providerNamespace().startsWith(QLatin1String("Microsoft.Classic"),
                                                                Qt::CaseInsensitive);
            if (!classic ||
                rid.subscriptionId().compare(subscriptionId, Qt::CaseInsensitive) != 0) {
                continue;
            }
            VirtualMachine vm;
            vm.id = p.virtualMachineId;
            vm.name = p.friendlyName.isEmpty() ? rid.name() : p.friendlyName;
            vm.resourceGroup = rid.resourceGroup();
            vm.subscriptionId = rid.subscriptionId();
            vm.location = m_options.vaultLocation;
            vm.classic = true;
            vm.encryption = VirtualMachine::Encryption::Unknown;
            all.append(vm);
        }
        start(all);
    });
    protectable->start();
}

void PreflightRunner::abort()
{
    m_queue.clear();
    for (const QPointer<RestCall> &call : std::as_const(m_calls)) {
        if (call) {
            call->disconnect(this);
            call->abort();
        }
    }
    m_calls.clear();
    for (const QPointer<Operation> &op : std::as_const(m_operations)) {
        if (op) {
            op->disconnect(this);
            op->abort();
            op->deleteLater();
        }
    }
    m_operations.clear();
    m_inFlight = 0;
    m_running = false;
}

RestRequest PreflightRunner::requestFor(const QString &key) const
{
    ArmClient *arm = m_services->arm();
    const QString keyVaultScope = m_services->cloud().keyVaultScope;
    if (key == kSp) {
        return BackupServicePrincipalOperation::lookupRequest(*m_services);
    }
    if (key.startsWith(QLatin1String("rd:"))) { // a role definition, by its ARM id
        return arm->request("GET", key.mid(3));
    }
    for (const PreflightVmReport &r : m_reports) {
        const VirtualMachine &vm = r.vm;
        if (key == PreflightLookups::keyVaultKey(vm.keyVaultId)) {
            return arm->request("GET", vm.keyVaultId);
        }
        if (key == PreflightLookups::instanceViewKey(vm.id)) {
            return arm->request("GET", vm.id + QStringLiteral("/instanceView"));
        }
        if (key == PreflightLookups::secretKey(vm.secretUrl)) {
            return RestRequest::get(QUrl(vm.secretUrl + QLatin1Char('?') + kKeyVaultApi),
                                    keyVaultScope);
        }
        if (!vm.secretUrl.isEmpty() && key == PreflightLookups::latestSecretKey(vm.secretUrl)) {
            return RestRequest::get(
                QUrl(key.section(QLatin1Char(':'), 1) + QLatin1Char('?') + kKeyVaultApi),
                keyVaultScope);
        }
        if (key == PreflightLookups::kekKey(vm.keyUrl)) {
            return RestRequest::get(QUrl(vm.keyUrl + QLatin1Char('?') + kKeyVaultApi),
                                    keyVaultScope);
        }
        if (key == PreflightLookups::roleKey(vm.keyVaultId)) {
            // Only the Backup service's assignments, at the vault and above.
            return arm->request(
                "GET",
                vm.keyVaultId + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments"
                                               "?%24filter=principalId%20eq%20'%1'&api-version="
                                               "2022-04-01")
                                    .arg(m_lookups.backupObjectId));
        }
    }
    return {};
}

void PreflightRunner::schedule()
{
    if (!m_running || m_scheduling || !m_services) {
        return;
    }
    m_scheduling = true; // evaluation may finish lookups synchronously: no re-entry
    bool changed = true;
    while (changed) {
        changed = false;
        for (int row = 0; row < m_reports.size(); ++row) {
            PreflightVmReport &report = m_reports[row];
            if (report.done) {
                continue;
            }
            bool ready = true;
            for (const QString &key : PreflightEvaluator::needs(report.vm, m_lookups)) {
                if (m_lookups.isDone(key)) {
                    continue;
                }
                ready = false;
                if (m_lookups.values.contains(key)) {
                    continue; // asked already, waiting for the answer
                }
                m_lookups.values.insert(key, {});
                if (key == kProtected) {
                    startProtectedListing();
                    continue;
                }
                const RestRequest r = requestFor(key);
                if (r.url.isEmpty()) { // nothing to ask (no app id in this cloud)
                    PreflightLookup &l = m_lookups.values[key];
                    l.done = true;
                    l.error =
                        AzureError(AzureError::Category::Client, QStringLiteral("NotAvailable"),
                                   tr("Not available in this cloud."));
                    changed = true;
                    continue;
                }
                m_queue.enqueue({key, r});
            }
            if (ready) {
                PreflightEvaluator::evaluate(report, m_lookups, m_options);
                Q_EMIT reportChanged(row);
                changed = true;
            }
        }
    }
    m_scheduling = false;
    pump();
    finishIfDone();
}

void PreflightRunner::pump()
{
    while (m_inFlight < std::max(1, m_options.maxConcurrent) && !m_queue.isEmpty()) {
        const auto [key, request] = m_queue.dequeue();
        RestCall *call = m_services->rest()->send(request);
        ++m_inFlight;
        ++m_requestsSent;
        m_peak = std::max(m_peak, m_inFlight);
        m_calls.append(call);
        connect(call, &RestCall::finished, this,
                [this, key = key, call] { onCallFinished(key, call); });
    }
}

void PreflightRunner::onCallFinished(const QString &key, RestCall *call)
{
    --m_inFlight;
    m_calls.removeAll(call);
    PreflightLookup &l = m_lookups.values[key];
    l.done = true;
    l.status = call->response().status;
    l.body = call->response().object();
    l.error = call->error();
    if (key == kSp && l.ok()) {
        m_lookups.backupObjectId = l.body.value(QStringLiteral("id")).toString();
    }
    int done = 0;
    for (const PreflightLookup &v : std::as_const(m_lookups.values)) {
        done += v.done ? 1 : 0;
    }
    Q_EMIT progress(int(done * 100 / std::max<qsizetype>(1, m_lookups.values.size() + 1)),
                    tr("%1 of %n lookup(s) done", nullptr, int(m_lookups.values.size())).arg(done));
    schedule();
}

void PreflightRunner::startProtectedListing()
{
    QStringList subscriptions;
    for (const PreflightVmReport &r : std::as_const(m_reports)) {
        if (!r.vm.subscriptionId.isEmpty() && !subscriptions.contains(r.vm.subscriptionId)) {
            subscriptions.append(r.vm.subscriptionId);
        }
    }
    QStringList paths;
    for (const QString &s : std::as_const(subscriptions)) {
        paths.append(
            QStringLiteral("/subscriptions/%1/providers/Microsoft.RecoveryServices/vaults").arg(s));
    }
    const auto finishWith = [this](const AzureError &error, const QList<ProtectedItem> &items) {
        PreflightLookup &l = m_lookups.values[kProtected];
        l.done = true;
        l.error = error;
        m_lookups.protectedItems = items;
        schedule();
    };
    auto *vaults = new ListOperation<Vault>(m_services->arm(), paths, this);
    m_operations.append(vaults);
    connect(vaults, &Operation::finished, this, [this, vaults, finishWith] {
        vaults->deleteLater();
        if (!vaults->isOk()) {
            finishWith(vaults->error(), {});
            return;
        }
        QStringList itemPaths;
        for (const Vault &v : vaults->items()) {
            itemPaths.append(v.id + QStringLiteral("/backupProtectedItems"));
        }
        if (itemPaths.isEmpty()) {
            finishWith({}, {});
            return;
        }
        auto *items = new ListOperation<ProtectedItem>(m_services->arm(), itemPaths, this);
        m_operations.append(items);
        connect(items, &Operation::finished, this, [items, finishWith] {
            items->deleteLater();
            // Vaults that refused us are left out; only a total failure is "cannot check".
            finishWith(items->isOk() ? AzureError() : items->error(), items->items());
        });
        items->start();
    });
    vaults->start();
}

void PreflightRunner::finishIfDone()
{
    if (!m_running || m_inFlight > 0 || !m_queue.isEmpty()) {
        return;
    }
    for (const PreflightVmReport &r : std::as_const(m_reports)) {
        if (!r.done) {
            return;
        }
    }
    m_running = false;
    Q_EMIT progress(100, tr("Done"));
    Q_EMIT finished();
}
