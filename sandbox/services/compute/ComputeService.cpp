// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComputeService.h"

#include "Sandbox.h"
#include "VirtualMachineWriter.h"
#include "VmInstanceView.h"

#include <QJsonArray>

namespace {
const QString kComputeApi = QStringLiteral("2016-04-30");
const QString kVmBase = QStringLiteral(
    "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Compute/virtualMachines");
const QString kDiskBase =
    QStringLiteral("/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Compute/disks");

bool flag(const SandboxRequest &request, const QString &name, const QString &value)
{
    return request.queryValue(name).contains(value, Qt::CaseInsensitive);
}

QJsonObject withInstanceView(const QJsonObject &vm)
{
    QJsonObject out = World::publicView(vm);
    QJsonObject props = out.value(QStringLiteral("properties")).toObject();
    props.insert(QStringLiteral("instanceView"), VmInstanceView::build(vm));
    out.insert(QStringLiteral("properties"), props);
    return out;
}
} // namespace

void ComputeService::registerRoutes(Router &router)
{
    const auto bind =
        [this](SandboxResponse (ComputeService::*fn)(const SandboxRequest &, const RouteMatch &)) {
            return [this, fn](const SandboxRequest &r, const RouteMatch &m) {
                return (this->*fn)(r, m);
            };
        };
    router.arm("GET", kVmBase + QStringLiteral("/{vm}"), QStringLiteral("virtualMachines.get"),
               kComputeApi, bind(&ComputeService::getVm));
    router.arm("PUT", kVmBase + QStringLiteral("/{vm}"),
               QStringLiteral("virtualMachines.createOrUpdate"), kComputeApi,
               bind(&ComputeService::putVm));
    router.arm("DELETE", kVmBase + QStringLiteral("/{vm}"),
               QStringLiteral("virtualMachines.delete"), kComputeApi,
               bind(&ComputeService::deleteVm));
    router.arm("GET", kVmBase + QStringLiteral("/{vm}/instanceView"),
               QStringLiteral("virtualMachines.instanceView"), kComputeApi,
               [this](const SandboxRequest &, const RouteMatch &m) { return instanceView(m); });
    router.arm("GET", kVmBase, QStringLiteral("virtualMachines.list"), kComputeApi,
               [this](const SandboxRequest &r, const RouteMatch &m) {
                   if (!resourceGroupExists(m)) {
                       return SandboxResponse::armError(
                           404, QStringLiteral("ResourceGroupNotFound"),
                           QStringLiteral("Resource group '%1' could not be found.")
                               .arg(m[QStringLiteral("rg")]));
                   }
                   return listVms(r, QStringLiteral("/subscriptions/%1/resourceGroups/%2/")
                                         .arg(m[QStringLiteral("sub")], m[QStringLiteral("rg")]));
               });
    router.arm(
        "GET", QStringLiteral("/subscriptions/{sub}/providers/Microsoft.Compute/virtualMachines"),
        QStringLiteral("virtualMachines.listAll"), kComputeApi,
        [this](const SandboxRequest &r, const RouteMatch &m) {
            return listVms(r, QStringLiteral("/subscriptions/%1/").arg(m[QStringLiteral("sub")]));
        });
    router.arm("GET", kVmBase + QStringLiteral("/{vm}/extensions"),
               QStringLiteral("virtualMachineExtensions.list"), kComputeApi,
               bind(&ComputeService::listExtensions));
    router.arm("GET", kVmBase + QStringLiteral("/{vm}/extensions/{ext}"),
               QStringLiteral("virtualMachineExtensions.get"), kComputeApi,
               bind(&ComputeService::getExtension));
    router.arm("GET", kDiskBase + QStringLiteral("/{disk}"), QStringLiteral("disks.get"),
               kComputeApi,
               [this](const SandboxRequest &, const RouteMatch &m) { return getDisk(m); });
    router.arm("DELETE", kDiskBase + QStringLiteral("/{disk}"), QStringLiteral("disks.delete"),
               kComputeApi,
               [this](const SandboxRequest &, const RouteMatch &m) { return deleteDisk(m); });
    router.arm("GET", kDiskBase, QStringLiteral("disks.listByResourceGroup"), kComputeApi,
               [this](const SandboxRequest &r, const RouteMatch &m) {
                   return listDisks(r, QStringLiteral("/subscriptions/%1/resourceGroups/%2/")
                                           .arg(m[QStringLiteral("sub")], m[QStringLiteral("rg")]));
               });
    router.arm("GET", QStringLiteral("/subscriptions/{sub}/providers/Microsoft.Compute/disks"),
               QStringLiteral("disks.list"), kComputeApi,
               [this](const SandboxRequest &r, const RouteMatch &m) {
                   return listDisks(
                       r, QStringLiteral("/subscriptions/%1/").arg(m[QStringLiteral("sub")]));
               });
}

