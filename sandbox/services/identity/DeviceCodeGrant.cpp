// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceCodeGrant.h"

#include "HtmlPage.h"
#include "InteractiveUser.h"
#include "OAuthForm.h"
#include "RandomCode.h"
#include "Sandbox.h"

#include <QRandomGenerator>

namespace {
// Error numbers as the identity platform gives them; clients must key on "error", not these.
SandboxResponse pollError(const QString &error, const QString &description, int code)
{
    return SandboxResponse::oauthError(400, error, description, code);
}
} // namespace

int DeviceCodeGrant::setting(const char *name, int fallback) const
{
    return m_sandbox.world().setting(QLatin1String(name), fallback).toInt(fallback);
}

QString DeviceCodeGrant::normalized(const QString &userCode)
{
    // People type codes in any case, with or without the dash.
    QString out;
    for (const QChar c : userCode) {
        if (c.isLetterOrNumber()) {
            out += c.toUpper();
        }
    }
    return out;
}

QString DeviceCodeGrant::newUserCode() const
{
    // No vowels (no accidental words) and no 0/O/1/I look-alikes.
    static const QString alphabet = QStringLiteral("BCDFGHJKLMNPQRSTVWXZ23456789");
    for (;;) {
        QString code = QStringLiteral("SBX-");
        for (int i = 0; i < 5; ++i) {
            code += alphabet.at(int(QRandomGenerator::global()->bounded(alphabet.size())));
        }
        if (!m_deviceCodeByUserCode.contains(normalized(code))) {
            return code;
        }
    }
}

void DeviceCodeGrant::forgetStale()
{
    // Keep expired codes a while so late polls still hear "expired_token".
    const QDateTime horizon = m_sandbox.clock().now().addSecs(-3600);
    for (auto it = m_byDeviceCode.begin(); it != m_byDeviceCode.end();) {
        if (it->expiresAt < horizon) {
            m_deviceCodeByUserCode.remove(normalized(it->userCode));
            it = m_byDeviceCode.erase(it);
        } else {
            ++it;
        }
    }
}

SandboxResponse DeviceCodeGrant::start(const QString &clientId, const QString &scope)
{
    forgetStale();
    const QString deviceCode = RandomCode::make("SBXDC", 48);
    const int lifetime = setting("deviceCodeLifetimeSeconds", 900);
    const int interval = std::max(0, setting("deviceCodeIntervalSeconds", 5));
    const QJsonValue autoApprove =
        m_sandbox.world().setting(QStringLiteral("autoApproveDeviceCodeAfterSeconds"), 10);

    Pending pending;
    pending.clientId = clientId;
    pending.scope = scope;
    pending.userCode = newUserCode();
    pending.expiresAt = m_sandbox.clock().now().addSecs(lifetime);
    pending.intervalMs = interval * 1000LL;
    if (autoApprove.isDouble() && autoApprove.toDouble() >= 0) {
        pending.autoApproveAt = m_sandbox.clock().after(autoApprove.toDouble());
    }
    m_byDeviceCode.insert(deviceCode, pending);
    m_deviceCodeByUserCode.insert(normalized(pending.userCode), deviceCode);

    const QString verificationUri = Sandbox::url(QStringLiteral("/login/device"));
    return SandboxResponse::json(QJsonObject{
        {QStringLiteral("user_code"), pending.userCode},
        {QStringLiteral("device_code"), deviceCode},
        {QStringLiteral("verification_uri"), verificationUri},
        {QStringLiteral("expires_in"), lifetime},
        {QStringLiteral("interval"), interval},
        {QStringLiteral("message"),
         QStringLiteral("To sign in, use a web browser to open the page %1 and enter the code %2 "
                        "to authenticate.")
             .arg(verificationUri, pending.userCode)}});
}

DeviceCodeGrant::Redemption DeviceCodeGrant::redeem(const QString &deviceCode,
                                                  const QString &clientId)
{
    Redemption result;
    auto it = m_byDeviceCode.find(deviceCode);
    if (it == m_byDeviceCode.end() || it->clientId.compare(clientId, Qt::CaseInsensitive) != 0) {
        result.error = pollError(QStringLiteral("bad_verification_code"),
                                 QStringLiteral("AADSTS70000: The provided value for the input "
                                                "parameter 'device_code' is not valid."),
                                 70000);
        return result;
    }
    const QDateTime now = m_sandbox.clock().now();
    if (now >= it->expiresAt) {
        result.error = pollError(QStringLiteral("expired_token"),
                                 QStringLiteral("AADSTS70020: The provided value for the input "
                                                "parameter 'device_code' is not valid. This "
                                                "device code has expired."),
                                 70020);
        return result;
    }
    if (it->state == State::Pending && it->autoApproveAt.isValid() && now >= it->autoApproveAt) {
        if (const Principal *user = InteractiveUser::of(m_sandbox.world())) {
            it->state = State::Approved;
            it->userObjectId = user->objectId;
        }
    }
    switch (it->state) {
    case State::Declined:
        result.error = pollError(QStringLiteral("authorization_declined"),
                                 QStringLiteral("AADSTS65004: User declined to consent to access "
                                                "the app."),
                                 65004);
        return result;
    case State::Approved:
        result.scope = it->scope;
        result.userObjectId = it->userObjectId;
        m_deviceCodeByUserCode.remove(normalized(it->userCode));
        m_byDeviceCode.erase(it);
        return result;
    case State::Pending:
        break;
    }
    const bool tooFast = it->lastPoll.isValid() && it->lastPoll.msecsTo(now) < it->intervalMs;
    it->lastPoll = now;
    if (tooFast) {
        it->intervalMs += 5000;
        result.error = pollError(QStringLiteral("slow_down"),
                                 QStringLiteral("Polling faster than the interval allows. Wait at "
                                                "least %1 seconds between requests.")
                                     .arg(it->intervalMs / 1000),
                                 0);
        return result;
    }
    result.error = pollError(QStringLiteral("authorization_pending"),
                             QStringLiteral("AADSTS70016: OAuth 2.0 device flow error. "
                                            "Authorization is pending. Continue polling."),
                             70016);
    return result;
}

