// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyRoutes.h"

#include "PolicyValidator.h"
#include "Sandbox.h"

namespace {
const QString kProps = QStringLiteral("properties");
const QString kPolicies = QStringLiteral("/backupPolicies/");
} // namespace

int PolicyRoutes::protectedItemsCount(const World &world, const QString &policyId)
{
    const QString vaultId = policyId.left(policyId.indexOf(kPolicies, 0, Qt::CaseInsensitive));
    int count = 0;
    for (const QJsonObject &item : world.list(RecoveryIds::itemType, vaultId + QLatin1Char('/'))) {
        const QJsonObject props = item.value(kProps).toObject();
        if (props.value(QStringLiteral("policyId"))
                    .toString()
                    .compare(policyId, Qt::CaseInsensitive) == 0 &&
            props.value(QStringLiteral("protectionState")).toString() !=
                QLatin1String("ProtectionStopped")) {
            ++count;
        }
    }
    return count;
}

void PolicyRoutes::registerRoutes(Router &router)
{
    const QString policy = vaultPattern + QStringLiteral("/backupPolicies/{policy}");
    router.arm("GET", vaultPattern + QStringLiteral("/backupPolicies"),
               QStringLiteral("recovery.policies.list"), RecoveryIds::minApi,
               [this](const SandboxRequest &r, const RouteMatch &m) { return list(r, m); });
    router.arm("GET", policy, QStringLiteral("recovery.policies.get"), RecoveryIds::minApi,
               [this](const SandboxRequest &, const RouteMatch &m) { return get(m); });
    router.arm("PUT", policy, QStringLiteral("recovery.policies.put"), RecoveryIds::minApi,
               [this](const SandboxRequest &r, const RouteMatch &m) { return put(r, m); });
    router.arm("DELETE", policy, QStringLiteral("recovery.policies.delete"), RecoveryIds::minApi,
               [this](const SandboxRequest &, const RouteMatch &m) { return remove(m); });
    registerPolling(router, policy, QStringLiteral("operations"),
                    QStringLiteral("operationResults"), QStringLiteral("recovery.policies"));
}

QJsonObject PolicyRoutes::view(const QJsonObject &policy)
{
    QJsonObject p = World::publicView(policy);
    QJsonObject props = p.value(kProps).toObject();
    props.insert(QStringLiteral("protectedItemsCount"),
                 protectedItemsCount(world(), p.value(QStringLiteral("id")).toString()));
    p.insert(kProps, props);
    return p;
}

SandboxResponse PolicyRoutes::list(const SandboxRequest &request, const RouteMatch &m)
{
    SandboxResponse error;
    const QJsonObject v = vault(m, &error);
    if (v.isEmpty()) {
        return error;
    }
    const auto filter = RecoveryIds::parseFilter(request.queryValue(QStringLiteral("$filter")));
    const QString management = filter.value(QStringLiteral("backupmanagementtype"));
    QJsonArray items;
    for (const QJsonObject &p :
         world().children(v.value(QStringLiteral("id")).toString(), RecoveryIds::policyType)) {
        if (!management.isEmpty() && p.value(kProps)
                                             .toObject()
                                             .value(QStringLiteral("backupManagementType"))
                                             .toString()
                                             .compare(management, Qt::CaseInsensitive) != 0) {
            continue;
        }
        items.append(view(p));
    }
    return m_sandbox.page(request, items);
}

SandboxResponse PolicyRoutes::get(const RouteMatch &m)
{
    SandboxResponse error;
    const QJsonObject v = vault(m, &error);
    if (v.isEmpty()) {
        return error;
    }
    const QJsonObject p = world().resource(v.value(QStringLiteral("id")).toString() + kPolicies +
                                           m[QStringLiteral("policy")]);
    if (p.isEmpty()) {
        return SandboxResponse::armError(
            404, QStringLiteral("BMSUserErrorPolicyNotFound"),
            QStringLiteral("Policy '%1' not found in vault '%2'.")
                .arg(m[QStringLiteral("policy")], m[QStringLiteral("vault")]));
    }
    return SandboxResponse::json(view(p));
}

SandboxResponse PolicyRoutes::put(const SandboxRequest &request, const RouteMatch &m)
{
    SandboxResponse error;
    const QJsonObject v = vault(m, &error);
    if (v.isEmpty()) {
        return error;
    }
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok || !body.value(kProps).isObject()) {
        return RecoveryIds::badRequest(
            QStringLiteral("BMSUserErrorInvalidPolicyInput"),
            QStringLiteral("Input for create or update policy is not in proper format. "
                           "The body must be {\"properties\": {...}}."));
    }
    QJsonObject props = body.value(kProps).toObject();
    props.remove(QStringLiteral("protectedItemsCount"));
    const PolicyValidator::Problem p = PolicyValidator::validate(props);
    if (!p.ok()) {
        return RecoveryIds::badRequest(p.code, p.message);
    }
    const QString name = m[QStringLiteral("policy")];
    const QString id = v.value(QStringLiteral("id")).toString() + kPolicies + name;
    const QJsonObject existing = world().resource(id);
    QJsonObject policy{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), existing.value(QStringLiteral("name")).toString(name)},
        {QStringLiteral("type"), RecoveryIds::policyType},
        {kProps, props}};
    world().put(policy);
    return SandboxResponse::json(view(policy));
}

SandboxResponse PolicyRoutes::remove(const RouteMatch &m)
{
    SandboxResponse error;
    const QJsonObject v = vault(m, &error);
    if (v.isEmpty()) {
        return error;
    }
    const QString path =
        v.value(QStringLiteral("id")).toString() + kPolicies + m[QStringLiteral("policy")];
    const QJsonObject policy = world().resource(path);
    if (policy.isEmpty()) {
        return SandboxResponse::empty(204);
    }
    if (protectedItemsCount(world(), path) > 0) {
        return RecoveryIds::badRequest(
            QStringLiteral("BMSUserErrorPolicyInUse"),
            QStringLiteral(
                "The policy '%1' is associated with protected items and cannot be deleted. "
                "Change the policy of those items or stop their protection first.")
                .arg(m[QStringLiteral("policy")]));
    }
    world().remove(path);
    const QString op =
        m_sandbox.operations().start(QStringLiteral("recovery.policies.delete"), 5, [] {
            OperationTracker::Outcome o;
            o.properties = QJsonObject{
                {QStringLiteral("objectType"), QStringLiteral("OperationStatusJobsExtendedInfo")},
                {QStringLiteral("jobIds"), QJsonArray()},
                {QStringLiteral("failedJobsError"), QJsonObject()}};
            return o;
        });
    return accepted(path, QStringLiteral("operationResults"), QStringLiteral("operations"), op);
}
