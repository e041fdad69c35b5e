// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorCatalogue.h"

#include <QRegularExpression>

ErrorCatalogue::ErrorCatalogue()
{
    addEncryptionEntries(m_entries);
    addBackupEntries(m_entries);
    addRestoreEntries(m_entries);
    addGeneralEntries(m_entries);
}

const ErrorCatalogue &ErrorCatalogue::instance()
{
    static const ErrorCatalogue catalogue;
    return catalogue;
}

const ErrorEntry *ErrorCatalogue::entry(const QString &id) const
{
    for (const ErrorEntry &e : m_entries) {
        if (e.id == id) {
            return &e;
        }
    }
    return nullptr;
}

const ErrorEntry *ErrorCatalogue::findByCode(const QString &code) const
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty()) {
        return nullptr;
    }
    for (const ErrorEntry &e : m_entries) {
        for (const QString &c : e.codes) {
            // Services disagree on case ("Keyvault" vs "KeyVault"), so never compare exactly.
            if (c.compare(trimmed, Qt::CaseInsensitive) == 0) {
                return &e;
            }
        }
    }
    return nullptr;
}

const ErrorEntry *ErrorCatalogue::findByCodes(const QStringList &codes) const
{
    for (const QString &c : codes) {
        if (const ErrorEntry *e = findByCode(c)) {
            return e;
        }
    }
    return nullptr;
}

const ErrorEntry *ErrorCatalogue::findByMessage(const QString &message) const
{
    if (message.trimmed().isEmpty()) {
        return nullptr;
    }
    for (const ErrorEntry &e : m_entries) {
        for (const QString &p : e.messagePatterns) {
            const QRegularExpression re(p, QRegularExpression::CaseInsensitiveOption);
            if (re.match(message).hasMatch()) {
                return &e;
            }
        }
    }
    return nullptr;
}

const ErrorEntry *ErrorCatalogue::find(const AzureError &error) const
{
    if (!error.isError()) {
        return nullptr;
    }
    QStringList codes{error.code(), error.innerCode()};
    QStringList messages{error.message()};
    for (const AzureError::Detail &d : error.details()) {
        codes.append(d.code);
        messages.append(d.message);
    }
    if (const ErrorEntry *e = findByCodes(codes)) {
        return e;
    }
    for (const QString &m : std::as_const(messages)) {
        if (const ErrorEntry *e = findByMessage(m)) {
            return e;
        }
    }
    return nullptr;
}

const ErrorEntry *ErrorCatalogue::find(const BackupJob &job) const
{
    QStringList codes;
    QStringList messages{job.dynamicErrorMessage};
    for (const BackupJob::Error &e : job.errors) {
        codes.append(e.code);
        messages.append(e.message);
    }
    if (const ErrorEntry *e = findByCodes(codes)) {
        return e;
    }
    for (const QString &m : std::as_const(messages)) {
        if (const ErrorEntry *e = findByMessage(m)) {
            return e;
        }
    }
    return nullptr;
}
