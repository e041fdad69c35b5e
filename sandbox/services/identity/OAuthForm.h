// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrlQuery>

struct SandboxRequest;

// The fields of an application/x-www-form-urlencoded body, as the token endpoints read it.
class OAuthForm
{
public:
    explicit OAuthForm(const SandboxRequest &request);
    explicit OAuthForm(const QUrlQuery &query)
        : m_form(query)
    {}

    QString value(const QString &name) const;
    bool has(const QString &name) const { return m_form.hasQueryItem(name); }
    // The space-separated "scope" field as a list.
    QStringList scopes() const;

private:
    QUrlQuery m_form;
};
