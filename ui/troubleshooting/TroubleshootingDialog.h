// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "troubleshooting/TroubleshootContext.h"

#include <QDialog>
#include <QPointer>

class AzureServices;
class ErrorCatalogue;
class ErrorCatalogueFilter;
class ErrorCatalogueModel;
struct ErrorEntry;
class FixActionRegistry;
class MessageBanner;
class Operation;
class PreflightRunner;
class QFrame;
class QGroupBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QTextBrowser;

// The troubleshooting screen: every known error, searchable as you type; one entry in full
// (meaning, steps, codes); the failing resource when opened from an error; the entry's fix
// (asked from the FixActionRegistry, confirmed inline when it changes something) with its
// result inline; and "Check again", which reruns the preflight checks for the VM.
class TroubleshootingDialog : public QDialog
{
    Q_OBJECT
public:
    TroubleshootingDialog(AzureServices *services, FixActionRegistry *registry,
                          QWidget *parent = nullptr, const ErrorCatalogue *catalogue = nullptr);

    // Opens an entry by id (from MessageBanner::actionTriggered or troubleshootRequested).
    void showEntry(const QString &entryId);
    // Opens the context's entry (or the one matching its error) with the resource filled in.
    void showContext(const TroubleshootContext &context);
    void setSearchText(const QString &text);

    QString currentEntryId() const { return m_entryId; }
    const TroubleshootContext &context() const { return m_context; }

Q_SIGNALS:
    void fixFinished(const QString &actionId, bool ok);
    void recheckFinished(bool allPassed);

private:
    void buildUi();
    void onCurrentChanged();
    void renderEntry(const ErrorEntry *entry);
    void renderContext();
    void updateFixButton();
    void onFixClicked();
    void runFix();
    void recheck();
    void runPreflight(const VirtualMachine &vm);
    void setBusy(bool busy, const QString &status = {});
    // Row 2: the key and secret go into another key vault, picked here (see
    // TroubleshootingDialogTarget.cpp).
    void buildTargetChooser();
    void updateTargetChooser();
    void onTargetChosen();

    QPointer<AzureServices> m_services;
    QPointer<FixActionRegistry> m_registry;
    const ErrorCatalogue &m_catalogue;
    TroubleshootContext m_context;
    QString m_entryId;

    ErrorCatalogueModel *m_model;
    ErrorCatalogueFilter *m_filter;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_noMatch;
    QLabel *m_title;
    QLabel *m_meta;
    QTextBrowser *m_body;
    QGroupBox *m_contextBox;
    QLabel *m_contextLabel;
    MessageBanner *m_errorBanner;
    QPushButton *m_fixButton;
    QLabel *m_fixHint;
    QFrame *m_confirmFrame;
    QLabel *m_confirmText;
    QPushButton *m_confirmButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    MessageBanner *m_resultBanner;
    QPushButton *m_recheckButton;
    QWidget *m_targetRow = nullptr;
    QComboBox *m_targetVault = nullptr;
    QLabel *m_targetNote = nullptr;
    QString m_targetLoadedFor; // the recovery point the choices were listed for
    QLabel *m_recheckResult;
    QPointer<Operation> m_operation;
    PreflightRunner *m_runner = nullptr;
};
