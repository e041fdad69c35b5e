// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sandbox.h"

#include "SandboxServer.h"
#include "SandboxService.h"
#include "ServiceRegistry.h"

#include <QHostAddress>
#include <QJsonArray>

Sandbox::Sandbox(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(options.timeScale)
    , m_operations(m_clock)
{
    m_throttle.setEnabled(options.throttling);
    // Polls are answered with the service's usual 1-10 s pace, scaled down with time.
    m_operations.setRetryAfterMs(int(std::max<qint64>(10, m_clock.scaledMs(5))));
}

Sandbox::~Sandbox() = default;

bool Sandbox::start(QString *error)
{
    const QString worldFile = m_options.worldFile.isEmpty()
                                  ? QStringLiteral(":/sandbox/world/demo.json")
                                  : m_options.worldFile;
    if (!m_world.loadFile(worldFile, error)) {
        return false;
    }
    if (!m_options.faultsFile.isEmpty() && !m_faults.loadFile(m_options.faultsFile, error)) {
        return false;
    }
    m_services = createServices(*this);
    for (const auto &service : m_services) {
        service->registerRoutes(m_router);
    }
    if (m_options.generateVms > 0 && !generateWorld(*this, m_options.generateVms, error)) {
        return false;
    }

    m_server = new SandboxServer(*this, this);
    const quint16 port = m_server->listen(QHostAddress::LocalHost, m_options.port);
    if (port == 0) {
        *error = tr("The sandbox could not listen on 127.0.0.1:%1. Is another program using "
                    "that port?")
                     .arg(m_options.port);
        return false;
    }
    m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_server->setBaseUrl(m_baseUrl);
    return true;
}

QJsonObject Sandbox::cloudEndpoints() const
{
    const QString base = m_baseUrl.toString();
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("AzureSandbox")},
        {QStringLiteral("resourceManager"), base + QLatin1Char('/')},
        {QStringLiteral("portal"), base + QStringLiteral("/portal")},
        {QStringLiteral("microsoftGraphResourceId"), TokenIssuer::graphAudience + QLatin1Char('/')},
        {QStringLiteral("graph"), base + QStringLiteral("/graph/")},
        {QStringLiteral("authentication"),
         QJsonObject{
             {QStringLiteral("loginEndpoint"), base + QStringLiteral("/login/")},
             {QStringLiteral("audiences"), QJsonArray{TokenIssuer::armAudience + QLatin1Char('/')}},
             {QStringLiteral("tenant"), QStringLiteral("common")},
             {QStringLiteral("identityProvider"), QStringLiteral("AAD")}}},
        {QStringLiteral("suffixes"),
         QJsonObject{{QStringLiteral("keyVaultDns"), QStringLiteral("vault.sandbox")},
                     {QStringLiteral("storage"), QStringLiteral("blob.sandbox")}}},
        {QStringLiteral("keyVaultEndpointTemplate"), base + QStringLiteral("/keyvault/{name}/")},
        {QStringLiteral("blobEndpointTemplate"), base + QStringLiteral("/blob/{account}/")},
    };
}

void Sandbox::settle()
{
    m_operations.settle();
    for (const auto &service : m_services) {
        service->settle();
    }
}

int Sandbox::pageSize() const
{
    if (m_options.pageSize > 0) {
        return m_options.pageSize;
    }
    return std::max(1, m_world.setting(QStringLiteral("pageSize"), 100).toInt());
}

QString Sandbox::url(const QString &pathAndQuery)
{
    return placeholder + pathAndQuery;
}

SandboxResponse Sandbox::page(const SandboxRequest &request, const QJsonArray &items, int size,
                              const QString &skipParameter)
{
    if (size <= 0) {
        size = pageSize();
    }
    // The skip token is opaque to clients; here it is the index of the next item.
    bool ok = false;
    const int start = std::max(0, request.queryValue(skipParameter).toInt(&ok));
    const int begin = ok ? start : 0;
    QJsonArray value;
    for (int i = begin; i < items.size() && i < begin + size; ++i) {
        value.append(items.at(i));
    }
    QJsonObject body{{QStringLiteral("value"), value}};
    if (begin + size < items.size()) {
        QUrlQuery next = request.query;
        next.removeAllQueryItems(skipParameter);
        next.addQueryItem(skipParameter, QString::number(begin + size));
        body.insert(QStringLiteral("nextLink"),
                    url(QString::fromUtf8(QUrl::toPercentEncoding(request.path, "/;,=:@")) +
                        QLatin1Char('?') + next.toString(QUrl::FullyEncoded)));
    }
    return SandboxResponse::json(body);
}
