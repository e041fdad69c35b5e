// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/VirtualMachine.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One line of a VM's preflight checklist: what was checked, the verdict, why, and what to do
// (text, the catalogue entry that explains it, the app action that fixes it).
struct PreflightCheck
{
    Q_DECLARE_TR_FUNCTIONS(PreflightCheck)
public:
    enum class Kind
    {
        ResourceManager,
        Encryption,
        KeyVaultExists,
        KeySecretPresent,
        BackupPermissions,
        VmAgent,
        Region,
        Protection
    };
    enum class Result
    {
        Pending,
        Pass,
        Warn,
        Fail,
        Skipped
    };

    Kind kind = Kind::ResourceManager;
    Result result = Result::Pending;
    QString explanation;
    QString fix;
    QString entryId;  // ErrorCatalogue entry, empty when none
    QString actionId; // FixActions id, empty when none

    QString name() const { return kindName(kind); }
    bool isProblem() const { return result == Result::Fail || result == Result::Warn; }

    static QList<Kind> allKinds();
    static QString kindName(Kind kind);
    static QString kindId(Kind kind); // stable, for exports and tests
    static QString resultName(Result result);
    static QString resultId(Result result); // stable: pass, warn, fail, skipped, pending
};

// The checklist of one VM.
struct PreflightVmReport
{
    VirtualMachine vm;
    QList<PreflightCheck> checks; // one per PreflightCheck::allKinds(), in that order
    bool done = false;

    const PreflightCheck &check(PreflightCheck::Kind kind) const;
    PreflightCheck &check(PreflightCheck::Kind kind);
    // The worst result: Fail > Warn > Pending > Pass (skipped checks do not count).
    PreflightCheck::Result overall() const;

    static PreflightVmReport pending(const VirtualMachine &vm);
};
