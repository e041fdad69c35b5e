// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sandbox as a separate process (build/sandbox/evb-sandbox), for benchmarks that must
// see the client alone: its memory, its CPU, its event loop. In the app the sandbox runs on
// its own thread, so a sandbox served by the benchmark's own event loop would add its work
// to every figure of the client; a process of its own keeps the two apart, as ARM is.

#include "BenchSupport.h"
#include "net/Pager.h"
#include "net/RestCall.h"

#include <QHash>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QUrlQuery>

#include <sys/resource.h>
#include <unistd.h>

namespace Bench {

// The demo world's Contributor service principal (client credentials, no person needed).
inline const QString automationClientId = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
inline const QString automationSecret = QStringLiteral("sandbox-demo-secret");

class RemoteSandbox
{
public:
    // `arguments` are evb-sandbox's options (--generate-vms N, --time-scale F, ...).
    explicit RemoteSandbox(const QStringList &arguments)
    {
        QString program = qEnvironmentVariable("EVB_SANDBOX");
        if (program.isEmpty()) {
            // bench/bench_X -> sandbox/evb-sandbox in the same build tree.
            program =
                QCoreApplication::applicationDirPath() + QStringLiteral("/../sandbox/evb-sandbox");
        }
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setReadChannel(QProcess::StandardOutput);
        m_process.start(program, arguments);
        if (!m_process.waitForStarted(10000)) {
            qFatal("could not start %s: %s", qPrintable(program),
                   qPrintable(m_process.errorString()));
        }
        // Its first line names the base URL; generating a big world comes first.
        static const QRegularExpression listening(
            QStringLiteral("Sandbox listening on (http://\\S+)"));
        QByteArray seen;
        while (m_process.state() == QProcess::Running) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(120000)) {
                break;
            }
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine();
                seen += line;
                const auto m = listening.match(QString::fromUtf8(line));
                if (m.hasMatch()) {
                    m_baseUrl = QUrl(m.captured(1));
                    return;
                }
            }
        }
        qFatal("evb-sandbox did not start: %s %s", seen.constData(),
               m_process.readAllStandardError().constData());
    }
    ~RemoteSandbox()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QUrl baseUrl() const { return m_baseUrl; }
    qint64 pid() const { return m_process.processId(); }
    // CPU time (user + system) the sandbox process has used, in ms (10 ms resolution).
    double cpuMs() const
    {
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid()));
        if (!f.open(QIODevice::ReadOnly)) {
            return -1;
        }
        // Fields 14 and 15 (utime, stime, in clock ticks) follow the ")" that ends the name.
        const QByteArray stat = f.readAll();
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
        return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
    }

private:
    QProcess m_process;
    QUrl m_baseUrl;
};

// Client-credential tokens from the sandbox's token endpoint, one per scope, kept.
class ClientCredentialTokens : public TokenProvider
{
public:
    ClientCredentialTokens(const QUrl &base, QNetworkAccessManager *nam, QObject *parent)
        : TokenProvider(parent)
        , m_base(base)
        , m_nam(nam)
    {}
    void requestToken(const QString &scope, Callback done) override
    {
        const auto known = m_tokens.constFind(scope);
        if (known != m_tokens.constEnd()) {
            done(*known, {});
            return;
        }
        const bool first = !m_waiting.contains(scope);
        m_waiting[scope].append(std::move(done));
        if (!first) {
            return; // one token request per scope, however many calls wait for it
        }
        QNetworkRequest request(
            m_base.resolved(QUrl(QStringLiteral("login/%1/oauth2/v2.0/token").arg(tenant))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), automationClientId);
        form.addQueryItem(QStringLiteral("client_secret"), automationSecret);
        form.addQueryItem(QStringLiteral("scope"), scope);
        QNetworkReply *reply = m_nam->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        QObject::connect(reply, &QNetworkReply::finished, this, [this, reply, scope] {
            reply->deleteLater();
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            const QString token = body.value(QStringLiteral("access_token")).toString();
            const AccessToken at{token, QDateTime::currentDateTimeUtc().addSecs(3000)};
            if (!token.isEmpty()) {
                m_tokens.insert(scope, at);
            }
            const auto waiting = m_waiting.take(scope);
            for (const Callback &cb : waiting) {
                cb(token.isEmpty() ? AccessToken{} : at,
                   token.isEmpty() ? QStringLiteral("no token for %1").arg(scope) : QString());
            }
        });
    }
    void invalidate(const QString &scope, const QString &) override { m_tokens.remove(scope); }

private:
    QUrl m_base;
    QNetworkAccessManager *m_nam;
    QHash<QString, AccessToken> m_tokens;
    QHash<QString, QList<Callback>> m_waiting;
};

// Requests the client sent, counted where they leave it (its QNetworkAccessManager), by a
// short route name: the collection of a list ("virtualMachines"), or "collection/{id}".
class RequestCounter
{
public:
    explicit RequestCounter(QNetworkAccessManager *nam)
    {
        QObject::connect(nam, &QNetworkAccessManager::finished, nam, [this](QNetworkReply *r) {
            ++m_total;
            ++m_byRoute[routeOf(r->url().path())];
            if (r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 429) {
                ++m_throttled;
            }
        });
    }
    void reset()
    {
        m_total = 0;
        m_throttled = 0;
        m_byRoute.clear();
    }
    int total() const { return m_total; }
    int throttled() const { return m_throttled; }
    QString routes() const
    {
        QStringList parts;
        for (auto it = m_byRoute.cbegin(); it != m_byRoute.cend(); ++it) {
            parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
        }
        return parts.join(QStringLiteral(", "));
    }
    static QString routeOf(const QString &path)
    {
        const QStringList s = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (s.isEmpty()) {
            return QStringLiteral("/");
        }
        static const QRegularExpression collection(QStringLiteral("^[a-z][A-Za-z]+s$"));
        if (s.size() >= 2 && collection.match(s.at(s.size() - 2)).hasMatch() &&
            s.last() != QLatin1String("refreshContainers")) {
            return s.at(s.size() - 2) + QStringLiteral("/{id}");
        }
        return s.last();
    }

private:
    int m_total = 0;
    int m_throttled = 0;
    QMap<QString, int> m_byRoute;
};

// CPU time (user + system) this process has used, in ms: on a loaded machine the wall time
// mostly measures the other processes; this is what the client itself spent.
inline double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

// How late a 5 ms timer fires on this thread while work runs: the longest gap is the
// longest time the event loop (the UI thread, in the app) was blocked. On a loaded machine a
// gap also holds time the thread waited for a core, so the thread's own CPU time within the
// longest-burning gap is kept too: that part is the code's.
class LoopLagProbe
{
public:
    LoopLagProbe()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double cpu = threadCpuMs();
            m_worstMs = qMax(m_worstMs, double(now - m_last) / 1e6 - 5.0);
            m_worstCpuMs = qMax(m_worstCpuMs, cpu - m_lastCpu);
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_worstMs = 0;
        m_worstCpuMs = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_worstMs;
    }
    // The most CPU the thread spent between two timer events.
    double worstCpuMs() const { return m_worstCpuMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_lastCpu = 0;
    double m_worstMs = 0;
    double m_worstCpuMs = 0;
};

// Reads one resource through the session's client (the wizard needs the vault).
inline QJsonObject getJson(Session &session, const QString &path)
{
    RestCall *call = session.rest()->createCall(session.arm()->request("GET", path));
    QJsonObject result;
    QObject::connect(call, &RestCall::finished, call,
                     [&result, call] { result = call->response().object(); });
    call->start();
    waitFor(call, &RestCall::finished, 60000);
    return result;
}

} // namespace Bench
