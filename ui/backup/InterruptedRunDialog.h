// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class InterruptedRun;
class MessageBanner;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

// Shows a bulk run that did not finish (enable backup, backup now, Key Vault grants), item
// by item as the service sees it now (name, outcome in the kind's words, error code), and
// offers to continue it (only what is left is sent, and followed here), to discard its
// record, or to decide later (the record stays and the next start asks again).
class InterruptedRunDialog : public QDialog
{
    Q_OBJECT
public:
    InterruptedRunDialog(InterruptedRun *run, QWidget *parent = nullptr);

private:
    void render();
    void renderRow(int row);

    InterruptedRun *m_run;
    QLabel *m_intro;
    QLabel *m_summary;
    QTableWidget *m_table;
    QCheckBox *m_includeFailed;
    MessageBanner *m_banner;
    QPushButton *m_continue;
    QPushButton *m_discard;
    QPushButton *m_later;
};
