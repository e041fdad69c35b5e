// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

// The run-time view of a stored VM, as GET .../instanceView and $expand=instanceView show it:
// VM agent (Ready, or Not Ready when the VM has no agent), disks with their ADE settings and
// encryption state, extensions, power state. Built from the VM's model and private state.
namespace VmInstanceView {
QJsonObject build(const QJsonObject &vm);
// Extensions as VirtualMachineExtensions_Get/List show them, with their instance view
// when `expand` is set (from the VM's "resources").
QJsonObject extension(const QJsonObject &vm, const QJsonObject &extension, bool expand);
} // namespace VmInstanceView
