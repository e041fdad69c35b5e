// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <QLoggingCategory>
#include <QMetaType>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>
#include <optional>

namespace {
struct CloudName
{
    AppSettings::Cloud cloud;
    const char *name;
};
constexpr CloudName cloudNames[] = {
    {AppSettings::Cloud::Sandbox, "sandbox"},
    {AppSettings::Cloud::AzureCloud, "AzureCloud"},
    {AppSettings::Cloud::AzureChinaCloud, "AzureChinaCloud"},
    {AppSettings::Cloud::AzureUSGovernment, "AzureUSGovernment"},
    {AppSettings::Cloud::CustomFile, "custom"},
};

struct LevelName
{
    AppSettings::LogLevel level;
    const char *name;
};
constexpr LevelName levelNames[] = {
    {AppSettings::LogLevel::Debug, "debug"},
    {AppSettings::LogLevel::Info, "info"},
    {AppSettings::LogLevel::Warning, "warning"},
    {AppSettings::LogLevel::Error, "error"},
};

// QVariant::toBool() calls any non-empty string true; a corrupt "maybe" must not count as yes.
std::optional<bool> strictBool(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool) {
        return value.toBool();
    }
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1")) {
        return true;
    }
    if (text == QLatin1String("false") || text == QLatin1String("0")) {
        return false;
    }
    return std::nullopt;
}
} // namespace

AppSettings::AppSettings(QSettings *settings)
    : m_settings(settings)
{}

AppSettings::Cloud AppSettings::cloud() const
{
    const QString stored = m_settings->value(cloudKey()).toString();
    for (const CloudName &c : cloudNames) {
        if (stored == QLatin1String(c.name)) {
            // A custom cloud without its file cannot start: fall back to the sandbox.
            if (c.cloud == Cloud::CustomFile && cloudFile().isEmpty()) {
                break;
            }
            return c.cloud;
        }
    }
    return Cloud::Sandbox;
}

void AppSettings::setCloud(Cloud cloud)
{
    for (const CloudName &c : cloudNames) {
        if (c.cloud == cloud) {
            m_settings->setValue(cloudKey(), QString::fromLatin1(c.name));
        }
    }
}

QString AppSettings::cloudFile() const
{
    return m_settings->value(cloudFileKey()).toString();
}

void AppSettings::setCloudFile(const QString &path)
{
    if (path.isEmpty()) {
        m_settings->remove(cloudFileKey());
    } else {
        m_settings->setValue(cloudFileKey(), path);
    }
}

QString AppSettings::defaultSubscriptionId() const
{
    // Subscription ids are GUIDs; anything else is a damaged entry and means "none".
    static const QRegularExpression guid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    const QString id = m_settings->value(defaultSubscriptionKey()).toString().trimmed();
    return guid.match(id).hasMatch() ? id : QString();
}

void AppSettings::setDefaultSubscriptionId(const QString &id)
{
    if (id.isEmpty()) {
        m_settings->remove(defaultSubscriptionKey());
    } else {
        m_settings->setValue(defaultSubscriptionKey(), id);
    }
}

bool AppSettings::bekOnlyRule2017() const
{
    return strictBool(m_settings->value(bekOnlyRuleKey())).value_or(true);
}

void AppSettings::setBekOnlyRule2017(bool refused)
{
    m_settings->setValue(bekOnlyRuleKey(), refused);
}

int AppSettings::concurrency() const
{
    bool ok = false;
    const int n = m_settings->value(concurrencyKey()).toString().trimmed().toInt(&ok);
    return ok && n >= minConcurrency && n <= maxConcurrency ? n : defaultConcurrency;
}

void AppSettings::setConcurrency(int n)
{
    m_settings->setValue(concurrencyKey(), std::clamp(n, minConcurrency, maxConcurrency));
}

AppSettings::LogLevel AppSettings::logLevel() const
{
    const QString stored = m_settings->value(logLevelKey()).toString().trimmed().toLower();
    for (const LevelName &l : levelNames) {
        if (stored == QLatin1String(l.name)) {
            return l.level;
        }
    }
    return LogLevel::Info;
}

void AppSettings::setLogLevel(LogLevel level)
{
    for (const LevelName &l : levelNames) {
        if (l.level == level) {
            m_settings->setValue(logLevelKey(), QString::fromLatin1(l.name));
        }
    }
}

QString AppSettings::language() const
{
    const QString code = m_settings->value(languageKey()).toString();
    return supportedLanguages().contains(code) ? code : QString();
}

void AppSettings::setLanguage(const QString &code)
{
    m_settings->setValue(languageKey(), supportedLanguages().contains(code) ? code : QString());
}

void AppSettings::resetToDefaults()
{
    for (const QString &key : {cloudKey(), cloudFileKey(), defaultSubscriptionKey(),
                               bekOnlyRuleKey(), concurrencyKey(), logLevelKey(), languageKey()}) {
        m_settings->remove(key);
    }
}

QString AppSettings::cloudName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::AzureCloud:
    case Cloud::AzureChinaCloud:
    case Cloud::AzureUSGovernment:
        for (const CloudName &c : cloudNames) {
            if (c.cloud == cloud) {
                return QString::fromLatin1(c.name);
            }
        }
        break;
    case Cloud::Sandbox:
    case Cloud::CustomFile:
        break;
    }
    return {};
}

QString AppSettings::loggingRules(LogLevel level)
{
    const auto onOff = [](bool on) {
        return on ? QStringLiteral("true") : QStringLiteral("false");
    };
    return QStringLiteral("evb.*.debug=%1\nevb.*.info=%2\nevb.*.warning=%3")
        .arg(onOff(level <= LogLevel::Debug), onOff(level <= LogLevel::Info),
             onOff(level <= LogLevel::Warning));
}

void AppSettings::applyLogLevel() const
{
    QLoggingCategory::setFilterRules(loggingRules(logLevel()));
}
