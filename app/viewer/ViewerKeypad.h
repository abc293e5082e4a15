// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "ViewerTool.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace pen::gui {

class ScanViewerPane;
class ViewerToolBar;

/// The image controls as a scanner console's function keypad: a labelled key for each, its
/// keyboard key shown ("Organic only [O]"), lit while it is on, beside a display of the active
/// mode and the zoom that is always in view. It takes the image controls' actions over from the
/// toolbar (which keeps navigation, views and marking), so each action lives in one place and its
/// shortcut works wherever the keypad is shown. The pane and toolbar must outlive the keypad.
class ViewerKeypad final : public QWidget {
    Q_OBJECT
public:
    ViewerKeypad(ScanViewerPane *pane, ViewerToolBar *toolBar, QWidget *parent = nullptr);

    QToolButton *key(ViewerTool tool) const;
    /// What the mode display says, e.g. "Organic only + Negative".
    QString activeModeText() const;
    /// What the zoom display says, e.g. "Zoom 250 %".
    QString zoomText() const;

private:
    void showMode();
    void showZoom();

    ScanViewerPane *m_pane = nullptr;
    QLabel *m_mode = nullptr;
    QLabel *m_zoom = nullptr;
};

} // namespace pen::gui
