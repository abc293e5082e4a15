// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "synth/DualEnergyDetector.h"

#include <algorithm>
#include <array>
#include <vector>

namespace pen {

/// The colour classes of a scanner console's material view.
enum class MaterialClass {
    Background,   ///< too little attenuation to tell (nothing on the ray)
    Organic,      ///< Z_eff < 10: orange
    Mixed,        ///< Z_eff 10–18: green
    Inorganic,    ///< Z_eff > 18: blue
    Impenetrable, ///< too few quanta detected to tell: black, an alarm
};

/// The reference materials of the effective-atomic-number scale, lightest first: the calibration
/// curves R_Z(a_high) of the material colours' continuous hue.
struct ZReference {
    const char *name; ///< a material key, or the two keys of a mixture "a+b"
    double zEff;      ///< power-law Z_eff (exponent 2.94, assets/attenuation/materials.csv)
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
    static constexpr double BackgroundMaxAttenuation = 0.02; ///< a_high below: nothing to classify
    /// Fewest quanta that the 3×3 neighbourhood of a pixel must have detected in each channel for
    /// its ratio to mean anything: below, a_low wavers by more than 0.1 from quantum noise alone,
    /// and a real detector's dark current and scatter (not simulated) swamp what is left.
    static constexpr double MinDetectedQuanta = 100;
    static constexpr int NeighbourhoodPixels = 9;
    /// The curves are calibrated up to this a_high (T_high 5e-5), beyond any starved limit in use.
    static constexpr double CalibratedMaxAttenuation = 10;
    /// The reference materials of zPosition(), from polyethylene (Z 5.4) to copper (Z 29).
    static constexpr int ZReferenceCount = 8;
    static const std::array<ZReference, ZReferenceCount> &zReferences();

    /// incidentPhotons: quanta per pixel and channel without an object (DetectorSettings).
    static MaterialBands calibrate(const DualEnergyDetector &detector,
                                   double incidentPhotons = DetectorSettings{}.incidentPhotons);

    /// The mean attenuation of a neighbourhood above which it detected fewer than MinDetectedQuanta
    /// quanta at the calibration's dose: too few to tell the material, impenetrable.
    double starvedAttenuation() const { return m_starvedAttenuation; }
    bool impenetrable(double aLow, double aHigh) const { return std::max(aLow, aHigh) > m_starvedAttenuation; }

    /// R of reference material i (zReferences()) at a_high.
    double referenceRatio(int i, double aHigh) const { return interpolate(m_references[size_t(i)], aHigh); }
    /// Where R = aLow / aHigh lies on the reference scale: i + f between reference i and i + 1,
    /// 0 at or below polyethylene, ZReferenceCount − 1 at or above copper.
    double zPosition(double aLow, double aHigh) const;
    /// The effective atomic number at that position (linear between the references' Z_eff).
    double zEffective(double aLow, double aHigh) const;

    /// Highest R of organic matter (the Z_eff 10 boundary) at a_high; clamped outside the calibration.
    double organicMaxRatio(double aHigh) const { return interpolate(m_organicMax, aHigh); }
    /// Highest R of mixed matter (the Z_eff 18 boundary) at a_high.
    double mixedMaxRatio(double aHigh) const { return interpolate(m_mixedMax, aHigh); }

    /// Class of a ray from its attenuations a = −ln T in both channels.
    MaterialClass classify(double aLow, double aHigh) const;
    /// Class of one object on a ray from the attenuations with and without it: its own R, the
    /// ratio of the differences, against the boundaries' own R under the same overlay. The overlay
    /// hardens the beam for the object; how much depends on what it is, so the boundaries are
    /// calibrated under stacks of water and of aluminium (step wedges on step wedges) and blended
    /// by where the overlay's own R lies between those two.
    MaterialClass classifyLayer(double aLow, double aHigh, double aLowWithout, double aHighWithout) const;
    /// The highest own R of organic and of mixed matter with own a_high ownHigh under an overlay
    /// of (aLowWithout, aHighWithout), as classifyLayer uses them.
    struct Limits {
        double organicMax = 0;
        double mixedMax = 0;
    };
    Limits layerLimits(double aLowWithout, double aHighWithout, double ownHigh) const;

private:
    struct Curve {
        std::vector<double> aHigh; ///< increasing
        std::vector<double> ratio;
    };
    /// The boundaries' own R against their own a_high under one overlay of a_high overlayHigh.
    struct Overlaid {
        double overlayHigh = 0;
        Curve organicMax;
        Curve mixedMax;
    };
    Curve m_organicMax;
    Curve m_mixedMax;
    std::array<std::vector<Overlaid>, 2> m_underOverlay; ///< under water, under aluminium; by overlayHigh
    std::array<Curve, ZReferenceCount> m_references;
    double m_starvedAttenuation = 0;

    static Curve boundary(const DualEnergyDetector &detector, const QList<MaterialLayer> &perGramPerCm2,
                          const QList<MaterialLayer> &overlay = {});
    /// A boundary's own R under overlay family f at overlay a_high, interpolated between overlays.
    double overlaidRatio(size_t family, double overlayHigh, double ownHigh, bool organic) const;
    static double interpolate(const Curve &curve, double aHigh);
    MaterialClass band(double ratio, double aHighForBands) const;
};

} // namespace pen
