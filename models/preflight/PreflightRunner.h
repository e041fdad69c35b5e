// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PreflightCheck.h"
#include "PreflightEvaluator.h"
#include "PreflightLookups.h"
#include "net/RestRequest.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>

class AzureServices;
class Operation;
class RestCall;

// Runs the preflight checklist for a set of VMs (or all VMs of a subscription) without
// blocking: every answer that several VMs need is asked once (one GET per key vault, per
// secret or key version, one Graph lookup, one protected-item listing), and at most
// maxConcurrent requests are in flight, well inside ARM, Key Vault and Graph limits.
class PreflightRunner : public QObject
{
    Q_OBJECT
public:
    struct Options : PreflightEvaluator::Options
    {
        int maxConcurrent = 4;
    };

    explicit PreflightRunner(AzureServices *services, QObject *parent = nullptr);
    ~PreflightRunner() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    void start(const QList<VirtualMachine> &vms);
    // Lists the subscription's VMs (with their status; classic ones through the vault of
    // options().vaultId), then checks them all.
    void startForSubscription(const QString &subscriptionId);
    void abort();

    bool isRunning() const { return m_running; }
    const QList<PreflightVmReport> &reports() const { return m_reports; }
    int requestCount() const { return m_requestsSent; } // for tests: shared lookups
    int peakConcurrency() const { return m_peak; }
    AzureError listError() const { return m_listError; }

Q_SIGNALS:
    void reportsReset();
    void reportChanged(int row);
    void progress(int percent, const QString &status);
    void finished();

private:
    void schedule();
    void request(const QString &key, const RestRequest &request);
    void pump();
    void onCallFinished(const QString &key, RestCall *call);
    RestRequest requestFor(const QString &key) const;
    void startProtectedListing();
    // Adds the subscription's classic VMs the vault discovers, then start()s.
    void addClassicVms(const QString &subscriptionId, QList<VirtualMachine> vms);
    void listClassicVms(const QString &subscriptionId, const QList<VirtualMachine> &vms);
    void finishIfDone();

    QPointer<AzureServices> m_services;
    Options m_options;
    QList<PreflightVmReport> m_reports;
    PreflightLookups m_lookups;
    QQueue<QPair<QString, RestRequest>> m_queue;
    QList<QPointer<RestCall>> m_calls;
    QList<QPointer<Operation>> m_operations;
    AzureError m_listError;
    int m_inFlight = 0;
    int m_peak = 0;
    int m_requestsSent = 0;
    bool m_running = false;
    bool m_scheduling = false;
};