DeviceCodeGrant::Decision DeviceCodeGrant::decide(const QString &userCode, bool approve)
{
    const auto code = m_deviceCodeByUserCode.constFind(normalized(userCode));
    if (code == m_deviceCodeByUserCode.constEnd()) {
        return Decision::Unknown;
    }
    Pending &pending = m_byDeviceCode[*code];
    if (m_sandbox.clock().now() >= pending.expiresAt) {
        return Decision::Expired;
    }
    if (pending.state != State::Pending) {
        return Decision::AlreadyDecided;
    }
    const Principal *user = InteractiveUser::of(m_sandbox.world());
    if (approve && user) {
        pending.state = State::Approved;
        pending.userObjectId = user->objectId;
        return Decision::Approved;
    }
    pending.state = State::Declined;
    return Decision::Declined;
}

SandboxResponse DeviceCodeGrant::page(const SandboxRequest &request) const
{
    // "otc" prefills the code, as the real page's link in the message of some clients does.
    const QString prefill = request.queryValue(QStringLiteral("otc"));
    const Principal *user = InteractiveUser::of(m_sandbox.world());
    const QString who = user ? user->userPrincipalName : QStringLiteral("(no user in this world)");
    return HtmlPage::make(
        200, QStringLiteral("Enter code"),
        QStringLiteral(
            "<p>Enter the code displayed on your app or device to sign in as <b>%1</b>.</p>\n"
            "<form method=\"post\" action=\"/login/device\">\n"
            "<input name=\"user_code\" value=\"%2\" placeholder=\"SBX-XXXXX\" autofocus>\n"
            "<button type=\"submit\" name=\"action\" value=\"approve\">Approve</button>\n"
            "<button type=\"submit\" name=\"action\" value=\"decline\">Decline</button>\n"
            "</form>")
            .arg(who.toHtmlEscaped(), prefill.toHtmlEscaped()));
}

SandboxResponse DeviceCodeGrant::submit(const SandboxRequest &request)
{
    const OAuthForm form(request);
    const QString userCode = form.value(QStringLiteral("user_code"));
    const QString action = form.value(QStringLiteral("action"));
    if (action != QLatin1String("approve") && action != QLatin1String("decline")) {
        return HtmlPage::make(400, QStringLiteral("Invalid request"),
                              QStringLiteral("<p>The form needs action=approve or "
                                             "action=decline.</p>"));
    }
    const QString escaped = userCode.toHtmlEscaped();
    switch (decide(userCode, action == QLatin1String("approve"))) {
    case Decision::Approved: {
        const Principal *user = InteractiveUser::of(m_sandbox.world());
        return HtmlPage::make(
            200, QStringLiteral("Signed in"),
            QStringLiteral("<p>You have signed in as <b>%1</b> on your device with code "
                           "<code>%2</code>. You may now close this window.</p>")
                .arg(user->userPrincipalName.toHtmlEscaped(), escaped));
    }
    case Decision::Declined:
        return HtmlPage::make(200, QStringLiteral("Sign-in declined"),
                              QStringLiteral("<p>The sign-in with code <code>%1</code> was "
                                             "declined. You may now close this window.</p>")
                                  .arg(escaped));
    case Decision::Expired:
        return HtmlPage::make(400, QStringLiteral("Code expired"),
                              QStringLiteral("<p>The code <code>%1</code> has expired. Start the "
                                             "sign-in again on your device.</p>")
                                  .arg(escaped));
    case Decision::AlreadyDecided:
        return HtmlPage::make(400, QStringLiteral("Code already used"),
                              QStringLiteral("<p>The code <code>%1</code> was already approved or "
                                             "declined.</p>")
                                  .arg(escaped));
    case Decision::Unknown:
        break;
    }
    return HtmlPage::make(400, QStringLiteral("Code not recognised"),
                          QStringLiteral("<p>The code <code>%1</code> is not valid. Check it and "
                                         "try again.</p>")
                              .arg(escaped));
}
