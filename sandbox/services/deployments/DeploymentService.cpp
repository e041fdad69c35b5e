// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeploymentService.h"

#include "BlobAuth.h"
#include "BlobData.h"
#include "Sandbox.h"
#include "StorageService.h"
#include "TemplateExpressions.h"
#include "VirtualMachineWriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace {
const QString kApi = QStringLiteral("2016-09-01");
const QString kBase = QStringLiteral(
    "/subscriptions/{sub}/resourcegroups/{rg}/providers/Microsoft.Resources/deployments");

QJsonObject armError(const QString &code, const QString &message, const QJsonArray &details = {})
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!details.isEmpty()) {
        e.insert(QStringLiteral("details"), details);
    }
    return e;
}

QString duration(const QDateTime &from, const QDateTime &to)
{
    return QStringLiteral("PT%1S").arg(from.msecsTo(to) / 1000.0, 0, 'f', 7);
}

QString statusCodeFor(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 404:
        return QStringLiteral("NotFound");
    case 409:
        return QStringLiteral("Conflict");
    default:
        return QStringLiteral("BadRequest");
    }
}
} // namespace

void DeploymentService::registerRoutes(Router &router)
{
    router.arm(
        "PUT", kBase + QStringLiteral("/{name}"), QStringLiteral("deployments.createOrUpdate"),
        kApi, [this](const SandboxRequest &r, const RouteMatch &m) { return putDeployment(r, m); });
    router.arm("GET", kBase + QStringLiteral("/{name}"), QStringLiteral("deployments.get"), kApi,
               [this](const SandboxRequest &, const RouteMatch &m) { return getDeployment(m); });
    router.arm(
        "GET", kBase, QStringLiteral("deployments.listByResourceGroup"), kApi,
        [this](const SandboxRequest &r, const RouteMatch &m) {
            QJsonArray value;
            for (const QJsonObject &d : m_sandbox.world().list(
                     deploymentType, QStringLiteral("/subscriptions/%1/resourceGroups/%2/")
                                         .arg(m[QStringLiteral("sub")], m[QStringLiteral("rg")]))) {
                value.append(World::publicView(d));
            }
            return m_sandbox.page(r, value);
        });
    router.arm(
        "GET", kBase + QStringLiteral("/{name}/operations"),
        QStringLiteral("deploymentOperations.list"), kApi,
        [this](const SandboxRequest &r, const RouteMatch &m) { return listOperations(r, m); });
    router.arm("GET", kBase + QStringLiteral("/{name}/operationStatuses/{id}"),
               QStringLiteral("deployments.operationStatus"), kApi,
               [this](const SandboxRequest &, const RouteMatch &m) { return operationStatus(m); });
}

QString DeploymentService::deploymentId(const RouteMatch &m) const
{
    return QStringLiteral(
               "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Resources/deployments/%3")
        .arg(m[QStringLiteral("sub")], m[QStringLiteral("rg")], m[QStringLiteral("name")]);
}

