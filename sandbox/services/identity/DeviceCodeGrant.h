// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

class Sandbox;

// The device authorization grant (RFC 8628) as the Microsoft identity platform runs it:
// POST .../devicecode hands out a device code and a user code, the user enters the code on
// the sign-in page (GET/POST /login/device), and the client polls the token endpoint.
//
// Lifetimes and the polling interval are real seconds, as the client reads them from the
// response (world settings "deviceCodeLifetimeSeconds", default 900, and
// "deviceCodeIntervalSeconds", default 5). Only the simulated user's approval scales with
// the clock: "autoApproveDeviceCodeAfterSeconds" (nominal, default 10; negative: never),
// so the app's sandbox mode and tests complete without a person at the page.
class DeviceCodeGrant
{
public:
    explicit DeviceCodeGrant(Sandbox &sandbox)
        : m_sandbox(sandbox)
    {}

    // The devicecode answer for a validated client id and scope.
    SandboxResponse start(const QString &clientId, const QString &scope);

    // What a token request with a device code gets: an error to send as it is, or the
    // approved sign-in to issue tokens for (the code is used up then).
    struct Redemption
    {
        std::optional<SandboxResponse> error;
        QString scope;
        QString userObjectId;
    };
    Redemption redeem(const QString &deviceCode, const QString &clientId);

    // GET /login/device and POST /login/device {user_code, action=approve|decline}.
    SandboxResponse page(const SandboxRequest &request) const;
    SandboxResponse submit(const SandboxRequest &request);

    enum class Decision
    {
        Approved,
        Declined,
        Unknown,
        Expired,
        AlreadyDecided
    };
    // Approves (as the interactive user) or declines the sign-in waiting on `userCode`.
    Decision decide(const QString &userCode, bool approve);

private:
    enum class State
    {
        Pending,
        Approved,
        Declined
    };
    struct Pending
    {
        QString clientId;
        QString scope;
        QString userCode;
        QDateTime expiresAt;
        QDateTime autoApproveAt; // invalid: nobody approves by themselves
        QDateTime lastPoll;
        qint64 intervalMs = 5000; // grows by 5 s with every slow_down, as RFC 8628 asks
        State state = State::Pending;
        QString userObjectId;
    };

    QString newUserCode() const;
    static QString normalized(const QString &userCode);
    void forgetStale();
    int setting(const char *name, int fallback) const;

    Sandbox &m_sandbox;
    QHash<QString, Pending> m_byDeviceCode;
    QHash<QString, QString> m_deviceCodeByUserCode; // normalized user code -> device code
};
