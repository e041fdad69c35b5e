// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the vault tests (models and ui): the in-process sandbox plus services whose cloud
// is the sandbox's own (so Graph lookups reach it too), both demo subscriptions selected.
#include "SandboxSession.h"
#include "auth/CloudEnvironment.h"
#include "azure/Vault.h"
#include "services/AzureServices.h"

#include <QTest>

#include <memory>

namespace VaultTest {
inline const QString prodVaultId = QStringLiteral(
    "/subscriptions/1d3c5b7a-9e8f-4a1b-8c2d-3e4f5a6b7c8d/resourceGroups/rg-backup-eastus/"
    "providers/Microsoft.RecoveryServices/vaults/rsv-prod-eastus");
inline const QString emptyVaultId = QStringLiteral(
    "/subscriptions/1d3c5b7a-9e8f-4a1b-8c2d-3e4f5a6b7c8d/resourceGroups/rg-backup-eastus/"
    "providers/Microsoft.RecoveryServices/vaults/rsv-empty-eastus");

inline Vault vault(const QString &id)
{
    Vault v;
    v.id = id;
    const QStringList parts = id.split(QLatin1Char('/'));
    v.name = parts.last();
    v.subscriptionId = parts.value(2);
    v.resourceGroup = parts.value(4);
    v.location = QStringLiteral("eastus");
    return v;
}

struct Env
{
    Env()
        : session(fixture)
    {
        QString error;
        const auto cloud = CloudEnvironment::fromJson(fixture.sandbox().cloudEndpoints(),
                                                      QStringLiteral("AzureSandbox"), &error);
        if (!cloud) {
            qFatal("sandbox cloud: %s", qPrintable(error));
        }
        services = std::make_unique<AzureServices>(session.rest(), session.arm(), *cloud,
                                                   SandboxIds::tenant);
        services->setSubscriptionIds({SandboxIds::production, SandboxIds::devTest});
    }
    // A subscription whose vault list the service refuses.
    void failVaultListOf(const QString &subscription)
    {
        FaultRule rule;
        rule.path = QRegularExpression(
            subscription + QStringLiteral("/providers/Microsoft.RecoveryServices/vaults$"),
            QRegularExpression::CaseInsensitiveOption);
        rule.method = "GET";
        rule.status = 403;
        rule.errorCode = QStringLiteral("AuthorizationFailed");
        fixture.sandbox().faults().add(rule);
    }
    int count(const QByteArray &method, const QString &route)
    {
        return fixture.sandbox().stats().count(method, route);
    }

    SandboxFixture fixture;
    SandboxSession session;
    std::unique_ptr<AzureServices> services;
};
} // namespace VaultTest
