// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QTest>
#include <QWidget>

#include <algorithm>

// GUI tests drive the widgets directly (events sent to the widget, not to whatever has the
// focus), wait on state rather than on the clock, and never wait for the window system to
// activate a window: on a loaded machine its answer comes late, and a run fails by chance.
// Header only, for the GUI tests (which link Qt Widgets; pen_testsupport does not).
namespace pen::test {

/// How long a GUI test waits for something that happens by itself (a server's reply, a scan
/// loaded, a repaint). Generous: it only costs time when the test fails, and a busy machine is slow.
constexpr int WaitMs = 30000;

/// Makes `widget`'s window the active window at once, without asking the window system; false if
/// it is not. Window shortcuts (Qt::WindowShortcut: a toolbar's actions, a button's shortcut) reach
/// the active window only. The tests never ask the window system to activate a window, so none
/// of its focus events come later to change this.
[[nodiscard]] inline bool makeActive(QWidget *widget)
{
    QWidget *window = widget->window();
    // Deprecated from Qt 6.5 on for QWidget::activateWindow(), which asks the window system.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    QApplication::setActiveWindow(window);
    QT_WARNING_POP
    return QApplication::activeWindow() == window;
}

/// A key pressed on `widget` with its window active, as an officer presses it: a window shortcut
/// bound to the key takes it first, else the widget's own key handling. False if the window
/// could not be made active.
[[nodiscard]] inline bool keyClickInActiveWindow(QWidget *widget, Qt::Key key,
                                                 Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    if (!makeActive(widget))
        return false;
    QTest::keyClick(widget, key, modifiers);
    return true;
}

/// Delivers the layout requests that new text or widgets posted, so that a picture taken next
/// shows the layout that follows them. Each level's request is posted while the level below it
/// is laid out, so they are delivered once per level of the window's widget tree.
inline void settleLayouts(QWidget *window)
{
    int depth = 0;
    for (const QWidget *child : window->findChildren<QWidget *>()) {
        int levels = 0;
        for (const QWidget *w = child; w && w != window; w = w->parentWidget())
            ++levels;
        depth = std::max(depth, levels);
    }
    for (int level = 0; level <= depth; ++level)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

/// A picture of widget as shown, its layout settled; saved as name in the folder that
/// PEN_SCREENSHOT_DIR names, where it is set (the pictures of docs/screenshots). False if the
/// picture could not be taken or saved.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    settleLayouts(widget->window());
    const QImage shot = widget->grab().toImage();
    const QString folder = qEnvironmentVariable("PEN_SCREENSHOT_DIR");
    return !shot.isNull() && (folder.isEmpty() || shot.save(QDir(folder).filePath(name)));
}

} // namespace pen::test
