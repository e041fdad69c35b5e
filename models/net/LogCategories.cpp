// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcNet, "evb.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "evb.http", QtWarningMsg)
