// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionStore.h"

#include <QCryptographicHash>
#include <QSettings>

SessionStore::SessionStore(CredentialStore *secrets, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_settings(settings)
{}

Account SessionStore::account() const
{
    m_settings->beginGroup(QStringLiteral("session/account"));
    const Account a = Account::load(*m_settings);
    m_settings->endGroup();
    return a;
}

void SessionStore::saveAccount(const Account &account)
{
    m_settings->beginGroup(QStringLiteral("session/account"));
    account.save(*m_settings);
    m_settings->endGroup();
    m_settings->sync();
}

void SessionStore::forgetAccount()
{
    m_settings->remove(QStringLiteral("session/account"));
    m_settings->sync();
}

QString SessionStore::selectionKey(const Account &account) const
{
    // The account key holds ':' and '@'; a hash keeps the settings key plain.
    const QByteArray hash =
        QCryptographicHash::hash(account.storageKey().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("session/selection/") + QString::fromLatin1(hash.left(16));
}

QStringList SessionStore::selectedSubscriptions(const Account &account) const
{
    return m_settings->value(selectionKey(account) + QStringLiteral("/subscriptions"))
        .toStringList();
}

bool SessionStore::hasSelection(const Account &account) const
{
    return m_settings->contains(selectionKey(account) + QStringLiteral("/subscriptions"));
}

void SessionStore::saveSelectedSubscriptions(const Account &account, const QStringList &ids)
{
    m_settings->setValue(selectionKey(account) + QStringLiteral("/subscriptions"), ids);
    m_settings->sync();
}

QString SessionStore::secretKeyFor(const Account &account)
{
    return account.kind == Account::Kind::ServicePrincipal ? clientSecretKey : refreshTokenKey;
}

void SessionStore::saveSecret(const Account &account, const QString &secret,
                              CredentialStore::Done done)
{
    m_secrets->write(account.storageKey(), secretKeyFor(account), secret, std::move(done));
}

void SessionStore::readSecret(const Account &account, CredentialStore::ReadDone done)
{
    m_secrets->read(account.storageKey(), secretKeyFor(account), std::move(done));
}

void SessionStore::removeSecrets(const Account &account, CredentialStore::Done done)
{
    m_secrets->removeAll(account.storageKey(), std::move(done));
}
