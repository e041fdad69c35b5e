// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

// Keeps a dialog tall enough for its content. A dialog keeps the size it opened with, so when
// an error banner or a longer rule appears, Qt squeezes the other rows below their natural
// height (sign-in's Cloud and Tenant fields, the resource group row, radio buttons) or clips
// the message. WindowFit grows the window to the height its layout asks for at its current
// width, whenever the layout changes; it never shrinks it and stays within the screen.
class WindowFit : public QObject
{
    Q_OBJECT
public:
    // Installs the fitting on the window of any widget; calling it again is harmless.
    static void keep(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WindowFit(QWidget *window);
    void fit();

    QWidget *m_window;
    bool m_queued = false;
};
