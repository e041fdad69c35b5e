// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AzureError.h"
#include "LroHeaders.h"
#include "RestRequest.h"
#include "RestResponse.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class RestCall;
class RestClient;

// Drives one ARM long-running operation from the headers of its first answer, whatever the
// swagger says: Azure-AsyncOperation first, then Location, then (PUT/PATCH) the resource's
// own properties.provisioningState. Poll URLs are used exactly as the server sent them.
// Afterwards the final GET the pattern needs: PUT/PATCH read the resource again, POST/DELETE
// read Location if there was one.
//
// cancel() only stops polling here; the operation in Azure continues.
// Ownership: same rule as RestCall (deleteLater() after finished() unless
// setAutoDelete(false)); finished() comes exactly once.
class LroPoller : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        None,
        AsyncOperation,
        Location,
        ProvisioningState
    };

    struct Options
    {
        std::chrono::milliseconds defaultInterval{2000}; // no Retry-After on the answer
        std::chrono::milliseconds minInterval{1000};     // floor for Retry-After (0 is common)
        std::chrono::milliseconds maxInterval{600000};   // cap for Retry-After
    };

    LroPoller(RestClient *client, const RestRequest &initial, QObject *parent = nullptr);
    ~LroPoller() override;

    void setOptions(const Options &options) { m_options = options; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    void start(); // sends the initial request, then polls
    void cancel();

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const AzureError &error() const { return m_error; }
    Mode mode() const { return m_mode; }
    QUrl pollUrl() const { return m_pollUrl; }
    QString status() const { return m_status; }
    int percentComplete() const { return m_percent; } // -1 while unknown

    const RestResponse &initialResponse() const { return m_initialResponse; }
    // The operation's result: the final GET, the last Location answer, or the first answer.
    const RestResponse &finalResponse() const { return m_finalResponse; }
    QJsonObject operationStatus() const { return m_statusBody; } // Azure-AsyncOperation body
    QJsonObject operationProperties() const; // its "properties" (Backup puts jobId there)
    QString jobId() const;

    static bool isTerminal(const QString &status);

Q_SIGNALS:
    void statusChanged(const QString &status);
    void progress(int percent);
    void finished();

private:
    enum class Step
    {
        Initial,
        Poll,
        Final
    };

    LroHeaders::Limits limits() const;
    void send(const QUrl &url, const QByteArray &method, Step step);
    void onCallFinished();
    void onInitial(RestCall *call);
    void onPoll(RestCall *call);
    void onFinal(RestCall *call);
    void pollLater(const RestResponse &response);
    void finalStep(const RestResponse &statusResponse);
    void failOperation(const QString &state, const QJsonValue &error, const RestResponse &response);
    void setStatus(const QString &status);
    void finish(const AzureError &error);

    QPointer<RestClient> m_client;
    RestRequest m_initial;
    Options m_options;
    Mode m_mode = Mode::None;
    Step m_step = Step::Initial;
    QPointer<RestCall> m_call;
    QTimer m_timer;
    QUrl m_pollUrl;
    QUrl m_locationUrl;
    QString m_status;
    int m_percent = -1;
    QJsonObject m_statusBody;
    RestResponse m_initialResponse;
    RestResponse m_finalResponse;
    AzureError m_error;
    bool m_started = false;
    bool m_finished = false;
    bool m_autoDelete = true;
};
