// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlPage.h"

SandboxResponse HtmlPage::make(int status, const QString &title, const QString &bodyHtml)
{
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<title>%1 - Sandbox sign-in</title>"
                       "<style>body{font-family:sans-serif;max-width:36em;margin:3em auto;}"
                       "code{font-size:1.2em}</style></head>\n<body>\n<h1>%1</h1>\n%2\n"
                       "<p><small>Encrypted VM Backup sandbox: an emulated Microsoft identity "
                       "platform. No password is asked; sign-in is as the sandbox's demo "
                       "user.</small></p>\n</body></html>\n")
            .arg(title.toHtmlEscaped(), bodyHtml);
    SandboxResponse r;
    r.status = status;
    r.body = html.toUtf8();
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    return r;
}
