// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QList>

class QScrollArea;
class QWidget;

namespace pen::gui {

/// content in a frameless area that scrolls up and down only, for the side panels whose feedback
/// can outgrow the window.
QScrollArea *scrollingColumn(QWidget *content);
/// The side panel of a round or review page: the widgets in a scrolling column, at the panel's
/// fixed width, with foot below it always in view.
QWidget *sidePanel(const QList<QWidget *> &column, QWidget *foot);

} // namespace pen::gui
