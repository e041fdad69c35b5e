// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreflightCheck.h"

using Kind = PreflightCheck::Kind;
using Result = PreflightCheck::Result;

QList<Kind> PreflightCheck::allKinds()
{
    return {Kind::ResourceManager,   Kind::Encryption, Kind::KeyVaultExists, Kind::KeySecretPresent,
            Kind::BackupPermissions, Kind::VmAgent,    Kind::Region,         Kind::Protection};
}

QString PreflightCheck::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ResourceManager:
        return tr("Resource Manager VM");
    case Kind::Encryption:
        return tr("Encryption type");
    case Kind::KeyVaultExists:
        return tr("Key vault exists");
    case Kind::KeySecretPresent:
        return tr("Key and secret present");
    case Kind::BackupPermissions:
        return tr("Backup permissions");
    case Kind::VmAgent:
        return tr("VM agent");
    case Kind::Region:
        return tr("Same region as the vault");
    case Kind::Protection:
        return tr("Not protected elsewhere");
    }
    return {};
}

QString PreflightCheck::kindId(Kind kind)
{
    switch (kind) {
    case Kind::ResourceManager:
        return QStringLiteral("resource-manager");
    case Kind::Encryption:
        return QStringLiteral("encryption");
    case Kind::KeyVaultExists:
        return QStringLiteral("keyvault-exists");
    case Kind::KeySecretPresent:
        return QStringLiteral("key-secret-present");
    case Kind::BackupPermissions:
        return QStringLiteral("backup-permissions");
    case Kind::VmAgent:
        return QStringLiteral("vm-agent");
    case Kind::Region:
        return QStringLiteral("region");
    case Kind::Protection:
        return QStringLiteral("protection");
    }
    return {};
}

QString PreflightCheck::resultName(Result result)
{
    switch (result) {
    case Result::Pending:
        return tr("Checking…");
    case Result::Pass:
        return tr("Pass");
    case Result::Warn:
        return tr("Warning");
    case Result::Fail:
        return tr("Fail");
    case Result::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString PreflightCheck::resultId(Result result)
{
    switch (result) {
    case Result::Pending:
        return QStringLiteral("pending");
    case Result::Pass:
        return QStringLiteral("pass");
    case Result::Warn:
        return QStringLiteral("warn");
    case Result::Fail:
        return QStringLiteral("fail");
    case Result::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

const PreflightCheck &PreflightVmReport::check(Kind kind) const
{
    return checks.at(int(PreflightCheck::allKinds().indexOf(kind)));
}

PreflightCheck &PreflightVmReport::check(Kind kind)
{
    return checks[int(PreflightCheck::allKinds().indexOf(kind))];
}

Result PreflightVmReport::overall() const
{
    const auto rank = [](Result r) {
        switch (r) {
        case Result::Fail:
            return 4;
        case Result::Warn:
            return 3;
        case Result::Pending:
            return 2;
        case Result::Pass:
            return 1;
        case Result::Skipped:
            break;
        }
        return 0;
    };
    Result worst = Result::Skipped;
    for (const PreflightCheck &c : checks) {
        if (rank(c.result) > rank(worst)) {
            worst = c.result;
        }
    }
    return worst;
}

PreflightVmReport PreflightVmReport::pending(const VirtualMachine &vm)
{
    PreflightVmReport r;
    r.vm = vm;
    for (Kind k : PreflightCheck::allKinds()) {
        PreflightCheck c;
        c.kind = k;
        r.checks.append(c);
    }
    return r;
}
