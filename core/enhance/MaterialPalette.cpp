// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/MaterialPalette.h"

namespace pen {

QColor MaterialPalette::colour(MaterialClass materialClass)
{
    switch (materialClass) {
    case MaterialClass::Background: return QColor(255, 255, 255);
    case MaterialClass::Organic: return QColor(240, 140, 20);
    case MaterialClass::Mixed: return QColor(40, 170, 60);
    case MaterialClass::Inorganic: return QColor(30, 90, 230);
    case MaterialClass::Impenetrable: return QColor(110, 0, 0);
    }
    return {};
}

MaterialPalette::Rgb MaterialPalette::rgb(MaterialClass materialClass)
{
    const QColor c = colour(materialClass);
    return {float(c.red()) / 255.0f, float(c.green()) / 255.0f, float(c.blue()) / 255.0f};
}

} // namespace pen
