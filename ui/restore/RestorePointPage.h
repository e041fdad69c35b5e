// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RestoreContext.h"
#include "net/AzureError.h"

#include <QPointer>
#include <QWidget>

class MessageBanner;
class Operation;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class RecoveryPointModel;

// Step 1: choose a recovery point in a time range (the last 30 days unless changed).
class RestorePointPage : public QWidget
{
    Q_OBJECT
public:
    RestorePointPage(RestoreContext *context, QWidget *parent = nullptr);

    void load();
    bool hasSelection() const;
    // Reads the chosen point's full details (key and secret) into the context, then ready().
    void commit();
    RecoveryPointModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void selectionChanged();
    void committed();
    void failed(const AzureError &error);

private:
    RestoreContext *m_context;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_refresh;
    QTableView *m_table;
    QLabel *m_status;
    RecoveryPointModel *m_model;
    QPointer<Operation> m_op;
};
