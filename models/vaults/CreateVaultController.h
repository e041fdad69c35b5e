// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/Vault.h"
#include "net/AzureError.h"

#include <QList>
#include <QObject>
#include <QPointer>

class AzureServices;
class Operation;

// Creates a Recovery Services vault: checks the name before anything is sent, lists the
// resource groups of a subscription, creates a new resource group when asked (PUT
// resourcegroups), refuses a name already taken in the resource group (a PUT would update
// that vault), then PUTs the vault and follows it if the service answers asynchronously.
class CreateVaultController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
public:
    struct ResourceGroup
    {
        QString name;
        QString location;
        static ResourceGroup fromJson(const QJsonObject &json);
    };
    // A region of the subscription (GET /subscriptions/{id}/locations).
    struct Location
    {
        QString name;        // "westeurope": what the service takes
        QString displayName; // "West Europe": what people read
        static Location fromJson(const QJsonObject &json);
    };
    struct Request
    {
        QString subscriptionId;
        QString resourceGroup;
        bool newResourceGroup = false;
        QString location;
        QString name;
    };

    explicit CreateVaultController(AzureServices *services, QObject *parent = nullptr);

    // Regions offered when creating (the service validates; the list is a convenience).
    static QStringList knownRegions();

    bool isBusy() const { return m_busy; }
    QString errorText() const { return m_error.isError() ? m_errorText : QString(); }
    const AzureError &error() const { return m_error; }
    QList<ResourceGroup> resourceGroups() const { return m_groups; }
    // The subscription's regions; empty until listed, or when they could not be listed (then
    // the service alone judges the region).
    QList<Location> locations() const { return m_locations; }
    // What is wrong with `location` for the listed regions, or empty (also while unlisted).
    QString locationProblem(const QString &location) const;
    // The service's name for a region typed by name or display name ("West Europe").
    QString locationName(const QString &location) const;
    Vault createdVault() const { return m_created; }

public Q_SLOTS:
    void loadResourceGroups(const QString &subscriptionId);
    void loadLocations(const QString &subscriptionId);
    // False (and nothing sent) when the request breaks a rule; errorText() says which.
    bool create(const Request &request);

Q_SIGNALS:
    void busyChanged(bool busy);
    void errorChanged();
    void resourceGroupsChanged();
    void locationsChanged();
    void progress(const QString &status);
    void created(const Vault &vault);
    void failed();

private:
    QString vaultPath() const;
    // In an existing resource group: GET the vault first; only a 404 lets putVault() go on.
    void checkNameFree();
    void putVault();
    void setBusy(bool busy);
    void setError(const AzureError &error, const QString &text);

    QPointer<AzureServices> m_services;
    QPointer<Operation> m_groupsOp;
    QPointer<Operation> m_locationsOp;
    QList<Location> m_locations;
    QPointer<Operation> m_op;
    QList<ResourceGroup> m_groups;
    Request m_request;
    Vault m_created;
    bool m_busy = false;
    AzureError m_error;
    QString m_errorText;
};
