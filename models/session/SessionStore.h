// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Account.h"
#include "auth/CredentialStore.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QSettings;

// Where a session is remembered: the account (ids and names) and the selected
// subscription ids in QSettings; the refresh token or client secret in the keychain
// (CredentialStore) under the account's key. Never a secret in QSettings.
class SessionStore : public QObject
{
    Q_OBJECT
public:
    static inline const QString refreshTokenKey = QStringLiteral("refresh-token");
    static inline const QString clientSecretKey = QStringLiteral("client-secret");

    SessionStore(CredentialStore *secrets, QSettings *settings, QObject *parent = nullptr);

    Account account() const;
    void saveAccount(const Account &account);
    void forgetAccount();

    // Ids only; an empty list with hasSelection() false means "never chosen" (select all).
    QStringList selectedSubscriptions(const Account &account) const;
    bool hasSelection(const Account &account) const;
    void saveSelectedSubscriptions(const Account &account, const QStringList &ids);

    static QString secretKeyFor(const Account &account);
    void saveSecret(const Account &account, const QString &secret, CredentialStore::Done done);
    void readSecret(const Account &account, CredentialStore::ReadDone done);
    void removeSecrets(const Account &account, CredentialStore::Done done);

private:
    QString selectionKey(const Account &account) const;

    QPointer<CredentialStore> m_secrets;
    QSettings *m_settings;
};
