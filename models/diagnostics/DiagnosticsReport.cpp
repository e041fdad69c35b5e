// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticsReport.h"

#include "AppInfo.h"
#include "IdentifierMask.h"
#include "logging/Redactor.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSysInfo>

QString DiagnosticsReport::fingerprint(const QString &id)
{
    if (id.isEmpty()) {
        return {};
    }
    const QByteArray hash =
        QCryptographicHash::hash(id.trimmed().toLower().toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("sha256:") + QString::fromLatin1(hash.toHex().left(12));
}

QStringList DiagnosticsReport::versionLines()
{
    return {
        tr("Application: %1 %2")
            .arg(QString::fromLatin1(AppInfo::displayName), QString::fromLatin1(AppInfo::version)),
        tr("Qt: %1 (built with %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        tr("Operating system: %1").arg(QSysInfo::prettyProductName()),
        tr("Kernel: %1 %2").arg(QSysInfo::kernelType(), QSysInfo::kernelVersion()),
        tr("CPU architecture: %1").arg(QSysInfo::currentCpuArchitecture())};
}

QStringList DiagnosticsReport::redactedTail(const QStringList &lines, int maxLines,
                                            const QStringList &hiddenNames)
{
    IdentifierMask mask;
    for (const QString &name : hiddenNames) {
        mask.addName(name);
    }
    QStringList out;
    for (qsizetype i = std::max<qsizetype>(0, lines.size() - maxLines); i < lines.size(); ++i) {
        out << mask.apply(Redactor::redact(lines.at(i)));
    }
    return out;
}

QString DiagnosticsReport::build(const Context &context, const QStringList &recentLines,
                                 int maxLines)
{
    QStringList out{tr("Encrypted VM Backup diagnostics, %1")
                        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
                    QString()};
    out << versionLines();
    if (context.cloudName.isEmpty()) {
        out << tr("Signed in: no");
    } else {
        out << tr("Cloud: %1%2")
                   .arg(context.cloudName, context.sandbox ? tr(" (built-in sandbox)") : QString());
        out << tr("Sign-in method: %1").arg(context.signInMethod);
        out << tr("Tenant (fingerprint): %1").arg(fingerprint(context.tenantId));
        QStringList subscriptions;
        for (const QString &id : context.subscriptionIds) {
            subscriptions << fingerprint(id);
        }
        out << tr("Subscriptions (fingerprints): %1")
                   .arg(subscriptions.isEmpty() ? tr("none selected")
                                                : subscriptions.join(QStringLiteral(", ")));
    }
    QStringList hidden = context.hiddenNames;
    hidden << context.tenantId << context.subscriptionIds;
    const QStringList tail = redactedTail(recentLines, maxLines, hidden);
    out << QString() << tr("Recent log lines (%1, secrets removed):").arg(tail.size());
    out << tail;
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
