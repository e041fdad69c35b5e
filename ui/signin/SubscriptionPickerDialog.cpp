// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubscriptionPickerDialog.h"

#include "session/SubscriptionPickerModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

SubscriptionPickerDialog::SubscriptionPickerDialog(SubscriptionPickerModel *model, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("subscriptionPickerDialog"));
    setWindowTitle(tr("Select subscriptions"));
    setAccessibleName(tr("Select subscriptions"));
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("subscriptionFilter"));
    m_filter->setAccessibleName(tr("Filter subscriptions"));
    m_filter->setPlaceholderText(tr("Filter by name or id"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Filter:"));
    filterLabel->setBuddy(m_filter);
    layout->addWidget(filterLabel);
    layout->addWidget(m_filter);

    m_proxy = new SubscriptionFilterModel(this);
    m_proxy->setSourceModel(model);
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("subscriptionTree"));
    m_tree->setAccessibleName(tr("Tenants and subscriptions"));
    m_tree->setHeaderHidden(true);
    m_tree->setModel(m_proxy);
    m_tree->expandAll();
    layout->addWidget(m_tree, 1);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        m_tree->expandAll();
    });
    connect(model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("subscriptionButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Apply the selection"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
