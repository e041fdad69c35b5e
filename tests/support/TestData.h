// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Locates test inputs: the official Azure REST examples (../shared/azure-rest, overridable
// with the EVB_AZURE_REST_DIR environment variable) and the project's own tests/data.
namespace TestData {
QString azureRestDir();
QString dataDir();

// Reads an official example ("recoveryservices/2023-04-01/...json") or fails the test.
QJsonObject azureExample(const QString &relativePath);

// The response body of an x-ms-examples file for one status code ("200", "202", ...).
QJsonObject exampleResponseBody(const QString &relativePath,
                                const QString &status = QStringLiteral("200"));

QByteArray readFile(const QString &path);
} // namespace TestData
