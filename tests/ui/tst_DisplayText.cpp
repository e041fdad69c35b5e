// SPDX-License-Identifier: GPL-3.0-or-later
// What the app shows people (issue 20): user and server text as plain text, never as HTML;
// translated names instead of the service's enum words; "never" for the service's "no value"
// date; dates with four-digit years in an order no language reads differently.
#include "../models/tst_VaultSupport.h"
#include "MainWindow.h"
#include "SandboxFixture.h"
#include "TestData.h"
#include "auth/CredentialStore.h"
#include "azure/ProtectedItem.h"
#include "jobs/BackupNowDialog.h"
#include "services/FollowJobOperation.h"
#include "services/TriggerBackupOperation.h"
#include "session/SessionController.h"
#include "signin/SignInDialog.h"
#include "vaults/BackupJobModel.h"
#include "vaults/ProtectedItemModel.h"
#include "vaults/VaultBrowserController.h"
#include "vaults/VaultDashboardController.h"
#include "vaults/VaultListModel.h"
#include "widgets/MessageBanner.h"

#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {
// The service's words that must never reach the screen as they are.
const QStringList rawWords{QStringLiteral("IRPending"),
                           QStringLiteral("ActionRequired"),
                           QStringLiteral("ActionSuggested"),
                           QStringLiteral("Passed"),
                           QStringLiteral("ConfigureBackup"),
                           QStringLiteral("InProgress"),
                           QStringLiteral("CompletedWithWarnings")};

QStringList cellTexts(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            texts << model->index(r, c).data().toString();
        }
    }
    return texts;
}

