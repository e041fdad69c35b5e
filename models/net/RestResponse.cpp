// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestResponse.h"

#include <QJsonObject>

bool RestResponse::hasHeader(QByteArrayView name) const
{
    for (const Header &h : headers) {
        if (name.compare(h.first, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QByteArray RestResponse::header(QByteArrayView name) const
{
    for (const Header &h : headers) {
        if (name.compare(h.first, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

QJsonObject RestResponse::object() const
{
    return json.object();
}
