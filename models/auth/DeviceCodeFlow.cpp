// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceCodeFlow.h"

#include "AuthConstants.h"
#include "TokenRequestJob.h"
#include "net/RestCall.h"
#include "net/RestClient.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

DeviceCodeFlow::DeviceCodeFlow(RestClient *client, const Options &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeFlow::poll);
    m_countdown.setInterval(std::max(1, scaled(1)));
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        Q_EMIT secondsLeftChanged(secondsLeft());
        if (secondsLeft() <= 0 && !m_pollJob) {
            end(Status::Expired,
                AzureError(AzureError::Category::Auth, QStringLiteral("expired_token"),
                           tr("The code expired before it was entered.")));
        }
    });
}

DeviceCodeFlow::~DeviceCodeFlow()
{
    if (m_codeCall) {
        m_codeCall->disconnect(this);
        m_codeCall->abort();
    }
}

int DeviceCodeFlow::scaled(double seconds) const
{
    return int(std::lround(seconds * 1000.0 * m_options.timeScale));
}

int DeviceCodeFlow::secondsLeft() const
{
    if (!m_expiresAt.isValid()) {
        return 0;
    }
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt);
    // Count in the server's seconds, so a scaled test flow still shows 900, 899, ...
    return int(std::max<qint64>(0, std::llround(ms / (1000.0 * m_options.timeScale))));
}

bool DeviceCodeFlow::isFinished() const
{
    return m_status == Status::Redeemed || m_status == Status::Expired ||
           m_status == Status::Declined || m_status == Status::Failed ||
           m_status == Status::Canceled;
}

void DeviceCodeFlow::start()
{
    m_error = AzureError();
    setStatus(Status::RequestingCode);
    RestRequest request;
    request.method = "POST";
    request.url = m_options.cloud.deviceCodeEndpoint(m_options.tenant);
    request.body = TokenRequestJob::encodeForm(
        {{QStringLiteral("client_id"), m_options.clientId},
         {QStringLiteral("scope"), m_options.scopes.join(QLatin1Char(' '))}});
    request.contentType = "application/x-www-form-urlencoded";
    m_codeCall = m_client->send(request);
    connect(m_codeCall, &RestCall::finished, this, &DeviceCodeFlow::onCodeAnswer);
}

void DeviceCodeFlow::cancel()
{
    if (isFinished() || m_status == Status::Idle) {
        return;
    }
    if (m_codeCall) {
        m_codeCall->disconnect(this);
        m_codeCall->abort();
    }
    if (m_pollJob) {
        m_pollJob->disconnect(this);
        m_pollJob->abort();
        m_pollJob = nullptr;
    }
    end(Status::Canceled, AzureError(AzureError::Category::Canceled, QStringLiteral("Canceled"),
                                     tr("Sign-in was canceled.")));
}

void DeviceCodeFlow::onCodeAnswer()
{
    RestCall *call = m_codeCall;
    m_codeCall = nullptr;
    if (!call->isOk()) {
        end(Status::Failed, call->error());
        return;
    }
    const QJsonObject o = call->response().object();
    m_deviceCode = o.value(QStringLiteral("device_code")).toString();
    m_userCode = o.value(QStringLiteral("user_code")).toString();
    m_verificationUri = QUrl(o.value(QStringLiteral("verification_uri")).toString());
    m_message = o.value(QStringLiteral("message")).toString();
    const double expiresIn = o.value(QStringLiteral("expires_in")).toDouble(900);
    const double interval = o.value(QStringLiteral("interval")).toDouble(5);
    if (m_deviceCode.isEmpty() || m_userCode.isEmpty() || !m_verificationUri.isValid()) {
        end(Status::Failed,
            AzureError::badResponse(tr("The sign-in service sent an incomplete device code."),
                                    call->response()));
        return;
    }
    m_intervalMs = std::max(1, scaled(std::max(1.0, interval)));
    m_expiresAt = QDateTime::currentDateTimeUtc().addMSecs(scaled(expiresIn));
    setStatus(Status::WaitingForUser);
    Q_EMIT codeReady(m_userCode, m_verificationUri);
    Q_EMIT secondsLeftChanged(secondsLeft());
    m_countdown.start();
    m_pollTimer.start(m_intervalMs);
}

void DeviceCodeFlow::poll()
{
    m_pollJob =
        TokenRequestJob::deviceCode(m_client, m_options.cloud.tokenEndpoint(m_options.tenant),
                                    m_options.clientId, m_deviceCode, this);
    connect(m_pollJob, &TokenRequestJob::finished, this, &DeviceCodeFlow::onPollAnswer);
    m_pollJob->start();
}

void DeviceCodeFlow::onPollAnswer()
{
    TokenRequestJob *job = m_pollJob;
    m_pollJob = nullptr;
    if (job->isOk()) {
        m_result = job->result();
        end(Status::Redeemed, AzureError());
        return;
    }
    const AzureError e = job->error();
    const QString code = e.code();
    if (code == QLatin1String("authorization_pending") || code == QLatin1String("slow_down")) {
        if (code == QLatin1String("slow_down")) {
            m_intervalMs += scaled(5); // RFC 8628 3.5
            setStatus(Status::SlowingDown);
        }
        if (secondsLeft() <= 0) {
            end(Status::Expired,
                AzureError(AzureError::Category::Auth, QStringLiteral("expired_token"),
                           tr("The code expired before it was entered.")));
            return;
        }
        m_pollTimer.start(m_intervalMs);
        return;
    }
    AzureError shown = e;
    if (code == QLatin1String("expired_token")) {
        shown.setMessage(tr("The code expired before it was entered. Start again for a new "
                            "code."));
        end(Status::Expired, shown);
    } else if (code == QLatin1String("authorization_declined")) {
        shown.setMessage(tr("Sign-in was declined on the verification page."));
        end(Status::Declined, shown);
    } else if (code == QLatin1String("bad_verification_code")) {
        shown.setMessage(tr("The sign-in service did not recognise this device code. Start "
                            "again."));
        end(Status::Failed, shown);
    } else {
        end(Status::Failed, e);
    }
}

void DeviceCodeFlow::setStatus(Status status)
{
    if (m_status != status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    }
}

void DeviceCodeFlow::end(Status status, const AzureError &error)
{
    m_pollTimer.stop();
    m_countdown.stop();
    m_error = error;
    m_deviceCode.clear();
    qCInfo(lcAuth) << "device code flow ended:" << status;
    setStatus(status);
    Q_EMIT finished();
}

QString DeviceCodeFlow::statusText() const
{
    switch (m_status) {
    case Status::Idle:
        return {};
    case Status::RequestingCode:
        return tr("Asking for a code…");
    case Status::WaitingForUser:
        return tr("Waiting for you to enter the code on the verification page.");
    case Status::SlowingDown:
        return tr("Still waiting; the sign-in service asked to check less often.");
    case Status::Redeemed:
        return tr("Signed in.");
    case Status::Expired:
        return tr("The code expired. Start again for a new code.");
    case Status::Declined:
        return tr("Sign-in was declined on the verification page.");
    case Status::Failed:
        return m_error.userMessage();
    case Status::Canceled:
        return tr("Sign-in was canceled.");
    }
    return {};
}
