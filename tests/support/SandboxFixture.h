// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpProbe.h"
#include "Sandbox.h"

#include <QUrl>

#include <memory>

// The demo world's fixed identities, as tests refer to them.
namespace SandboxIds {
inline const QString tenant = QStringLiteral("8f2b6c1a-3d4e-4f50-9a6b-7c8d9e0f1a2b");
inline const QString production = QStringLiteral("1d3c5b7a-9e8f-4a1b-8c2d-3e4f5a6b7c8d");
inline const QString devTest = QStringLiteral("2e4d6c8b-0f9a-4b2c-9d3e-4f5a6b7c8d9e");
inline const QString adminObjectId = QStringLiteral("a0a0a0a0-1111-4a11-8a11-000000000001");
inline const QString automationClientId = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
inline const QString automationSecret = QStringLiteral("sandbox-demo-secret");
inline const QString readerClientId = QStringLiteral("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f");
inline const QString readerSecret = QStringLiteral("sandbox-reader-secret");
inline const QString backupAppId = QStringLiteral("262044b1-e2ce-469f-a196-69ab7ada62d3");
inline const QString armScope = QStringLiteral("https://management.azure.com/.default");
inline const QString vaultScope = QStringLiteral("https://vault.azure.net/.default");
inline const QString graphScope = QStringLiteral("https://graph.microsoft.com/.default");
} // namespace SandboxIds

// Starts the demo-world sandbox in the test's own thread (the test's event loop serves
// it while the test waits on signals), with time scaled down so jobs finish fast.
class SandboxFixture
{
public:
    explicit SandboxFixture(Sandbox::Options options = defaultOptions());
    static Sandbox::Options defaultOptions();

    Sandbox &sandbox() { return *m_sandbox; }
    QUrl url(const QString &pathAndQuery) const;
    QByteArray token(const QString &clientId, const QString &secret,
                     const QString &scope = SandboxIds::armScope);
    QByteArray automationToken(const QString &scope = SandboxIds::armScope);
    // The admin user's token, minted directly (the interactive flows are tested apart).
    QByteArray adminToken(const QString &audience = TokenIssuer::armAudience);
    HttpProbe &http() { return m_http; }

private:
    std::unique_ptr<Sandbox> m_sandbox;
    HttpProbe m_http;
};
