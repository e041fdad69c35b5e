// SPDX-License-Identifier: GPL-3.0-or-later
#include "InteractiveUser.h"

#include "World.h"

const Principal *InteractiveUser::of(const World &world)
{
    const QString upn =
        world.setting(QStringLiteral("interactiveUser"), QStringLiteral("admin@contoso.sandbox"))
            .toString();
    if (const Principal *named = world.principalByUpn(upn)) {
        return named;
    }
    // A world of its own may name its users differently: take the first one.
    for (const Principal &p : world.principals()) {
        if (p.kind == Principal::Kind::User) {
            return &p;
        }
    }
    return nullptr;
}
