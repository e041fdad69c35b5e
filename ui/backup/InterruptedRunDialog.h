// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class InterruptedRun;
class MessageBanner;
class QLabel;
class QPushButton;
class QTableWidget;

// Shows a bulk enable-backup run that did not finish, VM by VM as the vault sees it now
// (Protected, Failed with its error code, Not started), and offers to continue it (only
// the VMs not protected yet are sent, and followed here), to discard its record, or to
// decide later (the record stays and the next start asks again).
class InterruptedRunDialog : public QDialog
{
    Q_OBJECT
public:
    InterruptedRunDialog(InterruptedRun *run, QWidget *parent = nullptr);

private:
    void render();
    void updateBatchRow(int batchIndex);
    int rowOf(const QString &vmId) const;

    InterruptedRun *m_run;
    QLabel *m_intro;
    QLabel *m_summary;
    QTableWidget *m_table;
    MessageBanner *m_banner;
    QPushButton *m_continue;
    QPushButton *m_discard;
    QPushButton *m_later;
    bool m_followingBatch = false;
};
