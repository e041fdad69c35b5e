// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SessionStore.h"
#include "auth/Account.h"
#include "auth/AccountTokenProvider.h"
#include "auth/BrowserSignInFlow.h"
#include "auth/CloudEnvironment.h"
#include "auth/DeviceCodeFlow.h"
#include "net/AzureError.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

class CredentialStore;
class InProcessBrowser;
class QNetworkAccessManager;
class QSettings;
class RestClient;
class TokenProvider;

// The sign-in state machine, without widgets:
//   SignedOut -> SigningIn (method) -> SignedIn (account, cloud, subscriptions)
//   SignedIn -> SignInAgainRequired (refresh refused; work and selection are kept)
// It owns the flows, the session's TokenProvider (one object for the controller's life, so
// clients built on it survive re-sign-ins) and a RestClient on the injected QNAM that carries
// both the token requests and, if the app wants, its ARM calls.
class SessionController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(Method method READ method NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(QString persistenceWarning READ persistenceWarning NOTIFY persistenceWarningChanged)
    Q_PROPERTY(QStringList selectedSubscriptionIds READ selectedSubscriptionIds WRITE
                   setSelectedSubscriptionIds NOTIFY selectedSubscriptionIdsChanged)
public:
    enum class State
    {
        SignedOut,
        SigningIn,
        SignedIn,
        SignInAgainRequired
    };
    Q_ENUM(State)
    enum class Method
    {
        None,
        Sandbox,
        Browser,
        DeviceCode,
        ServicePrincipal,
        Environment,
        Restore
    };
    Q_ENUM(Method)

    SessionController(QNetworkAccessManager *nam, CredentialStore *secrets, QSettings *settings,
                      QObject *parent = nullptr);
    ~SessionController() override;

    // --- configuration, before start() ---
    // The in-process sandbox's cloud (CloudEnvironment::fromJson(host.cloudEndpoints())).
    void setSandboxCloud(const std::optional<CloudEnvironment> &cloud) { m_sandboxCloud = cloud; }
    std::optional<CloudEnvironment> sandboxCloud() const { return m_sandboxCloud; }
    // How the browser flow opens the system browser (the app: QDesktopServices::openUrl).
    void setBrowserOpener(BrowserSignInFlow::UrlOpener opener) { m_opener = std::move(opener); }
    // Test seams: the environment read for AZURE_*; the pace of device code polling.
    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }
    void setDeviceCodeTimeScale(double scale) { m_deviceCodeTimeScale = scale; }

    // At start-up: AZURE_* service principal if set, else the remembered session. Returns
    // false (state SignedOut) when there is nothing to sign in with: show the dialog.
    bool start();

    // --- sign-in methods (each ends in SignedIn, or back in the previous state + error) ---
    void signInToSandbox();
    void signInWithBrowser(const CloudEnvironment &cloud,
                           const QString &tenant = QStringLiteral("organizations"));
    void signInWithDeviceCode(const CloudEnvironment &cloud,
                              const QString &tenant = QStringLiteral("organizations"));
    void signInAsServicePrincipal(const CloudEnvironment &cloud, const QString &tenant,
                                  const QString &clientId, const QString &secret);
    void cancelSignIn();
    void signOut();

    DeviceCodeFlow *deviceCodeFlow() const { return m_deviceFlow; }
    BrowserSignInFlow *browserFlow() const { return m_browserFlow; }

    State state() const { return m_state; }
    Method method() const { return m_method; }
    Account account() const { return m_account; }
    CloudEnvironment cloud() const { return m_cloud; }
    TokenProvider *tokenProvider() const;
    AccountTokenProvider *accountTokenProvider() const { return m_tokens; }
    RestClient *restClient() const { return m_rest; }
    QStringList selectedSubscriptionIds() const { return m_selected; }
    void setSelectedSubscriptionIds(const QStringList &ids);
    bool hasSubscriptionSelection() const;
    AzureError lastError() const { return m_error; }
    QString errorText() const { return m_errorText; }
    QString persistenceWarning() const { return m_persistenceWarning; }

    // The cloud an account was signed in to: built-in, custom file or the sandbox.
    std::optional<CloudEnvironment> resolveCloud(const Account &account, QString *error) const;

Q_SIGNALS:
    void stateChanged(SessionController::State state);
    // account(), cloud() and tokenProvider() are ready: (re)build ARM and other clients.
    void signedIn();
    void signedOut();
    void signInRequired(const QString &reason);
    void errorChanged(const QString &errorText);
    void persistenceWarningChanged(const QString &warning);
    void selectedSubscriptionIdsChanged(const QStringList &ids);
    void deviceCodeFlowStarted(DeviceCodeFlow *flow);
    void browserFlowStarted(BrowserSignInFlow *flow);

private:
    void startBrowserFlow(const CloudEnvironment &cloud, const QString &tenant,
                          BrowserSignInFlow::UrlOpener opener, const QString &loginHint,
                          Account::Kind kind);
    void completeUserSignIn(const CloudEnvironment &cloud, const TokenResult &result,
                            Account::Kind kind);
    void complete(const Account &account, const CloudEnvironment &cloud,
                  const AccountTokenProvider::Credential &credential, const TokenResult &first);
    void restore(const Account &account);
    void persist(const QString &secret);
    void failSignIn(const AzureError &error, const QString &context);
    void setState(State state, Method method);
    void setError(const AzureError &error, const QString &text);
    void setPersistenceWarning(const QString &warning);
    void onSignInRequired(const QString &reason);
    void dropFlows();

    QPointer<QNetworkAccessManager> m_nam;
    RestClient *m_rest = nullptr;
    AccountTokenProvider *m_tokens = nullptr;
    SessionStore m_store;
    InProcessBrowser *m_inProcessBrowser = nullptr;
    std::optional<CloudEnvironment> m_sandboxCloud;
    BrowserSignInFlow::UrlOpener m_opener;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    double m_deviceCodeTimeScale = 1.0;

    State m_state = State::SignedOut;
    Method m_method = Method::None;
    State m_stateBeforeSignIn = State::SignedOut;
    Account m_account;
    CloudEnvironment m_cloud;
    QStringList m_selected;
    AzureError m_error;
    QString m_errorText;
    QString m_persistenceWarning;
    bool m_persisted = false; // the secret is in the keychain
    QPointer<BrowserSignInFlow> m_browserFlow;
    QPointer<DeviceCodeFlow> m_deviceFlow;
    QPointer<TokenRequestJob> m_spJob;
    quint64 m_attempt = 0;
};
