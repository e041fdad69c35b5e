// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Proof Key for Code Exchange (RFC 7636), S256 only: the verifier stays in memory, the
// challenge goes to the authorize endpoint, the verifier to the token endpoint.
struct Pkce
{
    QString verifier;
    QString challenge;
    static constexpr const char *method = "S256";

    static Pkce generate();
    static QString challengeFor(const QString &verifier);
    // A random, URL-safe value (the `state` parameter, verifiers).
    static QString randomUrlSafe(int bytes);
};
