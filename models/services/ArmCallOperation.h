// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Operation.h"
#include "net/RestRequest.h"
#include "net/RestResponse.h"

#include <QPointer>

class ArmClient;
class LroPoller;
class RestCall;
class RestClient;

// One plain request as an Operation: GET a resource, PUT one that answers synchronously,
// POST an action without a long-running tail. response() holds the answer afterwards;
// typed wrappers parse it (T::fromJson(op->response().object())).
class ArmCallOperation : public Operation
{
    Q_OBJECT
public:
    ArmCallOperation(RestClient *rest, const RestRequest &request, QObject *parent = nullptr);
    void abort() override;
    const RestResponse &response() const { return m_response; }

protected:
    void run() override;

private:
    QPointer<RestClient> m_rest;
    RestRequest m_request;
    QPointer<RestCall> m_call;
    RestResponse m_response;
};

// A long-running ARM operation (PUT, PATCH, DELETE or POST followed by polling) as an
// Operation, with progress. Backup operations name the job they started: jobId().
class LongRunningOperation : public Operation
{
    Q_OBJECT
public:
    // `request` is the first call (from ArmClient::request()); the ARM client sets the pace.
    LongRunningOperation(ArmClient *arm, const RestRequest &request, QObject *parent = nullptr);
    void abort() override;
    const RestResponse &finalResponse() const { return m_final; }
    QJsonObject operationProperties() const { return m_properties; }
    QString jobId() const { return m_jobId; }

protected:
    void run() override;

private:
    QPointer<ArmClient> m_arm;
    RestRequest m_request;
    QPointer<LroPoller> m_poller;
    RestResponse m_final;
    QJsonObject m_properties;
    QString m_jobId;
};
