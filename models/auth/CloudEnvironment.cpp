// SPDX-License-Identifier: GPL-3.0-or-later
#include "CloudEnvironment.h"

#include "net/LoopbackAddress.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
// The public app id of "Backup Management Service"; US Government uses its own.
const QString kBackupAppPublic = QStringLiteral("262044b1-e2ce-469f-a196-69ab7ada62d3");
const QString kBackupAppUsGov = QStringLiteral("ff281ffe-705c-4f53-9f37-a40e6f2c68f3");

QUrl withSlash(QUrl url)
{
    if (!url.path().endsWith(QLatin1Char('/'))) {
        url.setPath(url.path() + QLatin1Char('/'));
    }
    return url;
}

QString scopeFor(const QString &resource)
{
    QString r = resource;
    while (r.endsWith(QLatin1Char('/'))) {
        r.chop(1);
    }
    return r + QStringLiteral("/.default");
}

QUrl endpoint(const QJsonObject &o, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        const QString v = o.value(QLatin1String(n)).toString();
        if (!v.isEmpty()) {
            return withSlash(QUrl(v));
        }
    }
    return {};
}

bool acceptable(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") ||
            (url.scheme() == QLatin1String("http") && isLoopbackHost(url.host())));
}
} // namespace

CloudEnvironment CloudEnvironment::azureCloud()
{
    CloudEnvironment c;
    c.name = QStringLiteral("AzureCloud");
    c.resourceManager = QUrl(QStringLiteral("https://management.azure.com/"));
    c.authorityHost = QUrl(QStringLiteral("https://login.microsoftonline.com/"));
    c.graph = QUrl(QStringLiteral("https://graph.microsoft.com/"));
    c.portal = QUrl(QStringLiteral("https://portal.azure.com/"));
    c.armScope = QStringLiteral("https://management.azure.com/.default");
    c.keyVaultScope = QStringLiteral("https://vault.azure.net/.default");
    c.graphScope = QStringLiteral("https://graph.microsoft.com/.default");
    c.storageScope = QStringLiteral("https://storage.azure.com/.default");
    c.keyVaultDnsSuffix = QStringLiteral("vault.azure.net");
    c.storageSuffix = QStringLiteral("core.windows.net");
    c.backupManagementAppId = kBackupAppPublic;
    return c;
}

CloudEnvironment CloudEnvironment::azureChinaCloud()
{
    CloudEnvironment c;
    c.name = QStringLiteral("AzureChinaCloud");
    c.resourceManager = QUrl(QStringLiteral("https://management.chinacloudapi.cn/"));
    c.authorityHost = QUrl(QStringLiteral("https://login.chinacloudapi.cn/"));
    c.graph = QUrl(QStringLiteral("https://microsoftgraph.chinacloudapi.cn/"));
    c.portal = QUrl(QStringLiteral("https://portal.azure.cn/"));
    c.armScope = QStringLiteral("https://management.chinacloudapi.cn/.default");
    c.keyVaultScope = QStringLiteral("https://vault.azure.cn/.default");
    c.graphScope = QStringLiteral("https://microsoftgraph.chinacloudapi.cn/.default");
    c.storageScope = QStringLiteral("https://storage.azure.com/.default");
    c.keyVaultDnsSuffix = QStringLiteral("vault.azure.cn");
    c.storageSuffix = QStringLiteral("core.chinacloudapi.cn");
    // No public source names the Backup app id in this cloud: the app looks it up by name.
    return c;
}

CloudEnvironment CloudEnvironment::azureUsGovernment()
{
    CloudEnvironment c;
    c.name = QStringLiteral("AzureUSGovernment");
    c.resourceManager = QUrl(QStringLiteral("https://management.usgovcloudapi.net/"));
    c.authorityHost = QUrl(QStringLiteral("https://login.microsoftonline.us/"));
    c.graph = QUrl(QStringLiteral("https://graph.microsoft.us/"));
    c.portal = QUrl(QStringLiteral("https://portal.azure.us/"));
    c.armScope = QStringLiteral("https://management.usgovcloudapi.net/.default");
    c.keyVaultScope = QStringLiteral("https://vault.usgovcloudapi.net/.default");
    c.graphScope = QStringLiteral("https://graph.microsoft.us/.default");
    c.storageScope = QStringLiteral("https://storage.azure.com/.default");
    c.keyVaultDnsSuffix = QStringLiteral("vault.usgovcloudapi.net");
    c.storageSuffix = QStringLiteral("core.usgovcloudapi.net");
    c.backupManagementAppId = kBackupAppUsGov;
    return c;
}

std::optional<CloudEnvironment> CloudEnvironment::builtIn(const QString &name)
{
    for (const CloudEnvironment &c : {azureCloud(), azureChinaCloud(), azureUsGovernment()}) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0) {
            return c;
        }
    }
    return std::nullopt;
}

