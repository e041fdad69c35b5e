// SPDX-License-Identifier: GPL-3.0-or-later
// The backup wizard's policy page as a user meets it (issue 20): a saved new policy becomes
// the chosen one in the combo; an error about the previous draft goes away once the draft
// changes; an unknown time zone is refused as you type, before anything is sent.
#include "../models/tst_BackupSupport.h"
#include "backup/BackupWizard.h"
#include "backup/BackupWizardController.h"
#include "widgets/MessageBanner.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace BackupTest;

namespace {
template <typename T> T *find(QWidget *root, const char *name)
{
    T *w = root->findChild<T *>(QLatin1String(name));
    if (!w) {
        qWarning("no widget %s", name);
    }
    return w;
}

// Opens the policy page with "Create new policy…" chosen.
void startNewPolicy(BackupWizard &w)
{
    QTRY_VERIFY_WITH_TIMEOUT(w.button(QWizard::NextButton)->isEnabled(), 15000);
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(BackupWizard::PolicyPageId), 15000);
    auto *combo = find<QComboBox>(&w, "policyCombo");
    QTRY_VERIFY_WITH_TIMEOUT(combo->count() > 1, 15000);
    combo->setCurrentIndex(combo->count() - 1); // Create new policy…
}
} // namespace

class tst_WizardPolicyChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedPolicyIsSelected()
    {
        Session session;
        BackupWizard w(session.services(), prodVault());
        w.show();
        startNewPolicy(w);
        auto *combo = find<QComboBox>(&w, "policyCombo");
        QTest::keyClicks(find<QLineEdit>(&w, "policyNameEdit"), QStringLiteral("NightlyEncrypted"));
        auto *save = find<QPushButton>(&w, "policySaveButton");
        QTRY_VERIFY(save->isEnabled());
        QSignalSpy saved(w.controller(), &BackupWizardController::policySaved);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(saved.wait(15000));
        QVERIFY(saved.first().first().toBool());
        // The combo shows the new policy, which is one of its entries now.
        QCOMPARE(combo->currentText(), QStringLiteral("NightlyEncrypted"));
        QVERIFY(combo->findData(QStringLiteral("NightlyEncrypted")) >= 0);
        QVERIFY(find<QLabel>(&w, "policyDetailsLabel")->isVisible());
        QCOMPARE(w.controller()->plan().policy.name, QStringLiteral("NightlyEncrypted"));
        QVERIFY(w.controller()->isPolicyReady());
    }

    void existingNameErrorClearsWhenRenamed()
    {
        Session session;
        BackupWizard w(session.services(), prodVault());
        w.show();
        startNewPolicy(w);
        auto *name = find<QLineEdit>(&w, "policyNameEdit");
        QTest::keyClicks(name, QStringLiteral("DefaultPolicy"));
        auto *save = find<QPushButton>(&w, "policySaveButton");
        QTRY_VERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        auto *banner = find<MessageBanner>(&w, "policyBanner");
        QTRY_VERIFY(banner->isVisible() && banner->kind() == MessageBanner::Kind::Error);
        QVERIFY(banner->text().contains(QStringLiteral("DefaultPolicy")));
        QTest::keyClicks(name, QStringLiteral("2"));
        QVERIFY(!banner->isVisible());
    }

    void unknownTimeZoneIsRefusedAsYouType()
    {
        Session session;
        BackupWizard w(session.services(), prodVault());
        w.show();
        startNewPolicy(w);
        QTest::keyClicks(find<QLineEdit>(&w, "policyNameEdit"), QStringLiteral("MarsPolicy"));
        auto *zone = find<QComboBox>(&w, "policyTimeZoneCombo");
        // The list offers every zone the service knows, not only a handful.
        QVERIFY(zone->findText(QStringLiteral("Tokyo Standard Time")) >= 0);
        QVERIFY(zone->findText(QStringLiteral("AUS Eastern Standard Time")) >= 0);
        zone->lineEdit()->clear();
        QTest::keyClicks(zone->lineEdit(), QStringLiteral("Mars/Olympus"));
        auto *error = find<QLabel>(&w, "timeZoneError");
        QVERIFY(error && error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("Mars/Olympus")));
        QVERIFY(!find<QPushButton>(&w, "policySaveButton")->isEnabled());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        zone->lineEdit()->clear();
        QTest::keyClicks(zone->lineEdit(), QStringLiteral("W. Europe Standard Time"));
        QVERIFY(!error->isVisible());
        QVERIFY(find<QPushButton>(&w, "policySaveButton")->isEnabled());
    }
};

QTEST_MAIN(tst_WizardPolicyChecks)
#include "tst_WizardPolicyChecks.moc"
