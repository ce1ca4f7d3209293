#pragma once

#include <QGuiApplication>
#include <QScreen>
#include <QSize>
#include <QWidget>

// A first size (no saved geometry yet) that fits the screen the window opens on: the preferred size, or at
// most nine tenths of the screen's available area on a small one (a laptop at 1024x700), so that the status
// bar, the detail pane and the dialog buttons are never off the screen.
inline QSize screenFitted(const QWidget *widget, const QSize &preferred)
{
    const QScreen *screen = widget->screen() ? widget->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return preferred;
    const QSize available = screen->availableGeometry().size();
    return preferred.boundedTo(QSize(available.width() * 9 / 10, available.height() * 9 / 10));
}
