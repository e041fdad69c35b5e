// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxFixture.h"
#include "WireSecrets.h"
#include "auth/CloudEnvironment.h"
#include "logging/Logger.h"
#include "net/AzureError.h"
#include "widgets/MessageBanner.h"

#include <QNetworkAccessManager>
#include <QPair>
#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class ArmClient;
class AzureServices;
class CredentialStore;
class Operation;
class RestClient;
class SessionController;
struct RecoveryPoint;
struct StorageAccount;
struct VirtualMachine;

// One user's whole session against the in-process sandbox, step by step, for
// tst_RedactionFullRun. Each step verifies with QtTest macros (check currentTestFailed()
// after it). Every error a screen would show goes through ErrorPresenter into a banner, and
// the banner's text and "Copy details" are kept as outputs to scan.
class RedactionRun
{
public:
    RedactionRun();
    ~RedactionRun();

    bool start();
    void signInWithWrongSecret();
    void signInAsReaderAndBeRefused(); // a 403
    void callWithForgedToken();        // a 401
    void signInWithBrowser();
    void signInWithDeviceCode();
    void inventory();
    void enableFailsThenGrantThenEnable(); // a failed job, the Key Vault check and grant
    void backupNow();
    void restoreWithKeysAndBlobs();

    const WireSecrets &wire() const { return *m_wire; }
    Logger &logger() { return *m_logger; }
    SessionController *session() const { return m_session.get(); }
    QString dataDirectory() const { return m_dir.path(); }
    // (where, text): the log files first, then the recent lines, then every error shown.
    QList<QPair<QString, QString>> outputs();

private:
    bool finish(Operation &op, int ms = 30000);
    void show(const AzureError &error);
    bool signedIn();
    void buildServices();
    VirtualMachine readVm(const QString &name);
    RecoveryPoint latestPoint(const QString &vm);
    StorageAccount stagingAccount();

    QTemporaryDir m_dir;
    std::unique_ptr<Logger> m_logger;
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<WireSecrets> m_wire;
    std::optional<CloudEnvironment> m_cloud;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SessionController> m_session;
    RestClient *m_rest = nullptr;
    ArmClient *m_arm = nullptr;
    AzureServices *m_services = nullptr;
    MessageBanner m_banner;
    QString m_protectedItemPath;
    QStringList m_shown;
};
