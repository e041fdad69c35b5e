// SPDX-License-Identifier: GPL-3.0-or-later
// Loading the UI language: the built-in translations and Qt's own, the system language by
// default, an explicit choice (the "ui/language" setting or --language) over it, and plurals
// that read right in each language.
#include "AppOptions.h"
#include "Translations.h"
#include "troubleshooting/FixActionRegistry.h"
#include "troubleshooting/TroubleshootingDialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

namespace {
QString selected(int n)
{
    return QCoreApplication::translate("VmSelectionPage", "%n VM(s) selected.", nullptr, n);
}
} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void builtInLanguages();
    void resolvesToAvailableLanguage();
    void germanWindowsAndQtButtons();
    void pluralsPerLanguage();
    void systemLanguageByDefault();
    void reinstallReplacesTranslators();
    void commandLineOption();
};

void tst_Translations::builtInLanguages()
{
    const QStringList codes = Translations::availableLanguages();
    QCOMPARE(codes.value(0), QStringLiteral("en"));
    QVERIFY(codes.contains(QStringLiteral("de")));
    QVERIFY(codes.contains(QStringLiteral("ja")));
    QCOMPARE(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(Translations::nativeName(QStringLiteral("ja")), QStringLiteral("日本語"));
    QCOMPARE(Translations::settingsKey(), QStringLiteral("ui/language"));
}

void tst_Translations::resolvesToAvailableLanguage()
{
    QCOMPARE(Translations::resolve(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(Translations::resolve(QStringLiteral("de_CH")), QStringLiteral("de"));
    QCOMPARE(Translations::resolve(QStringLiteral("ja-JP")), QStringLiteral("ja"));
    QCOMPARE(Translations::resolve(QStringLiteral("fr")), QStringLiteral("en"));
}

void tst_Translations::germanWindowsAndQtButtons()
{
    Translations translations;
    translations.install(QStringLiteral("de"));
    QCOMPARE(translations.current(), QStringLiteral("de"));

    // Qt's own strings come from qtbase_de.qm.
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));

    // And a window of ours speaks German.
    FixActionRegistry registry;
    TroubleshootingDialog dialog(nullptr, &registry);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Problembehandlung"));
    QCOMPARE(QLocale().language(), QLocale::German); // dates and numbers follow the choice
}

void tst_Translations::pluralsPerLanguage()
{
    Translations translations;
    translations.install(QStringLiteral("en"));
    QCOMPARE(selected(1), QStringLiteral("1 VM selected."));
    QCOMPARE(selected(3), QStringLiteral("3 VMs selected."));
    translations.install(QStringLiteral("de"));
    QCOMPARE(selected(1), QStringLiteral("1 VM ausgewählt."));
    QCOMPARE(selected(3), QStringLiteral("3 VMs ausgewählt."));
    translations.install(QStringLiteral("ja"));
    QCOMPARE(selected(1), QStringLiteral("1 台の VM を選択しました。"));
    QCOMPARE(selected(3), QStringLiteral("3 台の VM を選択しました。"));
}

void tst_Translations::systemLanguageByDefault()
{
    // The tests run with LANG=C.UTF-8: no translation matches, so English (with its plurals).
    Translations translations;
    translations.install(QString());
    QCOMPARE(translations.current(), Translations::resolve(QString()));
    if (QLocale::system().language() == QLocale::C ||
        QLocale::system().language() == QLocale::English) {
        QCOMPARE(translations.current(), QStringLiteral("en"));
        QCOMPARE(selected(2), QStringLiteral("2 VMs selected."));
    }
}

void tst_Translations::reinstallReplacesTranslators()
{
    Translations translations;
    translations.install(QStringLiteral("de"));
    translations.install(QStringLiteral("en"));
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
}

void tst_Translations::commandLineOption()
{
    QString error;
    const auto options = AppOptions::parse(
        {QStringLiteral("app"), QStringLiteral("--language"), QStringLiteral("ja")}, &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->language, QStringLiteral("ja"));
}

QTEST_MAIN(tst_Translations)
#include "tst_Translations.moc"
