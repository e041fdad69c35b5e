// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionController.h"

#include "AppInfo.h"
#include "auth/AuthConstants.h"
#include "auth/EnvironmentCredential.h"
#include "auth/InProcessBrowser.h"
#include "auth/TokenRequestJob.h"
#include "net/LoopbackAddress.h"
#include "net/RestClient.h"

SessionController::SessionController(QNetworkAccessManager *nam, CredentialStore *secrets,
                                     QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_store(secrets, settings)
{
    m_rest = new RestClient(nam, nullptr, this);
    m_rest->setUserAgent(AppInfo::userAgent());
    m_tokens = new AccountTokenProvider(m_rest, this);
    m_inProcessBrowser = new InProcessBrowser(nam, this);
    connect(m_tokens, &TokenProvider::signInRequired, this, &SessionController::onSignInRequired);
    connect(m_tokens, &AccountTokenProvider::refreshTokenChanged, this, [this](const QString &rt) {
        if (m_persisted && m_account.kind != Account::Kind::ServicePrincipal) {
            persist(rt); // the rotated refresh token replaces the old one
        }
    });
}

SessionController::~SessionController()
{
    dropFlows();
}

TokenProvider *SessionController::tokenProvider() const
{
    return m_tokens;
}

bool SessionController::start()
{
    if (const auto env = EnvironmentCredential::fromEnvironment(m_env)) {
        // As the Azure SDKs' EnvironmentCredential: no dialog, nothing stored.
        CloudEnvironment cloud = CloudEnvironment::azureCloud();
        if (!env->authorityHost.isEmpty()) {
            QUrl host(env->authorityHost.contains(QStringLiteral("://"))
                          ? env->authorityHost
                          : QStringLiteral("https://") + env->authorityHost);
            if (!host.path().endsWith(QLatin1Char('/'))) {
                host.setPath(host.path() + QLatin1Char('/'));
            }
            if (m_sandboxCloud && m_sandboxCloud->authorityHost == host) {
                cloud = *m_sandboxCloud;
            } else if (host.host().endsWith(QLatin1String(".us"))) {
                cloud = CloudEnvironment::azureUsGovernment();
            } else if (host.host().endsWith(QLatin1String(".cn"))) {
                cloud = CloudEnvironment::azureChinaCloud();
            }
            if (host.scheme() == QLatin1String("https") ||
                (host.scheme() == QLatin1String("http") && isLoopbackHost(host.host()))) {
                cloud.authorityHost = host;
            }
        }
        signInAsServicePrincipal(cloud, env->tenantId, env->clientId, env->clientSecret);
        m_method = Method::Environment;
        return true;
    }
    const Account account = m_store.account();
    if (!account.isValid()) {
        return false;
    }
    restore(account);
    return true;
}

void SessionController::restore(const Account &account)
{
    dropFlows();
    m_stateBeforeSignIn = State::SignedOut;
    setState(State::SigningIn, Method::Restore);
    QString why;
    const auto cloud = resolveCloud(account, &why);
    if (!cloud) {
        setError(AzureError(AzureError::Category::Client, QStringLiteral("CloudUnavailable"), why),
                 tr("Your saved sign-in could not be restored: %1").arg(why));
        setState(State::SignedOut, Method::None);
        return;
    }
    const quint64 attempt = ++m_attempt;
    QPointer<SessionController> self(this);
    m_store.readSecret(account, [self, attempt, account, cloud](const CredentialStore::Result &r,
                                                                const QString &secret) {
        if (!self || attempt != self->m_attempt) {
            return;
        }
        if (!r.ok) {
            if (r.unavailable) {
                self->setError(AzureError(AzureError::Category::Auth,
                                          QStringLiteral("KeychainUnavailable"), r.error),
                               tr("Your saved sign-in could not be read from the system "
                                  "keychain (%1). Sign in again.")
                                   .arg(r.error));
            } else {
                self->m_store.forgetAccount(); // metadata without a secret: start afresh
            }
            self->setState(State::SignedOut, Method::None);
            return;
        }
        AccountTokenProvider::Credential c{*cloud, account.tenantId, account.clientId, {}, {}};
        (account.kind == Account::Kind::ServicePrincipal ? c.clientSecret : c.refreshToken) =
            secret;
        self->m_tokens->setCredential(c);
        self->m_tokens->requestToken(cloud->armScope, [self, attempt, account, cloud](
                                                          const AccessToken &t, const QString &) {
            if (!self || attempt != self->m_attempt) {
                return;
            }
            if (t.isValid()) {
                self->m_account = account;
                self->m_cloud = *cloud;
                self->m_persisted = true;
                self->m_selected = self->m_store.selectedSubscriptions(account);
                self->setError({}, {});
                self->setState(State::SignedIn, Method::Restore);
                Q_EMIT self->signedIn();
                return;
            }
            if (account.kind == Account::Kind::Sandbox && self->m_sandboxCloud) {
                // A new sandbox knows nothing of the last one's tokens; its demo user
                // signs in again without anybody.
                self->signInToSandbox();
                return;
            }
            const AzureError e = self->m_tokens->lastError();
            if (self->m_tokens->isSignInRequired()) {
                self->m_account = account;
                self->m_cloud = *cloud;
                self->setError(e, tr("Your saved sign-in has expired or was revoked. Sign "
                                     "in again."));
                self->setState(State::SignInAgainRequired, Method::Restore);
                return;
            }
            self->setError(e, tr("Could not restore your sign-in: %1").arg(e.userMessage()));
            self->setState(State::SignedOut, Method::None);
        });
    });
}

void SessionController::signInToSandbox()
{
    if (!m_sandboxCloud) {
        failSignIn(AzureError(AzureError::Category::Client, QStringLiteral("NoSandbox"),
                              tr("The sandbox is not running.")),
                   tr("Could not sign in to the sandbox"));
        return;
    }
    startBrowserFlow(*m_sandboxCloud, AuthConstants::organizationsTenant,
                     m_inProcessBrowser->opener(), AuthConstants::sandboxUser,
                     Account::Kind::Sandbox);
}

void SessionController::signInWithBrowser(const CloudEnvironment &cloud, const QString &tenant)
{
    startBrowserFlow(cloud, tenant, m_opener, {}, Account::Kind::User);
}

void SessionController::startBrowserFlow(const CloudEnvironment &cloud, const QString &tenant,
                                         BrowserSignInFlow::UrlOpener opener,
                                         const QString &loginHint, Account::Kind kind)
{
    dropFlows();
    if (m_state != State::SigningIn) {
        m_stateBeforeSignIn = m_state;
    }
    setError({}, {});
    setState(State::SigningIn, kind == Account::Kind::Sandbox ? Method::Sandbox : Method::Browser);
    BrowserSignInFlow::Options o;
    o.cloud = cloud;
    o.tenant = tenant.isEmpty() ? AuthConstants::organizationsTenant : tenant;
    o.clientId = AuthConstants::publicClientId;
    o.scopes = AuthConstants::userSignInScopes(cloud);
    o.loginHint = loginHint;
    // The Azure CLI app registers http://localhost as its reply URL; the sandbox takes any
    // loopback host, so it gets the literal address Microsoft recommends.
    o.redirectHost = cloud.sandbox ? QStringLiteral("127.0.0.1") : QStringLiteral("localhost");
    m_browserFlow = new BrowserSignInFlow(m_rest, o, std::move(opener), this);
    BrowserSignInFlow *flow = m_browserFlow;
    connect(flow, &BrowserSignInFlow::finished, this, [this, flow, cloud, kind] {
        if (flow->isOk()) {
            completeUserSignIn(cloud, flow->result(), kind);
        } else {
            failSignIn(flow->error(), kind == Account::Kind::Sandbox
                                          ? tr("Could not sign in to the sandbox")
                                          : tr("Browser sign-in failed"));
        }
    });
    Q_EMIT browserFlowStarted(flow);
    flow->start();
}

void SessionController::signInWithDeviceCode(const CloudEnvironment &cloud, const QString &tenant)
{
    dropFlows();
    if (m_state != State::SigningIn) {
        m_stateBeforeSignIn = m_state;
    }
    setError({}, {});
    setState(State::SigningIn, Method::DeviceCode);
    DeviceCodeFlow::Options o;
    o.cloud = cloud;
    o.tenant = tenant.isEmpty() ? AuthConstants::organizationsTenant : tenant;
    o.clientId = AuthConstants::publicClientId;
    o.scopes = AuthConstants::userSignInScopes(cloud);
    o.timeScale = m_deviceCodeTimeScale;
    m_deviceFlow = new DeviceCodeFlow(m_rest, o, this);
    DeviceCodeFlow *flow = m_deviceFlow;
    connect(flow, &DeviceCodeFlow::finished, this, [this, flow, cloud] {
        if (flow->isOk()) {
            completeUserSignIn(cloud, flow->result(), Account::Kind::User);
        } else {
            failSignIn(flow->error(), tr("Device code sign-in failed"));
        }
    });
    Q_EMIT deviceCodeFlowStarted(flow);
    flow->start();
}

void SessionController::signInAsServicePrincipal(const CloudEnvironment &cloud,
                                                 const QString &tenant, const QString &clientId,
                                                 const QString &secret)
{
    dropFlows();
    if (m_state != State::SigningIn) {
        m_stateBeforeSignIn = m_state;
    }
    setError({}, {});
    setState(State::SigningIn, Method::ServicePrincipal);
    if (tenant.trimmed().isEmpty() || clientId.trimmed().isEmpty() || secret.isEmpty()) {
        failSignIn(AzureError(AzureError::Category::Client, QStringLiteral("MissingInput"),
                              tr("Enter the tenant, the client id and the client secret.")),
                   tr("The service principal could not sign in"));
        return;
    }
    const bool fromEnvironment = EnvironmentCredential::fromEnvironment(m_env).has_value() &&
                                 m_env.value(QStringLiteral("AZURE_CLIENT_SECRET")) == secret;
    m_spJob = TokenRequestJob::clientCredentials(m_rest, cloud.tokenEndpoint(tenant.trimmed()),
                                                 clientId.trimmed(), secret, cloud.armScope, this);
    TokenRequestJob *job = m_spJob;
    connect(job, &TokenRequestJob::finished, this, [=, this] {
        if (!job->isOk()) {
            failSignIn(job->error(), tr("The service principal could not sign in"));
            return;
        }
        Account a;
        a.kind = Account::Kind::ServicePrincipal;
        a.username = clientId.trimmed();
        a.clientId = clientId.trimmed();
        a.tenantId = tenant.trimmed();
        a.cloudName = cloud.name;
        a.cloudFile = cloud.sourceFile;
        a.fromEnvironment = fromEnvironment;
        complete(a, cloud, {cloud, a.tenantId, a.clientId, secret, {}}, job->result());
    });
    job->start();
}

void SessionController::completeUserSignIn(const CloudEnvironment &cloud, const TokenResult &result,
                                           Account::Kind kind)
{
    if (result.refreshToken.isEmpty()) {
        failSignIn(AzureError(AzureError::Category::BadResponse, QStringLiteral("NoRefreshToken"),
                              tr("The sign-in service did not return a refresh token.")),
                   tr("Sign-in failed"));
        return;
    }
    Account a;
    a.kind = kind;
    a.username = result.username();
    if (a.username.isEmpty() && kind == Account::Kind::Sandbox) {
        a.username = AuthConstants::sandboxUser;
    }
    a.clientId = AuthConstants::publicClientId;
    a.tenantId =
        result.tenantId().isEmpty() ? AuthConstants::organizationsTenant : result.tenantId();
    a.cloudName = cloud.name;
    a.cloudFile = cloud.sourceFile;
    a.homeObjectId = result.objectId();
    complete(a, cloud, {cloud, a.tenantId, a.clientId, {}, result.refreshToken}, result);
}

void SessionController::complete(const Account &account, const CloudEnvironment &cloud,
                                 const AccountTokenProvider::Credential &credential,
                                 const TokenResult &first)
{
    m_tokens->setCredential(credential);
    m_tokens->addToken(cloud.armScope, first);
    m_account = account;
    m_cloud = cloud;
    m_selected = m_store.selectedSubscriptions(account);
    m_persisted = false;
    setError({}, {});
    const Method method = m_method;
    setState(State::SignedIn, method);
    qCInfo(lcAuth) << "signed in:" << Account::kindName(account.kind) << "in" << cloud.name;
    Q_EMIT signedIn();
    if (!account.fromEnvironment) {
        persist(credential.clientSecret.isEmpty() ? credential.refreshToken
                                                  : credential.clientSecret);
    }
}

void SessionController::persist(const QString &secret)
{
    const Account account = m_account;
    QPointer<SessionController> self(this);
    m_store.saveSecret(account, secret, [self, account](const CredentialStore::Result &r) {
        if (!self || !(self->m_account == account)) {
            return;
        }
        if (r.ok) {
            self->m_store.saveAccount(account);
            self->m_persisted = true;
            self->setPersistenceWarning({});
            return;
        }
        // Never plaintext: the session goes on in memory and says it will not be remembered.
        self->m_persisted = false;
        self->m_store.forgetAccount();
        self->setPersistenceWarning(
            tr("You are signed in for this session only: the sign-in cannot be remembered "
               "because the system keychain is not available (%1).")
                .arg(r.error));
    });
}

void SessionController::cancelSignIn()
{
    if (m_browserFlow) {
        m_browserFlow->cancel();
    }
    if (m_deviceFlow) {
        m_deviceFlow->cancel();
    }
    if (m_spJob) {
        m_spJob->abort();
    }
}

void SessionController::signOut()
{
    ++m_attempt;
    dropFlows();
    const Account account = m_account.isValid() ? m_account : m_store.account();
    if (account.isValid() && !account.fromEnvironment) {
        m_store.removeSecrets(account, [](const CredentialStore::Result &) {});
    }
    m_store.forgetAccount();
    m_tokens->clear();
    m_account = Account();
    m_cloud = CloudEnvironment();
    m_selected.clear();
    m_persisted = false;
    setError({}, {});
    setPersistenceWarning({});
    setState(State::SignedOut, Method::None);
    Q_EMIT signedOut();
}

void SessionController::setSelectedSubscriptionIds(const QStringList &ids)
{
    if (ids == m_selected && hasSubscriptionSelection()) {
        return;
    }
    m_selected = ids;
    if (m_account.isValid()) {
        m_store.saveSelectedSubscriptions(m_account, ids);
    }
    Q_EMIT selectedSubscriptionIdsChanged(ids);
}

bool SessionController::hasSubscriptionSelection() const
{
    return m_account.isValid() && m_store.hasSelection(m_account);
}

std::optional<CloudEnvironment> SessionController::resolveCloud(const Account &account,
                                                                QString *error) const
{
    if (m_sandboxCloud && account.cloudName == m_sandboxCloud->name) {
        return m_sandboxCloud;
    }
    if (!account.cloudFile.isEmpty()) {
        return CloudEnvironment::fromFile(account.cloudFile, error);
    }
    if (auto cloud = CloudEnvironment::builtIn(account.cloudName)) {
        return cloud;
    }
    *error = tr("The cloud '%1' is not available.").arg(account.cloudName);
    return std::nullopt;
}

void SessionController::failSignIn(const AzureError &error, const QString &context)
{
    if (error.category() == AzureError::Category::Canceled) {
        setError({}, {});
    } else {
        setError(error, tr("%1: %2").arg(context, error.userMessage()));
    }
    const State back =
        m_stateBeforeSignIn == State::SigningIn ? State::SignedOut : m_stateBeforeSignIn;
    setState(back, back == State::SignedOut ? Method::None : m_method);
}

void SessionController::onSignInRequired(const QString &reason)
{
    if (m_state != State::SignedIn) {
        return; // a sign-in or restore in progress handles its own failure
    }
    setError(m_tokens->lastError(),
             tr("Your sign-in has expired or was revoked (%1). Sign in again to continue; "
                "nothing you were doing is lost.")
                 .arg(reason));
    setState(State::SignInAgainRequired, m_method);
    Q_EMIT signInRequired(reason);
}

void SessionController::setState(State state, Method method)
{
    const bool changed = state != m_state || method != m_method;
    m_state = state;
    m_method = method;
    if (changed) {
        Q_EMIT stateChanged(state);
    }
}

void SessionController::setError(const AzureError &error, const QString &text)
{
    m_error = error;
    if (m_errorText != text) {
        m_errorText = text;
        Q_EMIT errorChanged(text);
    }
}

void SessionController::setPersistenceWarning(const QString &warning)
{
    if (m_persistenceWarning != warning) {
        m_persistenceWarning = warning;
        Q_EMIT persistenceWarningChanged(warning);
    }
}

void SessionController::dropFlows()
{
    for (QObject *flow : {static_cast<QObject *>(m_browserFlow.data()),
                          static_cast<QObject *>(m_deviceFlow.data())}) {
        if (flow) {
            flow->disconnect(this);
            flow->deleteLater();
        }
    }
    if (m_spJob) {
        m_spJob->disconnect(this);
        m_spJob->abort();
    }
    m_browserFlow = nullptr;
    m_deviceFlow = nullptr;
    m_spJob = nullptr;
}