std::optional<CloudEnvironment> CloudEnvironment::fromJson(const QJsonObject &json,
                                                           const QString &name, QString *error)
{
    CloudEnvironment c = azureCloud(); // scopes and app id default to the public cloud's
    c.name = json.value(QStringLiteral("name")).toString(name);
    const QJsonObject endpoints = json.value(QStringLiteral("endpoints")).toObject();
    const QJsonObject auth = json.value(QStringLiteral("authentication")).toObject();
    const QJsonObject suffixes = json.value(QStringLiteral("suffixes")).toObject();
    if (!endpoints.isEmpty()) { // az cloud register --cloud-config
        c.resourceManager = endpoint(endpoints, {"resourceManager"});
        c.authorityHost = endpoint(endpoints, {"activeDirectory"});
        c.graph = endpoint(endpoints, {"microsoftGraphResourceId"});
        const QString armAudience =
            endpoints.value(QStringLiteral("activeDirectoryResourceId")).toString();
        if (!armAudience.isEmpty()) {
            c.armScope = scopeFor(armAudience);
        }
    } else { // ARM /metadata/endpoints
        c.resourceManager = endpoint(json, {"resourceManager"});
        c.authorityHost = endpoint(auth, {"loginEndpoint"});
        c.graph = endpoint(json, {"graph", "microsoftGraphResourceId"});
        c.portal = endpoint(json, {"portal"});
        const QJsonArray audiences = auth.value(QStringLiteral("audiences")).toArray();
        if (!audiences.isEmpty()) {
            c.armScope = scopeFor(audiences.first().toString());
        }
        const QString graphResource =
            json.value(QStringLiteral("microsoftGraphResourceId")).toString();
        if (!graphResource.isEmpty()) {
            c.graphScope = scopeFor(graphResource);
        }
    }
    const QString kv = suffixes.value(QStringLiteral("keyVaultDns"))
                           .toString(suffixes.value(QStringLiteral("keyvaultDns")).toString());
    if (!kv.isEmpty()) {
        c.keyVaultDnsSuffix = kv.startsWith(QLatin1Char('.')) ? kv.mid(1) : kv;
    }
    const QString storage =
        suffixes.value(QStringLiteral("storage"))
            .toString(suffixes.value(QStringLiteral("storageEndpoint")).toString());
    if (!storage.isEmpty()) {
        c.storageSuffix = storage;
    }
    c.backupManagementAppId =
        json.value(QStringLiteral("backupManagementAppId")).toString(c.backupManagementAppId);
    c.sandbox = c.name.compare(QLatin1String("AzureSandbox"), Qt::CaseInsensitive) == 0;

    for (const auto &[url, field] : {std::pair{c.resourceManager, "resourceManager"},
                                     std::pair{c.authorityHost, "login endpoint"}}) {
        if (!acceptable(url)) {
            *error = tr("The cloud definition has no usable %1 (HTTPS, or HTTP to 127.0.0.1 only): "
                        "'%2'.")
                         .arg(QLatin1String(field), url.toString());
            return std::nullopt;
        }
    }
    if (!c.graph.isEmpty() && !acceptable(c.graph)) {
        *error = tr("The cloud definition's Graph endpoint must use HTTPS: '%1'.")
                     .arg(c.graph.toString());
        return std::nullopt;
    }
    return c;
}

std::optional<CloudEnvironment> CloudEnvironment::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the cloud file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20), &parseError);
    if (!doc.isObject()) {
        *error =
            tr("The cloud file %1 is not a JSON object: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    auto cloud = fromJson(doc.object(), QStringLiteral("Custom"), error);
    if (cloud) {
        cloud->sourceFile = path; // remembered so a restart can read it again
    }
    return cloud;
}

QUrl CloudEnvironment::tokenEndpoint(const QString &tenant) const
{
    return authorityHost.resolved(QUrl(tenant + QStringLiteral("/oauth2/v2.0/token")));
}

QUrl CloudEnvironment::deviceCodeEndpoint(const QString &tenant) const
{
    return authorityHost.resolved(QUrl(tenant + QStringLiteral("/oauth2/v2.0/devicecode")));
}

QUrl CloudEnvironment::authorizeEndpoint(const QString &tenant) const
{
    return authorityHost.resolved(QUrl(tenant + QStringLiteral("/oauth2/v2.0/authorize")));
}

void CloudEnvironment::applyEnvironmentOverrides()
{
    const QString host = qEnvironmentVariable("AZURE_AUTHORITY_HOST");
    if (!host.isEmpty()) {
        const QUrl url = withSlash(
            QUrl(host.contains(QStringLiteral("://")) ? host : QStringLiteral("https://") + host));
        if (acceptable(url)) {
            authorityHost = url;
        }
    }
}
