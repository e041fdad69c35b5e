// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterruptedGrantRun.h"

#include "KeyVaultAccessController.h"
#include "azure/ResourceId.h"
#include "net/ArmClient.h" // AzureServices.h needs the complete client types
#include "services/AzureServices.h"

QString InterruptedGrantRun::kind()
{
    return KeyVaultGrantJournal::kind();
}

InterruptedGrantRun::InterruptedGrantRun(AzureServices *services, const BulkJournal &journal,
                                         const QString &journalDirectory, QObject *parent)
    : InterruptedRun(services, journal, journalDirectory, parent)
    , m_access(new KeyVaultAccessController(services, this))
{
    QString objectId;
    m_access->setKeyVaults(KeyVaultGrantJournal::vaults(journal, &objectId));
    if (!objectId.isEmpty()) {
        m_access->setBackupObjectId(objectId);
    }
    // The run's own owner: a Recovery Services vault, or the key vault it was filed under.
    if (journal.vaultId().contains(QLatin1String("/Microsoft.RecoveryServices/"),
                                   Qt::CaseInsensitive)) {
        m_access->setRecoveryVaultId(journal.vaultId());
    }
    connect(m_access, &KeyVaultAccessController::checkFinished, this,
            &InterruptedGrantRun::onChecked);
    connect(m_access, &KeyVaultAccessController::grantFinished, this,
            &InterruptedGrantRun::onGranted);
}

QString InterruptedGrantRun::title() const
{
    return tr("Interrupted Key Vault access grant");
}

QString InterruptedGrantRun::explanation() const
{
    return tr("Granting the Backup service access to %n key vault(s) did not finish: the app "
              "was closed or stopped while it ran. This is the access each key vault shows now.",
              nullptr, int(journal().items().size()));
}

QString InterruptedGrantRun::summary() const
{
    return tr("%1 granted, %2 failed, %3 not started.")
        .arg(count(Outcome::Done))
        .arg(count(Outcome::Failed))
        .arg(count(Outcome::NotStarted));
}

QString InterruptedGrantRun::continueDescription() const
{
    return tr("Grants the access still missing, on those key vaults only");
}

int InterruptedGrantRun::toContinue() const
{
    return m_access->unresolvedCount();
}

void InterruptedGrantRun::startReconcile()
{
    m_access->check();
}

void InterruptedGrantRun::onChecked()
{
    if (m_continuing) {
        return; // the re-check after granting: onGranted() reports it
    }
    const QList<KeyVaultFinding> &findings = m_access->findings();
    if (m_access->backupObjectId().isEmpty()) {
        reconcileFailed(AzureError(AzureError::Category::Client,
                                   QStringLiteral("BackupServiceUnknown"),
                                   tr("The record of this run does not say which identity the "
                                      "Backup service has. Open Key Vault access from the vault "
                                      "to check and grant it again.")));
        return;
    }
    // Not one vault could be read (offline, signed out): nothing is known yet.
    if (!findings.isEmpty() && std::none_of(findings.cbegin(), findings.cend(),
                                            [](const KeyVaultFinding &f) { return f.checked; })) {
        reconcileFailed(findings.first().error);
        return;
    }
    QList<Row> rows;
    for (int i = 0; i < findings.size(); ++i) {
        const KeyVaultFinding &f = findings.at(i);
        const BulkJournal::Item &item = journal().items().at(i);
        Row row;
        row.id = f.keyVaultId;
        row.name = f.name;
        if (!f.checked) {
            // The vault cannot be read (deleted, no permission): nothing can be granted.
            row.outcome = Outcome::Failed;
            row.text = tr("Cannot be read");
            row.word = QStringLiteral("unreadable");
            row.errorCode = f.error.code();
            row.detail = f.error.userMessage();
        } else if (f.isSatisfied()) {
            row.outcome = Outcome::Done;
            row.text = tr("Granted");
            row.word = QStringLiteral("granted");
        } else if (item.state == BulkJournal::ItemState::Failed) {
            row.outcome = Outcome::Failed;
            row.text = tr("Failed");
            row.word = QStringLiteral("failed");
            row.errorCode = item.errorCode;
            row.detail = f.missingText();
        } else {
            row.outcome = Outcome::NotStarted;
            row.text = tr("Not started");
            row.word = QStringLiteral("not-started");
            row.detail = f.missingText();
        }
        rows.append(row);
    }
    reconciled(rows);
}

bool InterruptedGrantRun::startContinue()
{
    if (m_access->unresolvedCount() == 0) {
        return false;
    }
    m_continuing = true;
    for (int i = 0; i < rows().size(); ++i) {
        const KeyVaultFinding &f = m_access->findings().at(i);
        if (f.checked && !f.isSatisfied()) {
            Row row = rows().at(i);
            row.continued = true;
            row.outcome = Outcome::InProgress;
            row.text = tr("Granting");
            row.word = QStringLiteral("sent");
            setRow(i, row);
        }
    }
    m_access->setJournalDirectory(m_journalDirectory);
    m_access->grantMissing();
    return true;
}

void InterruptedGrantRun::onGranted()
{
    if (!m_continuing) {
        return;
    }
    for (int i = 0; i < rows().size(); ++i) {
        Row row = rows().at(i);
        if (!row.continued) {
            continue;
        }
        const KeyVaultFinding &f = m_access->findings().at(i);
        // What the vault says after the grant is the result, not what was sent.
        if (f.isSatisfied()) {
            row.outcome = Outcome::Done;
            row.text = tr("Granted");
            row.word = QStringLiteral("granted");
            row.errorCode.clear();
            row.detail.clear();
        } else {
            row.outcome = Outcome::Failed;
            row.text = tr("Failed");
            row.word = QStringLiteral("failed");
            row.errorCode = f.grantError.code();
            row.detail = !f.grantError.isError() ? f.missingText() : f.grantError.userMessage();
        }
        setRow(i, row);
    }
    continueFinished();
}
