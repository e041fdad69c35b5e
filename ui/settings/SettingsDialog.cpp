// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "auth/CloudEnvironment.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QSettings *settings,
                               const QList<QPair<QString, QString>> &subscriptions, QWidget *parent)
    : QDialog(parent)
    , m_qsettings(settings)
    , m_settings(settings)
    , m_startCloud(m_settings.cloud())
    , m_startCloudFile(m_settings.cloudFile())
    , m_startLanguage(m_settings.language())
    , m_cloud(new QComboBox(this))
    , m_cloudFile(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_subscription(new QComboBox(this))
    , m_rule2017(
          new QRadioButton(tr("Refuse VMs encrypted with a BEK only (the &2017 rule)"), this))
    , m_ruleToday(new QRadioButton(tr("Back them up as Azure does &today"), this))
    , m_concurrency(new QSpinBox(this))
    , m_logLevel(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_restartNote(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));
    m_chooseFile = [this] {
        return QFileDialog::getOpenFileName(this, tr("Custom endpoints file"), {},
                                            tr("Cloud definitions (*.json)"));
    };
    m_confirmReset = [this] {
        return QMessageBox::question(this, tr("Restore defaults"),
                                     tr("Set every preference back to its default? Your "
                                        "sign-in and subscription choice stay.")) ==
               QMessageBox::Yes;
    };

    m_cloud->setObjectName(QStringLiteral("cloudCombo"));
    m_cloud->addItem(tr("Sandbox (emulated Azure on this computer)"),
                     int(AppSettings::Cloud::Sandbox));
    m_cloud->addItem(tr("Azure"), int(AppSettings::Cloud::AzureCloud));
    m_cloud->addItem(tr("Azure China (21Vianet)"), int(AppSettings::Cloud::AzureChinaCloud));
    m_cloud->addItem(tr("Azure US Government"), int(AppSettings::Cloud::AzureUSGovernment));
    m_cloud->addItem(tr("Custom endpoints file"), int(AppSettings::Cloud::CustomFile));
    m_cloud->setAccessibleDescription(
        tr("The cloud the app connects to when it starts without --cloud or --cloud-file."));
    m_cloudFile->setObjectName(QStringLiteral("cloudFileEdit"));
    m_cloudFile->setAccessibleName(tr("Custom endpoints file"));
    m_cloudFile->setPlaceholderText(tr("The cloud's endpoints, as JSON"));
    m_browse->setObjectName(QStringLiteral("browseCloudFileButton"));
    m_browse->setAccessibleDescription(tr("Browse for the endpoints file"));

    m_subscription->setObjectName(QStringLiteral("defaultSubscriptionCombo"));
    m_subscription->addItem(tr("None"), QString());
    for (const auto &[id, name] : subscriptions) {
        m_subscription->addItem(name.isEmpty() || name == id ? id : tr("%1 (%2)").arg(name, id),
                                id);
    }
    m_subscription->setAccessibleDescription(
        tr("Preselected where the app asks for a subscription, such as a new vault."));

    m_rule2017->setObjectName(QStringLiteral("rule2017Radio"));
    m_rule2017->setAccessibleDescription(
        tr("The Backup service of 2017 did not back up VMs whose disks were encrypted "
           "without a key encryption key."));
    m_ruleToday->setObjectName(QStringLiteral("ruleTodayRadio"));
    m_ruleToday->setAccessibleDescription(
        tr("Today's Backup service protects VMs encrypted with a BEK only."));
    auto *rules = new QButtonGroup(this);
    rules->addButton(m_rule2017);
    rules->addButton(m_ruleToday);

    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setRange(AppSettings::minConcurrency, AppSettings::maxConcurrency);
    m_concurrency->setAccessibleDescription(
        tr("How many VMs are enabled or checked at the same time. Fewer is gentler on Azure's "
           "request limits."));

    m_logLevel->setObjectName(QStringLiteral("logLevelCombo"));
    m_logLevel->addItem(tr("Debug (everything)"), int(AppSettings::LogLevel::Debug));
    m_logLevel->addItem(tr("Information"), int(AppSettings::LogLevel::Info));
    m_logLevel->addItem(tr("Warnings and errors"), int(AppSettings::LogLevel::Warning));
    m_logLevel->addItem(tr("Errors only"), int(AppSettings::LogLevel::Error));
    m_logLevel->setAccessibleDescription(tr("Secrets are removed from the log at every level."));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    // Each language in its own words, so a user can find theirs in any interface language.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));

    m_restartNote->setTextFormat(Qt::PlainText);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setText(tr("The cloud and the language change the next time the app starts."));
    m_restartNote->setAccessibleName(m_restartNote->text());
    m_error->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *connection = new QGroupBox(tr("Connection"), this);
    auto *connectionForm = new QFormLayout(connection);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_cloudFile, 1);
    fileRow->addWidget(m_browse);
    auto *cloudLabel = new QLabel(tr("&Cloud:"), this);
    cloudLabel->setBuddy(m_cloud);
    connectionForm->addRow(cloudLabel, m_cloud);
    auto *fileLabel = new QLabel(tr("Endpoints &file:"), this);
    fileLabel->setBuddy(m_cloudFile);
    connectionForm->addRow(fileLabel, fileRow);
    auto *subscriptionLabel = new QLabel(tr("Default &subscription:"), this);
    subscriptionLabel->setBuddy(m_subscription);
    connectionForm->addRow(subscriptionLabel, m_subscription);

    auto *backup = new QGroupBox(tr("VMs encrypted with a BEK only"), this);
    auto *backupLayout = new QVBoxLayout(backup);
    backupLayout->addWidget(m_rule2017);
    backupLayout->addWidget(m_ruleToday);

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    auto *concurrencyLabel = new QLabel(tr("&Parallel operations:"), this);
    concurrencyLabel->setBuddy(m_concurrency);
    generalForm->addRow(concurrencyLabel, m_concurrency);
    auto *logLabel = new QLabel(tr("&Log level:"), this);
    logLabel->setBuddy(m_logLevel);
    generalForm->addRow(logLabel, m_logLevel);
    auto *languageLabel = new QLabel(tr("Lan&guage:"), this);
    languageLabel->setBuddy(m_language);
    generalForm->addRow(languageLabel, m_language);

    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    QPushButton *reset = m_buttons->button(QDialogButtonBox::RestoreDefaults);
    reset->setObjectName(QStringLiteral("restoreDefaultsButton"));
    reset->setText(tr("&Restore Defaults"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(connection);
    layout->addWidget(backup);
    layout->addWidget(general);
    layout->addWidget(m_restartNote);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    setTabOrder(m_cloud, m_cloudFile);
    setTabOrder(m_cloudFile, m_browse);
    setTabOrder(m_browse, m_subscription);
    setTabOrder(m_subscription, m_rule2017);
    setTabOrder(m_rule2017, m_ruleToday);
    setTabOrder(m_ruleToday, m_concurrency);
    setTabOrder(m_concurrency, m_logLevel);
    setTabOrder(m_logLevel, m_language);
    setTabOrder(m_language, m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(reset, &QPushButton::clicked, this, &SettingsDialog::resetToDefaults);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = m_chooseFile ? m_chooseFile() : QString();
        if (!path.isEmpty()) {
            m_cloudFile->setText(path);
        }
    });
    connect(m_cloud, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateState);
    connect(m_cloudFile, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateState);
    load();
    m_cloud->setFocus();
}

