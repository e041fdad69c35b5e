// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Unguessable one-time values (device codes, authorization codes, request ids).
class RandomCode
{
public:
    // `prefix` followed by `bytes` random bytes, base64url without padding.
    static QString make(const char *prefix, int bytes = 32);
};
