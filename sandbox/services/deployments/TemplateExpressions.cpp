// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateExpressions.h"

#include <QCryptographicHash>
#include <QJsonArray>

QJsonValue TemplateExpressions::evaluate(const QJsonValue &value, QString *error)
{
    if (!error->isEmpty()) {
        return {};
    }
    if (value.isString()) {
        return evaluateString(value.toString(), error);
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray()) {
            out.append(evaluate(v, error));
        }
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            out.insert(it.key(), evaluate(it.value(), error));
        }
        return out;
    }
    return value;
}

QJsonValue TemplateExpressions::evaluateString(const QString &text, QString *error)
{
    if (!text.startsWith(QLatin1Char('[')) || !text.endsWith(QLatin1Char(']'))) {
        return text;
    }
    if (text.startsWith(QLatin1String("[["))) {
        return text.mid(1); // escaped literal
    }
    const QString savedText = m_text;
    const qsizetype savedPos = m_pos;
    m_text = text.mid(1, text.size() - 2);
    m_pos = 0;
    QJsonValue result = parseExpression(error);
    skipSpace();
    if (error->isEmpty() && m_pos != m_text.size()) {
        *error = QStringLiteral("The template language expression '%1' is not valid: unexpected "
                                "text at position %2.")
                     .arg(m_text)
                     .arg(m_pos);
    }
    m_text = savedText;
    m_pos = savedPos;
    return result;
}

void TemplateExpressions::skipSpace()
{
    while (m_pos < m_text.size() && m_text.at(m_pos).isSpace()) {
        ++m_pos;
    }
}

QJsonValue TemplateExpressions::parseExpression(QString *error)
{
    if (++m_depth > 64) {
        *error = QStringLiteral("The template language expression is nested too deeply.");
        --m_depth;
        return {};
    }
    QJsonValue value = parsePrimary(error);
    while (error->isEmpty()) {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('.')) {
            ++m_pos;
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() &&
                   (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_'))) {
                ++m_pos;
            }
            value = value.toObject().value(m_text.mid(start, m_pos - start));
        } else if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('[')) {
            ++m_pos;
            const QJsonValue index = parseExpression(error);
            skipSpace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != QLatin1Char(']')) {
                *error = QStringLiteral("The template language expression '%1' is missing a ']'.")
                             .arg(m_text);
                break;
            }
            ++m_pos;
            value = index.isString() ? value.toObject().value(index.toString())
                                     : value.toArray().at(index.toInt());
        } else {
            break;
        }
    }
    --m_depth;
    return value;
}

QJsonValue TemplateExpressions::parsePrimary(QString *error)
{
    skipSpace();
    if (m_pos >= m_text.size()) {
        *error =
            QStringLiteral("The template language expression '%1' ends unexpectedly.").arg(m_text);
        return {};
    }
    const QChar c = m_text.at(m_pos);
    if (c == QLatin1Char('\'')) {
        QString s;
        ++m_pos;
        while (m_pos < m_text.size()) {
            if (m_text.at(m_pos) == QLatin1Char('\'')) {
                if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == QLatin1Char('\'')) {
                    s += QLatin1Char('\'');
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return s;
            }
            s += m_text.at(m_pos++);
        }
        *error = QStringLiteral("The template language expression '%1' has an unterminated string.")
                     .arg(m_text);
        return {};
    }
    if (c.isDigit() || c == QLatin1Char('-')) {
        const qsizetype start = m_pos++;
        while (m_pos < m_text.size() && m_text.at(m_pos).isDigit()) {
            ++m_pos;
        }
        return m_text.mid(start, m_pos - start).toLongLong();
    }
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() &&
           (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_'))) {
        ++m_pos;
    }
    const QString name = m_text.mid(start, m_pos - start);
    skipSpace();
    if (name.isEmpty() || m_pos >= m_text.size() || m_text.at(m_pos) != QLatin1Char('(')) {
        *error =
            QStringLiteral("The template language expression '%1' is not valid at position %2.")
                .arg(m_text)
                .arg(start);
        return {};
    }
    ++m_pos;
    QList<QJsonValue> args;
    skipSpace();
    if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char(')')) {
        ++m_pos;
        return call(name, args, error);
    }
    while (error->isEmpty()) {
        args.append(parseExpression(error));
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char(',')) {
            ++m_pos;
            continue;
        }
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char(')')) {
            ++m_pos;
            break;
        }
        *error =
            QStringLiteral("The template language expression '%1' is missing a ')'.").arg(m_text);
    }
    return error->isEmpty() ? call(name, args, error) : QJsonValue();
}