SandboxResponse
ComputeService::pageOf(Sandbox &sandbox, const SandboxRequest &request,
                       const QList<QJsonObject> &items,
                       const std::function<QJsonObject(const QJsonObject &)> &render)
{
    const int size = sandbox.pageSize();
    bool ok = false;
    const int begin = std::max(0, request.queryValue(QStringLiteral("$skiptoken")).toInt(&ok));
    const int start = ok ? begin : 0;
    QJsonArray value;
    for (int i = start; i < items.size() && i < start + size; ++i) {
        value.append(render(items.at(i)));
    }
    QJsonObject body{{QStringLiteral("value"), value}};
    if (start + size < items.size()) {
        QUrlQuery next = request.query;
        next.removeAllQueryItems(QStringLiteral("$skiptoken"));
        next.addQueryItem(QStringLiteral("$skiptoken"), QString::number(start + size));
        body.insert(
            QStringLiteral("nextLink"),
            Sandbox::url(QString::fromUtf8(QUrl::toPercentEncoding(request.path, "/;,=:@")) +
                         QLatin1Char('?') + next.toString(QUrl::FullyEncoded)));
    }
    return SandboxResponse::json(body);
}

QString ComputeService::vmId(const RouteMatch &m) const
{
    return QStringLiteral(
               "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Compute/virtualMachines/%3")
        .arg(m[QStringLiteral("sub")], m[QStringLiteral("rg")], m[QStringLiteral("vm")]);
}

bool ComputeService::resourceGroupExists(const RouteMatch &m) const
{
    return m_sandbox.world().contains(QStringLiteral("/subscriptions/%1/resourceGroups/%2")
                                          .arg(m[QStringLiteral("sub")], m[QStringLiteral("rg")]));
}

QJsonObject ComputeService::findVm(const RouteMatch &m, SandboxResponse *error) const
{
    const QJsonObject vm = m_sandbox.world().resource(vmId(m));
    if (vm.value(QStringLiteral("type"))
            .toString()
            .compare(VirtualMachineWriter::vmType, Qt::CaseInsensitive) == 0) {
        return vm;
    }
    *error =
        resourceGroupExists(m)
            ? SandboxResponse::resourceNotFound(VirtualMachineWriter::vmType,
                                                m[QStringLiteral("vm")], m[QStringLiteral("rg")])
            : SandboxResponse::armError(404, QStringLiteral("ResourceGroupNotFound"),
                                        QStringLiteral("Resource group '%1' could not be found.")
                                            .arg(m[QStringLiteral("rg")]));
    return {};
}

SandboxResponse ComputeService::getVm(const SandboxRequest &request, const RouteMatch &m)
{
    SandboxResponse error;
    const QJsonObject vm = findVm(m, &error);
    if (vm.isEmpty()) {
        return error;
    }
    if (flag(request, QStringLiteral("$expand"), QStringLiteral("instanceView"))) {
        return SandboxResponse::json(withInstanceView(vm));
    }
    return SandboxResponse::json(World::publicView(vm));
}

SandboxResponse ComputeService::instanceView(const RouteMatch &m)
{
    SandboxResponse error;
    const QJsonObject vm = findVm(m, &error);
    return vm.isEmpty() ? error : SandboxResponse::json(VmInstanceView::build(vm));
}

