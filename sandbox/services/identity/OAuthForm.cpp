// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthForm.h"

#include "SandboxRequest.h"

OAuthForm::OAuthForm(const SandboxRequest &request)
{
    // In a form body '+' means space; QUrlQuery only knows %20.
    QByteArray body = request.body;
    body.replace('+', ' ');
    m_form = QUrlQuery(QString::fromUtf8(body));
}

QString OAuthForm::value(const QString &name) const
{
    return m_form.queryItemValue(name, QUrl::FullyDecoded);
}

QStringList OAuthForm::scopes() const
{
    return value(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
