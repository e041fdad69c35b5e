// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

MainWindow::MainWindow(AzureServices *, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Encrypted VM Backup"));
}
