// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountTokenProvider.h"

#include "AuthConstants.h"
#include "TokenRequestJob.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace {
// A token with less than this left is not handed out any more (clock skew, slow requests);
// short-lived tokens (sandbox tests) use a quarter of their lifetime instead.
constexpr qint64 kMinimumRemainingMs = 10'000;
} // namespace

AccountTokenProvider::AccountTokenProvider(RestClient *client, QObject *parent)
    : TokenProvider(parent)
    , m_client(client)
{}

AccountTokenProvider::~AccountTokenProvider()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

AccountTokenProvider::Entry &AccountTokenProvider::entry(const QString &scope)
{
    auto &e = m_entries[scope];
    if (!e) {
        e = std::make_shared<Entry>();
        e->timer = std::make_unique<QTimer>();
        e->timer->setSingleShot(true);
        QObject::connect(e->timer.get(), &QTimer::timeout, this, [this, scope] {
            // Refresh ahead only what is in use; an idle scope is fetched again on demand.
            Entry &en = entry(scope);
            if (en.usedSinceRefresh && !m_signInRequired) {
                schedule(scope);
            }
        });
    }
    return *e;
}

void AccountTokenProvider::setCredential(const Credential &credential)
{
    ++m_generation;
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job = nullptr;
    }
    m_credential = credential;
    m_signInRequired = false;
    m_reason.clear();
    m_lastError = AzureError();
    m_jobScope.clear();
    m_queue.clear();
    // Another account's tokens must not leak into this one; requests waiting since before
    // (a sign-in in the middle of work) are served with the new credential.
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        Entry &e = **it;
        e.token = {};
        e.refreshOn = {};
        e.queued = false;
        e.timer->stop();
    }
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (!(*it)->waiters.isEmpty()) {
            schedule(it.key());
        }
    }
}

void AccountTokenProvider::addToken(const QString &scope, const TokenResult &result)
{
    store(scope, result);
}

void AccountTokenProvider::clear()
{
    ++m_generation;
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job = nullptr;
    }
    m_jobScope.clear();
    m_queue.clear();
    failAll(tr("You are signed out."));
    m_entries.clear();
    m_credential = Credential();
    m_signInRequired = false;
    m_reason.clear();
}

void AccountTokenProvider::requestToken(const QString &scope, Callback done)
{
    QString refusal;
    if (m_signInRequired) {
        refusal = tr("Sign in again to continue: %1").arg(m_reason);
    } else if (!m_credential.isValid()) {
        refusal = tr("You are not signed in.");
    }
    if (!refusal.isEmpty()) {
        // Asynchronously, so a caller never sees its callback before requestToken() returns.
        QMetaObject::invokeMethod(
            this, [done, refusal] { done(AccessToken(), refusal); }, Qt::QueuedConnection);
        return;
    }
    Entry &e = entry(scope);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (e.token.isValid()) {
        if (now < e.refreshOn) {
            e.usedSinceRefresh = true;
            done(e.token, QString());
            return;
        }
        const qint64 remainingMs = now.msecsTo(e.token.expiresOn);
        const qint64 marginMs =
            std::min(kMinimumRemainingMs, e.issuedAt.msecsTo(e.token.expiresOn) / 4);
        if (e.refreshOn.isValid() && remainingMs > marginMs) {
            // Due for refresh but still good: use it, refresh in the background.
            e.usedSinceRefresh = true;
            done(e.token, QString());
            schedule(scope);
            return;
        }
    }
    e.waiters.append(std::move(done));
    schedule(scope);
}

void AccountTokenProvider::invalidate(const QString &scope, const QString &token)
{
    auto it = m_entries.find(scope);
    if (it != m_entries.end() && (*it)->token.token == token) {
        qCInfo(lcAuth) << "token for" << scope << "rejected by the service; dropped";
        (*it)->token = {};
        (*it)->refreshOn = {};
        (*it)->timer->stop();
    }
}

void AccountTokenProvider::schedule(const QString &scope)
{
    Entry &e = entry(scope);
    if (e.queued || (m_job && m_jobScope == scope)) {
        return; // one token request per scope at a time: everyone waits for it
    }
    e.queued = true;
    m_queue.append(scope);
    pump();
}

