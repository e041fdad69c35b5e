// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreflightDialog.h"

#include "preflight/PreflightReportExporter.h"
#include "preflight/PreflightResultModel.h"
#include "services/GrantKeyVaultAccessOperation.h"
#include "troubleshooting/FixActionRegistry.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
template <typename W> W *named(W *w, const char *objectName, const QString &accessibleName)
{
    w->setObjectName(QLatin1String(objectName));
    w->setAccessibleName(accessibleName);
    return w;
}
} // namespace

PreflightDialog::PreflightDialog(AzureServices *services, FixActionRegistry *registry,
                                 QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_runner(new PreflightRunner(services, this))
    , m_model(new PreflightResultModel(this))
    , m_proxy(new PreflightFailuresProxy(this))
{
    setObjectName(QStringLiteral("preflightDialog"));
    setWindowTitle(tr("Backup preflight check"));
    m_model->setRunner(m_runner);
    m_proxy->setSourceModel(m_model);

    m_view = named(new QTreeView(this), "preflightView", tr("Preflight results"));
    m_view->setModel(m_proxy);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(PreflightResultModel::NameColumn, 220);
    // Sized to its words: a fixed 90 px cut "Nicht bereit" and "Übersprungen" in German.
    m_view->header()->setSectionResizeMode(PreflightResultModel::ResultColumn,
                                           QHeaderView::ResizeToContents);
    m_view->setColumnWidth(PreflightResultModel::ExplanationColumn, 420);
    m_failuresOnly = named(new QCheckBox(tr("&Failures only"), this), "preflightFailuresOnly",
                           tr("Failures only"));
    m_progress = named(new QProgressBar(this), "preflightProgress", tr("Progress"));
    m_status = named(new QLabel(this), "preflightStatus", tr("Status"));
    m_status->setTextFormat(Qt::PlainText);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("preflightBanner"));
    m_doIt = named(new QPushButton(tr("&Do it"), this), "preflightDoItButton", QString());
    m_doIt->setAccessibleDescription(tr("Run the fix for the selected check"));
    m_troubleshoot = named(new QPushButton(tr("&Troubleshoot"), this),
                           "preflightTroubleshootButton", tr("Open the troubleshooting entry"));
    m_recheck = named(new QPushButton(tr("Check &again"), this), "preflightRecheckButton",
                      tr("Check again"));
    m_exportCsv =
        named(new QPushButton(tr("Export &CSV…"), this), "preflightExportCsvButton", QString());
    m_exportCsv->setAccessibleDescription(tr("Export the report as CSV"));
    m_exportHtml =
        named(new QPushButton(tr("Export &HTML…"), this), "preflightExportHtmlButton", QString());
    m_exportHtml->setAccessibleDescription(tr("Export the report as HTML"));

    connect(m_failuresOnly, &QCheckBox::toggled, this, &PreflightDialog::setFailuresOnly);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PreflightDialog::updateButtons);
    connect(m_doIt, &QPushButton::clicked, this, &PreflightDialog::doIt);
    connect(m_troubleshoot, &QPushButton::clicked, this,
            [this] { Q_EMIT troubleshootRequested(selectedContext()); });
    connect(m_recheck, &QPushButton::clicked, this, [this] { start(m_vms); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportWithDialog(Format::Csv); });
    connect(m_exportHtml, &QPushButton::clicked, this, [this] { exportWithDialog(Format::Html); });
    connect(m_runner, &PreflightRunner::progress, this, [this](int percent, const QString &s) {
        m_progress->setRange(0, percent < 0 ? 0 : 100);
        m_progress->setValue(std::max(0, percent));
        m_status->setText(s);
    });
    connect(m_runner, &PreflightRunner::reportsReset, this, [this] {
        m_view->expandAll();
        updateButtons();
    });
    connect(m_runner, &PreflightRunner::finished, this, [this] {
        m_view->expandAll();
        m_vms.clear();
        for (const PreflightVmReport &r : m_runner->reports()) {
            m_vms.append(r.vm);
        }
        if (m_runner->listError().isError()) {
            m_banner->showMessage(MessageBanner::Kind::Error, m_runner->listError().userMessage(),
                                  m_runner->listError().toDetailsText());
        }
        updateButtons();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_failuresOnly);
    top->addStretch();
    top->addWidget(m_status);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_doIt);
    actions->addWidget(m_troubleshoot);
    actions->addWidget(m_recheck);
    actions->addStretch();
    actions->addWidget(m_exportCsv);
    actions->addWidget(m_exportHtml);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("preflightButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(1100, 640);
    updateButtons();
}

