// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QWidget>

namespace pen::gui {

/// What the colours of a MeV cargo view mean (MevClassTable): a swatch and a name for organic,
/// mixed, steel and heavy matter, the hatched grey of rays whose class cannot be told (thin matter,
/// thin heavy metal that reads like organic goods, edges) and the black of impenetrable ones. The
/// viewer pane shows it while a MeV view is in material colours, where the kV palette's reading
/// (orange organic, blue metal, hues in between) would mislead.
class MevClassLegend final : public QWidget {
    Q_OBJECT
public:
    explicit MevClassLegend(QWidget *parent = nullptr);
};

} // namespace pen::gui
