// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlobData.h"

#include "World.h"

#include <QCryptographicHash>
#include <QJsonObject>

namespace {
const QString kSection = QStringLiteral("blobs");
}

void BlobData::put(World &world, const QString &account, const QString &container,
                   const QString &blob, const QByteArray &content, const QString &contentType)
{
    QJsonObject section = world.section(kSection);
    QJsonObject acc = section.value(account.toLower()).toObject();
    QJsonObject cont = acc.value(container.toLower()).toObject();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray etag = "\"0x" + QCryptographicHash::hash(content + now.toString(Qt::ISODateWithMs).toUtf8(),
                                                              QCryptographicHash::Sha1).toHex().left(15).toUpper() + '"';
    cont.insert(blob, QJsonObject{{QStringLiteral("contentType"), contentType},
                                  {QStringLiteral("content"), QString::fromLatin1(content.toBase64())},
                                  {QStringLiteral("lastModified"), now.toString(Qt::ISODateWithMs)},
                                  {QStringLiteral("etag"), QString::fromLatin1(etag)}});
    acc.insert(container.toLower(), cont);
    section.insert(account.toLower(), acc);
    world.setSection(kSection, section);
}

std::optional<BlobData::Blob> BlobData::get(const World &world, const QString &account,
                                            const QString &container, const QString &blob)
{
    const QJsonObject cont = world.section(kSection).value(account.toLower()).toObject()
                                 .value(container.toLower()).toObject();
    if (!cont.contains(blob)) {
        return std::nullopt;
    }
    const QJsonObject o = cont.value(blob).toObject();
    return Blob{QByteArray::fromBase64(o.value(QStringLiteral("content")).toString().toLatin1()),
                o.value(QStringLiteral("contentType")).toString(),
                QDateTime::fromString(o.value(QStringLiteral("lastModified")).toString(), Qt::ISODateWithMs),
                o.value(QStringLiteral("etag")).toString()};
}

bool BlobData::containerExists(const World &world, const QString &account, const QString &container)
{
    return world.section(kSection).value(account.toLower()).toObject().contains(container.toLower());
}
