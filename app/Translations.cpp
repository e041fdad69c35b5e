// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "evb.i18n", QtInfoMsg)

namespace {
const QString baseName = QStringLiteral("encrypted-vm-backup_");
const QString resourceDir = QStringLiteral(":/i18n");
const QString sourceLanguage = QStringLiteral("en");
} // namespace

Translations::Translations(QObject *parent)
    : QObject(parent)
{}

Translations::~Translations()
{
    removeAll();
}

QString Translations::settingsKey()
{
    return QStringLiteral("ui/language");
}

QStringList Translations::availableLanguages()
{
    QStringList codes;
    const QStringList files =
        QDir(resourceDir).entryList({baseName + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : files) {
        codes << file.mid(baseName.size()).chopped(3);
    }
    codes.removeAll(sourceLanguage);
    codes.sort();
    codes.prepend(sourceLanguage);
    return codes;
}

QString Translations::nativeName(const QString &code)
{
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString Translations::resolve(const QString &code)
{
    const QStringList available = availableLanguages();
    // uiLanguages() lists the system's preferred languages in order ("de-CH", "de", "en").
    const QStringList wanted = code.isEmpty() ? QLocale::system().uiLanguages() : QStringList{code};
    for (const QString &tag : wanted) {
        const QString language = QLocale(tag).name().section(QLatin1Char('_'), 0, 0);
        if (available.contains(language)) {
            return language;
        }
    }
    return sourceLanguage;
}

void Translations::install(const QString &code)
{
    removeAll();
    m_current = resolve(code);
    QLocale::setDefault(code.isEmpty() ? QLocale::system() : QLocale(m_current));
    // Even English gets a translator: it holds the plural forms of the source texts.
    m_app = new QTranslator(this);
    if (m_app->load(baseName + m_current, resourceDir)) {
        QCoreApplication::installTranslator(m_app);
    } else {
        qCWarning(lcTranslations) << "no built-in translation for" << m_current;
    }
    if (m_current == sourceLanguage) {
        return;
    }
    m_qt = new QTranslator(this);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (m_qt->load(QStringLiteral("qtbase_") + m_current, qtDir)) {
        QCoreApplication::installTranslator(m_qt);
    } else {
        // Not fatal: only the buttons of standard dialogs stay in English.
        qCWarning(lcTranslations) << "Qt's own translation for" << m_current << "is missing in"
                                  << qtDir;
    }
}

void Translations::removeAll()
{
    for (QTranslator *t : {m_app, m_qt}) {
        // While the application object itself is destroyed there is nothing to remove from.
        if (t && QCoreApplication::instance()) {
            QCoreApplication::removeTranslator(t);
        }
        delete t;
    }
    m_app = nullptr;
    m_qt = nullptr;
}