void AccountTokenProvider::pump()
{
    if (m_job || m_queue.isEmpty()) {
        return;
    }
    const QString scope = m_queue.takeFirst();
    entry(scope).queued = false;
    const QUrl endpoint = m_credential.cloud.tokenEndpoint(m_credential.tenant);
    if (!m_credential.refreshToken.isEmpty()) {
        // offline_access keeps refresh tokens coming back (rotation).
        m_job = TokenRequestJob::refreshToken(
            m_client, endpoint, m_credential.clientId, m_credential.refreshToken,
            scope + QLatin1Char(' ') + AuthConstants::offlineAccess, this);
    } else {
        m_job = TokenRequestJob::clientCredentials(m_client, endpoint, m_credential.clientId,
                                                   m_credential.clientSecret, scope, this);
    }
    m_jobScope = scope;
    ++m_requestCount;
    const quint64 generation = m_generation;
    connect(m_job, &TokenRequestJob::finished, this, [this, scope, generation] {
        if (generation == m_generation) {
            onJobFinished(scope);
        }
    });
    m_job->start();
}

void AccountTokenProvider::onJobFinished(const QString &scope)
{
    TokenRequestJob *job = m_job;
    m_job = nullptr;
    m_jobScope.clear();
    if (job->isOk()) {
        const TokenResult result = job->result();
        if (!result.refreshToken.isEmpty() && result.refreshToken != m_credential.refreshToken &&
            !m_credential.refreshToken.isEmpty()) {
            m_credential.refreshToken = result.refreshToken;
            Q_EMIT refreshTokenChanged(result.refreshToken);
        }
        store(scope, result);
    } else {
        m_lastError = job->error();
        if (isCredentialRejected(m_lastError)) {
            m_signInRequired = true;
            m_reason = m_lastError.userMessage();
            qCWarning(lcAuth) << "credential refused:" << m_lastError.code();
            m_queue.clear();
            for (auto &e : m_entries) {
                e->queued = false;
                e->timer->stop();
            }
            failAll(tr("Sign in again to continue: %1").arg(m_reason));
            Q_EMIT signInRequired(m_reason);
            return;
        }
        // A passing failure (network, throttled, 5xx after retries): the waiters learn it, a
        // still-valid token stays, and the next request tries again.
        qCWarning(lcAuth) << "token request for" << scope << "failed:" << m_lastError.code();
        failWaiters(scope, m_lastError.userMessage());
    }
    pump();
}

void AccountTokenProvider::store(const QString &scope, const TokenResult &result)
{
    Entry &e = entry(scope);
    e.token = result.accessToken;
    e.refreshOn = result.refreshOn;
    e.issuedAt = QDateTime::currentDateTimeUtc();
    const QList<Callback> waiters = std::exchange(e.waiters, {});
    e.usedSinceRefresh = !waiters.isEmpty();
    const qint64 due = QDateTime::currentDateTimeUtc().msecsTo(e.refreshOn);
    e.timer->start(int(std::clamp<qint64>(due, 0, std::numeric_limits<int>::max())));
    Q_EMIT tokenRefreshed(scope);
    const AccessToken token = e.token; // callbacks may change the entry
    for (const Callback &cb : waiters) {
        cb(token, QString());
    }
}

void AccountTokenProvider::failWaiters(const QString &scope, const QString &message)
{
    auto it = m_entries.find(scope);
    if (it == m_entries.end()) {
        return;
    }
    const QList<Callback> waiters = std::exchange((*it)->waiters, {});
    for (const Callback &cb : waiters) {
        cb(AccessToken(), message);
    }
}

void AccountTokenProvider::failAll(const QString &message)
{
    const QStringList scopes = m_entries.keys();
    for (const QString &scope : scopes) {
        failWaiters(scope, message);
    }
}

bool AccountTokenProvider::isCredentialRejected(const AzureError &error)
{
    const QString code = error.code();
    return error.category() == AzureError::Category::Auth ||
           code == QLatin1String("interaction_required") || code == QLatin1String("invalid_client");
}
