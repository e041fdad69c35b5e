// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrashReportDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

CrashReportDialog::CrashReportDialog(const QString &summary, const QString &report, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
{
    setObjectName(QStringLiteral("crashReportDialog"));
    setWindowTitle(tr("Crash report"));
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("%1 The report below may help to find the cause. It holds versions and the last "
           "log lines, with tokens, keys and secrets removed. It stays on this computer: copy "
           "or save it to attach it to a bug report, or close this window.")
            .arg(summary),
        this);
    intro->setObjectName(QStringLiteral("crashReportSummary"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *text = new QPlainTextEdit(report, this);
    text->setObjectName(QStringLiteral("crashReportText"));
    text->setReadOnly(true);
    text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setAccessibleName(tr("Crash report"));
    text->setMinimumSize(560, 280);
    intro->setBuddy(text);
    layout->addWidget(text, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("crashReportStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    auto *copyButton = buttons->addButton(tr("&Copy report"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("crashReportCopy"));
    copyButton->setAccessibleDescription(tr("Copy the crash report"));
    auto *saveButton = buttons->addButton(tr("&Save report..."), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("crashReportSave"));
    saveButton->setAccessibleDescription(tr("Save the crash report to a file"));
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("crashReportClose"));
    close->setAccessibleName(tr("Close the crash report"));
    connect(copyButton, &QPushButton::clicked, this, &CrashReportDialog::copy);
    connect(saveButton, &QPushButton::clicked, this, &CrashReportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    copyButton->setDefault(true);
    copyButton->setFocus();
}

void CrashReportDialog::copy()
{
    QGuiApplication::clipboard()->setText(m_report);
    m_status->setText(tr("The report is on the clipboard."));
}

void CrashReportDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save crash report"),
        QDir::home().filePath(QStringLiteral("encrypted-vm-backup-crash-report.txt")),
        tr("Text files (*.txt)"));
    if (!path.isEmpty()) {
        saveTo(path);
    }
}

bool CrashReportDialog::saveTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_report.toUtf8()) < 0 || !file.commit()) {
        m_status->setText(tr("The report could not be saved to %1: %2. Choose another folder, "
                             "or copy the report instead.")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}
