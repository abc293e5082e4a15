// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "synth/MaterialBands.h"

namespace pen {

/// The material class that a pre-rendered colour image shows by its hue, for stripping views that
/// carry no energy channels: orange organic, green mixed, blue inorganic. Pale, dark or other hues
/// (white background, black, red or violet alarms) are Background, which stripping never removes.
/// Integer arithmetic only, so that the shader decides every pixel the same way.
class HueClasses {
public:
    static constexpr int MinChroma = 40;      ///< max − min of the components below which a pixel is grey
    static constexpr int OrganicFromDeg = 15; ///< hue ranges, degrees
    static constexpr int MixedFromDeg = 65;
    static constexpr int InorganicFromDeg = 170;
    static constexpr int InorganicToDeg = 290;

    static MaterialClass classify(int r, int g, int b);
};

} // namespace pen
