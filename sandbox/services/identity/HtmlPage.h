// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxResponse.h"

#include <QString>

// The sandbox's sign-in pages: plain HTML a browser or a test can read, no scripts.
class HtmlPage
{
public:
    // `bodyHtml` is inserted as it is; escape user input with QString::toHtmlEscaped().
    static SandboxResponse make(int status, const QString &title, const QString &bodyHtml);
};
