// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's Microsoft Graph: the Backup Management Service lookup and /me.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QTest>

namespace {
const QString backupObjectId = QStringLiteral("b0b0b0b0-2222-4b22-8b22-000000000262");
}

class tst_GraphService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servicePrincipalByAppId();
    void servicePrincipalByObjectId();
    void selectTrimsTheObject();
    void filterByAppIdReturnsACollection();
    void unknownAppIdIsNotFound();
    void refusedLookupIsForbidden();
    void armTokenIsRefused();
    void meForAUser();
    void meForAnAppIsABadRequest();

private:
    static HttpProbe::Reply graphGet(SandboxFixture &f, const QString &pathAndQuery,
                                     const QByteArray &token,
                                     const QByteArray &clientRequestId = {})
    {
        QHash<QByteArray, QByteArray> headers{{"Authorization", "Bearer " + token}};
        if (!clientRequestId.isEmpty()) {
            headers.insert("client-request-id", clientRequestId);
        }
        return f.http().send("GET", f.url(pathAndQuery), {}, headers);
    }
    static QString errorCode(const HttpProbe::Reply &reply)
    {
        return reply.json()[QStringLiteral("error")][QStringLiteral("code")].toString();
    }
};

void tst_GraphService::servicePrincipalByAppId()
{
    SandboxFixture f;
    const QByteArray token = f.automationToken(SandboxIds::graphScope);
    // Clients percent-encode the quotes of the alternate key; both forms must work.
    for (const QString &path : {QStringLiteral("/graph/v1.0/servicePrincipals(appId='%1')"),
                                QStringLiteral("/graph/v1.0/servicePrincipals(appId=%27%1%27)")}) {
        const auto reply = graphGet(f, path.arg(SandboxIds::backupAppId), token);
        QCOMPARE(reply.status, 200);
        const QJsonObject sp = reply.json();
        QCOMPARE(sp.value(QStringLiteral("id")).toString(), backupObjectId);
        QCOMPARE(sp.value(QStringLiteral("appId")).toString(), SandboxIds::backupAppId);
        QCOMPARE(sp.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("Backup Management Service"));
        QCOMPARE(sp.value(QStringLiteral("appDisplayName")).toString(),
                 QStringLiteral("Backup Management Service"));
        QCOMPARE(sp.value(QStringLiteral("servicePrincipalType")).toString(),
                 QStringLiteral("Application"));
        QCOMPARE(sp.value(QStringLiteral("accountEnabled")).toBool(), true);
        QCOMPARE(sp.value(QStringLiteral("appOwnerOrganizationId")).toString(),
                 QStringLiteral("f8cdef31-a31e-4b4a-93e4-5f571e91255a"));
        QVERIFY(sp.value(QStringLiteral("servicePrincipalNames")).isArray());
        QCOMPARE(
            sp.value(QStringLiteral("@odata.context")).toString(),
            f.url(QStringLiteral("/graph/v1.0/$metadata#servicePrincipals/$entity")).toString());
        QVERIFY(!reply.header("request-id").isEmpty());
    }
}

void tst_GraphService::servicePrincipalByObjectId()
{
    SandboxFixture f;
    const auto reply =
        graphGet(f, QStringLiteral("/graph/v1.0/servicePrincipals/") + backupObjectId,
                 f.automationToken(SandboxIds::graphScope));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("appId")).toString(), SandboxIds::backupAppId);
    // A user's object id is not a service principal.
    const auto user =
        graphGet(f, QStringLiteral("/graph/v1.0/servicePrincipals/") + SandboxIds::adminObjectId,
                 f.automationToken(SandboxIds::graphScope));
    QCOMPARE(user.status, 404);
}

void tst_GraphService::selectTrimsTheObject()
{
    SandboxFixture f;
    const auto reply = graphGet(
        f,
        QStringLiteral("/graph/v1.0/servicePrincipals(appId='%1')?$select=id,appId,displayName")
            .arg(SandboxIds::backupAppId),
        f.automationToken(SandboxIds::graphScope));
    QCOMPARE(reply.status, 200);
    QStringList keys = reply.json().keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("@odata.context"), QStringLiteral("appId"),
                                QStringLiteral("displayName"), QStringLiteral("id")}));
    QVERIFY(reply.json()
                .value(QStringLiteral("@odata.context"))
                .toString()
                .endsWith(QStringLiteral("#servicePrincipals(id,appId,displayName)/$entity")));
}

