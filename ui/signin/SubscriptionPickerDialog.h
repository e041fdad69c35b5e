// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QTreeView;
class SubscriptionFilterModel;
class SubscriptionPickerModel;

// Tenants and subscriptions with check boxes, a filter box and "All subscriptions". The
// caller reads model->selectedIds() after accept() and hands them to the session.
class SubscriptionPickerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SubscriptionPickerDialog(SubscriptionPickerModel *model, QWidget *parent = nullptr);

private:
    QLineEdit *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    SubscriptionFilterModel *m_proxy = nullptr;
};
