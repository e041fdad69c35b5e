// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArmCallOperation.h"

#include "net/ArmClient.h"
#include "net/LroPoller.h"
#include "net/RestCall.h"
#include "net/RestClient.h"

ArmCallOperation::ArmCallOperation(RestClient *rest, const RestRequest &request, QObject *parent)
    : Operation(parent)
    , m_rest(rest)
    , m_request(request)
{}

void ArmCallOperation::run()
{
    if (!m_rest) {
        fail(AzureError(AzureError::Category::Auth, QStringLiteral("NotSignedIn"),
                        tr("Not signed in.")));
        return;
    }
    m_call = m_rest->send(m_request);
    connect(m_call, &RestCall::finished, this, [this, call = m_call] {
        m_response = call->response();
        if (call->isOk()) {
            succeed();
        } else {
            fail(call->error());
        }
    });
}

void ArmCallOperation::abort()
{
    if (m_call) {
        m_call->abort();
    }
    Operation::abort();
}

LongRunningOperation::LongRunningOperation(ArmClient *arm, const RestRequest &request,
                                           QObject *parent)
    : Operation(parent)
    , m_arm(arm)
    , m_request(request)
{}

void LongRunningOperation::run()
{
    if (!m_arm) {
        fail(AzureError(AzureError::Category::Auth, QStringLiteral("NotSignedIn"),
                        tr("Not signed in.")));
        return;
    }
    LroPoller *poller = m_arm->longRunning(m_request);
    m_poller = poller;
    connect(poller, &LroPoller::progress, this,
            [this, poller](int percent) { Q_EMIT progress(percent, poller->status()); });
    connect(poller, &LroPoller::finished, this, [this, poller] {
        m_final = poller->finalResponse();
        m_properties = poller->operationProperties();
        m_jobId = poller->jobId();
        if (poller->isOk()) {
            succeed();
        } else {
            fail(poller->error());
        }
    });
    poller->start();
}

void LongRunningOperation::abort()
{
    if (m_poller) {
        m_poller->cancel();
    }
    Operation::abort();
}
