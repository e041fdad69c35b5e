// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class World;
struct Principal;

// Who signs in when the sandbox's browser or device-code page is approved: the user named
// by the world setting "interactiveUser" (a UPN), by default the demo admin.
class InteractiveUser
{
public:
    // nullptr when the world has no such user (a world file without users).
    static const Principal *of(const World &world);
};
