// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

int main(int argc, char *argv[])
{
    Application app(argc, argv);
    const int early = app.initialize();
    if (early >= 0) {
        return early;
    }
    return app.exec();
}