std::optional<QJsonObject> DeploymentService::fetchTemplate(const QJsonObject &link,
                                                            SandboxResponse *error)
{
    const QString uri = link.value(QStringLiteral("uri")).toString();
    const auto fail = [&](const QString &why) {
        *error = SandboxResponse::armError(
            400, QStringLiteral("InvalidContentLink"),
            QStringLiteral(
                "Unable to download deployment content from '%1'. The tracking Id is '%2'. %3")
                .arg(uri, QUuid::createUuid().toString(QUuid::WithoutBraces), why));
        return std::nullopt;
    };
    static const QRegularExpression re(QStringLiteral(
        "^(?:\\{sandbox\\}|https?://[^/]+)/blob/([^/?]+)/([^/?]+)/([^?]+)(?:\\?(.*))?$"));
    const auto m = re.match(uri);
    if (!m.hasMatch()) {
        return fail(
            QStringLiteral("The sandbox deploys templates from its own blob storage only."));
    }
    SandboxRequest get;
    get.method = "GET";
    get.path =
        QStringLiteral("/blob/%1/%2/%3")
            .arg(m.captured(1), m.captured(2), QUrl::fromPercentEncoding(m.captured(3).toUtf8()));
    QString query = m.captured(4);
    const QString extra = link.value(QStringLiteral("queryString")).toString();
    if (!extra.isEmpty()) {
        query += (query.isEmpty() ? QString() : QStringLiteral("&")) +
                 (extra.startsWith(QLatin1Char('?')) ? extra.mid(1) : extra);
    }
    get.query = QUrlQuery(query);
    const QJsonObject account = StorageService::findAccount(m_sandbox.world(), m.captured(1));
    if (account.isEmpty()) {
        return fail(QStringLiteral("The storage account '%1' does not exist.").arg(m.captured(1)));
    }
    const QString blobName = get.path.section(QLatin1Char('/'), 4);
    if (const auto denied = BlobAuth::authorize(m_sandbox, get, account, m.captured(2), blobName,
                                                BlobAuth::Need::Read)) {
        return fail(QStringLiteral("The blob service answered %1: %2")
                        .arg(denied->status)
                        .arg(QString::fromUtf8(denied->header("x-ms-error-code"))));
    }
    const auto blob = BlobData::get(m_sandbox.world(), m.captured(1), m.captured(2), blobName);
    if (!blob) {
        return fail(QStringLiteral("The blob service answered 404: BlobNotFound"));
    }
    QByteArray content = blob->content;
    if (content.startsWith("\xEF\xBB\xBF")) {
        content = content.mid(3);
    }
    const QJsonDocument doc = QJsonDocument::fromJson(content);
    if (!doc.isObject()) {
        *error = SandboxResponse::armError(
            400, QStringLiteral("InvalidTemplate"),
            QStringLiteral(
                "Deployment template parse failed: the content at '%1' is not a JSON object.")
                .arg(uri));
        return std::nullopt;
    }
    return doc.object();
}

