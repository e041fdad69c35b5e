// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxService.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

struct SandboxRequest;
struct SandboxResponse;
class RouteMatch;

// Microsoft.Compute: virtual machines (get with instance view, list, create from attached
// disks with ADE settings, delete), their extensions, and managed disks.
class ComputeService : public SandboxService
{
public:
    using SandboxService::SandboxService;
    void registerRoutes(Router &router) override;

    // One page of `items`, each rendered only when it is on the page: lists of thousands of
    // VMs must not build every VM's body for every page.
    static SandboxResponse pageOf(Sandbox &sandbox, const SandboxRequest &request,
                                  const QList<QJsonObject> &items,
                                  const std::function<QJsonObject(const QJsonObject &)> &render);

private:
    SandboxResponse getVm(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse putVm(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse deleteVm(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse instanceView(const RouteMatch &m);
    SandboxResponse listVms(const SandboxRequest &request, const QString &scope);
    SandboxResponse listExtensions(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse getExtension(const SandboxRequest &request, const RouteMatch &m);
    SandboxResponse getDisk(const RouteMatch &m);
    SandboxResponse deleteDisk(const RouteMatch &m);
    SandboxResponse listDisks(const SandboxRequest &request, const QString &scope);

    QString vmId(const RouteMatch &m) const;
    // The stored VM, or an ARM 404 in `error`.
    QJsonObject findVm(const RouteMatch &m, SandboxResponse *error) const;
    bool resourceGroupExists(const RouteMatch &m) const;
    // VMs below `scope`, kept until the world changes: paging through 10,000 VMs must not
    // scan the whole world for every page.
    const QList<QJsonObject> &vmsBelow(const QString &scope);

    QHash<QString, QList<QJsonObject>> m_vmLists;
    quint64 m_vmListsRevision = 0;
};
