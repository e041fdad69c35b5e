// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// True for 127.0.0.0/8, ::1 and "localhost": the only hosts that may receive a bearer
// token over plain HTTP (the sandbox).
bool isLoopbackHost(const QString &host);
