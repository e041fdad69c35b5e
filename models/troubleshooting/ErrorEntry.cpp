// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorEntry.h"

#include "ErrorCatalogue.h"

QString ErrorEntry::searchText() const
{
    QStringList parts{id, title, meaning, operationName(operation)};
    parts += codes;
    parts += steps;
    parts += messagePatterns; // users paste the message they saw
    return parts.join(QLatin1Char('\n'));
}

QString ErrorEntry::operationName(Operation operation)
{
    switch (operation) {
    case Operation::EnableBackup:
        return ErrorCatalogue::tr("Enable backup");
    case Operation::Backup:
        return ErrorCatalogue::tr("Backup");
    case Operation::Restore:
        return ErrorCatalogue::tr("Restore");
    case Operation::RestoreKeys:
        return ErrorCatalogue::tr("Restore key and secret");
    case Operation::CreateVm:
        return ErrorCatalogue::tr("Create VM from restored disks");
    case Operation::SignIn:
        return ErrorCatalogue::tr("Sign-in");
    case Operation::General:
        break;
    }
    return ErrorCatalogue::tr("Any operation");
}
