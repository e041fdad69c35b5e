// SPDX-License-Identifier: GPL-3.0-or-later
#include "TroubleshootingDialog.h"

#include "ErrorPresenter.h"
#include "azure/ResourceId.h"
#include "net/ArmClient.h"
#include "net/RestClient.h"
#include "services/AzureServices.h"
#include "troubleshooting/ErrorCatalogueModel.h"
#include "troubleshooting/FixActionRegistry.h"
#include "widgets/MessageBanner.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
template <typename W> W *named(W *w, const char *objectName, const QString &accessibleName)
{
    w->setObjectName(QLatin1String(objectName));
    w->setAccessibleName(accessibleName);
    return w;
}
} // namespace

TroubleshootingDialog::TroubleshootingDialog(AzureServices *services, FixActionRegistry *registry,
                                             QWidget *parent, const ErrorCatalogue *catalogue)
    : QDialog(parent)
    , m_services(services)
    , m_registry(registry)
    , m_catalogue(catalogue ? *catalogue : ErrorCatalogue::instance())
    , m_model(new ErrorCatalogueModel(m_catalogue, this))
    , m_filter(new ErrorCatalogueFilter(this))
{
    setObjectName(QStringLiteral("troubleshootingDialog"));
    setWindowTitle(tr("Troubleshooting"));
    m_filter->setSourceModel(m_model);
    buildUi();
    if (m_registry) {
        connect(m_registry, &FixActionRegistry::actionsChanged, this,
                &TroubleshootingDialog::updateFixButton);
    }
    if (m_filter->rowCount() > 0) {
        m_list->setCurrentIndex(m_filter->index(0, 0));
    }
}

