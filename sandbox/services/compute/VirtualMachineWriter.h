// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

class World;

// Creates or updates a VM from a request body the way the Compute resource provider does,
// for the VM PUT route and for template deployments alike: validation first (attached
// disks exist, ADE secret and key URLs point at existing versions in a vault enabled for
// disk encryption), then the stored VM with its disks marked as attached.
class VirtualMachineWriter
{
public:
    struct Error
    {
        int status = 400;
        QString code;
        QString message;
        QString target;
        QJsonObject toJson() const; // {"code","message","target"?}
    };

    explicit VirtualMachineWriter(World &world)
        : m_world(world)
    {}

    // Checks a VM PUT body for the VM `id`; nothing when it can be created.
    std::optional<Error> validate(const QString &id, const QJsonObject &body) const;
    // The VM resource as stored, in `provisioningState` (Creating, Updating, Succeeded).
    // Keeps the vmId and private state of an existing VM.
    QJsonObject build(const QString &id, const QJsonObject &body,
                      const QString &provisioningState) const;
    // Stores the VM and marks its managed disks as attached to it (with ADE settings).
    void commit(const QJsonObject &vm);
    // Moves a stored VM to a terminal provisioning state.
    void setProvisioningState(const QString &id, const QString &state);

    static inline const QString vmType = QStringLiteral("Microsoft.Compute/virtualMachines");
    static inline const QString diskType = QStringLiteral("Microsoft.Compute/disks");

private:
    std::optional<Error> validateEncryption(const QJsonObject &settings) const;

    World &m_world;
};
