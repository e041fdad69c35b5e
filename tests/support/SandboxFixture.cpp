// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxFixture.h"

#include <QTest>

SandboxFixture::SandboxFixture(Sandbox::Options options)
    : m_sandbox(std::make_unique<Sandbox>(options))
{
    QString error;
    if (!m_sandbox->start(&error)) {
        qFatal("sandbox did not start: %s", qPrintable(error));
    }
}

Sandbox::Options SandboxFixture::defaultOptions()
{
    Sandbox::Options options;
    options.timeScale = 0.001;
    return options;
}

QUrl SandboxFixture::url(const QString &pathAndQuery) const
{
    return QUrl(m_sandbox->baseUrl().toString() + pathAndQuery, QUrl::StrictMode);
}

QByteArray SandboxFixture::token(const QString &clientId, const QString &secret,
                                 const QString &scope)
{
    const auto reply =
        m_http.postForm(url(QStringLiteral("/login/%1/oauth2/v2.0/token").arg(SandboxIds::tenant)),
                        {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                         {QStringLiteral("client_id"), clientId},
                         {QStringLiteral("client_secret"), secret},
                         {QStringLiteral("scope"), scope}});
    return reply.json().value(QStringLiteral("access_token")).toString().toUtf8();
}

QByteArray SandboxFixture::automationToken(const QString &scope)
{
    return token(SandboxIds::automationClientId, SandboxIds::automationSecret, scope);
}

QByteArray SandboxFixture::adminToken(const QString &audience)
{
    const Principal *admin = m_sandbox->world().principalByObjectId(SandboxIds::adminObjectId);
    TokenIssuer::Grant grant{admin->objectId,
                             admin->tenantId,
                             admin->userPrincipalName,
                             audience,
                             QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46"),
                             {}};
    return m_sandbox->tokens().issueAccessToken(grant).toUtf8();
}
