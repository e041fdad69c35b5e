// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the tst_Recovery* tests: the recovery test world, paths, polling helpers and a
// recursive key/type comparison against the official example bodies.
#include "SandboxFixture.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace RecoveryTest {
inline const QString api = QStringLiteral("api-version=2023-04-01");

inline Sandbox::Options options()
{
    Sandbox::Options o = SandboxFixture::defaultOptions();
    o.worldFile = TestData::dataDir() + QStringLiteral("/recovery-world.json");
    return o;
}

inline QString vaultPath(const QString &vault = QStringLiteral("rsv-prod-eastus"),
                         const QString &sub = SandboxIds::production,
                         const QString &rg = QStringLiteral("rg-backup-eastus"))
{
    return QStringLiteral(
               "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.RecoveryServices/vaults/%3")
        .arg(sub, rg, vault);
}

inline QString vmId(const QString &vm, const QString &rg = QStringLiteral("rg-apps-eastus"),
                    const QString &sub = SandboxIds::production)
{
    return QStringLiteral(
               "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Compute/virtualMachines/%3")
        .arg(sub, rg, vm);
}

inline QString itemPath(const QString &vm, const QString &vault = vaultPath(),
                        const QString &rg = QStringLiteral("rg-apps-eastus"))
{
    return QStringLiteral(
               "%1/backupFabrics/Azure/protectionContainers/"
               "iaasvmcontainer;iaasvmcontainerv2;%2;%3/protectedItems/vm;iaasvmcontainerv2;%2;%3")
        .arg(vault, rg, vm);
}

inline QString with(const QString &path, const QString &query = {})
{
    return path + QLatin1Char('?') + api + (query.isEmpty() ? QString() : QLatin1Char('&') + query);
}

// Every key of `expected` is in `actual` with the same JSON type (null in the example
// means "any"); arrays compare their first elements.
inline bool sameShape(const QJsonValue &actual, const QJsonValue &expected, const QString &path,
                      QString *why)
{
    if (expected.isNull() || expected.isUndefined()) {
        return true;
    }
    if (actual.type() != expected.type() && !(actual.isDouble() && expected.isDouble())) {
        *why = QStringLiteral("%1: type %2, expected %3")
                   .arg(path)
                   .arg(actual.type())
                   .arg(expected.type());
        return false;
    }
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key())) {
                *why = QStringLiteral("%1.%2 missing").arg(path, it.key());
                return false;
            }
            if (!sameShape(a.value(it.key()), it.value(), path + QLatin1Char('.') + it.key(),
                           why)) {
                return false;
            }
        }
    } else if (expected.isArray() && !expected.toArray().isEmpty() && !actual.toArray().isEmpty()) {
        return sameShape(actual.toArray().at(0), expected.toArray().at(0),
                         path + QStringLiteral("[0]"), why);
    }
    return true;
}

// Shape check against one example, ignoring keys the sandbox does not model.
inline void checkShape(const QJsonObject &actual, QJsonObject expected,
                       const QStringList &ignore = {})
{
    for (const QString &key : ignore) {
        const QStringList parts = key.split(QLatin1Char('.'));
        if (parts.size() == 1) {
            expected.remove(key);
        } else {
            QJsonObject inner = expected.value(parts.at(0)).toObject();
            inner.remove(parts.at(1));
            expected.insert(parts.at(0), inner);
        }
    }
    QString why;
    QVERIFY2(sameShape(actual, expected, QStringLiteral("$"), &why), qPrintable(why));
}

// Polls a job until it leaves InProgress; returns the finished job.
inline QJsonObject waitForJob(SandboxFixture &f, const QByteArray &token, const QString &vault,
                              const QString &jobName)
{
    QJsonObject job;
    const auto done = [&] {
        job = f.http()
                  .get(f.url(with(vault + QStringLiteral("/backupJobs/") + jobName)), token)
                  .json();
        const QString s = job.value(QStringLiteral("properties"))
                              .toObject()
                              .value(QStringLiteral("status"))
                              .toString();
        return !s.isEmpty() && s != QLatin1String("InProgress") && s != QLatin1String("Cancelling");
    };
    if (!QTest::qWaitFor(done, 20000)) {
        qWarning("job %s did not finish", qPrintable(jobName));
    }
    return job;
}

// Follows an Azure-AsyncOperation URL until it is no longer InProgress.
inline QJsonObject waitForOperation(SandboxFixture &f, const QByteArray &token,
                                    const QByteArray &statusUrl)
{
    QJsonObject status;
    const bool done = QTest::qWaitFor(
        [&] {
            status = f.http().get(QUrl(QString::fromUtf8(statusUrl)), token).json();
            return status.value(QStringLiteral("status")).toString() != QLatin1String("InProgress");
        },
        20000);
    if (!done) {
        qWarning("operation %s did not finish", statusUrl.constData());
    }
    return status;
}

inline QJsonObject props(const QJsonObject &o)
{
    return o.value(QStringLiteral("properties")).toObject();
}
} // namespace RecoveryTest
