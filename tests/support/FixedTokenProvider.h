// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/TokenProvider.h"

#include <QStringList>

// A TokenProvider for tests: hands out the given tokens in order. invalidate() moves on to the
// next one (the last one repeats), so "401, fresh token, retry" is observable.
class FixedTokenProvider : public TokenProvider
{
    Q_OBJECT
public:
    explicit FixedTokenProvider(const QStringList &tokens = {QStringLiteral("token-1")},
                                QObject *parent = nullptr);

    void requestToken(const QString &scope, Callback done) override;
    void invalidate(const QString &scope, const QString &token) override;

    void setError(const QString &error) { m_error = error; } // non-empty: no token, this error
    void setAsynchronous(bool async) { m_async = async; }    // answer from the event loop

    int requestCount() const { return int(m_scopes.size()); }
    QStringList requestedScopes() const { return m_scopes; }
    QStringList invalidatedTokens() const { return m_invalidated; }
    QString currentToken() const { return m_tokens.value(m_index); }

private:
    QStringList m_tokens;
    qsizetype m_index = 0;
    QString m_error;
    bool m_async = false;
    QStringList m_scopes;
    QStringList m_invalidated;
};