void tst_GraphService::filterByAppIdReturnsACollection()
{
    SandboxFixture f;
    const QByteArray token = f.automationToken(SandboxIds::graphScope);
    auto reply = graphGet(f,
                          QStringLiteral("/graph/v1.0/servicePrincipals?$filter=appId%20eq%20'%1'"
                                         "&$select=id,appId")
                              .arg(SandboxIds::backupAppId),
                          token);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json()
                .value(QStringLiteral("@odata.context"))
                .toString()
                .contains(QStringLiteral("$metadata#servicePrincipals")));
    const QJsonArray value = reply.json().value(QStringLiteral("value")).toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.at(0)[QStringLiteral("id")].toString(), backupObjectId);
    QVERIFY(!value.at(0).toObject().contains(QStringLiteral("displayName")));

    reply = graphGet(f,
                     QStringLiteral("/graph/v1.0/servicePrincipals?$filter=displayName+eq+"
                                    "'Backup%20Management%20Service'"),
                     token);
    QCOMPARE(reply.json().value(QStringLiteral("value")).toArray().size(), 1);

    // Not in this tenant: an empty collection, not an error.
    reply = graphGet(f,
                     QStringLiteral("/graph/v1.0/servicePrincipals?$filter=appId%20eq%20"
                                    "'ff281ffe-705c-4f53-9f37-a40e6f2c68f3'"),
                     token);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().value(QStringLiteral("value")).toArray().isEmpty());

    reply =
        graphGet(f, QStringLiteral("/graph/v1.0/servicePrincipals?$filter=startswith(x)"), token);
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("BadRequest"));
}

void tst_GraphService::unknownAppIdIsNotFound()
{
    SandboxFixture f;
    const QString unknown = QStringLiteral("ff281ffe-705c-4f53-9f37-a40e6f2c68f3");
    const auto reply =
        graphGet(f, QStringLiteral("/graph/v1.0/servicePrincipals(appId='%1')").arg(unknown),
                 f.automationToken(SandboxIds::graphScope), "3b1f2e44-0d3c-4c6a-9d0e-5c9b8a7f6e5d");
    QCOMPARE(reply.status, 404);
    const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(),
             QStringLiteral("Request_ResourceNotFound"));
    QCOMPARE(error.value(QStringLiteral("message")).toString(),
             QStringLiteral("Resource '%1' does not exist or one of its queried reference-property "
                            "objects are not present.")
                 .arg(unknown));
    const QJsonObject inner = error.value(QStringLiteral("innerError")).toObject();
    QVERIFY(!inner.value(QStringLiteral("date")).toString().isEmpty());
    QCOMPARE(inner.value(QStringLiteral("request-id")).toString().toUtf8(),
             reply.header("request-id"));
    QCOMPARE(inner.value(QStringLiteral("client-request-id")).toString(),
             QStringLiteral("3b1f2e44-0d3c-4c6a-9d0e-5c9b8a7f6e5d"));
}

void tst_GraphService::refusedLookupIsForbidden()
{
    SandboxFixture f;
    f.sandbox().world().setSetting(QStringLiteral("graphLookupRefused"), true);
    const QByteArray token = f.automationToken(SandboxIds::graphScope);
    for (const QString &path :
         {QStringLiteral("/graph/v1.0/servicePrincipals(appId='%1')").arg(SandboxIds::backupAppId),
          QStringLiteral("/graph/v1.0/servicePrincipals?$filter=appId%20eq%20'%1'")
              .arg(SandboxIds::backupAppId)}) {
        const auto reply = graphGet(f, path, token);
        QCOMPARE(reply.status, 403);
        QCOMPARE(errorCode(reply), QStringLiteral("Authorization_RequestDenied"));
        QCOMPARE(reply.json()[QStringLiteral("error")][QStringLiteral("message")].toString(),
                 QStringLiteral("Insufficient privileges to complete the operation."));
    }
}

void tst_GraphService::armTokenIsRefused()
{
    SandboxFixture f;
    const QString path =
        QStringLiteral("/graph/v1.0/servicePrincipals(appId='%1')").arg(SandboxIds::backupAppId);
    auto reply = graphGet(f, path, f.automationToken(SandboxIds::armScope));
    QCOMPARE(reply.status, 401);
    QCOMPARE(errorCode(reply), QStringLiteral("InvalidAuthenticationToken"));
    QVERIFY(reply.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
        QStringLiteral("Invalid audience")));
    reply = f.http().get(f.url(path));
    QCOMPARE(reply.status, 401);
}

void tst_GraphService::meForAUser()
{
    SandboxFixture f;
    const auto reply =
        graphGet(f, QStringLiteral("/graph/v1.0/me"), f.adminToken(TokenIssuer::graphAudience));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("id")).toString(), SandboxIds::adminObjectId);
    QCOMPARE(reply.json().value(QStringLiteral("userPrincipalName")).toString(),
             QStringLiteral("admin@contoso.sandbox"));
    QVERIFY(reply.json()
                .value(QStringLiteral("@odata.context"))
                .toString()
                .endsWith(QStringLiteral("#users/$entity")));
}

void tst_GraphService::meForAnAppIsABadRequest()
{
    SandboxFixture f;
    const auto reply =
        graphGet(f, QStringLiteral("/graph/v1.0/me"), f.automationToken(SandboxIds::graphScope));
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("BadRequest"));
}

QTEST_GUILESS_MAIN(tst_GraphService)
#include "tst_GraphService.moc"
