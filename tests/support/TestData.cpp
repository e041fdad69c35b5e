// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

QString TestData::azureRestDir()
{
    const QByteArray fromEnv = qgetenv("EVB_AZURE_REST_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(EVB_AZURE_REST_DIR) : QString::fromLocal8Bit(fromEnv);
}

QString TestData::dataDir()
{
    return QStringLiteral(EVB_TEST_DATA_DIR);
}

QByteArray TestData::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("test input missing: %s", qPrintable(path));
    }
    return file.readAll();
}

QJsonObject TestData::azureExample(const QString &relativePath)
{
    const QByteArray bytes = readFile(azureRestDir() + QLatin1Char('/') + relativePath);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qFatal("example is not a JSON object: %s", qPrintable(relativePath));
    }
    return doc.object();
}

QJsonObject TestData::exampleResponseBody(const QString &relativePath, const QString &status)
{
    return azureExample(relativePath)
        .value(QStringLiteral("responses"))
        .toObject()
        .value(status)
        .toObject()
        .value(QStringLiteral("body"))
        .toObject();
}
