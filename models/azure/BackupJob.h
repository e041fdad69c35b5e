// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

// A Recovery Services backup job (ConfigureBackup, Backup, Restore, ...).
struct BackupJob
{
    struct Task
    {
        QString name;
        QString status;
        QString duration; // ISO 8601 duration as the service sends it
        double progress = -1;
    };
    struct Error
    {
        QString code;
        QString message;
        QStringList recommendations;
    };

    QString id;
    QString name;      // job id (GUID)
    QString operation; // ConfigureBackup, Backup, Restore, DisableBackup, DeleteBackupData
    QString status; // InProgress, Completed, Failed, CompletedWithWarnings, Cancelled, Cancelling
    QString entityFriendlyName;
    QDateTime startTime;
    QDateTime endTime;
    QString duration;
    double progressPercentage = -1; // from extendedInfo, when the service reports it
    bool cancellable = false;
    QList<Task> tasks;
    QMap<QString, QString> propertyBag;
    QList<Error> errors;
    QString dynamicErrorMessage;
    QString vaultId;
    QString activityId; // the service's correlation id for this job (support asks for it)

    bool isFinished() const;
    bool isFailed() const;
    static BackupJob fromJson(const QJsonObject &json);
};
Q_DECLARE_METATYPE(BackupJob)
