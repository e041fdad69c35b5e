// SPDX-License-Identifier: GPL-3.0-or-later
#include "Account.h"

#include <QCoreApplication>
#include <QSettings>

QString Account::storageKey() const
{
    return QStringLiteral("%1:%2:%3:%4")
        .arg(kindName(kind), cloudName, tenantId.toLower(), username.toLower());
}

QString Account::displayName() const
{
    switch (kind) {
    case Kind::ServicePrincipal:
        return QCoreApplication::translate("Account", "Service principal %1").arg(username);
    case Kind::Sandbox:
        return QCoreApplication::translate("Account", "%1 (sandbox)").arg(username);
    default:
        return username;
    }
}

QString Account::kindName(Kind kind)
{
    switch (kind) {
    case Kind::User:
        return QStringLiteral("user");
    case Kind::ServicePrincipal:
        return QStringLiteral("servicePrincipal");
    case Kind::Sandbox:
        return QStringLiteral("sandbox");
    case Kind::None:
        break;
    }
    return QStringLiteral("none");
}

Account::Kind Account::kindFromName(const QString &name)
{
    for (Kind k : {Kind::User, Kind::ServicePrincipal, Kind::Sandbox}) {
        if (kindName(k) == name) {
            return k;
        }
    }
    return Kind::None;
}

void Account::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("kind"), kindName(kind));
    settings.setValue(QStringLiteral("username"), username);
    settings.setValue(QStringLiteral("clientId"), clientId);
    settings.setValue(QStringLiteral("tenantId"), tenantId);
    settings.setValue(QStringLiteral("cloud"), cloudName);
    settings.setValue(QStringLiteral("cloudFile"), cloudFile);
    settings.setValue(QStringLiteral("homeObjectId"), homeObjectId);
}

Account Account::load(QSettings &settings)
{
    Account a;
    a.kind = kindFromName(settings.value(QStringLiteral("kind")).toString());
    a.username = settings.value(QStringLiteral("username")).toString();
    a.clientId = settings.value(QStringLiteral("clientId")).toString();
    a.tenantId = settings.value(QStringLiteral("tenantId")).toString();
    a.cloudName = settings.value(QStringLiteral("cloud")).toString();
    a.cloudFile = settings.value(QStringLiteral("cloudFile")).toString();
    a.homeObjectId = settings.value(QStringLiteral("homeObjectId")).toString();
    return a;
}
