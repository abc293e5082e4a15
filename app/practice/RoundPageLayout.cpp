// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "RoundPageLayout.h"

#include "viewer/ScanViewerPane.h"
#include "viewer/ViewerKeypad.h"
#include "viewer/ViewerToolBar.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace pen::gui {

void layOutRoundPage(QWidget *page, const QList<QWidget *> &above, ViewerToolBar *toolBar, ScanViewerPane *pane,
                     QWidget *sidePanel)
{
    auto *centre = new QVBoxLayout;
    for (QWidget *widget : above)
        centre->addWidget(widget);
    centre->addWidget(toolBar);
    centre->addWidget(pane, 1);
    centre->addWidget(new ViewerKeypad(pane, toolBar));
    auto *layout = new QHBoxLayout(page);
    layout->addLayout(centre, 1);
    layout->addWidget(sidePanel);
}

} // namespace pen::gui
