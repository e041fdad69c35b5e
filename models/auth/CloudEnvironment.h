// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

// One Azure cloud: where Resource Manager, sign-in and Graph live, the token scopes of
// each resource, and the app id of the Backup Management Service there.
struct CloudEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(CloudEnvironment)

public:
    QString name;         // "AzureCloud", "AzureChinaCloud", "AzureUSGovernment", custom
    QUrl resourceManager; // https://management.azure.com/
    QUrl authorityHost;   // https://login.microsoftonline.com/
    QUrl graph;           // https://graph.microsoft.com/
    QUrl portal;
    QString armScope;              // https://management.azure.com/.default
    QString keyVaultScope;         // https://vault.azure.net/.default
    QString graphScope;            // https://graph.microsoft.com/.default
    QString storageScope;          // https://storage.azure.com/.default
    QString keyVaultDnsSuffix;     // vault.azure.net
    QString storageSuffix;         // core.windows.net
    QString backupManagementAppId; // empty where it is not known (AzureChinaCloud)
    bool sandbox = false;
    QString sourceFile; // the custom endpoints file it was read from (fromFile), else empty

    static CloudEnvironment azureCloud();
    static CloudEnvironment azureChinaCloud();
    static CloudEnvironment azureUsGovernment();
    // The three public clouds by name (case-insensitive), as `az cloud list` names them.
    static std::optional<CloudEnvironment> builtIn(const QString &name);

    // A custom cloud from a file: either the `az cloud register --cloud-config` shape
    // ({"endpoints": {...}, "suffixes": {...}}) or ARM's /metadata/endpoints shape (which the
    // sandbox serves). Missing or non-https endpoints (except loopback) give an error.
    static std::optional<CloudEnvironment> fromJson(const QJsonObject &json, const QString &name,
                                                    QString *error);
    static std::optional<CloudEnvironment> fromFile(const QString &path, QString *error);

    // The Entra ID endpoints for `tenant` ("organizations", a GUID or a domain).
    QUrl tokenEndpoint(const QString &tenant) const;
    QUrl deviceCodeEndpoint(const QString &tenant) const;
    QUrl authorizeEndpoint(const QString &tenant) const;

    // AZURE_AUTHORITY_HOST, as the Azure SDKs read it, replaces the sign-in host.
    void applyEnvironmentOverrides();
};