SandboxResponse DeploymentService::putDeployment(const SandboxRequest &request, const RouteMatch &m)
{
    World &world = m_sandbox.world();
    const QString rgId = QStringLiteral("/subscriptions/%1/resourceGroups/%2")
                             .arg(m[QStringLiteral("sub")], m[QStringLiteral("rg")]);
    if (!world.contains(rgId)) {
        return SandboxResponse::armError(
            404, QStringLiteral("ResourceGroupNotFound"),
            QStringLiteral("Resource group '%1' could not be found.").arg(m[QStringLiteral("rg")]));
    }
    bool ok = false;
    const QJsonObject props = request.jsonBody(&ok).value(QStringLiteral("properties")).toObject();
    if (!ok || props.isEmpty()) {
        return SandboxResponse::armError(
            400, QStringLiteral("InvalidRequestContent"),
            QStringLiteral("The request content was invalid and could not be deserialized: "
                           "'Required property 'properties' not found in JSON.'"));
    }
    QJsonObject templ = props.value(QStringLiteral("template")).toObject();
    const QJsonObject link = props.value(QStringLiteral("templateLink")).toObject();
    if (templ.isEmpty() && !link.isEmpty()) {
        SandboxResponse error;
        const auto fetched = fetchTemplate(link, &error);
        if (!fetched) {
            return error;
        }
        templ = *fetched;
    }
    if (templ.isEmpty()) {
        return SandboxResponse::armError(
            400, QStringLiteral("InvalidDeployment"),
            QStringLiteral("The deployment must have either a template or a templateLink."));
    }
    // Parameters: given values, else defaults; a missing one fails validation up front.
    const QJsonObject given = props.value(QStringLiteral("parameters")).toObject();
    const QJsonObject declared = templ.value(QStringLiteral("parameters")).toObject();
    QJsonObject values;
    QJsonObject shown;
    TemplateExpressions::Context context{
        {},
        {},
        m[QStringLiteral("sub")],
        world.resource(rgId).value(QStringLiteral("name")).toString(),
        world.resource(rgId).value(QStringLiteral("location")).toString()};
    for (auto it = declared.begin(); it != declared.end(); ++it) {
        const QJsonObject decl = it.value().toObject();
        QJsonValue value = given.value(it.key()).toObject().value(QStringLiteral("value"));
        if (value.isUndefined()) {
            QString error;
            value = TemplateExpressions(context).evaluate(
                decl.value(QStringLiteral("defaultValue")), &error);
        }
        if (value.isUndefined() || value.isNull()) {
            return SandboxResponse::armError(
                400, QStringLiteral("InvalidTemplate"),
                QStringLiteral("Deployment template validation failed: 'The value for the template "
                               "parameter '%1' "
                               "at line '1' and column '1' is not provided. Please see "
                               "https://aka.ms/arm-create-parameter-file for usage details.'.")
                    .arg(it.key()));
        }
        values.insert(it.key(), value);
        context.parameters.insert(it.key(), value);
        shown.insert(it.key(),
                     QJsonObject{{QStringLiteral("type"), decl.value(QStringLiteral("type"))},
                                 {QStringLiteral("value"), value}});
    }
    context.variables = templ.value(QStringLiteral("variables")).toObject();
    const QString id = deploymentId(m);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QJsonObject dprops{
        {QStringLiteral("templateHash"), QString::number(qHash(QJsonDocument(templ).toJson()))},
        {QStringLiteral("parameters"), shown},
        {QStringLiteral("mode"),
         props.value(QStringLiteral("mode")).toString(QStringLiteral("Incremental"))},
        {QStringLiteral("provisioningState"), QStringLiteral("Accepted")},
        {QStringLiteral("timestamp"), now},
        {QStringLiteral("duration"), QStringLiteral("PT0S")},
        {QStringLiteral("correlationId"),
         QString::fromUtf8(request.header("x-ms-correlation-request-id").isEmpty()
                               ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
                               : request.header("x-ms-correlation-request-id"))},
        {QStringLiteral("providers"), QJsonArray()},
        {QStringLiteral("dependencies"), QJsonArray()}};
    if (!link.isEmpty()) {
        dprops.insert(QStringLiteral("templateLink"),
                      QJsonObject{{QStringLiteral("uri"), link.value(QStringLiteral("uri"))},
                                  {QStringLiteral("contentVersion"),
                                   templ.value(QStringLiteral("contentVersion"))
                                       .toString(QStringLiteral("1.0.0.0"))}});
    }
    const QJsonObject deployment{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), m[QStringLiteral("name")]},
        {QStringLiteral("type"), deploymentType},
        {QStringLiteral("properties"), dprops},
        {QStringLiteral("sandbox"),
         QJsonObject{{QStringLiteral("template"), templ},
                     {QStringLiteral("context"),
                      QJsonObject{{QStringLiteral("parameters"), values},
                                  {QStringLiteral("location"), context.location}}},
                     {QStringLiteral("started"), now}}}};
    world.put(deployment);
    const QString opId =
        m_sandbox.operations().start(QStringLiteral("deployments.createOrUpdate"), 45, [this, id] {
            run(id);
            const QJsonObject done =
                m_sandbox.world().resource(id).value(QStringLiteral("properties")).toObject();
            OperationTracker::Outcome outcome;
            outcome.status = done.value(QStringLiteral("provisioningState")).toString();
            outcome.error = done.value(QStringLiteral("error")).toObject();
            return outcome;
        });
    SandboxResponse r = SandboxResponse::json(201, World::publicView(deployment));
    r.setHeader(
        "Azure-AsyncOperation",
        Sandbox::url(
            QStringLiteral("/subscriptions/%1/resourcegroups/%2/providers/Microsoft.Resources/"
                           "deployments/%3/operationStatuses/%4?api-version=%5")
                .arg(m[QStringLiteral("sub")], m[QStringLiteral("rg")], m[QStringLiteral("name")],
                     opId, request.queryValue(QStringLiteral("api-version"))))
            .toUtf8());
    return r;
}

