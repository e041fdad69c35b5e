// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preflight/PreflightRunner.h"
#include "troubleshooting/TroubleshootContext.h"

#include <QDialog>
#include <QPointer>

class FixActionRegistry;
class MessageBanner;
class Operation;
class PreflightFailuresProxy;
class PreflightResultModel;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

// The preflight report: a checklist per VM (pass / warning / fail / skipped, why, what to
// do), "Failures only", "Do it" for checks whose fix the app can run, "Troubleshoot" for the
// catalogue entry, and export as CSV or HTML.
class PreflightDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Format
    {
        Csv,
        Html
    };

    PreflightDialog(AzureServices *services, FixActionRegistry *registry,
                    QWidget *parent = nullptr);

    void setOptions(const PreflightRunner::Options &options);
    void start(const QList<VirtualMachine> &vms);
    void startForSubscription(const QString &subscriptionId);
    void setFailuresOnly(bool on);
    // Writes the report without a file dialog (the buttons ask for the path first).
    bool exportReport(const QString &path, Format format, QString *error = nullptr);

    PreflightRunner *runner() const { return m_runner; }
    PreflightResultModel *model() const { return m_model; }
    // The context of the selected check (VM, key vault, entry), for "Do it" and
    // "Troubleshoot".
    TroubleshootContext selectedContext() const;

Q_SIGNALS:
    // The app opens the troubleshooting screen on this (entry id and resource filled in).
    void troubleshootRequested(const TroubleshootContext &context);

private:
    void updateButtons();
    void doIt();
    void exportWithDialog(Format format);

    QPointer<FixActionRegistry> m_registry;
    PreflightRunner *m_runner;
    PreflightResultModel *m_model;
    PreflightFailuresProxy *m_proxy;
    QTreeView *m_view;
    QCheckBox *m_failuresOnly;
    QProgressBar *m_progress;
    QLabel *m_status;
    MessageBanner *m_banner;
    QPushButton *m_doIt;
    QPushButton *m_troubleshoot;
    QPushButton *m_recheck;
    QPushButton *m_exportCsv;
    QPushButton *m_exportHtml;
    QList<VirtualMachine> m_vms;
    QPointer<Operation> m_operation;
};
