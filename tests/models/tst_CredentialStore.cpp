// SPDX-License-Identifier: GPL-3.0-or-later
// Runs against the real Secret Service the test command starts (gnome-keyring on a
// private D-Bus session).
#include "auth/CredentialStore.h"

#include <QTest>
#include <QUuid>

#include <optional>

namespace {
struct Outcome
{
    std::optional<CredentialStore::Result> result;
    QString secret;
    QStringList keys;
};

// Each test uses its own account, so runs never see each other's entries.
QString freshAccount()
{
    return QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class tst_CredentialStore : public QObject
{
    Q_OBJECT

private:
    CredentialStore::Result write(CredentialStore &store, const QString &account,
                                  const QString &key, const QString &secret)
    {
        Outcome o;
        store.write(account, key, secret, [&](const CredentialStore::Result &r) { o.result = r; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(o.result.has_value(), 10000);
        }();
        return o.result.value_or(CredentialStore::Result{});
    }
    Outcome read(CredentialStore &store, const QString &account, const QString &key)
    {
        Outcome o;
        store.read(account, key, [&](const CredentialStore::Result &r, const QString &s) {
            o.result = r;
            o.secret = s;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(o.result.has_value(), 10000);
        }();
        return o;
    }
    Outcome keys(CredentialStore &store, const QString &account)
    {
        Outcome o;
        store.keys(account, [&](const CredentialStore::Result &r, const QStringList &k) {
            o.result = r;
            o.keys = k;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(o.result.has_value(), 10000);
        }();
        return o;
    }

private Q_SLOTS:
    void writeThenRead()
    {
        CredentialStore store(QStringLiteral("evb-tests"));
        const QString account = freshAccount();
        QVERIFY(write(store, account, QStringLiteral("refresh-token"), QStringLiteral("rt-value-1"))
                    .ok);
        const Outcome o = read(store, account, QStringLiteral("refresh-token"));
        QVERIFY(o.result->ok);
        QCOMPARE(o.secret, QStringLiteral("rt-value-1"));
        QCOMPARE(keys(store, account).keys, QStringList{QStringLiteral("refresh-token")});
    }

    void missingKeyIsNotFound()
    {
        CredentialStore store(QStringLiteral("evb-tests"));
        const Outcome o = read(store, freshAccount(), QStringLiteral("nothing"));
        QVERIFY(!o.result->ok);
        QVERIFY(o.result->notFound);
        QVERIFY(!o.result->unavailable);
    }

    void longSecretsAreChunked()
    {
        CredentialStore store(QStringLiteral("evb-tests"));
        store.setChunkSize(16);
        const QString account = freshAccount();
        QString secret;
        for (int i = 0; i < 50; ++i) {
            secret += QString::number(i) + QLatin1Char('-');
        }
        QVERIFY(write(store, account, QStringLiteral("big"), secret).ok);
        QCOMPARE(read(store, account, QStringLiteral("big")).secret, secret);

        // A second store with the default chunk size reads it too: the head says how.
        CredentialStore other(QStringLiteral("evb-tests"));
        QCOMPARE(read(other, account, QStringLiteral("big")).secret, secret);
    }

    void overwriteReplacesValue()
    {
        CredentialStore store(QStringLiteral("evb-tests"));
        const QString account = freshAccount();
        QVERIFY(write(store, account, QStringLiteral("k"), QStringLiteral("one")).ok);
        QVERIFY(write(store, account, QStringLiteral("k"), QStringLiteral("two")).ok);
        QCOMPARE(read(store, account, QStringLiteral("k")).secret, QStringLiteral("two"));
        QCOMPARE(keys(store, account).keys.size(), 1);
    }

    void removeAllSignsOut()
    {
        CredentialStore store(QStringLiteral("evb-tests"));
        store.setChunkSize(8);
        const QString account = freshAccount();
        QVERIFY(write(store, account, QStringLiteral("refresh:arm"),
                      QStringLiteral("a-long-refresh-token"))
                    .ok);
        QVERIFY(write(store, account, QStringLiteral("client-secret"), QStringLiteral("s")).ok);
        QCOMPARE(keys(store, account).keys.size(), 2);

        std::optional<CredentialStore::Result> removed;
        store.removeAll(account, [&](const CredentialStore::Result &r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
        QVERIFY(removed->ok);
        QVERIFY(keys(store, account).keys.isEmpty());
        QVERIFY(read(store, account, QStringLiteral("refresh:arm")).result->notFound);
        QVERIFY(read(store, account, QStringLiteral("refresh:arm.0"))
                    .result->notFound); // chunks gone too
        QVERIFY(read(store, account, QStringLiteral("client-secret")).result->notFound);
    }
};

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_CredentialStore.moc"