// The protected item right after enable, as recorded from the service (IRPending, "Passed",
// no last backup status, and 2001-01-01T00:00:00Z for "no backup yet").
QJsonObject recordedNewItem()
{
    QFile file(TestData::azureRestDir() +
               QStringLiteral("/recorded/enable-protection-lro-sequence.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QJsonArray interactions =
        QJsonDocument::fromJson(file.readAll())[QStringLiteral("interactions")].toArray();
    for (const QJsonValue &i : interactions) {
        const QJsonObject body = i[QStringLiteral("response")][QStringLiteral("body")].toObject();
        if (body.contains(QStringLiteral("properties")) &&
            body[QStringLiteral("properties")].toObject().contains(
                QStringLiteral("protectionState"))) {
            return body;
        }
    }
    return {};
}

const QRegularExpression isoDateTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$"));
} // namespace

class tst_DisplayText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    // 15: a banner shows its text as written, whatever it holds.
    void bannerIsPlainText()
    {
        MessageBanner banner;
        const QString text =
            QStringLiteral("Tenant 'contoso 日本 <script>' was not found. <b>x</b>");
        banner.showMessage(MessageBanner::Kind::Error, text);
        auto *label = banner.findChild<QLabel *>(QStringLiteral("messageText"));
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(label->text(), text);
    }

    // 15: the reported case, end to end: a tenant with markup in the sign-in dialog.
    void signInErrorKeepsMarkupAsText()
    {
        SandboxFixture fixture;
        QNetworkAccessManager nam;
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        CredentialStore keychain(QStringLiteral("evb-tests-ui"));
        SessionController session(&nam, &keychain, &settings);
        QString error;
        session.setSandboxCloud(
            CloudEnvironment::fromJson(fixture.sandbox().cloudEndpoints(), {}, &error));
        session.setEnvironment(QProcessEnvironment());
        SignInDialog dialog(&session);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("servicePrincipalButton")),
                          Qt::LeftButton);
        // Typed as a paste: QTest cannot type non-ASCII keys.
        dialog.findChild<QLineEdit *>(QStringLiteral("spTenantEdit"))
            ->setText(QStringLiteral("contoso 日本 <script>"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("spClientIdEdit")),
                         SandboxIds::automationClientId);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("spSecretEdit")),
                         QStringLiteral("whatever"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("spSignInButton")),
                          Qt::LeftButton);
        auto *banner = dialog.findChild<MessageBanner *>(QStringLiteral("errorBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        auto *label = banner->findChild<QLabel *>(QStringLiteral("messageText"));
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY2(label->text().contains(QStringLiteral("<script>")), qPrintable(label->text()));
    }

    // 15: names on the main window are plain text too (a vault or account name is data).
    void mainWindowLabelsArePlainText()
    {
        VaultTest::Env env;
        MainWindow w(env.services.get());
        w.setAccountText(QStringLiteral("<i>admin</i>@contoso"));
        for (const char *name :
             {"accountLabel", "sandboxIndicator", "dashboardTitle", "dashboardSubtitle",
              "storageReplicationLabel", "vaultListStatus"}) {
            auto *label = w.findChild<QLabel *>(QLatin1String(name));
            QVERIFY2(label, name);
            QVERIFY2(label->textFormat() == Qt::PlainText, name);
        }
    }

    // 19 + 20: the protected item the service reports right after enable.
    void protectedItemValuesAreTranslated()
    {
        const QJsonObject json = recordedNewItem();
        QVERIFY(!json.isEmpty());
        const ProtectedItem item = ProtectedItem::fromJson(json);
        QVERIFY(!item.lastBackupTime.isValid()); // 2001-01-01 is "no value"
        ProtectedItemModel model;
        model.setItems({item});
        const auto cell = [&](int column) {
            return model.index(0, column).data().toString();
        };
        QCOMPARE(cell(ProtectedItemModel::ProtectionStateColumn),
                 QStringLiteral("Waiting for first backup"));
        QCOMPARE(cell(ProtectedItemModel::HealthColumn), QStringLiteral("Healthy"));
        QCOMPARE(cell(ProtectedItemModel::LastBackupTimeColumn), QStringLiteral("never"));
        QVERIFY(!cell(ProtectedItemModel::LastBackupStatusColumn).isEmpty());
        ProtectedItem later = item;
        later.protectionState = QStringLiteral("Protected");
        later.healthStatus = QStringLiteral("ActionRequired");
        later.lastBackupStatus = QStringLiteral("Failed");
        later.lastBackupTime = QDateTime(QDate(2126, 12, 7), QTime(2, 0), QTimeZone::utc());
        model.setItems({later});
        QCOMPARE(cell(ProtectedItemModel::HealthColumn), QStringLiteral("Action required"));
        QVERIFY2(isoDateTime.match(cell(ProtectedItemModel::LastBackupTimeColumn)).hasMatch(),
                 qPrintable(cell(ProtectedItemModel::LastBackupTimeColumn)));
        QVERIFY(cell(ProtectedItemModel::LastBackupTimeColumn).startsWith(QStringLiteral("212")));
    }

    // 19 + 22: the dashboard of the demo vault: no enum words, dates in one clear format.
    void dashboardShowsNamesAndClearDates()
    {
        VaultTest::Env env;
        MainWindow w(env.services.get());
        w.show();
        QVERIFY(QTest::qWaitFor(
            [&] { return !w.browser()->isBusy() && w.browser()->model()->rowCount() == 3; },
            15000));
        QVERIFY(w.selectVault(VaultTest::prodVaultId));
        QVERIFY(QTest::qWaitFor([&] { return !w.dashboard()->isBusy(); }, 15000));
        auto *jobs = w.findChild<QTableView *>(QStringLiteral("jobsTable"))->model();
        auto *items = w.findChild<QTableView *>(QStringLiteral("itemsTable"))->model();
        QTRY_VERIFY(jobs->rowCount() > 0 && items->rowCount() > 0);
        const QStringList texts = cellTexts(jobs) + cellTexts(items);
        for (const QString &raw : rawWords) {
            QVERIFY2(!texts.contains(raw), qPrintable(raw));
        }
        for (int r = 0; r < jobs->rowCount(); ++r) {
            const QString start = jobs->index(r, BackupJobModel::StartTimeColumn).data().toString();
            QVERIFY2(isoDateTime.match(start).hasMatch(), qPrintable(start));
        }
    }

    // 19: a running job's status, as the restore page and the enable progress show it.
    void followedJobStatusIsTranslated()
    {
        SandboxFixture fixture;
        SandboxSession session(fixture);
        ProtectedItem item;
        item.friendlyName = QStringLiteral("vm-win-protected");
        item.vaultId = VaultTest::prodVaultId;
        item.containerName =
            ProtectedItem::containerNameFor(QStringLiteral("rg-apps-eastus"), item.friendlyName);
        item.name = ProtectedItem::itemNameFor(QStringLiteral("rg-apps-eastus"), item.friendlyName);
        item.id = item.vaultId +
                  QStringLiteral("/backupFabrics/Azure/protectionContainers/IaasVMContainer;%1/"
                                 "protectedItems/%2")
                      .arg(item.containerName, item.name);
        TriggerBackupOperation trigger(session.services(), item,
                                       QDateTime::currentDateTimeUtc().addDays(30));
        QSignalSpy triggered(&trigger, &Operation::finished);
        trigger.start();
        QVERIFY(triggered.wait(10000));
        QVERIFY(trigger.isOk());
        FollowJobOperation follow(session.services(), item.vaultId, trigger.jobId());
        QSignalSpy progress(&follow, &Operation::progress);
        QSignalSpy done(&follow, &Operation::finished);
        follow.start();
        QVERIFY(done.wait(20000));
        QVERIFY(!progress.isEmpty());
        for (const auto &args : progress) {
            QVERIFY2(!rawWords.contains(args.at(1).toString()), qPrintable(args.at(1).toString()));
        }
        QCOMPARE(progress.last().at(1).toString(), QStringLiteral("Completed"));
    }

    // 22: "Between 12/8/26 and 12/7/25" with --language en: 2125 read as 2025.
    void backupNowRuleHasFourDigitYears()
    {
        VaultTest::Env env;
        ProtectedItem item;
        item.friendlyName = QStringLiteral("vm-win-protected");
        BackupNowDialog dialog(env.services.get(), VaultTest::vault(VaultTest::prodVaultId),
                               {item});
        const QString rule = dialog.findChild<QLabel *>(QStringLiteral("retainUntilRule"))->text();
        const QRegularExpression date(QStringLiteral("\\b\\d{4}-\\d{2}-\\d{2}\\b"));
        auto it = date.globalMatch(rule);
        QStringList dates;
        while (it.hasNext()) {
            dates << it.next().captured();
        }
        QCOMPARE(dates.size(), 2);
        QVERIFY2(dates.at(0) < dates.at(1), qPrintable(rule));
        auto *edit = dialog.findChild<QDateEdit *>(QStringLiteral("retainUntilEdit"));
        QVERIFY(edit->displayFormat().contains(QStringLiteral("yyyy")));
    }
};

QTEST_MAIN(tst_DisplayText)
#include "tst_DisplayText.moc"
