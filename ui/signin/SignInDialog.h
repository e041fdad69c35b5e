// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include <functional>

class DeviceCodeFlow;
class QComboBox;
class MessageBanner;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class SessionController;
struct CloudEnvironment;

// The first-start sign-in dialog: "Try the sandbox" (default, one click), browser, device
// code and service principal. It only renders the SessionController and forwards input;
// errors appear in an inline banner with "Copy details". Accepts once signed in.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(SessionController *session, QWidget *parent = nullptr);

    // Test seam for "Custom endpoints file…": returns a path, empty when canceled.
    void setFileChooser(std::function<QString()> chooser) { m_chooseFile = std::move(chooser); }
    // Preselects the cloud named on the command line or in Settings ("AzureCloud", ...), or
    // the custom cloud of `file`, which is then used without asking for a file again.
    void setPreferredCloud(const QString &name, const QString &file);

    // Closing the dialog (Escape, Cancel, the title bar's close button) also cancels a
    // sign-in still under way: nothing goes on signing in without a window.
    void reject() override;

private:
    QWidget *buildChoices();
    QWidget *buildDeviceCode();
    QWidget *buildServicePrincipal();
    QWidget *buildWaiting();
    QComboBox *cloudCombo(const QString &name);
    bool selectedCloud(QComboBox *combo, CloudEnvironment *cloud);
    void onStateChanged();
    void onDeviceFlow(DeviceCodeFlow *flow);
    void showError(const QString &text, const QString &details);

    QPointer<SessionController> m_session;
    std::function<QString()> m_chooseFile;
    QStackedWidget *m_pages = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_warning = nullptr;
    QComboBox *m_cloud = nullptr;
    QLineEdit *m_tenant = nullptr;
    QLabel *m_userCode = nullptr;
    QLabel *m_verificationUrl = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_deviceStatus = nullptr;
    QLineEdit *m_spTenant = nullptr;
    QLineEdit *m_spClientId = nullptr;
    QLineEdit *m_spSecret = nullptr;
    QComboBox *m_spCloud = nullptr;
    QLabel *m_waitingText = nullptr;
    QWidget *m_returnPage = nullptr;
    QString m_preferredFile;
};
