// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "synth/DualEnergyDetector.h"

#include <vector>

namespace pen {

/// The colour classes of a scanner console's material view.
enum class MaterialClass {
    Background,   ///< too little attenuation to tell (nothing on the ray)
    Organic,      ///< Z_eff < 10: orange
    Mixed,        ///< Z_eff 10–18: green
    Inorganic,    ///< Z_eff > 18: blue
    Impenetrable, ///< T_high below 1 %: black or red, an alarm
};

/// Thresholds on R = ln T_low / ln T_high that separate organic, mixed and inorganic matter, as
/// functions of the high-energy attenuation a_high = −ln T_high, because beam hardening lowers R
/// as the beam passes more matter. Calibrated through a DualEnergyDetector with virtual boundary
/// materials: a water–aluminium mixture of Z_eff 10 and an aluminium–iron mixture of Z_eff 18
/// (power-law Z_eff, exponent 2.94, as in assets/attenuation/materials.csv). R alone cannot place
/// elements whose K edge lies inside the high channel (lead's at 88 keV): see docs/physics.md.
/// Immutable, safe to share between threads.
class MaterialBands {
public:
    static constexpr double OrganicMaxZeff = 10;
    static constexpr double MixedMaxZeff = 18;
    static constexpr double BackgroundMaxAttenuation = 0.02;   ///< a_high below: nothing to classify
    static constexpr double ImpenetrableMinAttenuation = 4.6;  ///< a_high above (T_high < 1 %)

    static MaterialBands calibrate(const DualEnergyDetector &detector);

    /// Highest R of organic matter (the Z_eff 10 boundary) at a_high; clamped outside the calibration.
    double organicMaxRatio(double aHigh) const { return interpolate(m_organicMax, aHigh); }
    /// Highest R of mixed matter (the Z_eff 18 boundary) at a_high.
    double mixedMaxRatio(double aHigh) const { return interpolate(m_mixedMax, aHigh); }

    /// Class of a ray from its attenuations a = −ln T in both channels.
    MaterialClass classify(double aLow, double aHigh) const;
    /// Class of one object on a ray from the attenuations with and without it: its own R is the
    /// ratio of the differences, compared with the bands at the total a_high, where the beam is
    /// about as hard as it was for the object.
    MaterialClass classifyLayer(double aLow, double aHigh, double aLowWithout, double aHighWithout) const;

private:
    struct Curve {
        std::vector<double> aHigh; ///< increasing
        std::vector<double> ratio;
    };
    Curve m_organicMax;
    Curve m_mixedMax;

    static Curve boundary(const DualEnergyDetector &detector, const QList<MaterialLayer> &perGramPerCm2);
    static double interpolate(const Curve &curve, double aHigh);
    MaterialClass band(double ratio, double aHighForBands, double aHighTotal) const;
};

} // namespace pen
