// SPDX-License-Identifier: GPL-3.0-or-later
#include "LroPoller.h"

#include "LroHeaders.h"
#include "RestCall.h"
#include "RestClient.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
bool isPutOrPatch(const QByteArray &method)
{
    return method.compare("PUT", Qt::CaseInsensitive) == 0 ||
           method.compare("PATCH", Qt::CaseInsensitive) == 0;
}

// properties.provisioningState; absent means Succeeded. Empty result = wrong type.
QString provisioningState(const QJsonObject &body)
{
    const QJsonValue state = body.value(QLatin1String("properties"))
                                 .toObject()
                                 .value(QLatin1String("provisioningState"));
    if (state.isUndefined() || state.isNull()) {
        return QStringLiteral("Succeeded");
    }
    return state.isString() ? state.toString() : QString();
}
} // namespace

LroPoller::LroPoller(RestClient *client, const RestRequest &initial, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_initial(initial)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this]() { send(m_pollUrl, "GET", Step::Poll); });
}

LroPoller::~LroPoller()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
}

LroHeaders::Limits LroPoller::limits() const
{
    return {m_options.minInterval, m_options.maxInterval};
}

bool LroPoller::isTerminal(const QString &status)
{
    return status.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0 ||
           status.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0 ||
           status.compare(QLatin1String("Canceled"), Qt::CaseInsensitive) == 0;
}

QJsonObject LroPoller::operationProperties() const
{
    return m_statusBody.value(QLatin1String("properties")).toObject();
}

QString LroPoller::jobId() const
{
    return operationProperties().value(QLatin1String("jobId")).toString();
}

void LroPoller::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    send(m_initial.url, m_initial.method, Step::Initial);
}

void LroPoller::cancel()
{
    if (!m_started || m_finished) {
        return;
    }
    m_timer.stop();
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
        m_call = nullptr;
    }
    finish(AzureError(AzureError::Category::Canceled, QStringLiteral("Canceled"),
                      tr("Stopped waiting for the operation. It may still complete in Azure.")));
}

void LroPoller::send(const QUrl &url, const QByteArray &method, Step step)
{
    if (!m_client) {
        finish(AzureError(AzureError::Category::Network, QStringLiteral("NoClient"),
                          tr("The network layer is gone.")));
        return;
    }
    RestRequest request;
    if (step == Step::Initial) {
        request = m_initial;
    } else {
        request.method = method;
        request.url = url;
        request.scope = m_initial.scope;
        request.headers = m_initial.headers;
    }
    m_step = step;
    m_call = m_client->createCall(request);
    connect(m_call, &RestCall::finished, this, &LroPoller::onCallFinished);
    m_call->start();
}

void LroPoller::onCallFinished()
{
    RestCall *call = m_call;
    m_call = nullptr;
    if (!call) {
        return;
    }
    switch (m_step) {
    case Step::Initial:
        onInitial(call);
        break;
    case Step::Poll:
        onPoll(call);
        break;
    case Step::Final:
        onFinal(call);
        break;
    }
}

void LroPoller::onInitial(RestCall *call)
{
    if (!call->isOk()) {
        finish(call->error());
        return;
    }
    const RestResponse &r = call->response();
    m_initialResponse = r;
    m_finalResponse = r;
    const LroHeaders headers = LroHeaders::parse(r, QDateTime::currentDateTimeUtc(), limits());
    if (headers.location) {
        m_locationUrl = *headers.location;
    }
    if (headers.asyncOperation) {
        m_mode = Mode::AsyncOperation;
        m_pollUrl = *headers.asyncOperation;
    } else if (headers.location) {
        m_mode = Mode::Location;
        m_pollUrl = m_locationUrl;
    } else if (isPutOrPatch(m_initial.method)) {
        const QString state = provisioningState(r.object());
        if (state.isEmpty()) {
            finish(AzureError::badResponse(tr("The provisioning state is not text."), r));
            return;
        }
        setStatus(state);
        if (!isTerminal(state)) {
            m_mode = Mode::ProvisioningState;
            m_pollUrl = m_initial.url;
        } else if (state.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) != 0) {
            failOperation(state, r.object().value(QLatin1String("error")), r);
            return;
        } else {
            finish(AzureError());
            return;
        }
    } else {
        finish(AzureError()); // synchronous completion (200/204)
        return;
    }
    if (!LroHeaders::isUsablePollUrl(m_pollUrl)) {
        finish(AzureError::badResponse(tr("The operation status link is not a valid URL."), r));
        return;
    }
    pollLater(r);
}

