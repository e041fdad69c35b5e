// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RestoreJobOutputs.h"
#include "RestoredVmConfig.h"
#include "services/Operation.h"
#include "storage/BlobDownloadOperation.h"
#include "storage/StorageAccount.h"

#include <QJsonObject>
#include <QPointer>

#include <functional>

class AzureServices;

// Creates the VM from the disks a Restore Disks job produced. Template: downloads the ARM
// template the job wrote (only for points after 26 April 2017) and deploys it to the
// target resource group as a resource-group deployment, followed to the end. Rest: reads
// the VM config blob and PUTs a VM that attaches the restored disks with the ADE
// encryptionSettings. Either way the VM is read back at the end (vm()).
class CreateVmOperation : public Operation
{
    Q_OBJECT
public:
    enum class Route
    {
        Template,
        Rest
    };

    struct Settings
    {
        Route route = Route::Template;
        QString vmName;
        QString resourceGroupId; // "/subscriptions/{s}/resourceGroups/{rg}"
        BlobDownloadOperation::Auth auth = BlobDownloadOperation::Auth::SharedKey;
        QString virtualNetwork; // template parameters the template declares without defaults
        QString subnet;
    };

    CreateVmOperation(AzureServices *services, const RestoreJobOutputs &outputs,
                      const StorageAccount &staging, const Settings &settings,
                      QObject *parent = nullptr);

    const RestoredVmConfig &config() const { return m_config; }
    QJsonObject vm() const { return m_vm; }
    QString vmId() const;
    QString deploymentName() const { return m_deploymentName; }

    // Why the template route cannot be used for these outputs; empty when it can.
    static QString templateRouteProblem(const RestoreJobOutputs &outputs);

protected:
    void run() override;

private:
    void download(const QUrl &url, std::function<void(const QByteArray &)> then);
    void deploy(const QByteArray &templateBlob);
    void putVm(const QByteArray &configBlob);
    void readVm();

    QPointer<AzureServices> m_services;
    RestoreJobOutputs m_outputs;
    StorageAccount m_staging;
    Settings m_settings;
    RestoredVmConfig m_config;
    QJsonObject m_vm;
    QString m_deploymentName;
};
