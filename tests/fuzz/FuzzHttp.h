// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/RestResponse.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

// Turns fuzzer bytes into an HTTP answer: the first line is the status code, then
// "Name: value" header lines up to an empty line, then the body. The seed files use the
// same layout, so they read like a captured response.
inline RestResponse responseFromBytes(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    RestResponse r;
    qsizetype pos = 0;
    bool first = true;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0) {
            end = bytes.size();
        }
        const QByteArray line = bytes.mid(pos, end - pos).trimmed();
        pos = end + 1;
        if (first) {
            r.status = line.toInt();
            first = false;
            continue;
        }
        if (line.isEmpty()) {
            break;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
    }
    if (pos < bytes.size()) {
        r.body = bytes.mid(pos);
        r.json = QJsonDocument::fromJson(r.body);
    }
    r.url = QUrl(QStringLiteral("https://management.azure.com/fuzz"));
    return r;
}
