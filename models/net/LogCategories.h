// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Network-layer categories. evb.http (one line per HTTP exchange) is off by default; turn it
// on with QT_LOGGING_RULES="evb.http.info=true" or RestClient::setHttpLogging(true).
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
