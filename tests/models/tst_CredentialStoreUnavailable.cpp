// SPDX-License-Identifier: GPL-3.0-or-later
// Without a Secret Service the store must say so, and never fall back to a file.
#include "auth/CredentialStore.h"

#include <QDir>
#include <QDirIterator>
#include <QStandardPaths>
#include <QTest>

#include <optional>

class tst_CredentialStoreUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writeReportsUnavailable()
    {
        CredentialStore store(QStringLiteral("evb-tests"));
        std::optional<CredentialStore::Result> result;
        store.write(QStringLiteral("acct"), QStringLiteral("refresh"), QStringLiteral("secret-xyz"),
                    [&](const CredentialStore::Result &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(!result->ok);
        QVERIFY(result->unavailable);
        QVERIFY(!result->error.isEmpty());
        QVERIFY(!result->error.contains(QStringLiteral("secret-xyz")));

        // Nothing was written in plain text anywhere the app keeps files.
        for (const auto location :
             {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
              QStandardPaths::GenericConfigLocation}) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains("secret-xyz"), qPrintable(f.fileName()));
            }
        }
    }

    void readReportsUnavailable()
    {
        CredentialStore store(QStringLiteral("evb-tests"));
        std::optional<CredentialStore::Result> result;
        store.read(QStringLiteral("acct"), QStringLiteral("refresh"),
                   [&](const CredentialStore::Result &r, const QString &) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(!result->ok);
        QVERIFY(result->unavailable);
    }
};

int main(int argc, char *argv[])
{
    // No session bus: QtKeychain cannot reach any Secret Service or KWallet.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/evb-no-bus");
    QCoreApplication app(argc, argv);
    tst_CredentialStoreUnavailable test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_CredentialStoreUnavailable.moc"
