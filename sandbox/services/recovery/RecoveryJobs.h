// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

class Sandbox;
class World;

// Backup jobs (AzureIaaSVMJob) kept as world resources under {vault}/backupJobs/{guid}.
// A running job stores its planned end in private state; what it shows (duration, task
// states, progress) is computed from the Clock when it is read. When the planned end has
// passed, settle() runs the completion registered for the job's operation, which applies
// the job's effect to the world and says whether it Completed or Failed.
class RecoveryJobs
{
public:
    struct Result
    {
        QString status = QStringLiteral("Completed"); // Completed, Failed, CompletedWithWarnings
        QString errorCode;
        QString errorString;
        QStringList recommendations;
        QJsonObject propertyBag; // added to extendedInfo.propertyBag
    };
    using Completion = std::function<Result(const QJsonObject &job)>;

    struct Spec
    {
        QString vaultId;
        QString operation; // ConfigureBackup, Backup, Restore, DisableBackup, DeleteBackupData
        QString entityFriendlyName;
        QString containerName;
        double nominalSeconds = 30;
        QStringList tasks; // task ids shown in extendedInfo.tasksList
        QJsonObject propertyBag;
        QJsonObject context; // private: what the completion needs
        bool cancellable = false;
        bool userTriggered = true;
    };

    explicit RecoveryJobs(Sandbox &sandbox)
        : m_sandbox(sandbox)
    {}

    void onComplete(const QString &operation, Completion completion);
    // Creates a running job; returns its resource id.
    QString start(const Spec &spec);
    // Completes a running job now (used by operations that finish with their job).
    void finish(const QString &jobId);
    void settle();

    // The job as the service returns it (live duration, tasks, progress), or {} if unknown.
    QJsonObject view(const QString &jobId) const;
    QJsonObject stored(const QString &jobId) const;
    // Every job of a vault, newest first, as views.
    QJsonArray list(const QString &vaultId) const;
    bool isRunning(const QString &jobId) const;
    // Moves a running cancellable job to Cancelling; false if it cannot be cancelled.
    bool beginCancel(const QString &jobId);
    void completeCancel(const QString &jobId);

    static QString jobName(const QString &jobId);
    // Demo jobs carry "sandbox": {"ageMinutes", "durationMinutes"}; they are placed relative
    // to now when the world loads, so the jobs pane always shows recent history.
    static void placeDemoJobs(World &world);

private:
    void complete(QJsonObject job, const Result &result);

    Sandbox &m_sandbox;
    QHash<QString, Completion> m_completions;
};
