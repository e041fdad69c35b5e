// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowFit.h"

#include <QEvent>
#include <QLayout>
#include <QScreen>
#include <QTimer>
#include <QWidget>

WindowFit::WindowFit(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("qt_evb_windowFit"));
    window->installEventFilter(this);
}

void WindowFit::keep(QWidget *widget)
{
    QWidget *window = widget ? widget->window() : nullptr;
    if (!window || window->findChild<WindowFit *>(QString(), Qt::FindDirectChildrenOnly)) {
        return;
    }
    auto *fit = new WindowFit(window);
    fit->fit();
}

bool WindowFit::eventFilter(QObject *watched, QEvent *event)
{
    // LayoutRequest arrives when anything inside changes its size hint (new text, a banner
    // shown); the window handles it first, then fit() reads the settled layout.
    if (watched == m_window && !m_queued &&
        (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show)) {
        m_queued = true;
        QTimer::singleShot(0, this, &WindowFit::fit);
    }
    return false;
}

void WindowFit::fit()
{
    m_queued = false;
    QLayout *layout = m_window->layout();
    if (!layout || !m_window->isVisible()) {
        return;
    }
    layout->activate();
    const int width = m_window->width();
    int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                             : layout->totalSizeHint().height();
    if (const QScreen *screen = m_window->screen()) {
        needed = qMin(needed, screen->availableGeometry().height() - 40); // title bar room
    }
    if (needed > m_window->height()) {
        m_window->resize(width, needed);
    }
}
