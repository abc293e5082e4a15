// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QList>

class QWidget;

namespace pen::gui {

class ScanViewerPane;
class ViewerToolBar;

/// The layout every round and review page shares: on the left the bars above the image, the
/// viewer's toolbar, the viewer and its keypad; on the right the page's side panel.
void layOutRoundPage(QWidget *page, const QList<QWidget *> &above, ViewerToolBar *toolBar, ScanViewerPane *pane,
                     QWidget *sidePanel);

} // namespace pen::gui
