// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "AppInfo.h"

Application::Application(int &argc, char **argv)
    : QApplication(argc, argv)
{
    setOrganizationName(QString::fromLatin1(AppInfo::organizationName));
    setApplicationName(QString::fromLatin1(AppInfo::applicationName));
    setApplicationDisplayName(QString::fromLatin1(AppInfo::displayName));
    setApplicationVersion(QString::fromLatin1(AppInfo::version));
}
