// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

class Sandbox;
struct SandboxRequest;
struct SandboxResponse;

// Every credential and piece of secret material that crossed the sandbox's wire while it
// was installed, recorded from the exchanges themselves (the sandbox's wire tap), so a
// redaction test looks for what was really issued and presented rather than a hand-typed
// list: bearer and SharedKey credentials, issued access/refresh/id tokens, device codes,
// authorization codes, PKCE verifiers, client secrets, SAS signatures, storage account keys,
// Key Vault secret values, key and secret backup blobs, wrapped keys.
class WireSecrets
{
public:
    explicit WireSecrets(Sandbox &sandbox); // installs the tap
    ~WireSecrets();                         // removes it
    WireSecrets(const WireSecrets &) = delete;
    WireSecrets &operator=(const WireSecrets &) = delete;

    int count() const { return int(m_kinds.size()); }
    // The kinds recorded ("access_token", "sig", "Key Vault value", ...), sorted.
    QStringList kinds() const;
    // "kind: first characters..." of the first secret found in `text` (raw, percent-encoded
    // or a long secret's middle part, which catches truncated bodies), or empty.
    QString findIn(const QString &text) const;

    // Records one exchange; public so a test can feed one by hand.
    void observe(const SandboxRequest &request, const SandboxResponse &response);

private:
    void add(const QString &kind, const QString &value);
    void fromUrl(const QString &url);
    void fromForm(const QByteArray &body);
    void fromJson(const QByteArray &body, bool keyVaultOrKeys);

    Sandbox &m_sandbox;
    QHash<QString, QString> m_kinds; // secret value -> kind
};
