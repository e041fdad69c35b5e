// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxService.h"

#include <QJsonObject>
#include <QString>

struct SandboxRequest;
struct SandboxResponse;
class World;

// Microsoft.Storage management plane: storage accounts (list, get) and their keys.
class StorageService : public SandboxService
{
public:
    using SandboxService::SandboxService;
    void registerRoutes(Router &router) override;

    static inline const QString accountType = QStringLiteral("Microsoft.Storage/storageAccounts");
    // The account resource called `name` (names are unique in a cloud); empty when none.
    static QJsonObject findAccount(const World &world, const QString &name);

private:
    SandboxResponse listAccounts(const SandboxRequest &request, const QString &scope);
};