void DeploymentService::run(const QString &id)
{
    World &world = m_sandbox.world();
    QJsonObject deployment = world.resource(id);
    if (deployment.isEmpty()) {
        return;
    }
    const QJsonObject priv = deployment.value(QStringLiteral("sandbox")).toObject();
    const QJsonObject templ = priv.value(QStringLiteral("template")).toObject();
    const QJsonObject saved = priv.value(QStringLiteral("context")).toObject();
    const QString sub = World::subscriptionOf(id);
    const QString rg = World::resourceGroupOf(id);
    TemplateExpressions expressions({saved.value(QStringLiteral("parameters")).toObject(),
                                     templ.value(QStringLiteral("variables")).toObject(), sub, rg,
                                     saved.value(QStringLiteral("location")).toString()});
    const QString rgId = QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(sub, rg);
    const QDateTime started =
        QDateTime::fromString(priv.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    QJsonArray operations;
    QJsonArray outputs;
    QJsonArray failures;
    VirtualMachineWriter writer(world);
    for (const QJsonValue &raw : templ.value(QStringLiteral("resources")).toArray()) {
        QString error;
        const QJsonObject res = expressions.evaluate(raw, &error).toObject();
        const QString type = res.value(QStringLiteral("type")).toString();
        const QString name = res.value(QStringLiteral("name")).toString();
        const QStringList typeParts = type.split(QLatin1Char('/'));
        QString resourceId = rgId + QStringLiteral("/providers/") + typeParts.value(0);
        const QStringList names = name.split(QLatin1Char('/'));
        for (qsizetype i = 1; i < typeParts.size(); ++i) {
            resourceId +=
                QLatin1Char('/') + typeParts.at(i) + QLatin1Char('/') + names.value(i - 1);
        }
        int status = 201;
        QJsonObject opError;
        if (!error.isEmpty()) {
            status = 400;
            opError = armError(QStringLiteral("InvalidTemplate"), error);
        } else if (type.compare(VirtualMachineWriter::vmType, Qt::CaseInsensitive) == 0) {
            QJsonObject body = res;
            if (!body.contains(QStringLiteral("location"))) {
                body.insert(QStringLiteral("location"), saved.value(QStringLiteral("location")));
            }
            if (const auto e = writer.validate(resourceId, body)) {
                status = e->status;
                opError = e->toJson();
            } else {
                status = world.contains(resourceId) ? 200 : 201;
                writer.commit(writer.build(resourceId, body, QStringLiteral("Succeeded")));
            }
        } else if (!world.contains(resourceId)) {
            // Network and other resources are placeholders: the sandbox emulates no network.
            world.put(QJsonObject{
                {QStringLiteral("id"), resourceId},
                {QStringLiteral("name"), names.last()},
                {QStringLiteral("type"), type},
                {QStringLiteral("location"),
                 res.value(QStringLiteral("location"))
                     .toString(saved.value(QStringLiteral("location")).toString())},
                {QStringLiteral("properties"),
                 QJsonObject{{QStringLiteral("provisioningState"), QStringLiteral("Succeeded")}}}});
        } else {
            status = 200;
        }
        const bool failed = !opError.isEmpty();
        if (failed) {
            failures.append(opError);
        } else {
            outputs.append(QJsonObject{{QStringLiteral("id"), resourceId}});
        }
        const QString operationId = QUuid::createUuid().toString(QUuid::Id128).toUpper().left(16);
        QJsonObject statusMessage;
        if (failed) {
            statusMessage = QJsonObject{{QStringLiteral("status"), QStringLiteral("Failed")},
                                        {QStringLiteral("error"), opError}};
        }
        operations.append(QJsonObject{
            {QStringLiteral("id"), id + QStringLiteral("/operations/") + operationId},
            {QStringLiteral("operationId"), operationId},
            {QStringLiteral("properties"),
             QJsonObject{
                 {QStringLiteral("provisioningOperation"), QStringLiteral("Create")},
                 {QStringLiteral("provisioningState"),
                  failed ? QStringLiteral("Failed") : QStringLiteral("Succeeded")},
                 {QStringLiteral("timestamp"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                 {QStringLiteral("duration"), duration(started, QDateTime::currentDateTimeUtc())},
                 {QStringLiteral("trackingId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                 {QStringLiteral("serviceRequestId"),
                  QUuid::createUuid().toString(QUuid::WithoutBraces)},
                 {QStringLiteral("statusCode"), statusCodeFor(status)},
                 {QStringLiteral("statusMessage"), statusMessage},
                 {QStringLiteral("targetResource"),
                  QJsonObject{{QStringLiteral("id"), resourceId},
                              {QStringLiteral("resourceType"), type},
                              {QStringLiteral("resourceName"), name}}}}}});
    }
    QJsonObject props = deployment.value(QStringLiteral("properties")).toObject();
    props.insert(QStringLiteral("provisioningState"),
                 failures.isEmpty() ? QStringLiteral("Succeeded") : QStringLiteral("Failed"));
    props.insert(QStringLiteral("timestamp"),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    props.insert(QStringLiteral("duration"), duration(started, QDateTime::currentDateTimeUtc()));
    props.insert(QStringLiteral("outputResources"), outputs);
    props.insert(QStringLiteral("outputs"), QJsonObject());
    if (!failures.isEmpty()) {
        props.insert(
            QStringLiteral("error"),
            armError(
                QStringLiteral("DeploymentFailed"),
                QStringLiteral(
                    "At least one resource deployment operation failed. Please list deployment "
                    "operations for details. Please see https://aka.ms/arm-deployment-operations "
                    "for usage details."),
                failures));
    }
    deployment.insert(QStringLiteral("properties"), props);
    QJsonObject newPriv = priv;
    newPriv.insert(QStringLiteral("operations"), operations);
    deployment.insert(QStringLiteral("sandbox"), newPriv);
    world.put(deployment);
}

SandboxResponse DeploymentService::getDeployment(const RouteMatch &m)
{
    const QJsonObject d = m_sandbox.world().resource(deploymentId(m));
    if (d.isEmpty()) {
        return SandboxResponse::armError(
            404, QStringLiteral("DeploymentNotFound"),
            QStringLiteral("Deployment '%1' could not be found.").arg(m[QStringLiteral("name")]));
    }
    QJsonObject out = World::publicView(d);
    // Between acceptance and completion ARM reports the deployment as running.
    QJsonObject props = out.value(QStringLiteral("properties")).toObject();
    if (props.value(QStringLiteral("provisioningState")) == QLatin1String("Accepted")) {
        props.insert(QStringLiteral("provisioningState"), QStringLiteral("Running"));
        out.insert(QStringLiteral("properties"), props);
    }
    return SandboxResponse::json(out);
}

SandboxResponse DeploymentService::listOperations(const SandboxRequest &request,
                                                  const RouteMatch &m)
{
    const QJsonObject d = m_sandbox.world().resource(deploymentId(m));
    if (d.isEmpty()) {
        return SandboxResponse::armError(
            404, QStringLiteral("DeploymentNotFound"),
            QStringLiteral("Deployment '%1' could not be found.").arg(m[QStringLiteral("name")]));
    }
    return m_sandbox.page(request, d.value(QStringLiteral("sandbox"))
                                       .toObject()
                                       .value(QStringLiteral("operations"))
                                       .toArray());
}

SandboxResponse DeploymentService::operationStatus(const RouteMatch &m)
{
    const auto *op = m_sandbox.operations().find(m[QStringLiteral("id")]);
    if (!op) {
        return SandboxResponse::armError(
            404, QStringLiteral("OperationNotFound"),
            QStringLiteral("The operation '%1' was not found.").arg(m[QStringLiteral("id")]));
    }
    // Deployments report "Running" (not "InProgress") until done.
    QJsonObject body{
        {QStringLiteral("status"), op->done ? op->outcome.status : QStringLiteral("Running")}};
    if (op->done && !op->outcome.error.isEmpty()) {
        body.insert(QStringLiteral("error"), op->outcome.error);
    }
    SandboxResponse r = SandboxResponse::json(body);
    if (!op->done) {
        r.setHeader("Retry-After",
                    QByteArray::number((m_sandbox.operations().retryAfterMs() + 999) / 1000));
        r.setHeader("retry-after-ms", QByteArray::number(m_sandbox.operations().retryAfterMs()));
    }
    return r;
}
