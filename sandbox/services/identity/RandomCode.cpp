// SPDX-License-Identifier: GPL-3.0-or-later
#include "RandomCode.h"

#include <QByteArray>
#include <QRandomGenerator>

QString RandomCode::make(const char *prefix, int bytes)
{
    QByteArray random(((bytes + 3) / 4) * 4, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / int(sizeof(quint32)));
    random.truncate(bytes);
    return QString::fromLatin1(prefix) +
           QString::fromLatin1(
               random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
