// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

class QSettings;

// Who is signed in, without any secret: safe to keep in QSettings and to show.
struct Account
{
    enum class Kind
    {
        None,
        User,             // browser or device code; a refresh token in the keychain
        ServicePrincipal, // client id + secret; the secret in the keychain
        Sandbox           // the demo user of the built-in sandbox
    };

    Kind kind = Kind::None;
    QString username; // user principal name; the client id for service principals
    QString clientId; // the app the tokens are issued to
    QString tenantId;
    QString cloudName;            // CloudEnvironment::name
    QString cloudFile;            // custom endpoints file, when the cloud came from one
    QString homeObjectId;         // the oid claim, when known
    bool fromEnvironment = false; // AZURE_* variables: nothing to store or remove

    bool isValid() const { return kind != Kind::None && !clientId.isEmpty(); }
    // The keychain account name: unique per kind, cloud, tenant and identity.
    QString storageKey() const;
    QString displayName() const;

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);

    // Reads and writes the current group of `settings` (ids and names only, never secrets).
    void save(QSettings &settings) const;
    static Account load(QSettings &settings);

    bool operator==(const Account &other) const = default;
};
Q_DECLARE_METATYPE(Account)
