// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOptions.h"
#include "azure/Vault.h"

#include <QObject>
#include <QPointer>

class InterruptedRun;
class ProtectionBatch;
class QTextStream;
class Workspace;

// The scripted side of bulk runs, for automation and the kill-and-resume test: starts the
// bulk enable of --enable-backup-for, the backup now of --backup-now-for and the Key Vault
// grants of --grant-key-vault-access-for once the workspace is ready, and reports
// unfinished runs found at start (--resume-interrupted). Prints one line per VM state on stdout
// (ids and error codes only) and says when all of it is over, with an exit status.
class HeadlessBulk : public QObject
{
    Q_OBJECT
public:
    HeadlessBulk(Workspace *workspace, const AppOptions &options, QObject *parent = nullptr);

Q_SIGNALS:
    // 0 when every VM ended protected, 1 otherwise.
    void done(int exitCode);

private:
    void startEnable();
    void startBackupNow();
    void startGrant();
    void enableInto(const Vault &vault);
    void followInterrupted();
    void printReconciled(InterruptedRun *run);
    void finishPart(bool ok);
    void print(const QString &line);

    QPointer<Workspace> m_workspace;
    AppOptions m_options;
    ProtectionBatch *m_batch = nullptr;
    QList<int> m_lastStates; // per batch run, so each state change prints once
    int m_pending = 0;
    bool m_ok = true;
    bool m_enableStarted = false;
    bool m_backupNowStarted = false;
    bool m_grantStarted = false;
};
