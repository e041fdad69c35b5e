// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVaultRefs.h"

#include "Sandbox.h"
#include "World.h"

#include <QRegularExpression>

std::optional<KeyVaultRefs::ObjectRef> KeyVaultRefs::parseObjectUrl(const QString &url,
                                                                    bool requireVersion)
{
    // Accept the stored placeholder form and any host: a client may send the port-bound URL
    // and the server only rewrites request bodies, not every value a service compares.
    static const QRegularExpression re(
        QStringLiteral("^(?:\\{sandbox\\}|https?://[^/]+)/keyvault/([A-Za-z0-9-]{3,24})/"
                       "(secrets|keys)/([A-Za-z0-9-]{1,127})(?:/([0-9a-fA-F]{32}))?/?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(url);
    if (!m.hasMatch() || (requireVersion && m.captured(4).isEmpty())) {
        return std::nullopt;
    }
    return ObjectRef{m.captured(1), m.captured(2).toLower(), m.captured(3), m.captured(4)};
}

QJsonObject KeyVaultRefs::findVault(const World &world, const QString &name)
{
    for (const QJsonObject &vault : world.list(vaultType)) {
        if (vault.value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) ==
            0) {
            return vault;
        }
    }
    return {};
}

QString KeyVaultRefs::vaultUri(const QString &name)
{
    return Sandbox::url(QStringLiteral("/keyvault/%1/").arg(name));
}

QString KeyVaultRefs::objectUrl(const QString &vault, const QString &kind, const QString &name,
                                const QString &version)
{
    QString url = Sandbox::url(QStringLiteral("/keyvault/%1/%2/%3").arg(vault, kind, name));
    if (!version.isEmpty()) {
        url += QLatin1Char('/') + version;
    }
    return url;
}
