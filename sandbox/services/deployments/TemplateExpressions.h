// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// The subset of ARM template language a deployment in the sandbox evaluates: string values
// "[...]" with parameters(), variables(), concat(), format(), resourceId(), resourceGroup(),
// subscription(), toLower(), toUpper(), uniqueString(), property access and indexing. That
// covers the templates Azure Backup writes for restored VMs and hand-written ones like them.
class TemplateExpressions
{
public:
    struct Context
    {
        QJsonObject parameters; // name -> value (already resolved)
        QJsonObject variables;  // name -> raw value (evaluated on use)
        QString subscriptionId;
        QString resourceGroup;
        QString location; // the resource group's
    };

    explicit TemplateExpressions(Context context)
        : m_context(std::move(context))
    {}

    // Evaluates every expression inside `value` (objects and arrays recursively). On an
    // error returns nothing useful and sets `error` (the first one).
    QJsonValue evaluate(const QJsonValue &value, QString *error);

private:
    QJsonValue evaluateString(const QString &text, QString *error);
    QJsonValue call(const QString &name, const QList<QJsonValue> &args, QString *error);

    // Recursive-descent parser over one expression.
    QJsonValue parseExpression(QString *error);
    QJsonValue parsePrimary(QString *error);
    void skipSpace();

    Context m_context;
    QString m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
};