void LroPoller::onPoll(RestCall *call)
{
    const RestResponse &r = call->response();
    if (!call->isOk()) {
        AzureError e = call->error();
        if (m_mode == Mode::Location) {
            // With Location polling the final answer is what the operation produced.
            e.setOrigin(AzureError::Origin::Operation);
        } else {
            // The retry policy already had its go; the operation itself may be fine.
            e.setOrigin(AzureError::Origin::OperationStatus);
            e.setMessage(tr("Could not read the status of the operation: %1").arg(e.userMessage()));
        }
        finish(e);
        return;
    }
    const QJsonObject body = r.object();
    switch (m_mode) {
    case Mode::AsyncOperation: {
        const QJsonValue status = body.value(QLatin1String("status"));
        if (!status.isString()) {
            AzureError e = AzureError::badResponse(tr("The operation status has no state."), r);
            e.setOrigin(AzureError::Origin::OperationStatus);
            finish(e);
            return;
        }
        m_statusBody = body;
        const QJsonValue percent = body.value(QLatin1String("percentComplete"));
        // Clamped as a double: converting 1e300 to int first would be undefined behaviour.
        const int reported =
            percent.isDouble() ? int(std::clamp(percent.toDouble(), 0.0, 100.0)) : m_percent;
        if (reported != m_percent) {
            m_percent = reported;
            Q_EMIT progress(m_percent);
        }
        setStatus(status.toString());
        if (!isTerminal(m_status)) {
            pollLater(r);
        } else if (m_status.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0) {
            finalStep(r);
        } else {
            failOperation(m_status, body.value(QLatin1String("error")), r);
        }
        return;
    }
    case Mode::Location:
        if (r.status == 202) {
            const LroHeaders headers =
                LroHeaders::parse(r, QDateTime::currentDateTimeUtc(), limits());
            if (headers.location) {
                m_pollUrl = *headers.location;
            }
            setStatus(QStringLiteral("InProgress"));
            pollLater(r);
            return;
        }
        setStatus(QStringLiteral("Succeeded"));
        m_finalResponse = r;
        finish(AzureError());
        return;
    case Mode::ProvisioningState: {
        const QString state = provisioningState(body);
        if (state.isEmpty()) {
            finish(AzureError::badResponse(tr("The provisioning state is not text."), r));
            return;
        }
        setStatus(state);
        m_finalResponse = r;
        if (!isTerminal(state)) {
            pollLater(r);
        } else if (state.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0) {
            finish(AzureError());
        } else {
            failOperation(state, body.value(QLatin1String("error")), r);
        }
        return;
    }
    case Mode::None:
        break;
    }
    finish(AzureError());
}

void LroPoller::finalStep(const RestResponse &statusResponse)
{
    m_finalResponse = statusResponse;
    if (isPutOrPatch(m_initial.method)) {
        send(m_initial.url, "GET", Step::Final);
    } else if (m_locationUrl.isValid() && !m_locationUrl.isEmpty()) {
        send(m_locationUrl, "GET", Step::Final);
    } else {
        finish(AzureError());
    }
}

void LroPoller::onFinal(RestCall *call)
{
    if (!call->isOk()) {
        AzureError e = call->error();
        e.setMessage(
            tr("The operation succeeded, but reading its result failed: %1").arg(e.userMessage()));
        finish(e);
        return;
    }
    m_finalResponse = call->response();
    finish(AzureError());
}

void LroPoller::pollLater(const RestResponse &response)
{
    const LroHeaders headers =
        LroHeaders::parse(response, QDateTime::currentDateTimeUtc(), limits());
    m_timer.start(headers.retryAfter.value_or(m_options.defaultInterval));
}

void LroPoller::failOperation(const QString &state, const QJsonValue &error,
                              const RestResponse &response)
{
    const bool canceled = state.compare(QLatin1String("Canceled"), Qt::CaseInsensitive) == 0;
    AzureError e = AzureError::fromErrorObject(
        error, canceled ? AzureError::Category::Canceled : AzureError::Category::OperationFailed);
    if (e.code().isEmpty()) {
        e = AzureError(e.category(),
                       canceled ? QStringLiteral("OperationCanceled")
                                : QStringLiteral("OperationFailed"),
                       QString());
    }
    if (e.message().isEmpty()) {
        e.setMessage(canceled ? tr("The operation was canceled in Azure.")
                              : tr("The operation failed in Azure."));
    }
    e.takeIdsFrom(response);
    e.setOrigin(AzureError::Origin::Operation);
    finish(e);
}

void LroPoller::setStatus(const QString &status)
{
    if (status != m_status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    }
}

void LroPoller::finish(const AzureError &error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timer.stop();
    m_error = error;
    Q_EMIT finished();
    if (m_autoDelete) {
        deleteLater();
    }
}
