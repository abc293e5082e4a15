// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/HueClasses.h"

#include <algorithm>

namespace pen {

MaterialClass HueClasses::classify(int r, int g, int b)
{
    const int high = std::max({r, g, b});
    const int chroma = high - std::min({r, g, b});
    if (chroma < MinChroma)
        return MaterialClass::Background;
    // hueTimesChroma / chroma is the hue in degrees; comparing it against degree × chroma avoids a division.
    int hueTimesChroma = 0;
    if (high == r)
        hueTimesChroma = 60 * (g - b) + (g < b ? 360 * chroma : 0);
    else if (high == g)
        hueTimesChroma = 120 * chroma + 60 * (b - r);
    else
        hueTimesChroma = 240 * chroma + 60 * (r - g);
    if (hueTimesChroma < OrganicFromDeg * chroma || hueTimesChroma >= InorganicToDeg * chroma)
        return MaterialClass::Background;
    if (hueTimesChroma < MixedFromDeg * chroma)
        return MaterialClass::Organic;
    return hueTimesChroma < InorganicFromDeg * chroma ? MaterialClass::Mixed : MaterialClass::Inorganic;
}

} // namespace pen
