// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInDialog.h"

#include "auth/CloudEnvironment.h"
#include "auth/DeviceCodeFlow.h"
#include "session/SessionController.h"
#include "troubleshooting/ErrorCatalogue.h"
#include "troubleshooting/TroubleshootingDialog.h"
#include "widgets/MessageBanner.h"
#include "widgets/WindowFit.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
template <typename W> W *named(W *w, const char *objectName, const QString &accessible)
{
    w->setObjectName(QLatin1String(objectName));
    w->setAccessibleName(accessible);
    return w;
}
} // namespace

SignInDialog::SignInDialog(SessionController *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in"));
    setMinimumWidth(460);
    setAccessibleName(tr("Sign in"));
    m_chooseFile = [this] {
        return QFileDialog::getOpenFileName(this, tr("Custom endpoints file"), {},
                                            tr("Cloud definitions (*.json)"));
    };
    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    connect(m_banner, &MessageBanner::actionTriggered, this, [this](const QString &entryId) {
        // Not signed in yet: the entry is shown for reading; fixes need a session.
        auto *help = new TroubleshootingDialog(nullptr, nullptr, this);
        help->setAttribute(Qt::WA_DeleteOnClose);
        help->showEntry(entryId);
        help->open();
    });
    layout->addWidget(m_banner);
    m_warning = named(new QLabel, "persistenceWarning", tr("Sign-in not remembered"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    m_warning->hide();
    layout->addWidget(m_warning);

    m_pages = named(new QStackedWidget, "signInPages", tr("Sign-in method"));
    m_pages->addWidget(buildChoices());
    m_pages->addWidget(buildDeviceCode());
    m_pages->addWidget(buildServicePrincipal());
    m_pages->addWidget(buildWaiting());
    layout->addWidget(m_pages);
    // An error belongs to the page it came from: moving to another sign-in method clears it
    // (a failed sign-in shows its error after returning to its page, see onStateChanged).
    connect(m_pages, &QStackedWidget::currentChanged, m_banner, &MessageBanner::clear);
    WindowFit::keep(this);

    connect(session, &SessionController::stateChanged, this, &SignInDialog::onStateChanged);
    connect(session, &SessionController::deviceCodeFlowStarted, this, &SignInDialog::onDeviceFlow);
    connect(session, &SessionController::persistenceWarningChanged, this, [this](const QString &w) {
        m_warning->setText(w);
        m_warning->setVisible(!w.isEmpty());
    });
    connect(session, &SessionController::signedIn, this, &QDialog::accept);
    // Only once the button belongs to the dialog can it become its default button.
    auto *sandbox = findChild<QPushButton *>(QStringLiteral("trySandboxButton"));
    sandbox->setDefault(true);
    sandbox->setFocus();
}

void SignInDialog::reject()
{
    if (m_session->state() == SessionController::State::SigningIn) {
        m_session->cancelSignIn();
    }
    QDialog::reject();
}

QComboBox *SignInDialog::cloudCombo(const QString &name)
{
    auto *combo = new QComboBox;
    combo->setObjectName(name);
    combo->setAccessibleName(tr("Cloud"));
    combo->addItem(tr("Azure"), QStringLiteral("AzureCloud"));
    combo->addItem(tr("Azure China (21Vianet)"), QStringLiteral("AzureChinaCloud"));
    combo->addItem(tr("Azure US Government"), QStringLiteral("AzureUSGovernment"));
    combo->addItem(tr("Custom endpoints file…"), QStringLiteral("custom"));
    return combo;
}

void SignInDialog::setPreferredCloud(const QString &name, const QString &file)
{
    m_preferredFile = file;
    const QString key = file.isEmpty() ? name : QStringLiteral("custom");
    for (QComboBox *combo : {m_cloud, m_spCloud}) {
        const int index = combo->findData(key, Qt::UserRole, Qt::MatchFixedString);
        if (index >= 0) {
            combo->setCurrentIndex(index);
        }
    }
}

bool SignInDialog::selectedCloud(QComboBox *combo, CloudEnvironment *cloud)
{
    const QString name = combo->currentData().toString();
    if (name != QLatin1String("custom")) {
        *cloud = *CloudEnvironment::builtIn(name);
        return true;
    }
    const QString path =
        !m_preferredFile.isEmpty() ? m_preferredFile : (m_chooseFile ? m_chooseFile() : QString());
    if (path.isEmpty()) {
        return false;
    }
    QString error;
    const auto custom = CloudEnvironment::fromFile(path, &error);
    if (!custom) {
        showError(error, error);
        return false;
    }
    *cloud = *custom;
    return true;
}

QWidget *SignInDialog::buildChoices()
{
    auto *page = named(new QWidget, "choicesPage", tr("Choose how to sign in"));
    auto *layout = new QVBoxLayout(page);
    auto *intro =
        new QLabel(tr("<b>Welcome to Encrypted VM Backup</b><br>Back up and restore Azure "
                      "virtual machines encrypted with Azure Disk Encryption."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *sandboxBox = named(new QGroupBox(tr("Try it without an account")), "sandboxGroup",
                             tr("Try it without an account"));
    auto *sandboxLayout = new QVBoxLayout(sandboxBox);
    auto *sandboxText =
        new QLabel(tr("The sandbox is an emulated Azure on this computer with demo "
                      "vaults, key vaults and encrypted VMs. Nothing leaves your machine."));
    sandboxText->setWordWrap(true);
    sandboxLayout->addWidget(sandboxText);
    auto *sandbox =
        named(new QPushButton(tr("&Try the sandbox")), "trySandboxButton", tr("Try the sandbox"));
    sandbox->setToolTip(tr("Explore everything offline in an emulated Azure, no account needed."));
    sandbox->setEnabled(m_session->sandboxCloud().has_value());
    sandbox->setDefault(sandbox->isEnabled());
    sandboxLayout->addWidget(sandbox);
    layout->addWidget(sandboxBox);

    auto *azureBox =
        named(new QGroupBox(tr("Sign in to Azure")), "azureGroup", tr("Sign in to Azure"));
    auto *azureLayout = new QVBoxLayout(azureBox);
    auto *form = new QFormLayout;
    m_cloud = cloudCombo(QStringLiteral("cloudCombo"));
    m_tenant = named(new QLineEdit, "tenantEdit", tr("Tenant"));
    m_tenant->setPlaceholderText(tr("organizations (any work or school account)"));
    auto *cloudLabel = new QLabel(tr("C&loud:"));
    cloudLabel->setBuddy(m_cloud);
    auto *tenantLabel = new QLabel(tr("T&enant:"));
    tenantLabel->setBuddy(m_tenant);
    form->addRow(cloudLabel, m_cloud);
    form->addRow(tenantLabel, m_tenant);
    azureLayout->addLayout(form);
    auto *browser = named(new QPushButton(tr("Sign in with a &browser")), "browserButton",
                          tr("Sign in with a browser"));
    auto *device = named(new QPushButton(tr("Use a &device code")), "deviceCodeButton", QString());
    device->setAccessibleDescription(tr("Sign in with a device code"));
    device->setToolTip(tr("For machines without a browser: enter a code on another device."));
    auto *sp =
        named(new QPushButton(tr("&Service principal…")), "servicePrincipalButton", QString());
    sp->setAccessibleDescription(tr("Sign in as a service principal"));
    sp->setToolTip(tr("An app registration with a client secret, for automation accounts."));
    azureLayout->addWidget(browser);
    azureLayout->addWidget(device);
    azureLayout->addWidget(sp);
    layout->addWidget(azureBox);
    connect(sandbox, &QPushButton::clicked, this, [this] {
        m_returnPage = m_pages->widget(0);
        m_waitingText->setText(tr("Signing in to the sandbox…"));
        m_session->signInToSandbox();
    });
    connect(browser, &QPushButton::clicked, this, [this] {
        CloudEnvironment cloud;
        if (selectedCloud(m_cloud, &cloud)) {
            m_returnPage = m_pages->widget(0);
            m_waitingText->setText(tr("Finish signing in in your browser…"));
            m_session->signInWithBrowser(cloud, m_tenant->text().trimmed());
        }
    });
    connect(device, &QPushButton::clicked, this, [this] {
        CloudEnvironment cloud;
        if (selectedCloud(m_cloud, &cloud)) {
            m_returnPage = m_pages->widget(0);
            m_session->signInWithDeviceCode(cloud, m_tenant->text().trimmed());
        }
    });
    connect(sp, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(2); });
    return page;
}

QWidget *SignInDialog::buildDeviceCode()
{
    auto *page = named(new QWidget, "deviceCodePage", tr("Device code"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Open this address on any device and enter the code:")));
    m_verificationUrl = named(new QLabel, "verificationUrl", tr("Verification address"));
    m_verificationUrl->setOpenExternalLinks(true);
    m_verificationUrl->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_userCode = named(new QLabel, "userCode", tr("Code to enter"));
    m_userCode->setTextFormat(Qt::PlainText);
    m_userCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_userCode->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_userCode->setFont(big);
    auto *copy = named(new QPushButton(tr("&Copy code")), "copyCodeButton", tr("Copy the code"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_userCode->text()); });
    m_countdown = named(new QLabel, "countdown", tr("Time left"));
    m_countdown->setTextFormat(Qt::PlainText);
    m_deviceStatus = named(new QLabel, "deviceStatus", tr("Status"));
    m_deviceStatus->setTextFormat(Qt::PlainText);
    m_deviceStatus->setWordWrap(true);
    auto *cancel = named(new QPushButton(tr("C&ancel")), "cancelDeviceCodeButton",
                         tr("Cancel the device code sign-in"));
    connect(cancel, &QPushButton::clicked, this, [this] { m_session->cancelSignIn(); });
    layout->addWidget(m_verificationUrl);
    auto *row = new QHBoxLayout;
    row->addWidget(m_userCode, 1);
    row->addWidget(copy);
    layout->addLayout(row);
    layout->addWidget(m_countdown);
    layout->addWidget(m_deviceStatus);
    layout->addWidget(cancel);
    return page;
}

QWidget *SignInDialog::buildServicePrincipal()
{
    auto *page = named(new QWidget, "servicePrincipalPage", tr("Service principal"));
    auto *form = new QFormLayout(page);
    m_spTenant = named(new QLineEdit, "spTenantEdit", tr("Tenant id"));
    m_spClientId = named(new QLineEdit, "spClientIdEdit", tr("Client id"));
    m_spSecret = named(new QLineEdit, "spSecretEdit", tr("Client secret"));
    m_spSecret->setEchoMode(QLineEdit::Password);
    m_spCloud = cloudCombo(QStringLiteral("spCloudCombo"));
    if (m_session->sandboxCloud()) {
        m_spCloud->insertItem(0, tr("Sandbox"), QStringLiteral("sandbox"));
        m_spCloud->setCurrentIndex(0);
    }
    const std::pair<const char *, QWidget *> rows[] = {{QT_TR_NOOP("&Tenant:"), m_spTenant},
                                                       {QT_TR_NOOP("C&lient id:"), m_spClientId},
                                                       {QT_TR_NOOP("Client s&ecret:"), m_spSecret},
                                                       {QT_TR_NOOP("Cl&oud:"), m_spCloud}};
    for (const auto &[text, field] : rows) {
        auto *label = new QLabel(tr(text));
        label->setBuddy(field);
        form->addRow(label, field);
    }
    auto *signIn = named(new QPushButton(tr("Sign &in")), "spSignInButton",
                         tr("Sign in as the service principal"));
    auto *back = named(new QPushButton(tr("&Back")), "spBackButton", tr("Back to the choices"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(signIn);
    form->addRow(buttons);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(signIn, &QPushButton::clicked, this, [this] {
        CloudEnvironment cloud;
        if (m_spCloud->currentData().toString() == QLatin1String("sandbox")) {
            cloud = *m_session->sandboxCloud();
        } else if (!selectedCloud(m_spCloud, &cloud)) {
            return;
        }
        m_returnPage = m_pages->widget(2);
        m_waitingText->setText(tr("Signing in as the service principal…"));
        m_session->signInAsServicePrincipal(cloud, m_spTenant->text(), m_spClientId->text(),
                                            m_spSecret->text());
    });
    return page;
}

QWidget *SignInDialog::buildWaiting()
{
    auto *page = named(new QWidget, "waitingPage", tr("Signing in"));
    auto *layout = new QVBoxLayout(page);
    m_waitingText = named(new QLabel, "waitingText", tr("Progress"));
    m_waitingText->setTextFormat(Qt::PlainText);
    m_waitingText->setWordWrap(true);
    auto *cancel =
        named(new QPushButton(tr("&Cancel")), "cancelSignInButton", tr("Cancel the sign-in"));
    connect(cancel, &QPushButton::clicked, this, [this] { m_session->cancelSignIn(); });
    layout->addWidget(m_waitingText);
    layout->addWidget(cancel);
    return page;
}

void SignInDialog::onStateChanged()
{
    using State = SessionController::State;
    const State state = m_session->state();
    if (state == State::SigningIn) {
        m_banner->hide();
        if (m_session->method() != SessionController::Method::DeviceCode) {
            m_pages->setCurrentIndex(3);
        }
        return;
    }
    if (state == State::SignedIn) {
        return; // signedIn() accepts the dialog
    }
    m_pages->setCurrentWidget(m_returnPage ? m_returnPage : m_pages->widget(0));
    if (!m_session->errorText().isEmpty()) {
        showError(m_session->errorText(), m_session->lastError().toDetailsText());
        // Known sign-in errors (wrong secret, tenant not found, ...) get their explanation.
        if (const ErrorEntry *entry = ErrorCatalogue::instance().find(m_session->lastError())) {
            m_banner->setAction(tr("&Troubleshoot"), entry->id);
        }
    }
}

void SignInDialog::onDeviceFlow(DeviceCodeFlow *flow)
{
    m_userCode->clear();
    m_verificationUrl->clear();
    m_pages->setCurrentIndex(1);
    auto update = [this, flow] {
        m_deviceStatus->setText(flow->statusText());
        const int left = flow->secondsLeft();
        m_countdown->setText(left > 0 ? tr("The code expires in %1:%2.")
                                            .arg(left / 60)
                                            .arg(left % 60, 2, 10, QLatin1Char('0'))
                                      : QString());
    };
    connect(flow, &DeviceCodeFlow::codeReady, this, [this](const QString &code, const QUrl &url) {
        m_userCode->setText(code);
        m_verificationUrl->setText(
            QStringLiteral("<a href=\"%1\">%1</a>").arg(url.toString().toHtmlEscaped()));
    });
    connect(flow, &DeviceCodeFlow::statusChanged, this, update);
    connect(flow, &DeviceCodeFlow::secondsLeftChanged, this, update);
    update();
}

void SignInDialog::showError(const QString &text, const QString &details)
{
    m_banner->showMessage(MessageBanner::Kind::Error, text, details);
}
