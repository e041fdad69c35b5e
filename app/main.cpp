// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

int main(int argc, char *argv[])
{
    Application app(argc, argv);
    const int early = app.initialize();
    if (early >= 0) {
        return early;
    }
    const int code = app.exec();
    // What was handed to deleteLater() on the way out (a request aborted by a scripted run
    // that gave up) is deleted before the application object, not left to the process's end.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return code;
}