void TroubleshootingDialog::buildUi()
{
    m_search = named(new QLineEdit(this), "troubleshootSearch", tr("Search errors"));
    m_search->setPlaceholderText(tr("Search by error code, message or words…"));
    m_search->setClearButtonEnabled(true);
    m_list = named(new QListView(this), "troubleshootEntryList", tr("Known errors"));
    m_list->setModel(m_filter);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Titles are sentences: they wrap within the list instead of running past its edge.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    connect(m_search, &QLineEdit::textChanged, this, &TroubleshootingDialog::setSearchText);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TroubleshootingDialog::onCurrentChanged);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_noMatch = named(new QLabel(this), "troubleshootNoMatch", tr("Search result"));
    m_noMatch->setTextFormat(Qt::PlainText);
    m_noMatch->setWordWrap(true);
    m_noMatch->hide();
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_noMatch);
    leftLayout->addWidget(m_list);

    m_title = named(new QLabel(this), "troubleshootEntryTitle", tr("Error title"));
    m_title->setTextFormat(Qt::PlainText);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_meta = named(new QLabel(this), "troubleshootEntryCodes", tr("Operation and error codes"));
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_body = named(new QTextBrowser(this), "troubleshootEntryText", tr("Explanation and steps"));
    m_body->setOpenLinks(false);

    m_contextBox =
        named(new QGroupBox(tr("What failed"), this), "troubleshootContextBox", tr("What failed"));
    m_contextLabel = named(new QLabel(m_contextBox), "troubleshootContext", tr("Failing resource"));
    m_contextLabel->setWordWrap(true);
    m_contextLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                            Qt::TextSelectableByKeyboard);
    m_errorBanner = new MessageBanner(m_contextBox);
    m_errorBanner->setObjectName(QStringLiteral("troubleshootErrorBanner"));
    auto *ctxLayout = new QVBoxLayout(m_contextBox);
    ctxLayout->addWidget(m_contextLabel);
    ctxLayout->addWidget(m_errorBanner);
    m_contextBox->hide();

    m_fixButton = named(new QPushButton(this), "troubleshootFixButton", tr("Fix"));
    m_fixHint = named(new QLabel(this), "troubleshootFixHint", tr("About the fix"));
    m_fixHint->setTextFormat(Qt::PlainText);
    m_fixHint->setWordWrap(true);
    m_recheckButton = named(new QPushButton(tr("Check &again"), this), "troubleshootRecheckButton",
                            tr("Check again"));
    m_recheckButton->setToolTip(tr("Runs the preflight checks again for the VM"));
    connect(m_fixButton, &QPushButton::clicked, this, &TroubleshootingDialog::onFixClicked);
    connect(m_recheckButton, &QPushButton::clicked, this, &TroubleshootingDialog::recheck);
    buildTargetChooser();
    auto *fixRow = new QHBoxLayout;
    fixRow->addWidget(m_fixButton);
    fixRow->addWidget(m_recheckButton);
    fixRow->addWidget(m_fixHint, 1);

    m_confirmFrame = named(new QFrame(this), "troubleshootConfirmFrame", tr("Confirm the fix"));
    m_confirmFrame->setFrameShape(QFrame::StyledPanel);
    m_confirmText =
        named(new QLabel(m_confirmFrame), "troubleshootConfirmText", tr("What the fix changes"));
    m_confirmText->setTextFormat(Qt::PlainText);
    m_confirmText->setWordWrap(true);
    m_confirmButton = named(new QPushButton(tr("&Yes, do it"), m_confirmFrame),
                            "troubleshootConfirmButton", tr("Confirm the fix"));
    m_cancelButton = named(new QPushButton(tr("&No"), m_confirmFrame), "troubleshootCancelButton",
                           tr("Do not run the fix"));
    auto *confirmLayout = new QVBoxLayout(m_confirmFrame);
    confirmLayout->addWidget(m_confirmText);
    auto *confirmButtons = new QHBoxLayout;
    confirmButtons->addStretch();
    confirmButtons->addWidget(m_confirmButton);
    confirmButtons->addWidget(m_cancelButton);
    confirmLayout->addLayout(confirmButtons);
    m_confirmFrame->hide();
    connect(m_confirmButton, &QPushButton::clicked, this, &TroubleshootingDialog::runFix);
    connect(m_cancelButton, &QPushButton::clicked, m_confirmFrame, &QWidget::hide);

    m_progress = named(new QProgressBar(this), "troubleshootProgress", tr("Progress"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_resultBanner = new MessageBanner(this);
    m_resultBanner->setObjectName(QStringLiteral("troubleshootResultBanner"));
    m_recheckResult = named(new QLabel(this), "troubleshootRecheckResult", tr("Check results"));
    m_recheckResult->setWordWrap(true);
    m_recheckResult->setTextFormat(Qt::RichText);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_meta);
    rightLayout->addWidget(m_contextBox);
    rightLayout->addWidget(m_body, 1);
    rightLayout->addWidget(m_targetRow);
    rightLayout->addLayout(fixRow);
    rightLayout->addWidget(m_confirmFrame);
    rightLayout->addWidget(m_progress);
    rightLayout->addWidget(m_resultBanner);
    rightLayout->addWidget(m_recheckResult);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("troubleshootSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({340, 640});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("troubleshootButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    setTabOrder(m_search, m_list);
    resize(980, 640);
}

void TroubleshootingDialog::setSearchText(const QString &text)
{
    if (m_search->text() != text) {
        m_search->setText(text); // comes back through textChanged
        return;
    }
    m_filter->setSearchText(text);
    if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0) {
        m_list->setCurrentIndex(m_filter->index(0, 0));
    }
    // An empty list alone reads like a broken dialog: say nothing matched and what to try.
    const bool none = m_filter->rowCount() == 0;
    m_noMatch->setText(none ? tr("No known error matches \"%1\". Try the error code, an HTTP "
                                 "status such as 403, or a few words of the message.")
                                  .arg(text.trimmed())
                            : QString());
    m_noMatch->setVisible(none);
    m_noMatch->setAccessibleDescription(m_noMatch->text());
}

