// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Names and version the app reports about itself (User-Agent, settings paths, about box).
namespace AppInfo {
inline constexpr const char *organizationName = "EncryptedVmBackup";
inline constexpr const char *applicationName = "encrypted-vm-backup";
inline constexpr const char *displayName = "Encrypted VM Backup";
inline constexpr const char *version = EVB_VERSION;

// "encrypted-vm-backup/0.1.0 (Qt 6.4.2; linux)", sent as the User-Agent on every request.
QByteArray userAgent();
} // namespace AppInfo
