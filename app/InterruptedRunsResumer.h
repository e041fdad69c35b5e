// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class AzureServices;
class InterruptedRun;
class MainWindow;

// At start, finds the bulk runs a crash or a kill left unfinished (their journals: enable
// backup, backup now, Key Vault grants), keeps those of the signed-in account's
// subscriptions, reconciles each with the service and shows it in an InterruptedRunDialog.
// A scripted start can answer for the user instead.
class InterruptedRunsResumer : public QObject
{
    Q_OBJECT
public:
    enum class Choice
    {
        Ask,      // show the dialog and let the user choose
        Continue, // continue right away (the dialog shows the progress)
        Discard,
        Later
    };

    InterruptedRunsResumer(AzureServices *services, MainWindow *window,
                           const QString &journalDirectory, QObject *parent = nullptr);

    // Looks once; later calls do nothing (a refresh must not ask again).
    void check(Choice choice);
    bool isChecked() const { return m_checked; }
    bool isSettled() const { return m_settled; }
    const QList<InterruptedRun *> &runs() const { return m_runs; }

Q_SIGNALS:
    void runReconciled(InterruptedRun *run);
    // Every run found is decided and nothing of them is still running (also when none was
    // found).
    void settled();

private:
    void onStateChanged(InterruptedRun *run);
    void checkSettled();

    QPointer<AzureServices> m_services;
    QPointer<MainWindow> m_window;
    QString m_directory;
    Choice m_choice = Choice::Ask;
    bool m_checked = false;
    bool m_settled = false;
    QList<InterruptedRun *> m_runs;
};
