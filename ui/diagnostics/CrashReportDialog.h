// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// Offered, never forced, after a run that did not close normally: the report (see
// models/diagnostics/CrashReport) read-only, with Copy report and Save report. Shown
// non-modal so nothing waits on it; nothing is sent anywhere.
class CrashReportDialog : public QDialog
{
    Q_OBJECT
public:
    CrashReportDialog(const QString &summary, const QString &report, QWidget *parent = nullptr);

    QString report() const { return m_report; }
    // Writes the report as UTF-8 text; false (with the reason shown) when it cannot.
    bool saveTo(const QString &path);

private:
    void copy();
    void save();

    QString m_report;
    QLabel *m_status;
};