void PreflightDialog::setOptions(const PreflightRunner::Options &options)
{
    m_runner->setOptions(options);
}

void PreflightDialog::start(const QList<VirtualMachine> &vms)
{
    m_vms = vms;
    m_banner->clear();
    m_runner->start(vms);
}

void PreflightDialog::startForSubscription(const QString &subscriptionId)
{
    m_banner->clear();
    m_runner->startForSubscription(subscriptionId);
}

void PreflightDialog::setFailuresOnly(bool on)
{
    if (m_failuresOnly->isChecked() != on) {
        m_failuresOnly->setChecked(on);
        return;
    }
    m_proxy->setFailuresOnly(on);
    m_view->expandAll();
}

TroubleshootContext PreflightDialog::selectedContext() const
{
    const QModelIndex idx = m_proxy->mapToSource(m_view->currentIndex());
    TroubleshootContext c;
    if (!idx.isValid()) {
        return c;
    }
    const QString vmId = idx.data(PreflightResultModel::VmIdRole).toString();
    for (const PreflightVmReport &r : m_model->reports()) {
        if (r.vm.id == vmId) {
            c = TroubleshootContext::forVm(r.vm);
        }
    }
    c.entryId = idx.siblingAtColumn(0).data(PreflightResultModel::EntryIdRole).toString();
    c.vaultId = m_runner->options().vaultId;
    return c;
}

void PreflightDialog::updateButtons()
{
    const QModelIndex idx = m_proxy->mapToSource(m_view->currentIndex());
    const QString actionId =
        idx.isValid() ? idx.siblingAtColumn(0).data(PreflightResultModel::ActionIdRole).toString()
                      : QString();
    const TroubleshootContext ctx = selectedContext();
    const bool busy = m_runner->isRunning() || (m_operation && m_operation->isRunning());
    m_doIt->setEnabled(!busy && !actionId.isEmpty() && m_registry &&
                       m_registry->canRun(actionId, ctx));
    m_troubleshoot->setEnabled(!ctx.entryId.isEmpty());
    m_recheck->setEnabled(!busy && !m_vms.isEmpty());
    const bool hasReport = !m_model->reports().isEmpty() && !m_runner->isRunning();
    m_exportCsv->setEnabled(hasReport);
    m_exportHtml->setEnabled(hasReport);
}

void PreflightDialog::doIt()
{
    const QModelIndex idx = m_proxy->mapToSource(m_view->currentIndex());
    const QString actionId =
        idx.siblingAtColumn(0).data(PreflightResultModel::ActionIdRole).toString();
    const TroubleshootContext ctx = selectedContext();
    if (!m_registry || actionId.isEmpty()) {
        return;
    }
    const QString confirmation = m_registry->confirmationText(actionId, ctx);
    if (!confirmation.isEmpty()) {
        // Changes that need a confirmation are confirmed on the troubleshooting screen.
        Q_EMIT troubleshootRequested(ctx);
        return;
    }
    Operation *op = m_registry->run(actionId, ctx, this);
    if (!op) {
        return;
    }
    m_operation = op;
    connect(op, &Operation::finished, this, [this, op] {
        op->deleteLater();
        if (op->isOk()) {
            m_banner->showMessage(MessageBanner::Kind::Success, tr("Done. Checking again…"));
            start(m_vms);
        } else {
            m_banner->showMessage(MessageBanner::Kind::Error, op->error().userMessage(),
                                  op->error().toDetailsText());
        }
        updateButtons();
    });
    op->start();
    updateButtons();
}

bool PreflightDialog::exportReport(const QString &path, Format format, QString *error)
{
    const QByteArray data = format == Format::Csv
                                ? PreflightReportExporter::toCsv(m_model->reports())
                                : PreflightReportExporter::toHtml(m_model->reports()).toUtf8();
    return PreflightReportExporter::write(path, data, error);
}

void PreflightDialog::exportWithDialog(Format format)
{
    const bool csv = format == Format::Csv;
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? tr("Export as CSV") : tr("Export as HTML"),
        csv ? QStringLiteral("preflight.csv") : QStringLiteral("preflight.html"),
        csv ? tr("CSV files (*.csv)") : tr("HTML files (*.html)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (exportReport(path, format, &error)) {
        m_banner->showMessage(MessageBanner::Kind::Success, tr("Saved %1.").arg(path));
    } else {
        m_banner->showMessage(MessageBanner::Kind::Error, error);
    }
}
