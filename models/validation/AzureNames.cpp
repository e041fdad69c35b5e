// SPDX-License-Identifier: GPL-3.0-or-later
#include "AzureNames.h"

namespace {
bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

// Characters a VM name may hold: the computer name becomes a host name, so punctuation that
// shells, URLs or NetBIOS treat specially is refused.
bool isVmNameChar(QChar c, bool allowPeriod)
{
    if (c.isSpace() || c.category() == QChar::Other_Control) {
        return false;
    }
    if (c == QLatin1Char('.')) {
        return allowPeriod;
    }
    static const QString forbidden = QStringLiteral("~!@#$%^&*()=+_[]{}\\|;:'\",<>/?`");
    return !forbidden.contains(c);
}

struct Limits
{
    int min;
    int max;
};

Limits limitsFor(AzureNames::Kind kind)
{
    switch (kind) {
    case AzureNames::Kind::RecoveryServicesVault:
        return {2, 50};
    case AzureNames::Kind::BackupPolicy:
        return {3, 150};
    case AzureNames::Kind::ResourceGroup:
        return {1, 90};
    case AzureNames::Kind::WindowsVm:
        return {1, 15};
    case AzureNames::Kind::LinuxVm:
    case AzureNames::Kind::VirtualMachine:
        return {1, 64};
    case AzureNames::Kind::StorageAccount:
    case AzureNames::Kind::KeyVault:
        return {3, 24};
    case AzureNames::Kind::VirtualNetwork:
        return {2, 64};
    case AzureNames::Kind::Subnet:
        return {1, 80};
    }
    return {1, 1};
}

bool allowed(AzureNames::Kind kind, QChar c)
{
    switch (kind) {
    case AzureNames::Kind::RecoveryServicesVault:
    case AzureNames::Kind::KeyVault:
        return isAsciiAlnum(c) || c == QLatin1Char('-');
    case AzureNames::Kind::BackupPolicy:
        return isAsciiAlnum(c) || c == QLatin1Char('-') || c == QLatin1Char('_');
    case AzureNames::Kind::ResourceGroup:
        // Unicode letters and digits are allowed in resource group names.
        return c.isLetterOrNumber() || QStringLiteral("_-.()").contains(c);
    case AzureNames::Kind::WindowsVm:
        return isVmNameChar(c, false);
    case AzureNames::Kind::LinuxVm:
    case AzureNames::Kind::VirtualMachine:
        return isVmNameChar(c, true);
    case AzureNames::Kind::StorageAccount:
        return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
    case AzureNames::Kind::VirtualNetwork:
    case AzureNames::Kind::Subnet:
        return isAsciiAlnum(c) || QStringLiteral("_.-").contains(c);
    }
    return false;
}
} // namespace

QString AzureNames::rule(Kind kind)
{
    switch (kind) {
    case Kind::RecoveryServicesVault:
        return tr("A vault name must be 2 to 50 characters long, start with a letter and contain "
                  "only letters, numbers and hyphens.");
    case Kind::BackupPolicy:
        return tr("A policy name must be 3 to 150 characters long, start with a letter and "
                  "contain only letters, numbers, hyphens and underscores.");
    case Kind::ResourceGroup:
        return tr("A resource group name must be 1 to 90 characters long, contain only letters, "
                  "numbers, underscores, hyphens, periods and parentheses, and not end with a "
                  "period.");
    case Kind::WindowsVm:
        return tr("A Windows VM name must be 1 to 15 characters long, without spaces, periods "
                  "or special characters such as _ @ # or /, must not be only digits, and must "
                  "not end with a hyphen.");
    case Kind::LinuxVm:
        return tr("A Linux VM name must be 1 to 64 characters long, without spaces or special "
                  "characters such as _ @ # or /, must not be only digits, and must not end "
                  "with a period or a hyphen.");
    case Kind::VirtualMachine:
        return tr("A VM name must be 1 to 64 characters long, without spaces or special "
                  "characters such as _ @ # or /, must not be only digits, and must not end "
                  "with a period or a hyphen.");
    case Kind::StorageAccount:
        return tr("A storage account name must be 3 to 24 characters long and contain only "
                  "lowercase letters and numbers.");
    case Kind::KeyVault:
        return tr("A key vault name must be 3 to 24 characters long, contain only letters, "
                  "numbers and hyphens, start with a letter, end with a letter or a number, "
                  "and have no two hyphens in a row.");
    case Kind::VirtualNetwork:
        return tr("A virtual network name must be 2 to 64 characters long, contain only "
                  "letters, numbers, underscores, periods and hyphens, start with a letter or a "
                  "number, and end with a letter, a number or an underscore.");
    case Kind::Subnet:
        return tr("A subnet name must be 1 to 80 characters long, contain only letters, "
                  "numbers, underscores, periods and hyphens, start with a letter or a number, "
                  "and end with a letter, a number or an underscore.");
    }
    return {};
}

QString AzureNames::problem(Kind kind, const QString &name)
{
    const auto withRule = [kind](const QString &what) {
        return what + QLatin1Char(' ') + rule(kind);
    };
    if (name.isEmpty()) {
        return withRule(tr("Enter a name."));
    }
    for (const QChar c : name) {
        if (!allowed(kind, c)) {
            return withRule(c.isSpace() ? tr("Spaces are not allowed.")
                                        : tr("\"%1\" is not allowed.").arg(c));
        }
    }
    const Limits limits = limitsFor(kind);
    if (name.size() < limits.min || name.size() > limits.max) {
        return withRule(tr("The name is %n character(s) long.", nullptr, int(name.size())));
    }
    const QChar first = name.front();
    const QChar last = name.back();
    switch (kind) {
    case Kind::RecoveryServicesVault:
    case Kind::BackupPolicy:
        if (!isAsciiLetter(first)) {
            return withRule(tr("\"%1\" does not start with a letter.").arg(name));
        }
        break;
    case Kind::KeyVault:
        if (!isAsciiLetter(first)) {
            return withRule(tr("\"%1\" does not start with a letter.").arg(name));
        }
        if (!isAsciiAlnum(last)) {
            return withRule(tr("\"%1\" ends with a hyphen.").arg(name));
        }
        if (name.contains(QLatin1String("--"))) {
            return withRule(tr("\"%1\" has two hyphens in a row.").arg(name));
        }
        break;
    case Kind::ResourceGroup:
        if (last == QLatin1Char('.')) {
            return withRule(tr("\"%1\" ends with a period.").arg(name));
        }
        break;
    case Kind::WindowsVm:
    case Kind::LinuxVm:
    case Kind::VirtualMachine: {
        bool allDigits = true;
        for (const QChar c : name) {
            allDigits = allDigits && isAsciiDigit(c);
        }
        if (allDigits) {
            return withRule(tr("\"%1\" has only digits.").arg(name));
        }
        if (last == QLatin1Char('-') || last == QLatin1Char('.')) {
            return withRule(tr("\"%1\" ends with \"%2\".").arg(name, QString(last)));
        }
        break;
    }
    case Kind::VirtualNetwork:
    case Kind::Subnet:
        if (!isAsciiAlnum(first)) {
            return withRule(tr("\"%1\" does not start with a letter or a number.").arg(name));
        }
        if (!isAsciiAlnum(last) && last != QLatin1Char('_')) {
            return withRule(tr("\"%1\" ends with \"%2\".").arg(name, QString(last)));
        }
        break;
    case Kind::StorageAccount:
        break;
    }
    return {};
}
