// SPDX-License-Identifier: GPL-3.0-or-later
// Help > Copy diagnostics and the crash report: what they say, and that no secret gets into
// them even when the lines they are built from hold secrets in the clear (a log written by
// an older version, or edited).
#include "diagnostics/CrashReport.h"
#include "diagnostics/DiagnosticsReport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString tenant = QStringLiteral("8f2b6c1a-3d4e-4f50-9a6b-7c8d9e0f1a2b");
const QString subscription = QStringLiteral("1d3c5b7a-9e8f-4a1b-8c2d-3e4f5a6b7c8d");
const QString jwt =
    QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0LXVzZXItMSJ9.c2lnbmF0dXJlLXZhbHVl");
const QString refresh = QStringLiteral("rt-0123456789abcdefghijklmnop");
const QString clientSecret = QStringLiteral("client-secret-value-42");
const QString bek = QStringLiteral("QkVLLXNlY3JldC12YWx1ZS1vZi10aGUtZGlzaw==");
const QString sasSig = QStringLiteral("Zm9yZ2VkLXNhcy1zaWduYXR1cmU%3D");

// Log lines as a careless writer would have left them.
QStringList linesWithSecrets()
{
    return {
        QStringLiteral("[evb.http] GET https://management.azure.com/x Authorization: Bearer ") +
            jwt,
        QStringLiteral(
            "[evb.auth] token response {\"access_token\":\"%1\",\"refresh_token\":\"%2\"}")
            .arg(jwt, refresh),
        QStringLiteral("[evb.http] request body: grant_type=client_credentials&client_secret=") +
            clientSecret,
        QStringLiteral("[evb.http] response body: {\"value\":\"%1\",\"id\":\"x\"}").arg(bek),
        QStringLiteral("[evb.http] GET https://stg.blob.core.windows.net/c/b?sv=2022-11-02&sig=") +
            sasSig + QStringLiteral(" -> 200"),
        QStringLiteral("[evb.app] last line before the crash")};
}

void verifyNoSecret(const QString &report)
{
    for (const QString &secret : {jwt, refresh, clientSecret, bek, sasSig, tenant, subscription}) {
        QVERIFY2(!report.contains(secret), qPrintable(secret));
    }
    QVERIFY(!report.contains(QLatin1String("eyJ")));
}
} // namespace

class tst_DiagnosticsReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fingerprintsAreStableAndOneWay()
    {
        const QString f = DiagnosticsReport::fingerprint(tenant);
        QVERIFY(f.startsWith(QLatin1String("sha256:")));
        QCOMPARE(f.size(), 7 + 12);
        QCOMPARE(DiagnosticsReport::fingerprint(tenant.toUpper()), f);
        QVERIFY(DiagnosticsReport::fingerprint(subscription) != f);
        QVERIFY(DiagnosticsReport::fingerprint(QString()).isEmpty());
    }

    void diagnosticsSayWhereAndHideSecrets()
    {
        DiagnosticsReport::Context c;
        c.cloudName = QStringLiteral("AzureSandbox");
        c.sandbox = true;
        c.signInMethod = QStringLiteral("Device code");
        c.tenantId = tenant;
        c.subscriptionIds = {subscription};
        const QString report = DiagnosticsReport::build(c, linesWithSecrets());
        QVERIFY(report.contains(QString::fromLatin1(qVersion())));
        QVERIFY(report.contains(QLatin1String("AzureSandbox (built-in sandbox)")));
        QVERIFY(report.contains(QLatin1String("Device code")));
        QVERIFY(report.contains(DiagnosticsReport::fingerprint(tenant)));
        QVERIFY(report.contains(DiagnosticsReport::fingerprint(subscription)));
        QVERIFY(report.contains(QLatin1String("last line before the crash")));
        verifyNoSecret(report);
    }

    void diagnosticsSignedOutKeepOnlyTheLastLines()
    {
        QStringList many;
        for (int i = 0; i < 50; ++i) {
            many << QStringLiteral("line %1").arg(i);
        }
        const QString report = DiagnosticsReport::build({}, many, 10);
        QVERIFY(report.contains(QLatin1String("Signed in: no")));
        QVERIFY(report.contains(QLatin1String("line 49")));
        QVERIFY(report.contains(QLatin1String("line 40")));
        QVERIFY(!report.contains(QLatin1String("line 39")));
    }

    void crashReportFromAMarkerAndALogTail()
    {
        QTemporaryDir dir;
        QFile log(dir.filePath(QStringLiteral("encrypted-vm-backup.log")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        for (int i = 0; i < 300; ++i) {
            log.write(QStringLiteral("old line %1\n").arg(i).toUtf8());
        }
        log.write(linesWithSecrets().join(QLatin1Char('\n')).toUtf8() + "\n\n");
        log.close();
        const QStringList tail = CrashReport::readLogTail(log.fileName(), 20);
        QCOMPARE(tail.size(), 20);
        QCOMPARE(tail.last(), QStringLiteral("[evb.app] last line before the crash"));

        CrashMarker::PreviousRun run;
        run.signal = 11;
        run.version = QStringLiteral("0.9.1");
        run.startedUtc = QDateTime::currentDateTimeUtc().addSecs(-60);
        const QString report = CrashReport::build(run, tail);
        QVERIFY(report.contains(QLatin1String("SIGSEGV")));
        QVERIFY(report.contains(QLatin1String("0.9.1")));
        QVERIFY(report.contains(QLatin1String("old line 299")));
        QVERIFY(report.contains(QLatin1String("last line before the crash")));
        verifyNoSecret(report);

        run.signal = 0;
        QVERIFY(CrashReport::summary(run).contains(QLatin1String("did not close normally")));
        QVERIFY(CrashReport::readLogTail(dir.filePath(QStringLiteral("missing.log"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DiagnosticsReports)
#include "tst_DiagnosticsReports.moc"