void TroubleshootingDialog::showEntry(const QString &entryId)
{
    const int row = m_model->rowOf(entryId);
    if (row < 0) {
        return;
    }
    QModelIndex proxy = m_filter->mapFromSource(m_model->index(row));
    if (!proxy.isValid()) { // hidden by the search: show everything again
        m_search->clear();
        proxy = m_filter->mapFromSource(m_model->index(row));
    }
    m_list->setCurrentIndex(proxy);
    m_list->scrollTo(proxy);
}

void TroubleshootingDialog::showContext(const TroubleshootContext &context)
{
    m_context = context;
    if (m_context.entryId.isEmpty()) {
        if (const ErrorEntry *e = m_catalogue.find(context.error)) {
            m_context.entryId = e->id;
        }
    }
    if (m_context.keyVaultId.isEmpty()) {
        m_context.keyVaultId = m_context.vm.keyVaultId;
    }
    if (m_context.vmId.isEmpty()) {
        m_context.vmId = m_context.vm.id;
    }
    renderContext();
    const QString shown = m_entryId;
    showEntry(m_context.entryId);
    if (shown == m_context.entryId) {
        onCurrentChanged(); // same entry, new context: its operation line may differ
    }
    updateFixButton();
}

void TroubleshootingDialog::onCurrentChanged()
{
    const QModelIndex idx = m_filter->mapToSource(m_list->currentIndex());
    renderEntry(idx.isValid() ? &m_model->entryAt(idx.row()) : nullptr);
}

void TroubleshootingDialog::renderEntry(const ErrorEntry *entry)
{
    m_entryId = entry ? entry->id : QString();
    m_confirmFrame->hide();
    m_resultBanner->clear();
    m_recheckResult->clear();
    if (!entry) {
        m_title->setText(tr("No entry selected"));
        m_meta->clear();
        m_body->clear();
        updateFixButton();
        return;
    }
    m_title->setText(entry->title);
    // Opened from a failed job: the operation that failed (a scheduled backup), not the one
    // where the catalogue files the error (enabling backup meets the same code).
    const QString failedOperation =
        m_context.entryId == entry->id
            ? m_context.extra.value(TroubleshootKeys::operation).toString()
            : QString();
    const QString operation =
        failedOperation.isEmpty() ? ErrorEntry::operationName(entry->operation) : failedOperation;
    m_meta->setText(entry->codes.isEmpty()
                        ? tr("Operation: %1").arg(operation)
                        : tr("Operation: %1 — error codes: %2")
                              .arg(operation, entry->codes.join(QStringLiteral(", "))));
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><h3>%3</h3><ol>")
                       .arg(tr("What it means").toHtmlEscaped(), entry->meaning.toHtmlEscaped(),
                            tr("How to fix it").toHtmlEscaped());
    for (const QString &s : entry->steps) {
        html += QStringLiteral("<li>%1</li>").arg(s.toHtmlEscaped());
    }
    html += QStringLiteral("</ol>");
    m_body->setHtml(html);
    updateFixButton();
}

void TroubleshootingDialog::renderContext()
{
    QStringList lines;
    const auto add = [&lines](const QString &label, const QString &id) {
        if (!id.isEmpty()) {
            lines.append(QStringLiteral("<b>%1</b> %2 <small>(%3)</small>")
                             .arg(label.toHtmlEscaped(), ResourceId(id).name().toHtmlEscaped(),
                                  id.toHtmlEscaped()));
        }
    };
    add(tr("VM:"), m_context.vmId);
    add(tr("Key vault:"), m_context.keyVaultId);
    add(tr("Recovery Services vault:"), m_context.vaultId);
    m_contextLabel->setText(lines.join(QStringLiteral("<br>")));
    m_contextLabel->setVisible(!lines.isEmpty());
    if (m_context.error.isError()) {
        ErrorPresenter::show(m_errorBanner, m_context.error, m_catalogue);
        m_errorBanner->setAction({}, {}); // already on the troubleshooting screen
        m_errorBanner->show();
    } else {
        m_errorBanner->clear();
        m_errorBanner->hide();
    }
    m_contextBox->setVisible(m_context.hasResource() || m_context.error.isError());
}
