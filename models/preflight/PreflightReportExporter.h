// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PreflightCheck.h"

#include <QByteArray>
#include <QString>

// The preflight report as files for tickets and change requests: CSV (RFC 4180, UTF-8 with
// BOM so spreadsheets detect the encoding) and a self-contained HTML page. Every value is
// escaped: VM names and service messages are not trusted text.
class PreflightReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(PreflightReportExporter)
public:
    static QByteArray toCsv(const QList<PreflightVmReport> &reports);
    static QString toHtml(const QList<PreflightVmReport> &reports, const QString &title = {});
    // Writes `data` to `path`; false with `error` set when that fails.
    static bool write(const QString &path, const QByteArray &data, QString *error);

    // One CSV field, quoted when needed. A leading =, +, - or @ gets a ' in front so that a
    // spreadsheet does not run it as a formula.
    static QString csvField(const QString &value);
    // Text for HTML element content and double- or single-quoted attributes.
    static QString htmlEscape(const QString &value);
};