SandboxResponse ComputeService::putVm(const SandboxRequest &request, const RouteMatch &m)
{
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok) {
        return SandboxResponse::armError(
            400, QStringLiteral("InvalidRequestContent"),
            QStringLiteral("The request content was invalid and could not be deserialized."));
    }
    if (!resourceGroupExists(m)) {
        return SandboxResponse::armError(
            404, QStringLiteral("ResourceGroupNotFound"),
            QStringLiteral("Resource group '%1' could not be found.").arg(m[QStringLiteral("rg")]));
    }
    const QString id = vmId(m);
    VirtualMachineWriter writer(m_sandbox.world());
    if (const auto e = writer.validate(id, body)) {
        return SandboxResponse::armError(e->status, e->code, e->message, e->target);
    }
    const bool existed = m_sandbox.world().contains(id);
    const QJsonObject vm =
        writer.build(id, body, existed ? QStringLiteral("Updating") : QStringLiteral("Creating"));
    writer.commit(vm);
    World *world = &m_sandbox.world();
    const QString opId = m_sandbox.operations().start(
        QStringLiteral("virtualMachines.createOrUpdate"), existed ? 10 : 60, [world, id] {
            VirtualMachineWriter(*world).setProvisioningState(id, QStringLiteral("Succeeded"));
            return OperationTracker::Outcome{};
        });
    SandboxResponse r = SandboxResponse::json(existed ? 200 : 201, World::publicView(vm));
    r.setHeader("Azure-AsyncOperation",
                Sandbox::url(QStringLiteral("/subscriptions/%1/providers/Microsoft.Compute/"
                                            "locations/%2/operations/%3?api-version=%4")
                                 .arg(m[QStringLiteral("sub")],
                                      vm.value(QStringLiteral("location")).toString(), opId,
                                      request.queryValue(QStringLiteral("api-version"))))
                    .toUtf8());
    return r;
}

SandboxResponse ComputeService::deleteVm(const SandboxRequest &request, const RouteMatch &m)
{
    const QString id = vmId(m);
    World &world = m_sandbox.world();
    const QJsonObject vm = world.resource(id);
    if (vm.isEmpty()) {
        return SandboxResponse::empty(204);
    }
    World *w = &world;
    const QString opId =
        m_sandbox.operations().start(QStringLiteral("virtualMachines.delete"), 30, [w, id] {
            const QJsonObject gone = w->resource(id);
            const QString diskId = gone.value(QStringLiteral("properties"))
                                       .toObject()
                                       .value(QStringLiteral("storageProfile"))
                                       .toObject()
                                       .value(QStringLiteral("osDisk"))
                                       .toObject()
                                       .value(QStringLiteral("managedDisk"))
                                       .toObject()
                                       .value(QStringLiteral("id"))
                                       .toString();
            QJsonObject disk = w->resource(diskId);
            if (!disk.isEmpty()) {
                // The OS disk stays (deleteOption Detach) and is free to attach again.
                disk.remove(QStringLiteral("managedBy"));
                QJsonObject props = disk.value(QStringLiteral("properties")).toObject();
                props.insert(QStringLiteral("diskState"), QStringLiteral("Unattached"));
                disk.insert(QStringLiteral("properties"), props);
                w->put(disk);
            }
            w->remove(id);
            return OperationTracker::Outcome{};
        });
    VirtualMachineWriter(world).setProvisioningState(id, QStringLiteral("Deleting"));
    const QString base =
        QStringLiteral("/subscriptions/%1/providers/Microsoft.Compute/locations/%2/")
            .arg(m[QStringLiteral("sub")], vm.value(QStringLiteral("location")).toString());
    const QString api =
        QStringLiteral("?api-version=") + request.queryValue(QStringLiteral("api-version"));
    return SandboxResponse::accepted(
        Sandbox::url(base + QStringLiteral("operationResults/") + opId + api),
        Sandbox::url(base + QStringLiteral("operations/") + opId + api),
        m_sandbox.operations().retryAfterMs());
}

