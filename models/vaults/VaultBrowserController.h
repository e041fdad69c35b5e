// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/Vault.h"
#include "net/AzureError.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class AzureServices;
class Operation;
class QSortFilterProxyModel;
class VaultListModel;

// The vault browser without widgets: lists the Recovery Services vaults of every selected
// subscription at once (one list per subscription, so a failure names its subscription),
// fills the model page by page, and filters it as the user types. A subscription that fails
// does not hide the others' vaults: errorText() then describes the partial failure.
class VaultBrowserController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
public:
    explicit VaultBrowserController(AzureServices *services, QObject *parent = nullptr);
    ~VaultBrowserController() override;

    VaultListModel *model() const { return m_model; }
    // What views show: the model filtered by name, resource group, region and subscription.
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    bool isBusy() const { return m_pending > 0; }
    QString errorText() const { return m_errorText; }
    QString errorDetails() const { return m_errorDetails; }
    // Subscriptions whose vault list failed in the last refresh.
    QStringList failedSubscriptions() const { return m_failed.keys(); }
    // Some subscriptions failed, others listed their vaults.
    bool isPartialFailure() const;
    QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);

    Vault vaultAtProxyRow(int row) const;
    // How many subscriptions the list covers (none applied: nothing can be listed).
    int subscriptionCount() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void busyChanged(bool busy);
    void errorChanged();
    void filterTextChanged(const QString &text);
    // Every list of the last refresh has ended (successfully or not).
    void loaded();

private:
    void listSubscriptionNames();
    void onListFinished(const QString &subscriptionId, Operation *op);
    void operationEnded();
    void updateError();

    QPointer<AzureServices> m_services;
    VaultListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QList<QPointer<Operation>> m_operations;
    QHash<QString, AzureError> m_failed; // subscription id -> error
    int m_pending = 0;
    QString m_filter;
    QString m_errorText;
    QString m_errorDetails;
};
