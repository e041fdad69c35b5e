// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultInjector.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject &json, QString *error)
{
    FaultRule rule;
    rule.route = json.value(QStringLiteral("route")).toString();
    const QString path = json.value(QStringLiteral("path")).toString();
    if (rule.route.isEmpty() && path.isEmpty()) {
        *error = QStringLiteral("a fault needs a \"route\" name or a \"path\" pattern");
        return std::nullopt;
    }
    if (!path.isEmpty()) {
        rule.path = QRegularExpression(path, QRegularExpression::CaseInsensitiveOption);
        if (!rule.path.isValid()) {
            *error =
                QStringLiteral("invalid path pattern '%1': %2").arg(path, rule.path.errorString());
            return std::nullopt;
        }
    }
    rule.method = json.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    rule.status = json.value(QStringLiteral("status")).toInt(0);
    rule.errorCode = json.value(QStringLiteral("code")).toString();
    rule.retryAfterSeconds = json.value(QStringLiteral("retryAfter")).toInt(-1);
    rule.delayMs = json.value(QStringLiteral("delayMs")).toInt(0);
    rule.hang = json.value(QStringLiteral("hang")).toBool(false);
    rule.drop = json.value(QStringLiteral("drop")).toBool(false);
    rule.malformed = json.value(QStringLiteral("malformed")).toBool(false);
    rule.refuse = json.value(QStringLiteral("refuse")).toBool(false);
    const QJsonValue body = json.value(QStringLiteral("body"));
    // A JSON value is sent as its compact text, a string as it is (it may be broken on purpose).
    if (body.isString()) {
        rule.body = body.toString().toUtf8();
    } else if (body.isObject()) {
        rule.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    } else if (body.isArray()) {
        rule.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    }
    rule.count = json.value(QStringLiteral("count")).toInt(-1);
    rule.skip = json.value(QStringLiteral("skip")).toInt(0);
    if (rule.status != 0 && (rule.status < 400 || rule.status > 599)) {
        *error = QStringLiteral("fault status must be 400..599, got %1").arg(rule.status);
        return std::nullopt;
    }
    return rule;
}

void FaultInjector::add(const FaultRule &rule)
{
    QMutexLocker lock(&m_mutex);
    m_rules.append(rule);
}

void FaultInjector::clear()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
}

bool FaultInjector::load(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("faults are not valid JSON: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonArray rules =
        doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("faults")).toArray();
    QList<FaultRule> parsed;
    for (const QJsonValue &v : rules) {
        const auto rule = FaultRule::fromJson(v.toObject(), error);
        if (!rule) {
            return false;
        }
        parsed.append(*rule);
    }
    QMutexLocker lock(&m_mutex);
    m_rules.append(parsed);
    return true;
}

bool FaultInjector::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read fault file %1: %2").arg(path, file.errorString());
        return false;
    }
    return load(file.readAll(), error);
}

std::optional<FaultRule> FaultInjector::take(const QByteArray &method, const QString &routeName,
                                             const QString &path)
{
    QMutexLocker lock(&m_mutex);
    for (FaultRule &rule : m_rules) {
        if (rule.count == 0 || (!rule.method.isEmpty() && rule.method != method)) {
            continue;
        }
        const bool matches =
            rule.route.isEmpty() ? rule.path.match(path).hasMatch() : rule.route == routeName;
        if (!matches) {
            continue;
        }
        if (rule.skip > 0) {
            --rule.skip;
            return std::nullopt;
        }
        if (rule.count > 0) {
            --rule.count;
        }
        return rule;
    }
    return std::nullopt;
}
