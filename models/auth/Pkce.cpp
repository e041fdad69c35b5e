// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

Pkce Pkce::generate()
{
    Pkce p;
    // 32 bytes give a 43-character verifier, the shortest RFC 7636 allows, with 256 bits.
    p.verifier = randomUrlSafe(32);
    p.challenge = challengeFor(p.verifier);
    return p;
}

QString Pkce::challengeFor(const QString &verifier)
{
    const QByteArray digest =
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toBase64(kBase64Url));
}

QString Pkce::randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    // QRandomGenerator::system() reads the OS's cryptographic source.
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(raw.toBase64(kBase64Url));
}
