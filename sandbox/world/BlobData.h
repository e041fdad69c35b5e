// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

class World;

// Blobs in the emulated storage accounts, kept in the world's "blobs" section:
//   { "<account>": { "<container>": { "<blob name>": {"contentType","content" (base64),
//                                                     "lastModified","etag"} } } }
// Restore jobs write their outputs (VM config, ARM template, encryption info) here; the
// Blob service serves them.
namespace BlobData {
struct Blob
{
    QByteArray content;
    QString contentType;
    QDateTime lastModified;
    QString etag;
};
void put(World &world, const QString &account, const QString &container, const QString &blob,
         const QByteArray &content, const QString &contentType);
std::optional<Blob> get(const World &world, const QString &account, const QString &container,
                        const QString &blob);
bool containerExists(const World &world, const QString &account, const QString &container);
} // namespace BlobData
