// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ScrollingColumn.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace pen::gui {

QScrollArea *scrollingColumn(QWidget *content)
{
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

QWidget *sidePanel(const QList<QWidget *> &column, QWidget *foot)
{
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : column)
        contentLayout->addWidget(widget);
    contentLayout->addStretch(1);

    auto *panel = new QWidget;
    panel->setFixedWidth(340);
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(scrollingColumn(content), 1);
    layout->addWidget(foot);
    return panel;
}

} // namespace pen::gui
