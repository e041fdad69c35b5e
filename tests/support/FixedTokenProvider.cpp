// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixedTokenProvider.h"

#include <QTimer>

FixedTokenProvider::FixedTokenProvider(const QStringList &tokens, QObject *parent)
    : TokenProvider(parent)
    , m_tokens(tokens)
{}

void FixedTokenProvider::requestToken(const QString &scope, Callback done)
{
    m_scopes << scope;
    AccessToken token;
    if (m_error.isEmpty()) {
        token.token = currentToken();
        token.expiresOn = QDateTime::currentDateTimeUtc().addSecs(3600);
    }
    const QString error = m_error;
    if (m_async) {
        QTimer::singleShot(0, this, [done, token, error]() { done(token, error); });
    } else {
        done(token, error);
    }
}

void FixedTokenProvider::invalidate(const QString &scope, const QString &token)
{
    Q_UNUSED(scope)
    m_invalidated << token;
    if (token == currentToken() && m_index + 1 < m_tokens.size()) {
        ++m_index;
    }
}
