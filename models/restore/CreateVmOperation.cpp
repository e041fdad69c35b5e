// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateVmOperation.h"

#include "net/ArmClient.h"
#include "services/ArmCallOperation.h"
#include "services/AzureServices.h"

#include <QDateTime>

CreateVmOperation::CreateVmOperation(AzureServices *services, const RestoreJobOutputs &outputs,
                                     const StorageAccount &staging, const Settings &settings,
                                     QObject *parent)
    : Operation(parent)
    , m_services(services)
    , m_outputs(outputs)
    , m_staging(staging)
    , m_settings(settings)
{}

QString CreateVmOperation::templateRouteProblem(const RestoreJobOutputs &outputs)
{
    if (outputs.hasTemplate()) {
        return {};
    }
    return tr("Azure Backup writes a deployment template only for recovery points taken after "
              "26 April 2017; this restore has none. Create the VM with the REST route or the "
              "PowerShell script instead.");
}

QString CreateVmOperation::vmId() const
{
    return m_settings.resourceGroupId +
           QStringLiteral("/providers/Microsoft.Compute/virtualMachines/") + m_settings.vmName;
}

void CreateVmOperation::run()
{
    if (!m_services || !m_services->arm()) {
        fail(AzureError(AzureError::Category::Auth, QStringLiteral("NotSignedIn"),
                        tr("Not signed in.")));
        return;
    }
    if (m_settings.vmName.isEmpty() || m_settings.resourceGroupId.isEmpty()) {
        fail(AzureError(AzureError::Category::Client, QStringLiteral("MissingInput"),
                        tr("Name the new VM and its resource group.")));
        return;
    }
    if (m_settings.route == Route::Template) {
        const QString problem = templateRouteProblem(m_outputs);
        if (!problem.isEmpty()) {
            fail(AzureError(AzureError::Category::Client, QStringLiteral("TemplateNotAvailable"),
                            problem));
            return;
        }
        download(m_outputs.templateBlobUri, [this](const QByteArray &blob) { deploy(blob); });
        return;
    }
    if (!m_outputs.hasConfig()) {
        fail(AzureError(AzureError::Category::Client, QStringLiteral("ConfigNotAvailable"),
                        tr("The restore job names no VM config file.")));
        return;
    }
    download(BlobDownloadOperation::blobUrlFor(m_staging, m_outputs.configContainer,
                                               m_outputs.configBlobName),
             [this](const QByteArray &blob) { putVm(blob); });
}

void CreateVmOperation::download(const QUrl &url, std::function<void(const QByteArray &)> then)
{
    auto *op = new BlobDownloadOperation(m_services, m_staging, url, m_settings.auth, this);
    connect(op, &Operation::progress, this, &Operation::progress);
    runStep(op, [this, op, then = std::move(then)] { then(op->content()); });
}

void CreateVmOperation::deploy(const QByteArray &templateBlob)
{
    QString error;
    const QJsonObject armTemplate = RestoredVmConfig::parseJsonBlob(templateBlob, &error);
    if (armTemplate.isEmpty()) {
        fail(AzureError(AzureError::Category::BadResponse, QStringLiteral("InvalidTemplate"),
                        tr("The template the restore wrote cannot be read: %1").arg(error)));
        return;
    }
    QStringList missing;
    const QJsonObject parameters = templateDeploymentParameters(
        armTemplate, m_settings.vmName, m_settings.virtualNetwork, m_settings.subnet, &missing);
    if (!missing.isEmpty()) {
        fail(AzureError(
            AzureError::Category::Client, QStringLiteral("MissingTemplateParameters"),
            tr("The template needs values for: %1").arg(missing.join(QStringLiteral(", ")))));
        return;
    }
    // Inline template: works for SharedKey and Entra downloads alike, no SAS leaves the app.
    m_deploymentName =
        QStringLiteral("evb-restore-%1-%2")
            .arg(m_settings.vmName,
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
    const QJsonObject body{{QStringLiteral("properties"),
                            QJsonObject{{QStringLiteral("mode"), QStringLiteral("Incremental")},
                                        {QStringLiteral("template"), armTemplate},
                                        {QStringLiteral("parameters"), parameters}}}};
    Q_EMIT progress(-1, tr("Deploying the template"));
    auto *op = new LongRunningOperation(
        m_services->arm(),
        m_services->arm()->request(
            "PUT",
            m_settings.resourceGroupId +
                QStringLiteral("/providers/Microsoft.Resources/deployments/") + m_deploymentName,
            body),
        this);
    runStep(op, [this, op] { readVm(); });
}

void CreateVmOperation::putVm(const QByteArray &configBlob)
{
    QString error;
    m_config = RestoredVmConfig::fromBlob(configBlob, &error);
    if (!m_config.isValid()) {
        fail(AzureError(AzureError::Category::BadResponse, QStringLiteral("InvalidConfig"),
                        tr("The VM config file the restore wrote cannot be read: %1").arg(error)));
        return;
    }
    Q_EMIT progress(-1, tr("Creating the virtual machine"));
    auto *op = new LongRunningOperation(
        m_services->arm(), m_services->arm()->request("PUT", vmId(), m_config.virtualMachineBody()),
        this);
    runStep(op, [this, op] { readVm(); });
}

void CreateVmOperation::readVm()
{
    auto *op =
        new ArmCallOperation(m_services->rest(), m_services->arm()->request("GET", vmId()), this);
    runStep(op, [this, op] {
        m_vm = op->response().object();
        Q_EMIT progress(100, tr("The virtual machine exists"));
        succeed();
    });
}
