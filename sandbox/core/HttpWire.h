// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHttpServerRequest>

// The bits of HTTP/1.1 that servers writing raw responses on the socket need (the sandbox,
// and the scripted server of the tests).
namespace HttpWire {
QByteArray methodName(QHttpServerRequest::Method method);
// The reason phrase for a status line ("Too Many Requests"); "Status" when unusual.
QByteArray reasonPhrase(int status);
} // namespace HttpWire