namespace {
QString text(const QJsonValue &v)
{
    if (v.isString()) {
        return v.toString();
    }
    if (v.isDouble()) {
        return QString::number(v.toInteger());
    }
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    }
    return {};
}
} // namespace

QJsonValue TemplateExpressions::call(const QString &rawName, const QList<QJsonValue> &args,
                                     QString *error)
{
    const QString name = rawName.toLower();
    const auto arg = [&args](int i) {
        return i < args.size() ? args.at(i) : QJsonValue();
    };
    if (name == QLatin1String("parameters")) {
        const QString p = text(arg(0));
        if (!m_context.parameters.contains(p)) {
            *error = QStringLiteral("The template parameter '%1' is not found.").arg(p);
            return {};
        }
        return m_context.parameters.value(p);
    }
    if (name == QLatin1String("variables")) {
        const QString v = text(arg(0));
        if (!m_context.variables.contains(v)) {
            *error = QStringLiteral("The template variable '%1' is not found.").arg(v);
            return {};
        }
        return evaluate(m_context.variables.value(v), error);
    }
    if (name == QLatin1String("concat")) {
        if (arg(0).isArray()) {
            QJsonArray out;
            for (const QJsonValue &a : args) {
                for (const QJsonValue &e : a.toArray()) {
                    out.append(e);
                }
            }
            return out;
        }
        QString out;
        for (const QJsonValue &a : args) {
            out += text(a);
        }
        return out;
    }
    if (name == QLatin1String("format")) {
        QString out = text(arg(0));
        for (int i = 1; i < args.size(); ++i) {
            out.replace(QStringLiteral("{%1}").arg(i - 1), text(args.at(i)));
        }
        return out;
    }
    if (name == QLatin1String("tolower")) {
        return text(arg(0)).toLower();
    }
    if (name == QLatin1String("toupper")) {
        return text(arg(0)).toUpper();
    }
    if (name == QLatin1String("string")) {
        return text(arg(0));
    }
    if (name == QLatin1String("uniquestring")) {
        QStringList parts;
        for (const QJsonValue &a : args) {
            parts.append(text(a));
        }
        return QString::fromLatin1(QCryptographicHash::hash(parts.join(QLatin1Char('-')).toUtf8(),
                                                            QCryptographicHash::Sha256)
                                       .toHex()
                                       .left(13));
    }
    const QString rgId = QStringLiteral("/subscriptions/%1/resourceGroups/%2")
                             .arg(m_context.subscriptionId, m_context.resourceGroup);
    if (name == QLatin1String("resourcegroup")) {
        return QJsonObject{{QStringLiteral("id"), rgId},
                           {QStringLiteral("name"), m_context.resourceGroup},
                           {QStringLiteral("location"), m_context.location}};
    }
    if (name == QLatin1String("subscription")) {
        return QJsonObject{
            {QStringLiteral("id"), QStringLiteral("/subscriptions/") + m_context.subscriptionId},
            {QStringLiteral("subscriptionId"), m_context.subscriptionId}};
    }
    if (name == QLatin1String("resourceid")) {
        // resourceId([subscriptionId], [resourceGroupName], resourceType, name1, [name2]...)
        QStringList values;
        for (const QJsonValue &a : args) {
            values.append(text(a));
        }
        qsizetype typeAt = -1;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (values.at(i).contains(QLatin1Char('/')) &&
                values.at(i).contains(QLatin1Char('.'))) {
                typeAt = i;
                break;
            }
        }
        if (typeAt < 0 || typeAt > 2) {
            *error = QStringLiteral(
                "Unable to evaluate template language function 'resourceId': the type is missing.");
            return {};
        }
        const QString sub = typeAt == 2 ? values.at(0) : m_context.subscriptionId;
        const QString rg = typeAt >= 1 ? values.at(typeAt - 1) : m_context.resourceGroup;
        const QStringList typeParts = values.at(typeAt).split(QLatin1Char('/'));
        const QStringList names = values.mid(typeAt + 1);
        if (names.size() != typeParts.size() - 1) {
            *error = QStringLiteral("Unable to evaluate template language function 'resourceId': "
                                    "the type '%1' requires "
                                    "%2 resource name argument(s).")
                         .arg(values.at(typeAt))
                         .arg(typeParts.size() - 1);
            return {};
        }
        QString id = QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/%3")
                         .arg(sub, rg, typeParts.first());
        for (qsizetype i = 1; i < typeParts.size(); ++i) {
            id += QLatin1Char('/') + typeParts.at(i) + QLatin1Char('/') + names.at(i - 1);
        }
        return id;
    }
    *error = QStringLiteral("The template function '%1' is not known to the sandbox.").arg(rawName);
    return {};
}
