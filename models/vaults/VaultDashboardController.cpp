// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultDashboardController.h"

#include "BackupJobModel.h"
#include "ProtectedItemModel.h"
#include "net/ArmClient.h"
#include "net/RestClient.h"
#include "services/ArmCallOperation.h"
#include "services/AzureServices.h"
#include "services/ListOperation.h"

#include <QLocale>
#include <QUrl>

VaultDashboardController::VaultDashboardController(AzureServices *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_items(new ProtectedItemModel(this))
    , m_jobs(new BackupJobModel(this))
{}

VaultDashboardController::~VaultDashboardController()
{
    abortAll();
}

QList<ProtectedItem> VaultDashboardController::itemsNeedingKeyVaultAccess() const
{
    QList<ProtectedItem> out;
    for (const auto &f : m_findings) {
        out.append(f.item);
    }
    return out;
}

QString VaultDashboardController::jobFilter(const QDateTime &from, const QDateTime &to)
{
    // The format the Backup service documents for job filters ("2016-01-01 12:00:00 AM",
    // UTC); always English AM/PM, whatever the user's locale.
    const QString format = QStringLiteral("yyyy-MM-dd hh:mm:ss AP");
    const QLocale c = QLocale::c();
    return QStringLiteral("backupManagementType eq 'AzureIaasVM' and startTime eq '%1' and "
                          "endTime eq '%2'")
        .arg(c.toString(from.toUTC(), format), c.toString(to.toUTC(), format));
}

void VaultDashboardController::setVault(const Vault &vault)
{
    m_vault = vault;
    refresh();
}

void VaultDashboardController::setJobWindow(JobWindow window)
{
    if (window == m_jobWindow) {
        return;
    }
    m_jobWindow = window;
    if (m_vault.isValid() && m_services) {
        begin();
        loadJobs();
    }
}

void VaultDashboardController::abortAll()
{
    for (const auto &op : std::as_const(m_operations)) {
        if (op) {
            op->disconnect(this);
            op->abort();
            op->deleteLater();
        }
    }
    m_operations.clear();
}

void VaultDashboardController::refresh()
{
    abortAll();
    const bool wasBusy = isBusy();
    m_pending = 0;
    m_items->clear();
    m_jobs->clear();
    m_storage.reset();
    m_findings.clear();
    m_scanWarnings.clear();
    m_itemsDone = m_jobsDone = m_scanDone = false;
    m_errors.clear();
    m_details.clear();
    if (!m_errorText.isEmpty()) {
        m_errorText.clear();
        m_errorDetails.clear();
        Q_EMIT errorChanged();
    }
    Q_EMIT storageConfigChanged();
    Q_EMIT keyVaultFindingsChanged();
    if (wasBusy) {
        Q_EMIT busyChanged(false);
    }
    if (!m_vault.isValid() || !m_services) {
        setState(State::NoVault);
        return;
    }
    setState(State::Loading);
    begin();
    loadItems();
    begin();
    loadJobs();
    begin();
    loadStorage();
}

void VaultDashboardController::begin()
{
    if (m_pending++ == 0) {
        Q_EMIT busyChanged(true);
    }
}

void VaultDashboardController::end()
{
    if (--m_pending == 0) {
        Q_EMIT busyChanged(false);
        Q_EMIT loaded();
    }
}

void VaultDashboardController::loadItems()
{
    const QString filter = QString::fromLatin1(
        QUrl::toPercentEncoding(QStringLiteral("backupManagementType eq 'AzureIaasVM'")));
    auto *op = new ListOperation<ProtectedItem>(
        m_services->arm(), {m_vault.id + QStringLiteral("/backupProtectedItems?$filter=") + filter},
        this);
    m_operations.append(op);
    connect(op, &ListOperationBase::itemsAdded, this,
            [this, op](int first, int count) { m_items->append(op->items().mid(first, count)); });
    connect(op, &Operation::finished, this, [this, op] {
        m_itemsDone = true;
        if (op->isOk()) {
            setState(State::Ready);
        } else {
            addError(tr("backup items"), op->error());
            setState(State::Failed);
        }
        op->deleteLater();
        maybeScan();
        end();
    });
    op->start();
}

void VaultDashboardController::loadJobs()
{
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from =
        to.addSecs(m_jobWindow == JobWindow::Last24Hours ? -24 * 3600 : -7 * 24 * 3600);
    const QString filter = QString::fromLatin1(QUrl::toPercentEncoding(jobFilter(from, to), "'"));
    auto *op = new ListOperation<BackupJob>(
        m_services->arm(), {m_vault.id + QStringLiteral("/backupJobs?$filter=") + filter}, this);
    m_operations.append(op);
    connect(op, &Operation::finished, this, [this, op] {
        if (op->isOk()) {
            m_jobs->setJobs(op->items());
        } else {
            addError(tr("recent jobs"), op->error());
        }
        op->deleteLater();
        if (!m_jobsDone) {
            m_jobsDone = true;
            maybeScan();
        }
        end();
    });
    op->start();
}

void VaultDashboardController::loadStorage()
{
    auto *op = new ArmCallOperation(
        m_services->rest(),
        m_services->arm()->request(
            "GET", m_vault.id + QStringLiteral("/backupstorageconfig/vaultstorageconfig")),
        this);
    m_operations.append(op);
    connect(op, &Operation::finished, this, [this, op] {
        if (op->isOk()) {
            m_storage = VaultStorageConfig::fromJson(op->response().object());
            Q_EMIT storageConfigChanged();
        } else {
            addError(tr("storage replication"), op->error());
        }
        op->deleteLater();
        end();
    });
    op->start();
}

void VaultDashboardController::maybeScan()
{
    if (!m_itemsDone || !m_jobsDone || m_items->items().isEmpty()) {
        if (m_itemsDone && m_jobsDone) {
            m_scanDone = true;
            Q_EMIT keyVaultFindingsChanged();
        }
        return;
    }
    begin();
    auto *scan =
        new KeyVaultAccessScanOperation(m_services, m_items->items(), m_jobs->jobs(), this);
    m_operations.append(scan);
    connect(scan, &Operation::finished, this, [this, scan] {
        m_findings = scan->findings();
        m_scanWarnings = scan->warnings();
        m_scanDone = true;
        QHash<QString, QString> problems;
        for (const auto &f : std::as_const(m_findings)) {
            problems.insert(f.item.id, f.explanation);
        }
        m_items->setKeyVaultProblems(problems);
        if (!scan->isOk()) {
            addError(tr("Key Vault access check"), scan->error());
        }
        scan->deleteLater();
        Q_EMIT keyVaultFindingsChanged();
        end();
    });
    scan->start();
}

void VaultDashboardController::setState(State state)
{
    if (state != m_state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void VaultDashboardController::addError(const QString &part, const AzureError &error)
{
    if (error.category() == AzureError::Category::Canceled) {
        return;
    }
    m_errors << tr("%1: %2").arg(part, error.userMessage());
    m_details << error.toDetailsText();
    m_errorText = tr("Part of the dashboard could not be loaded. %1")
                      .arg(m_errors.join(QStringLiteral("; ")));
    m_errorDetails = m_details.join(QStringLiteral("\n\n"));
    Q_EMIT errorChanged();
}
