// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreflightReportExporter.h"

#include <QDateTime>
#include <QSaveFile>

QString PreflightReportExporter::csvField(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front())) {
        v.prepend(QLatin1Char('\''));
    }
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')) ||
        v.contains(QLatin1Char('\''))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QString PreflightReportExporter::htmlEscape(const QString &value)
{
    QString v = value.toHtmlEscaped(); // &, <, >, "
    v.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    return v;
}

QByteArray PreflightReportExporter::toCsv(const QList<PreflightVmReport> &reports)
{
    // Header names are stable (scripts read them), so not translated.
    QStringList lines{QStringLiteral("VM,Resource group,Subscription,Check,Check id,Result,"
                                     "Explanation,Fix,Troubleshooting entry,Fix action")};
    for (const PreflightVmReport &r : reports) {
        for (const PreflightCheck &c : r.checks) {
            const QStringList fields{r.vm.name,
                                     r.vm.resourceGroup,
                                     r.vm.subscriptionId,
                                     c.name(),
                                     PreflightCheck::kindId(c.kind),
                                     PreflightCheck::resultId(c.result),
                                     c.explanation,
                                     c.fix,
                                     c.entryId,
                                     c.actionId};
            QStringList escaped;
            for (const QString &f : fields) {
                escaped.append(csvField(f));
            }
            lines.append(escaped.join(QLatin1Char(',')));
        }
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QString PreflightReportExporter::toHtml(const QList<PreflightVmReport> &reports,
                                        const QString &title)
{
    const QString heading = title.isEmpty() ? tr("Backup preflight report") : title;
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">");
    html += QStringLiteral("<title>%1</title>").arg(htmlEscape(heading));
    html += QStringLiteral(
        "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
        "td,th{border:1px solid #999;padding:4px;vertical-align:top}"
        ".fail{color:#a00;font-weight:bold}.warn{color:#850}.pass{color:#060}</style>");
    html += QStringLiteral("</head><body>\n<h1>%1</h1>\n").arg(htmlEscape(heading));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(htmlEscape(
                    tr("Created %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))));
    for (const PreflightVmReport &r : reports) {
        html += QStringLiteral("<h2>%1 <span class=\"%2\">(%3)</span></h2>\n")
                    .arg(htmlEscape(r.vm.name), PreflightCheck::resultId(r.overall()),
                         htmlEscape(PreflightCheck::resultName(r.overall())));
        html += QStringLiteral("<p>%1</p>\n").arg(htmlEscape(r.vm.id));
        html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                    .arg(htmlEscape(tr("Check")), htmlEscape(tr("Result")),
                         htmlEscape(tr("Explanation")), htmlEscape(tr("What to do")));
        for (const PreflightCheck &c : r.checks) {
            html += QStringLiteral("<tr><td>%1</td><td class=\"%2\">%3</td><td>%4</td>"
                                   "<td>%5</td></tr>\n")
                        .arg(htmlEscape(c.name()), PreflightCheck::resultId(c.result),
                             htmlEscape(PreflightCheck::resultName(c.result)),
                             htmlEscape(c.explanation), htmlEscape(c.fix));
        }
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

bool PreflightReportExporter::write(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error) {
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}
