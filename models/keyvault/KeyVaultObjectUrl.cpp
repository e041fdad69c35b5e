// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVaultObjectUrl.h"

#include <QStringList>

KeyVaultObjectUrl KeyVaultObjectUrl::parse(const QString &text)
{
    KeyVaultObjectUrl result;
    const QUrl url(text);
    if (!url.isValid() || url.isRelative()) {
        return result;
    }
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // The last "keys"/"secrets" segment followed by a name (and maybe a version).
    for (qsizetype i = segments.size() - 2; i >= 0; --i) {
        const QString kind = segments.at(i).toLower();
        if (kind != QLatin1String("keys") && kind != QLatin1String("secrets")) {
            continue;
        }
        if (segments.size() - i > 3) {
            return result;
        }
        result.kind = kind;
        result.name = segments.at(i + 1);
        result.version = segments.value(i + 2);
        QUrl vault = url;
        vault.setQuery(QString());
        vault.setFragment(QString());
        QString base = QLatin1Char('/') + segments.mid(0, i).join(QLatin1Char('/'));
        if (!base.endsWith(QLatin1Char('/'))) {
            base += QLatin1Char('/');
        }
        vault.setPath(base);
        result.vaultUri = vault;
        return result;
    }
    return result;
}

KeyVaultObjectUrl KeyVaultObjectUrl::inVault(const QUrl &otherVaultUri) const
{
    KeyVaultObjectUrl moved = *this;
    QString uri = otherVaultUri.toString();
    if (!uri.endsWith(QLatin1Char('/'))) {
        uri += QLatin1Char('/');
    }
    moved.vaultUri = QUrl(uri);
    return moved;
}

QUrl KeyVaultObjectUrl::toUrl() const
{
    QString path = kind + QLatin1Char('/') + name;
    if (!version.isEmpty()) {
        path += QLatin1Char('/') + version;
    }
    return vaultUri.resolved(QUrl(path));
}
