// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azure/ProtectedItem.h"
#include "azure/VirtualMachine.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

// One row of the wizard's VM list: the VM as the inventory knows it, joined with what the
// vault's discovery and the vaults' protected items say about it, and whether it may be
// selected. The rules are the seed article's: classic VMs and (under the 2017 rule)
// BEK-only VMs cannot be backed up as encrypted VMs.
struct VmCandidate
{
    Q_DECLARE_TR_FUNCTIONS(VmCandidate)

public:
    enum class Block
    {
        None,
        Classic,
        BekOnly,
        AlreadyProtected,
        NotDiscovered // in the region, but the vault's discovery did not report it
    };

    VirtualMachine vm;
    QString protectableItemId;
    QString protectedInVaultId; // empty when not protected anywhere we can see
    Block block = Block::None;

    bool isSelectable() const { return block == Block::None; }
    bool isProtected() const { return !protectedInVaultId.isEmpty(); }
    QString protectedInVaultName() const;
    // Why the VM cannot be selected, in a sentence; empty when it can.
    QString reason() const;
    // The troubleshooting entry that explains the block ("bek-only-not-supported", ...).
    QString troubleshootingId() const;

    QString encryptionText() const;
    QString deploymentText() const;
    QString agentText() const;

    // Joins the VM inventory of the vault's region with the vault's discovery (which also
    // reports classic VMs the Compute list lacks) and every vault's protected items, and
    // applies the rules above; sorted by name.
    static QList<VmCandidate> build(const QList<VirtualMachine> &inventory,
                                    const QList<ProtectableVm> &discovered,
                                    const QList<ProtectedItem> &protectedItems,
                                    const QString &region, bool bekOnlyRefused);
};
Q_DECLARE_METATYPE(VmCandidate)
