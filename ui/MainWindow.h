// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class AzureServices;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AzureServices *services, QWidget *parent = nullptr);
};
