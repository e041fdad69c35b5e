// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppInfo.h"

#include <QSysInfo>
#include <QtGlobal>

QByteArray AppInfo::userAgent()
{
    return QByteArray(applicationName) + '/' + version + " (Qt " + qVersion() + "; "
         + QSysInfo::kernelType().toUtf8() + ')';
}