void SettingsDialog::load()
{
    m_cloud->setCurrentIndex(m_cloud->findData(int(m_settings.cloud())));
    m_cloudFile->setText(m_settings.cloudFile());
    const int sub = m_subscription->findData(m_settings.defaultSubscriptionId());
    m_subscription->setCurrentIndex(qMax(0, sub));
    (m_settings.bekOnlyRule2017() ? m_rule2017 : m_ruleToday)->setChecked(true);
    m_concurrency->setValue(m_settings.concurrency());
    m_logLevel->setCurrentIndex(m_logLevel->findData(int(m_settings.logLevel())));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language())));
    m_error->hide();
    updateState();
}

AppSettings::Cloud SettingsDialog::selectedCloud() const
{
    return AppSettings::Cloud(m_cloud->currentData().toInt());
}

QString SettingsDialog::selectedLanguage() const
{
    return m_language->currentData().toString();
}

bool SettingsDialog::restartNeeded() const
{
    const bool fileChanged = selectedCloud() == AppSettings::Cloud::CustomFile &&
                             m_cloudFile->text().trimmed() != m_startCloudFile;
    return selectedCloud() != m_startCloud || fileChanged || selectedLanguage() != m_startLanguage;
}

void SettingsDialog::updateState()
{
    const bool custom = selectedCloud() == AppSettings::Cloud::CustomFile;
    m_cloudFile->setEnabled(custom);
    m_browse->setEnabled(custom);
    const bool wasVisible = m_restartNote->isVisibleTo(this);
    m_restartNote->setVisible(restartNeeded());
    if (wasVisible != m_restartNote->isVisibleTo(this) && m_restartNote->isVisibleTo(this)) {
        // Screen readers hear the note when it appears, not only when they reach it.
        QAccessibleEvent event(m_restartNote, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void SettingsDialog::accept()
{
    const AppSettings::Cloud cloud = selectedCloud();
    const QString file = m_cloudFile->text().trimmed();
    if (cloud == AppSettings::Cloud::CustomFile) {
        QString error;
        if (file.isEmpty()) {
            error = tr("Choose the endpoints file of the custom cloud.");
        } else if (!CloudEnvironment::fromFile(file, &error)) {
            error = tr("The endpoints file cannot be used: %1").arg(error);
        }
        if (!error.isEmpty()) {
            m_error->setText(error);
            m_error->setAccessibleName(error);
            m_error->show();
            QAccessibleEvent event(m_error, QAccessible::NameChanged);
            QAccessible::updateAccessibility(&event);
            m_cloudFile->setFocus();
            return;
        }
    }
    const bool restart = restartNeeded();
    m_settings.setCloud(cloud);
    m_settings.setCloudFile(cloud == AppSettings::Cloud::CustomFile ? file : QString());
    m_settings.setDefaultSubscriptionId(m_subscription->currentData().toString());
    m_settings.setBekOnlyRule2017(m_rule2017->isChecked());
    m_settings.setConcurrency(m_concurrency->value());
    m_settings.setLogLevel(AppSettings::LogLevel(m_logLevel->currentData().toInt()));
    m_settings.setLanguage(selectedLanguage());
    m_qsettings->sync();
    m_settings.applyLogLevel();
    Q_EMIT settingsApplied(restart);
    QDialog::accept();
}

void SettingsDialog::resetToDefaults()
{
    if (m_confirmReset && !m_confirmReset()) {
        return;
    }
    m_settings.resetToDefaults();
    m_qsettings->sync();
    m_settings.applyLogLevel();
    load();
    Q_EMIT settingsApplied(restartNeeded());
}
