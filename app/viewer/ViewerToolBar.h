// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "ViewerTool.h"

#include <QMap>
#include <QToolBar>

namespace pen::gui {

class ScanViewerPane;

/// The viewer's toolbar: one action for every keyboard tool of ViewerTools (all but wheel zoom and
/// drag panning), each with its shortcut in its tooltip ("Negative (N)"), checked where it is a
/// switch that is on, disabled with the reason in its tooltip where the view shown cannot use it.
/// Triggering an action records it in the pane's ToolUseLog and changes the pane's
/// DisplaySettings, or acts on its active viewer. The shortcuts work anywhere in the window by
/// default. The pane must outlive the toolbar.
class ViewerToolBar final : public QToolBar {
    Q_OBJECT
public:
    explicit ViewerToolBar(ScanViewerPane *pane, QWidget *parent = nullptr);

    /// The action of a tool, or null for mouse-only tools. Its objectName is ViewerTools::key().
    QAction *action(ViewerTool tool) const { return m_actions.value(tool); }
    /// Where the shortcuts work (Qt::WindowShortcut by default).
    void setShortcutContext(Qt::ShortcutContext context);

private:
    void addTool(ViewerTool tool);
    void use(ViewerTool tool);
    void useViewTool(ViewerTool tool);
    void refresh();
    QString whyUnavailable(ViewerTool tool) const;
    bool isOn(ViewerTool tool) const;

    ScanViewerPane *m_pane = nullptr;
    QMap<ViewerTool, QAction *> m_actions;
};

} // namespace pen::gui
