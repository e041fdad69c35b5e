// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>

class Application : public QApplication
{
    Q_OBJECT
public:
    Application(int &argc, char **argv);
};
