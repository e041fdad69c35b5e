// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

class QTranslator;

// The UI language: the app's own translations (built in under :/i18n) and Qt's own strings
// (qtbase_XX.qm from the system's Qt translations, for the buttons of standard dialogs).
// Follows the system language unless the setting "ui/language" or --language names one.
class Translations : public QObject
{
    Q_OBJECT
public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    // The QSettings key the Settings dialog writes: "" follows the system, else a code.
    static QString settingsKey();
    // Codes with a built-in translation ("en", "de", "ja"), the source language first.
    static QStringList availableLanguages();
    // The language's own name ("Deutsch", "日本語") for a language picker.
    static QString nativeName(const QString &code);
    // The built-in language that `code` ("" = the system's languages) ends up with.
    static QString resolve(const QString &code);

    // Replaces the installed translators; "" follows the system. The chosen language also
    // becomes the default locale, so numbers and dates match the words around them.
    void install(const QString &code);
    QString current() const { return m_current; }

private:
    void removeAll();

    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_current;
};
