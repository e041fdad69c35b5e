// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryRouteBase.h"

#include "Sandbox.h"

World &RecoveryRouteBase::world()
{
    return m_sandbox.world();
}

QJsonObject RecoveryRouteBase::vault(const RouteMatch &m, SandboxResponse *error)
{
    const QString id = RecoveryIds::vaultId(m[QStringLiteral("sub")], m[QStringLiteral("rg")],
                                            m[QStringLiteral("vault")]);
    const QJsonObject v = world().resource(id);
    if (v.isEmpty() || v.value(QStringLiteral("type"))
                               .toString()
                               .compare(RecoveryIds::vaultType, Qt::CaseInsensitive) != 0) {
        *error = SandboxResponse::resourceNotFound(
            RecoveryIds::vaultType, m[QStringLiteral("vault")], m[QStringLiteral("rg")]);
        return {};
    }
    return v;
}

QJsonObject RecoveryRouteBase::item(const RouteMatch &m, SandboxResponse *error)
{
    const QJsonObject v = vault(m, error);
    if (v.isEmpty()) {
        return {};
    }
    const RecoveryIds::ItemName name = RecoveryIds::parseName(m[QStringLiteral("item")]);
    const QString id = name.valid
                           ? RecoveryIds::itemId(v.value(QStringLiteral("id")).toString(),
                                                 name.resourceGroup, name.vmName, name.classic)
                           : QString();
    const QJsonObject found = id.isEmpty() ? QJsonObject() : world().resource(id);
    if (found.isEmpty() ||
        m[QStringLiteral("fabric")].compare(QLatin1String("Azure"), Qt::CaseInsensitive) != 0) {
        *error = SandboxResponse::armError(
            404, QStringLiteral("BMSUserErrorItemNotFound"),
            QStringLiteral("Item not found. The protected item '%1' does not exist in vault '%2'.")
                .arg(m[QStringLiteral("item")], m[QStringLiteral("vault")]));
        return {};
    }
    return found;
}

void RecoveryRouteBase::registerPolling(Router &router, const QString &pattern,
                                        const QString &statusKind, const QString &resultKind,
                                        const QString &name)
{
    if (!statusKind.isEmpty()) {
        router.arm("GET", pattern + QLatin1Char('/') + statusKind + QStringLiteral("/{id}"),
                   name + QStringLiteral(".operationStatus"), RecoveryIds::minApi,
                   [this](const SandboxRequest &, const RouteMatch &m) {
                       return m_sandbox.operations().statusResponse(m[QStringLiteral("id")]);
                   });
    }
    router.arm("GET", pattern + QLatin1Char('/') + resultKind + QStringLiteral("/{id}"),
               name + QStringLiteral(".operationResult"), RecoveryIds::minApi,
               [this](const SandboxRequest &, const RouteMatch &m) {
                   return m_sandbox.operations().locationResponse(m[QStringLiteral("id")]);
               });
}

SandboxResponse RecoveryRouteBase::accepted(const QString &path, const QString &resultKind,
                                            const QString &statusKind, const QString &operationId)
{
    return SandboxResponse::accepted(
        RecoveryIds::pollUrl(path, resultKind, operationId),
        statusKind.isEmpty() ? QString() : RecoveryIds::pollUrl(path, statusKind, operationId),
        m_sandbox.operations().retryAfterMs());
}
