// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

class QScrollArea;
class QWidget;

namespace pen::gui {

/// content in a frameless area that scrolls up and down only, for the side panels whose feedback
/// can outgrow the window.
QScrollArea *scrollingColumn(QWidget *content);

} // namespace pen::gui
