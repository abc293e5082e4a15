// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "synth/MaterialBands.h"

#include <QColor>

#include <algorithm>
#include <array>

namespace pen {

/// The console colours of the material view and how thickness shades them: thin matter is a pale
/// tint of its class colour, thick matter the full colour, darker still and black at the window's
/// end, as a scanner's colour view follows the attenuation down to black. ToneTable bakes shade()
/// into the table that the CPU pipeline and the shader both read.
class MaterialPalette {
public:
    using Rgb = std::array<float, 3>; ///< components in 0..1

    static QColor colour(MaterialClass materialClass);
    static Rgb rgb(MaterialClass materialClass);

    /// The class colour at darkness t (0..1, after window and gamma).
    static Rgb shade(const Rgb &colour, float darkness)
    {
        const float strength = std::clamp(darkness / 0.3f, 0.35f, 1.0f);
        const float dimming = 1.0f - std::clamp((darkness - 0.3f) / 0.7f, 0.0f, 1.0f);
        Rgb out{};
        for (size_t i = 0; i < 3; ++i)
            out[i] = (1.0f - strength + colour[i] * strength) * dimming;
        return out;
    }
};

} // namespace pen
