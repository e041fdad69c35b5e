// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QSettings;

// The user's preferences, typed, on top of QSettings. Every getter validates what it reads:
// a value of the wrong type, an unknown name or a number out of range gives the default, so
// a hand-edited or corrupt settings file never reaches the features. Holds no secrets.
class AppSettings
{
public:
    // Which cloud the app starts with when the command line does not name one.
    enum class Cloud
    {
        Sandbox,
        AzureCloud,
        AzureChinaCloud,
        AzureUSGovernment,
        CustomFile
    };
    // The lowest severity written to the log for the app's own categories (evb.*).
    enum class LogLevel
    {
        Debug,
        Info,
        Warning,
        Error
    };

    static constexpr int minConcurrency = 1;
    static constexpr int maxConcurrency = 16;
    static constexpr int defaultConcurrency = 4;

    explicit AppSettings(QSettings *settings);

    Cloud cloud() const;
    void setCloud(Cloud cloud);
    // The endpoints file of Cloud::CustomFile.
    QString cloudFile() const;
    void setCloudFile(const QString &path);
    // The subscription id dialogs preselect; empty for none.
    QString defaultSubscriptionId() const;
    void setDefaultSubscriptionId(const QString &id);
    // true: the 2017 service's rule, BEK-only VMs are refused; false: today's behaviour.
    bool bekOnlyRule2017() const;
    void setBekOnlyRule2017(bool refused);
    // How many requests or operations bulk work (enabling backup, preflight) runs at once.
    int concurrency() const;
    void setConcurrency(int n);
    LogLevel logLevel() const;
    void setLogLevel(LogLevel level);
    // "" follows the system; otherwise one of supportedLanguages().
    QString language() const;
    void setLanguage(const QString &code);

    // Removes every preference this class owns; sign-ins and subscription choices stay.
    void resetToDefaults();

    static QStringList supportedLanguages()
    {
        return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")};
    }
    // The cloud's name as --cloud takes it ("AzureCloud", ...); empty for sandbox and custom.
    static QString cloudName(Cloud cloud);
    // Qt logging filter rules that make the evb.* categories log from `level` up.
    static QString loggingRules(LogLevel level);
    // Applies loggingRules(logLevel()) to the process. QT_LOGGING_RULES still wins over it.
    void applyLogLevel() const;

    // The keys, for tests and for code that must not go through this class.
    static QString cloudKey() { return QStringLiteral("cloud/name"); }
    static QString cloudFileKey() { return QStringLiteral("cloud/file"); }
    static QString defaultSubscriptionKey() { return QStringLiteral("subscriptions/default"); }
    static QString bekOnlyRuleKey() { return QStringLiteral("backup/bekOnlyRule2017"); }
    static QString concurrencyKey() { return QStringLiteral("network/concurrency"); }
    static QString logLevelKey() { return QStringLiteral("logging/level"); }
    static QString languageKey() { return QStringLiteral("ui/language"); }

private:
    QSettings *m_settings;
};