SandboxResponse ComputeService::listVms(const SandboxRequest &request, const QString &scope)
{
    const QList<QJsonObject> &vms = vmsBelow(scope);
    const bool status = flag(request, QStringLiteral("statusOnly"), QStringLiteral("true")) ||
                        flag(request, QStringLiteral("$expand"), QStringLiteral("instanceView"));
    return pageOf(m_sandbox, request, vms, [status](const QJsonObject &vm) {
        return status ? withInstanceView(vm) : World::publicView(vm);
    });
}

const QList<QJsonObject> &ComputeService::vmsBelow(const QString &scope)
{
    const World &world = m_sandbox.world();
    if (world.revision() != m_vmListsRevision) {
        m_vmLists.clear();
        m_vmListsRevision = world.revision();
    }
    const QString key = scope.toLower();
    auto it = m_vmLists.find(key);
    if (it == m_vmLists.end()) {
        it = m_vmLists.insert(key, world.list(VirtualMachineWriter::vmType, scope));
    }
    return *it;
}

SandboxResponse ComputeService::listExtensions(const SandboxRequest &request, const RouteMatch &m)
{
    SandboxResponse error;
    const QJsonObject vm = findVm(m, &error);
    if (vm.isEmpty()) {
        return error;
    }
    const bool expand = flag(request, QStringLiteral("$expand"), QStringLiteral("instanceView"));
    QJsonArray value;
    for (const QJsonValue &e : vm.value(QStringLiteral("resources")).toArray()) {
        value.append(VmInstanceView::extension(vm, e.toObject(), expand));
    }
    // Not paged: the real list has no nextLink.
    return SandboxResponse::json(QJsonObject{{QStringLiteral("value"), value}});
}

SandboxResponse ComputeService::getExtension(const SandboxRequest &request, const RouteMatch &m)
{
    SandboxResponse error;
    const QJsonObject vm = findVm(m, &error);
    if (vm.isEmpty()) {
        return error;
    }
    for (const QJsonValue &e : vm.value(QStringLiteral("resources")).toArray()) {
        if (e.toObject()
                .value(QStringLiteral("name"))
                .toString()
                .compare(m[QStringLiteral("ext")], Qt::CaseInsensitive) == 0) {
            return SandboxResponse::json(VmInstanceView::extension(
                vm, e.toObject(),
                flag(request, QStringLiteral("$expand"), QStringLiteral("instanceView"))));
        }
    }
    return SandboxResponse::resourceNotFound(
        QStringLiteral("Microsoft.Compute/virtualMachines/extensions"),
        m[QStringLiteral("vm")] + QLatin1Char('/') + m[QStringLiteral("ext")],
        m[QStringLiteral("rg")]);
}

SandboxResponse ComputeService::getDisk(const RouteMatch &m)
{
    const QJsonObject disk = m_sandbox.world().resource(
        QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Compute/disks/%3")
            .arg(m[QStringLiteral("sub")], m[QStringLiteral("rg")], m[QStringLiteral("disk")]));
    if (disk.isEmpty()) {
        return SandboxResponse::resourceNotFound(
            VirtualMachineWriter::diskType, m[QStringLiteral("disk")], m[QStringLiteral("rg")]);
    }
    return SandboxResponse::json(World::publicView(disk));
}

SandboxResponse ComputeService::deleteDisk(const RouteMatch &m)
{
    const QString id =
        QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Compute/disks/%3")
            .arg(m[QStringLiteral("sub")], m[QStringLiteral("rg")], m[QStringLiteral("disk")]);
    const QJsonObject disk = m_sandbox.world().resource(id);
    if (disk.isEmpty()) {
        return SandboxResponse::empty(204);
    }
    const QString owner = disk.value(QStringLiteral("managedBy")).toString();
    if (!owner.isEmpty()) {
        return SandboxResponse::armError(
            409, QStringLiteral("OperationNotAllowed"),
            QStringLiteral("Disk %1 is attached to VM %2.").arg(m[QStringLiteral("disk")], owner));
    }
    m_sandbox.world().remove(id);
    return SandboxResponse::empty(200);
}

SandboxResponse ComputeService::listDisks(const SandboxRequest &request, const QString &scope)
{
    return pageOf(m_sandbox, request, m_sandbox.world().list(VirtualMachineWriter::diskType, scope),
                  [](const QJsonObject &d) { return World::publicView(d); });
}
