// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestorePointPage.h"

#include "format/DateText.h"
#include "net/ArmClient.h"
#include "restore/RecoveryPointModel.h"
#include "restore/RestoreRequests.h"
#include "services/ArmCallOperation.h"
#include "services/AzureServices.h"
#include "services/ListOperation.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

RestorePointPage::RestorePointPage(RestoreContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_refresh(new QPushButton(tr("&Show"), this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_model(new RecoveryPointModel(this))
{
    const QDate today = QDate::currentDate();
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(DateText::dateEditFormat());
        e->setMaximumDate(today);
    }
    nameWidget(m_from, "restorePointFrom", tr("Recovery points from"));
    nameWidget(m_to, "restorePointTo", tr("Recovery points until"));
    nameWidget(m_refresh, "restorePointRefresh", tr("Show recovery points in this range"));
    nameWidget(m_table, "restorePointTable", tr("Recovery points"));
    nameWidget(m_status, "restorePointStatus", tr("Recovery point list status"));
    m_status->setTextFormat(Qt::PlainText);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);

    auto *intro = new QLabel(
        tr("Choose the point in time to restore %1 from. Encrypted VMs are restored as disks; "
           "the VM is then created from them.")
            .arg(m_context->item.friendlyName),
        this);
    intro->setWordWrap(true);
    auto *range = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    range->addWidget(fromLabel);
    range->addWidget(m_from);
    range->addWidget(toLabel);
    range->addWidget(m_to);
    range->addWidget(m_refresh);
    range->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(range);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_refresh, &QPushButton::clicked, this, &RestorePointPage::load);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RestorePointPage::selectionChanged);
}

void RestorePointPage::load()
{
    if (!m_context->services) {
        return;
    }
    delete m_op;
    const QDateTime from(m_from->date(), QTime(0, 0), QTimeZone::systemTimeZone());
    const QDateTime to(m_to->date(), QTime(23, 59, 59), QTimeZone::systemTimeZone());
    auto *op = new ListOperation<RecoveryPoint>(
        m_context->services->arm(),
        {RestoreRequests::recoveryPointsPath(m_context->item.id, from, to)}, this);
    m_op = op;
    m_status->setText(tr("Loading recovery points…"));
    m_refresh->setEnabled(false);
    connect(op, &Operation::finished, this, [this, op] {
        m_refresh->setEnabled(true);
        if (!op->isOk()) {
            m_status->setText(tr("The recovery points could not be read."));
            Q_EMIT failed(op->error());
            return;
        }
        m_model->setPoints(op->items());
        m_status->setText(m_model->rowCount() == 0
                              ? tr("No recovery points in this range. Widen the range.")
                              : tr("%n recovery point(s).", nullptr, m_model->rowCount()));
        if (m_model->rowCount() > 0) {
            m_table->selectRow(0);
        }
        m_table->resizeColumnsToContents();
        Q_EMIT selectionChanged();
    });
    op->start();
}

bool RestorePointPage::hasSelection() const
{
    return m_table->selectionModel()->hasSelection();
}

void RestorePointPage::commit()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_context->services) {
        return;
    }
    const QString id = m_model->point(rows.first().row()).id;
    auto *op = new ArmCallOperation(m_context->services->rest(),
                                    m_context->services->arm()->request("GET", id), this);
    m_op = op;
    m_status->setText(tr("Reading the recovery point…"));
    connect(op, &Operation::finished, this, [this, op] {
        op->deleteLater();
        if (!op->isOk()) {
            Q_EMIT failed(op->error());
            return;
        }
        m_context->point = RecoveryPoint::fromJson(op->response().object());
        m_status->clear();
        Q_EMIT committed();
    });
    op->start();
}
